import type { MeetingRecord, NoteRecord, PersonRecord, Problem, ProjectRecord, Task } from "../model/types";

/**
 * The records, tasks and problems of a whole vault, kept current one note at a time. Both shells fill it:
 * the CLI from files it parses, the plugin from Obsidian's metadata cache.
 */

export interface NoteEntry {
  path: string;
  record?: NoteRecord;
  tasks: Task[];
  problems: Problem[];
}

/** Told of every entry added, replaced (entry given) or removed (entry undefined). */
export type IndexListener = (path: string, entry: NoteEntry | undefined) => void;

/**
 * Entries are stored as JSON copies: a record's fields are slices of its note's text, and a JavaScript engine may
 * keep the whole text alive for one slice; across a large vault that was most of the index's memory. (Copying
 * field by field with re-sliced strings was faster but held 1.06x the note bytes against 0.66x.) The same JSON
 * tells an unchanged entry, so a field holding undefined counts as absent.
 */
export class VaultIndex {
  private readonly entries = new Map<string, NoteEntry>();
  private readonly listeners = new Set<IndexListener>();
  private version = 0;

  /** Subscribe to changes, e.g. to keep a derived index current; returns the unsubscribe function. */
  subscribe(listener: IndexListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Bumps on every change, so views can tell whether what they drew is still current. */
  get revision(): number {
    return this.version;
  }

  /** Adds or replaces an entry; an entry equal to the one held changes nothing, so typing prose redraws nothing. */
  upsert(parsed: NoteEntry): void {
    const json = JSON.stringify(parsed);
    const held = this.entries.get(parsed.path);
    if (held && JSON.stringify(held) === json) return;
    const entry = JSON.parse(json) as NoteEntry;
    this.entries.set(entry.path, entry);
    this.version++;
    for (const listener of this.listeners) listener(entry.path, entry);
  }

  remove(path: string): void {
    if (!this.entries.delete(path)) return;
    this.version++;
    for (const listener of this.listeners) listener(path, undefined);
  }

  get(path: string): NoteEntry | undefined {
    return this.entries.get(path);
  }

  record(path: string): NoteRecord | undefined {
    return this.entries.get(path)?.record;
  }

  paths(): string[] {
    return [...this.entries.keys()];
  }

  *records(): Iterable<NoteRecord> {
    for (const entry of this.entries.values()) if (entry.record) yield entry.record;
  }

  people(): PersonRecord[] {
    return this.ofKind("person");
  }

  /** People whose notes read without a problem: the only ones an operation may write (a note that cannot be read is left untouched). */
  writablePeople(): PersonRecord[] {
    return this.people().filter((person) => this.isWritable(person.path));
  }

  isWritable(path: string): boolean {
    return (this.entries.get(path)?.problems.length ?? 1) === 0;
  }

  projects(): ProjectRecord[] {
    return this.ofKind("project");
  }

  meetings(): MeetingRecord[] {
    return this.ofKind("meeting");
  }

  problems(): Problem[] {
    return [...this.entries.values()].flatMap((entry) => entry.problems);
  }

  /** Every task with the note it is in. */
  *tasks(): Iterable<{ path: string; task: Task }> {
    for (const entry of this.entries.values()) for (const task of entry.tasks) yield { path: entry.path, task };
  }

  counts(): Record<"person" | "project" | "meeting" | "other", number> {
    const counts = { person: 0, project: 0, meeting: 0, other: 0 };
    for (const entry of this.entries.values()) counts[entry.record?.kind ?? "other"]++;
    return counts;
  }

  private ofKind<K extends NoteRecord["kind"]>(kind: K): Extract<NoteRecord, { kind: K }>[] {
    const found: Extract<NoteRecord, { kind: K }>[] = [];
    for (const record of this.records()) if (record.kind === kind) found.push(record as Extract<NoteRecord, { kind: K }>);
    return found;
  }
}
