import type { ProjectSummary } from "../../core/relationships/summaries";
import { formatDate, noteLink, section, type PanelActions } from "./render-parts";

/** The panel for a project: its collaborators, each with last contact and open items. */
export function renderProject(container: HTMLElement, summary: ProjectSummary, actions: PanelActions): void {
  const header = container.createDiv({ cls: "rapport-header" });
  header.createEl("h4", { text: summary.title, cls: "rapport-title" });
  const subtitle = [summary.status, summary.owner ? `owner: ${summary.owner}` : undefined].filter(Boolean).join(" · ");
  if (subtitle) header.createDiv({ text: subtitle, cls: "rapport-subtitle" });
  section(container, "Collaborators", summary.collaborators, (row, person) => {
    if (!person.path) {
      row.createSpan({ text: person.name, cls: "rapport-unresolved" });
      row.createSpan({ text: person.ambiguous ? " (ambiguous)" : " (no note)", cls: "rapport-muted" });
      if (!person.ambiguous) createButton(row, person.name, actions);
      return;
    }
    row.toggleClass("is-stale", person.stale);
    noteLink(row, person.title ?? person.name, person.path, actions);
    row.createSpan({ text: person.lastContact ? ` · ${formatDate(person.lastContact)}` : " · no contact yet", cls: "rapport-muted" });
    if (person.openTasks > 0) row.createSpan({ text: `${person.openTasks} open`, cls: "rapport-badge" });
  }, "No collaborators listed.");
}

export function createButton(row: HTMLElement, name: string, actions: PanelActions): void {
  const button = row.createEl("button", { text: "Create note", cls: "rapport-create", attr: { "aria-label": `Create a person note for ${name}` } });
  button.addEventListener("click", () => actions.createPerson(name));
}
