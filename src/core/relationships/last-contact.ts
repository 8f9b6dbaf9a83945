import type { ChangeSet } from "../ops/apply";
import type { CalendarDate } from "../model/types";
import { setScalar } from "../frontmatter";
import { noteLayout } from "../parse/layout";
import { findSection, sectionContent, splitSections } from "../parse/sections";
import { isCalendarDay } from "../parse/dates";
import type { RelationshipGraph } from "./graph";

/**
 * `last_contact` refresh: for every person, the latest of the current value, the meetings they attended and
 * their note's dated Recent Context entries. A date never moves backwards and never past today; only notes
 * whose value changes are written, and only the bytes of that value change.
 */

export interface LastContactChange {
  path: string;
  from?: CalendarDate;
  to: CalendarDate;
}

export interface LastContactPlan {
  changes: LastContactChange[];
  changeSet: ChangeSet;
}

const DATED_ENTRY = /^[ \t]*[-*+][ \t]+(?:\[\[)?(\d{4})-(\d{2})-(\d{2})\b/gm;

/** The dates of a note's Recent Context entries (`- 2025-10-30: [[Meeting]] - summary`). */
export function recentContextDates(text: string): CalendarDate[] {
  const section = findSection(splitSections(text, noteLayout(text)), "Recent Context");
  if (!section) return [];
  const dates: CalendarDate[] = [];
  for (const match of sectionContent(section).matchAll(DATED_ENTRY)) {
    const [, year, month, day] = match;
    if (isCalendarDay(Number(year), Number(month), Number(day))) dates.push(`${year}-${month}-${day}`);
  }
  return dates;
}

/**
 * Plans the refresh. `texts` holds the current text of every person note to consider (notes with problems
 * are left out by the caller: a note that cannot be read is left untouched).
 */
export function planLastContact(graph: RelationshipGraph, texts: ReadonlyMap<string, string>, today: CalendarDate): LastContactPlan {
  const changes: LastContactChange[] = [];
  const changeSet: ChangeSet = { operation: "last-contact", summary: "", changes: [] };
  for (const person of graph.index.people()) {
    const text = texts.get(person.path);
    if (text === undefined) continue;
    const latest = latestContact(graph, person.path, text, today);
    if (!latest || (person.lastContact && latest <= person.lastContact)) continue;
    changes.push({ path: person.path, ...(person.lastContact ? { from: person.lastContact } : {}), to: latest });
    changeSet.changes.push({ path: person.path, before: text, after: setScalar(text, "last_contact", latest) });
  }
  changeSet.summary = `Updated last contact of ${changes.length} ${changes.length === 1 ? "person" : "people"}`;
  return { changes, changeSet };
}

function latestContact(graph: RelationshipGraph, path: string, text: string, today: CalendarDate): CalendarDate | undefined {
  const candidates = [graph.lastMeetingDate(path, today), ...recentContextDates(text).filter((date) => date <= today)];
  return candidates.reduce<CalendarDate | undefined>((latest, date) => (date && (!latest || date > latest) ? date : latest), undefined);
}
