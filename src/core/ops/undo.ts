import { contentHash } from "./hash";
import { latestEntry, type JournalEntry, type JournalNote } from "./journal";
import type { JournalStore, NoteStore } from "./ports";

/**
 * Undo restores every note of the newest journal entry byte for byte, and brings back a trashed note, but
 * only when none of them changed since: otherwise it names the notes that changed and restores nothing.
 */

export type UndoResult =
  | { kind: "nothing-to-undo" }
  | { kind: "blocked"; entry: JournalEntry; changed: string[] }
  | { kind: "undone"; entry: JournalEntry; restored: string[] };

export async function undoLatest(notes: NoteStore, journal: JournalStore): Promise<UndoResult> {
  const entry = await latestEntry(journal);
  if (!entry) return { kind: "nothing-to-undo" };
  const changed: string[] = [];
  for (const note of entry.notes) if (!(await isUndoable(note, notes))) changed.push(note.path);
  if (changed.length > 0) return { kind: "blocked", entry, changed };
  const restored: string[] = [];
  for (const note of entry.notes) if (await restore(note, notes)) restored.push(note.path);
  await journal.remove(entry.id);
  return { kind: "undone", entry, restored };
}

/** A note may be restored when it is as the operation left it, or already back as it was before. */
async function isUndoable(note: JournalNote, notes: NoteStore): Promise<boolean> {
  const current = await notes.read(note.path);
  if (current === undefined) return note.afterHash === null || note.before === null;
  if (current === note.before) return true;
  return note.afterHash !== null && contentHash(current) === note.afterHash;
}

/** Puts one note back; returns false when it already was. */
async function restore(note: JournalNote, notes: NoteStore): Promise<boolean> {
  const current = await notes.read(note.path);
  if (current === note.before || (current === undefined && note.before === null)) return false;
  if (note.before === null) {
    await notes.trash(note.path);
  } else if (current === undefined) {
    await notes.create(note.path, note.before);
  } else {
    const before = note.before;
    await notes.process(note.path, () => before);
  }
  return true;
}
