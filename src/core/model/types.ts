/**
 * The typed records Rapport reads from a vault. Pure data: no Obsidian values, no I/O.
 * Paths are vault-relative with `/`.
 */

/** A calendar date as `YYYY-MM-DD`. Never a `Date`: a note's date is a day, not an instant. */
export type CalendarDate = string;

export interface Problem {
  path: string;
  /** 1-based line in the note, where known. */
  line?: number;
  message: string;
}

/** A `##` section of a note body. Offsets index the whole note text, so a writer can splice one section. */
export interface Section {
  /** Heading text without the `## ` marker, trimmed. Empty for the preamble before the first `##`. */
  heading: string;
  /** 1-based line of the heading (of the first body line for the preamble). */
  line: number;
  /** Offset of the heading line's first character (or of the body start for the preamble). */
  start: number;
  /** Offset just past the section's last character (the start of the next `##` heading, or the end of text). */
  end: number;
  /** The exact text from `start` to `end`, heading line included. */
  text: string;
}

export type Priority = 'highest' | 'high' | 'medium' | 'low' | 'lowest';

/** A Tasks-format action item: `- [ ] text @Owner 📅 2025-11-15 ⏫ #task`. */
export interface Task {
  done: boolean;
  /** The description with owners, dates, priority signifiers and tags removed. */
  text: string;
  /** Owner names after `@`, as written ("VAST Engineering", "Nico"). */
  owners: string[];
  due?: CalendarDate;
  priority?: Priority;
  /** 1-based line in the note. */
  line: number;
}

/** An outgoing link: `[[target]]`, `![[target]]`, `[text](target.md)` or a link in front matter. */
export interface LinkRef {
  /** The link path as written, without subpath or display text, decoded (`%20` → space), without `.md`. */
  target: string;
  display?: string;
  /** 1-based line in the note (0 where only the front matter as data is known, as from the metadata cache). */
  line: number;
}

export type NoteKind = 'person' | 'project' | 'meeting' | 'other';

interface RecordBase {
  path: string;
  /** Front matter `title`, else the file name without `.md`. */
  title: string;
  aliases: string[];
  tags: string[];
  links: LinkRef[];
  created?: CalendarDate;
  lastContact?: CalendarDate;
}

export interface PersonRecord extends RecordBase {
  kind: 'person';
  company?: string;
  role?: string;
}

export interface ProjectRecord extends RecordBase {
  kind: 'project';
  status?: string;
  owner?: string;
  /** Link targets in the Collaborators table, as written. */
  collaborators: string[];
}

export interface MeetingRecord extends RecordBase {
  kind: 'meeting';
  date?: CalendarDate;
  account?: string;
  /** Front matter `participants`: plain names, with `[[links]]` reduced to their target. */
  participants: string[];
}

export type NoteRecord = PersonRecord | ProjectRecord | MeetingRecord;
