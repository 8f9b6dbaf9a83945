import type { PersonSummary } from "../../core/relationships/summaries";
import { dueLabel, formatDate, noteLink, section, type PanelActions } from "./render-parts";

/** The panel for a person: who they are, when you last spoke, what you share and owe each other. */
export function renderPerson(container: HTMLElement, summary: PersonSummary, actions: PanelActions): void {
  const header = container.createDiv({ cls: "rapport-header" });
  header.createEl("h4", { text: summary.title, cls: "rapport-title" });
  const subtitle = [summary.role, summary.company].filter(Boolean).join(" · ");
  if (subtitle) header.createDiv({ text: subtitle, cls: "rapport-subtitle" });

  const contact = container.createDiv({ cls: "rapport-last-contact" });
  contact.toggleClass("is-stale", summary.stale);
  contact.createSpan({ text: "Last contact: ", cls: "rapport-label" });
  if (summary.lastContact) {
    contact.createSpan({ text: formatDate(summary.lastContact), cls: "rapport-date" });
    contact.createSpan({ text: ` (${summary.lastContactAgo ?? ""})`, cls: "rapport-ago" });
  } else {
    contact.createSpan({ text: "never recorded", cls: "rapport-date" });
  }
  if (summary.stale) contact.createSpan({ text: "Stale", cls: "rapport-badge rapport-badge-stale" });

  for (const duplicate of summary.possibleDuplicates) {
    const line = container.createDiv({ cls: "rapport-duplicate" });
    line.createSpan({ text: "Possible duplicate: ", cls: "rapport-label" });
    noteLink(line, duplicate.title, duplicate.path, actions);
    line.createSpan({ text: ` (${Math.round(duplicate.score * 100)}%)`, cls: "rapport-muted" });
    const review = line.createEl("button", { text: "Review", cls: "rapport-review" });
    review.addEventListener("click", () => actions.reviewDuplicate(summary.path, duplicate.path));
  }

  section(container, "Meetings", summary.meetings, (row, meeting) => {
    if (meeting.date) row.createSpan({ text: formatDate(meeting.date), cls: "rapport-date" });
    noteLink(row, meeting.title, meeting.path, actions);
  }, "No meetings found.");
  section(container, "Projects", summary.projects, (row, project) => noteLink(row, project.title, project.path, actions), "Not a collaborator on any project.");
  section(container, "Open tasks", summary.openTasks, (row, task) => {
    row.toggleClass("is-overdue", task.overdue);
    row.createSpan({ text: task.text, cls: "rapport-task-text" });
    if (task.due) row.createSpan({ text: dueLabel(task.due, task.overdue), cls: "rapport-due" });
    noteLink(row, "↗", task.path, actions, `Open the note with this task`);
  }, "No open tasks.");
  section(container, "Meets with most", summary.peers.slice(0, 10), (row, peer) => {
    noteLink(row, peer.title, peer.path, actions);
    row.createSpan({ text: ` ${peer.count}×`, cls: "rapport-muted" });
  }, "Nobody yet.");
  if (summary.ambiguous.length > 0) {
    section(container, "Might be mentioned as", summary.ambiguous, (row, mention) => {
      row.createSpan({ text: `“${mention.name}” in `, cls: "rapport-muted" });
      noteLink(row, mention.title, mention.path, actions);
    });
  }
}
