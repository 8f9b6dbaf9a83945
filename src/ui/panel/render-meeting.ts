import type { MeetingSummary } from "../../core/relationships/summaries";
import { distinctTitles, dueLabel, formatDate, noteLink, section, type PanelActions } from "./render-parts";
import { createButton } from "./render-project";

/** The panel for a meeting: its participants resolved to people, the ambiguous and unknown ones marked. */
export function renderMeeting(container: HTMLElement, summary: MeetingSummary, actions: PanelActions): void {
  const header = container.createDiv({ cls: "rapport-header" });
  header.createEl("h4", { text: summary.title, cls: "rapport-title" });
  const subtitle = [summary.date ? formatDate(summary.date) : undefined, summary.account].filter(Boolean).join(" · ");
  if (subtitle) header.createDiv({ text: subtitle, cls: "rapport-subtitle" });
  section(container, "Attendees", summary.attendees, (row, person) => noteLink(row, person.title, person.path, actions), "No participant matches a person note.");
  if (summary.ambiguous.length > 0) {
    section(container, "Ambiguous", summary.ambiguous, (row, mention) => {
      row.addClass("is-ambiguous");
      row.createSpan({ text: `${mention.name}: `, cls: "rapport-unresolved" });
      const labels = distinctTitles(mention.candidates);
      mention.candidates.forEach((candidate, index) => {
        if (index > 0) row.createSpan({ text: " or " });
        noteLink(row, labels[index] ?? candidate.title, candidate.path, actions);
      });
    });
  }
  if (summary.unknown.length > 0) {
    section(container, "Unknown", summary.unknown, (row, name) => {
      row.addClass("is-unknown");
      row.createSpan({ text: name, cls: "rapport-unresolved" });
      createButton(row, name, actions);
    });
  }
  section(container, "Open action items", summary.openTasks, (row, task) => {
    row.toggleClass("is-overdue", task.overdue);
    row.createSpan({ text: task.text, cls: "rapport-task-text" });
    if (task.due) row.createSpan({ text: dueLabel(task.due, task.overdue), cls: "rapport-due" });
  });
}
