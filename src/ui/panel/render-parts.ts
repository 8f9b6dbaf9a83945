import { format } from "date-fns";
import type { CalendarDate } from "../../core/model/types";
import { toLocalDate } from "../../core/parse/dates";

/** Small building blocks shared by the panel's person, project and meeting renderings. */

export interface PanelActions {
  openNote(path: string, newLeaf: boolean): void;
  reviewDuplicate(personPath: string, otherPath: string): void;
  createPerson(name: string): void;
}

/** How many rows a list shows before "Show all": keeps a person with 500 meetings quick to draw. */
export const ROWS_BEFORE_MORE = 25;

export function formatDate(date: CalendarDate): string {
  return format(toLocalDate(date), "d MMM yyyy");
}

export function dueLabel(due: CalendarDate, overdue: boolean): string {
  return overdue ? `overdue since ${formatDate(due)}` : `due ${formatDate(due)}`;
}

/** A link to a note, opened like Obsidian's own links: click, or Ctrl/Cmd-click for a new tab; Enter works too. */
export function noteLink(parent: HTMLElement, text: string, path: string, actions: PanelActions, label?: string): HTMLElement {
  const link = parent.createEl("a", { text, cls: "internal-link rapport-link", href: path, attr: { "data-href": path, ...(label ? { "aria-label": label } : {}) } });
  link.addEventListener("click", (event) => {
    event.preventDefault();
    actions.openNote(path, event.ctrlKey || event.metaKey);
  });
  return link;
}

export function section<T>(container: HTMLElement, title: string, items: readonly T[], renderRow: (row: HTMLElement, item: T) => void, empty?: string): void {
  const block = container.createDiv({ cls: "rapport-section" });
  block.createEl("h5", { text: items.length > 0 ? `${title} (${items.length})` : title, cls: "rapport-section-title" });
  if (items.length === 0) {
    if (empty) block.createDiv({ text: empty, cls: "rapport-empty" });
    return;
  }
  const list = block.createEl("ul", { cls: "rapport-list" });
  const drawRows = (rows: readonly T[]) => rows.forEach((item) => renderRow(list.createEl("li", { cls: "rapport-row" }), item));
  drawRows(items.slice(0, ROWS_BEFORE_MORE));
  if (items.length <= ROWS_BEFORE_MORE) return;
  const more = block.createEl("button", { text: `Show all ${items.length}`, cls: "rapport-more" });
  more.addEventListener("click", () => {
    more.remove();
    drawRows(items.slice(ROWS_BEFORE_MORE));
  });
}

/** Titles for a list of notes, with the folder added where two share a title ("Anand Rao (Imports/People)"). */
export function distinctTitles(notes: readonly { path: string; title: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const note of notes) counts.set(note.title, (counts.get(note.title) ?? 0) + 1);
  return notes.map((note) => {
    if ((counts.get(note.title) ?? 0) < 2) return note.title;
    const folder = note.path.includes("/") ? note.path.slice(0, note.path.lastIndexOf("/")) : "vault root";
    return `${note.title} (${folder})`;
  });
}
