import { differenceInCalendarDays, intlFormatDistance } from "date-fns";
import type { CalendarDate, Priority } from "../model/types";
import { toLocalDate } from "../parse/dates";
import type { RelationshipGraph } from "./graph";

/**
 * What the relationship panel shows for the active note, computed in the core so that the panel and
 * `rapport person` print the same thing.
 */

export interface NoteLink {
  path: string;
  title: string;
}

export interface TaskLine {
  text: string;
  due?: CalendarDate;
  priority?: Priority;
  path: string;
  line: number;
  overdue: boolean;
}

export interface DuplicateHint {
  path: string;
  title: string;
  score: number;
  band: "suggest" | "review";
  reasons: string[];
}

/** The panel's "possible duplicate" lines for one person, from the duplicate groups that hold it. */
export function duplicateHints(groups: readonly { notes: string[]; score: number; band: "suggest" | "review"; reasons: string[] }[], path: string, titleOf: (path: string) => string): DuplicateHint[] {
  return groups
    .filter((group) => group.notes.includes(path))
    .flatMap((group) => group.notes.filter((other) => other !== path).map((other) => ({ path: other, title: titleOf(other), score: group.score, band: group.band, reasons: group.reasons })));
}

export interface PersonSummary {
  path: string;
  title: string;
  aliases: string[];
  company?: string;
  role?: string;
  lastContact?: CalendarDate;
  /** Relative to today: "3 weeks ago". */
  lastContactAgo?: string;
  /** True when last contact is older than the stale setting, or unknown. */
  stale: boolean;
  meetings: { path: string; date?: CalendarDate; title: string }[];
  projects: NoteLink[];
  openTasks: TaskLine[];
  peers: (NoteLink & { count: number })[];
  /** Names in meetings that might be this person but also fit others: `path` and `title` are the meeting's. */
  ambiguous: { name: string; path: string; title: string; candidates: string[] }[];
  possibleDuplicates: DuplicateHint[];
}

export interface SummaryOptions {
  today: CalendarDate;
  staleAfterDays: number;
  duplicates?: (path: string) => DuplicateHint[];
}

export function personSummary(graph: RelationshipGraph, path: string, options: SummaryOptions): PersonSummary | undefined {
  const person = graph.index.record(path);
  if (person?.kind !== "person") return undefined;
  const title = (other: string) => graph.index.record(other)?.title ?? other;
  const meetings = [...graph.meetingsOf(path)]
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.title.localeCompare(b.title))
    .map((meeting) => ({ path: meeting.path, ...(meeting.date ? { date: meeting.date } : {}), title: meeting.title }));
  return {
    path,
    title: person.title,
    aliases: person.aliases,
    ...(person.company ? { company: person.company } : {}),
    ...(person.role ? { role: person.role } : {}),
    ...(person.lastContact ? { lastContact: person.lastContact, lastContactAgo: ago(person.lastContact, options.today) } : {}),
    stale: isStale(person.lastContact, options),
    meetings,
    projects: graph.projectsOf(path).map((project) => ({ path: project, title: title(project) })),
    openTasks: openTasksOf(graph, path, options.today),
    peers: graph.peersOf(path).map((peer) => ({ ...peer, title: title(peer.path) })),
    ambiguous: graph.ambiguousMentionsOf(path).map(({ name, path: where, candidates }) => ({ name, path: where, title: title(where), candidates })),
    possibleDuplicates: options.duplicates?.(path) ?? [],
  };
}

export interface CollaboratorLine {
  name: string;
  path?: string;
  title?: string;
  lastContact?: CalendarDate;
  stale: boolean;
  openTasks: number;
  ambiguous?: string[];
}

export interface ProjectSummary {
  path: string;
  title: string;
  status?: string;
  owner?: string;
  collaborators: CollaboratorLine[];
}

export function projectSummary(graph: RelationshipGraph, path: string, options: SummaryOptions): ProjectSummary | undefined {
  const project = graph.index.record(path);
  if (project?.kind !== "project") return undefined;
  const collaborators = project.collaborators.map((name): CollaboratorLine => {
    const resolution = graph.directory.resolve(name);
    if (resolution.kind === "ambiguous") return { name, stale: false, openTasks: 0, ambiguous: resolution.candidates };
    if (resolution.kind !== "person") return { name, stale: false, openTasks: 0 };
    const person = graph.index.record(resolution.path);
    return {
      name,
      path: resolution.path,
      title: person?.title ?? name,
      ...(person?.lastContact ? { lastContact: person.lastContact } : {}),
      stale: isStale(person?.lastContact, options),
      openTasks: openTasksOf(graph, resolution.path, options.today).length,
    };
  });
  return { path, title: project.title, ...(project.status ? { status: project.status } : {}), ...(project.owner ? { owner: project.owner } : {}), collaborators };
}

export interface MeetingSummary {
  path: string;
  title: string;
  date?: CalendarDate;
  account?: string;
  attendees: NoteLink[];
  ambiguous: { name: string; candidates: NoteLink[] }[];
  unknown: string[];
  openTasks: TaskLine[];
}

export function meetingSummary(graph: RelationshipGraph, path: string, options: SummaryOptions): MeetingSummary | undefined {
  const meeting = graph.index.record(path);
  if (meeting?.kind !== "meeting") return undefined;
  const attendance = graph.attendeesOf(path) ?? { people: [], ambiguous: [], unknown: [] };
  const link = (person: string) => ({ path: person, title: graph.index.record(person)?.title ?? person });
  return {
    path,
    title: meeting.title,
    ...(meeting.date ? { date: meeting.date } : {}),
    ...(meeting.account ? { account: meeting.account } : {}),
    attendees: attendance.people.map(link),
    ambiguous: attendance.ambiguous.map((mention) => ({ name: mention.name, candidates: mention.candidates.map(link) })),
    unknown: attendance.unknown,
    openTasks: (graph.index.get(path)?.tasks ?? []).filter((task) => !task.done).map((task) => taskLine({ ...task, path }, options.today)),
  };
}

function openTasksOf(graph: RelationshipGraph, path: string, today: CalendarDate): TaskLine[] {
  return graph
    .tasksOf(path)
    .map((task) => taskLine(task, today))
    .sort((a, b) => (a.due ?? "9999").localeCompare(b.due ?? "9999") || a.path.localeCompare(b.path) || a.line - b.line);
}

function taskLine(task: { text: string; due?: CalendarDate; priority?: Priority; path: string; line: number }, today: CalendarDate): TaskLine {
  return {
    text: task.text,
    ...(task.due ? { due: task.due } : {}),
    ...(task.priority ? { priority: task.priority } : {}),
    path: task.path,
    line: task.line,
    overdue: task.due !== undefined && task.due < today,
  };
}

function isStale(lastContact: CalendarDate | undefined, options: SummaryOptions): boolean {
  if (!lastContact) return true;
  return differenceInCalendarDays(toLocalDate(options.today), toLocalDate(lastContact)) > options.staleAfterDays;
}

/** "today", "yesterday", "3 weeks ago", "5 months ago", "in 2 days": a calendar distance, through Intl. */
export function ago(date: CalendarDate, today: CalendarDate): string {
  const days = Math.abs(differenceInCalendarDays(toLocalDate(today), toLocalDate(date)));
  const unit = days < 7 ? "day" : days < 28 ? "week" : days < 365 ? "month" : "year";
  return intlFormatDistance(toLocalDate(date), toLocalDate(today), { locale: "en", unit, numeric: "auto" });
}
