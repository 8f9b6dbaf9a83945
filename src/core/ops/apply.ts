import { contentHash } from "./hash";
import { newEntryId, saveEntry, type JournalEntry, type Operation } from "./journal";
import type { JournalStore, NoteStore } from "./ports";

/**
 * Applies a planned set of note changes the safe way: check every note still holds what the plan read,
 * write the journal, write the notes (each atomically, each re-checked), trash last. If a write fails midway,
 * the notes already written are put back; if even that fails, the journal still allows undo.
 */

export interface NoteChange {
  path: string;
  /** The text the plan was computed from; undefined for a note the plan creates. */
  before: string | undefined;
  /** The new text; null to trash the note. */
  after: string | null;
}

export interface ChangeSet {
  operation: Operation;
  summary: string;
  changes: NoteChange[];
}

export class StaleNoteError extends Error {
  constructor(readonly paths: string[]) {
    super(`${paths.join(", ")} changed since the preview was made; nothing was written. Run it again to see the current state.`);
  }
}

export class ApplyError extends Error {
  constructor(
    message: string,
    /** True when every note was put back as it was; false when undo is needed. */
    readonly rolledBack: boolean,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** Only the changes that change something: an operation that changes nothing records nothing. */
export function effectiveChanges(set: ChangeSet): NoteChange[] {
  return set.changes.filter((change) => change.after !== change.before);
}

export async function applyChangeSet(set: ChangeSet, notes: NoteStore, journal: JournalStore, now = new Date()): Promise<JournalEntry | undefined> {
  const changes = orderForSafety(effectiveChanges(set));
  if (changes.length === 0) return undefined;
  await assertUnchanged(changes, notes);
  const entry: JournalEntry = {
    version: 1,
    id: newEntryId(now, set.operation),
    operation: set.operation,
    at: now.toISOString(),
    summary: set.summary,
    notes: changes.map((change) => ({ path: change.path, before: change.before ?? null, afterHash: change.after === null ? null : contentHash(change.after) })),
  };
  await saveEntry(journal, entry);
  const done: NoteChange[] = [];
  try {
    for (const change of changes) {
      await writeChange(change, notes);
      done.push(change);
    }
  } catch (error) {
    throw await rollBack(done, notes, journal, entry, error);
  }
  return entry;
}

/** Edits first, creations next, trashing last: a note is only trashed once links to it are retargeted. */
function orderForSafety(changes: NoteChange[]): NoteChange[] {
  const rank = (change: NoteChange) => (change.after === null ? 2 : change.before === undefined ? 1 : 0);
  return [...changes].sort((a, b) => rank(a) - rank(b));
}

async function assertUnchanged(changes: NoteChange[], notes: NoteStore): Promise<void> {
  const stale: string[] = [];
  for (const change of changes) if ((await notes.read(change.path)) !== change.before) stale.push(change.path);
  if (stale.length > 0) throw new StaleNoteError(stale);
}

async function writeChange(change: NoteChange, notes: NoteStore): Promise<void> {
  if (change.after === null) return notes.trash(change.path);
  if (change.before === undefined) return notes.create(change.path, change.after);
  const after = change.after;
  await notes.process(change.path, (current) => {
    if (current !== change.before) throw new StaleNoteError([change.path]);
    return after;
  });
}

async function rollBack(done: NoteChange[], notes: NoteStore, journal: JournalStore, entry: JournalEntry, cause: unknown): Promise<ApplyError> {
  const reason = cause instanceof Error ? cause.message : String(cause);
  try {
    for (const change of [...done].reverse()) await revert(change, notes);
    await journal.remove(entry.id);
    return new ApplyError(`Stopped: ${reason}. Every note was put back as it was.`, true, cause);
  } catch {
    return new ApplyError(`Stopped: ${reason}. Some notes were changed; use "Undo last" to restore them from the journal.`, false, cause);
  }
}

async function revert(change: NoteChange, notes: NoteStore): Promise<void> {
  if (change.after === null) return notes.create(change.path, change.before ?? "");
  if (change.before === undefined) return notes.trash(change.path);
  const before = change.before;
  await notes.process(change.path, () => before);
}
