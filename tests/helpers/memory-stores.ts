import type { JournalStore, NoteStore } from "../../src/core/ops/ports";

/**
 * In-memory NoteStore and JournalStore sharing one write counter, for fault injection: the k-th write
 * (journal write or removal, note edit, creation or trashing) fails, either once (`once`) or from then on
 * until `repair()` (`from-then-on`, a disk that stays broken, so the rollback fails too). A failing write
 * changes nothing, like an atomic write that did not happen.
 */

export type WriteKind = "journal-write" | "journal-remove" | "note-process" | "note-create" | "note-trash";

export class WriteFaults {
  writes: WriteKind[] = [];
  private broken = false;

  constructor(
    private readonly failAt: number | undefined = undefined,
    private readonly mode: "once" | "from-then-on" = "once",
  ) {}

  /** Counts a write and throws when it is the one to fail. */
  write(kind: WriteKind): void {
    this.writes.push(kind);
    const count = this.writes.length;
    if (count === this.failAt) {
      if (this.mode === "from-then-on") this.broken = true;
      throw new Error(`injected failure of write ${count} (${kind})`);
    }
    if (this.broken) throw new Error(`injected failure of write ${count} (${kind}): the disk is still broken`);
  }

  repair(): void {
    this.broken = false;
  }
}

export class MemoryNoteStore implements NoteStore {
  readonly notes: Map<string, string>;
  readonly trashed: { path: string; text: string }[] = [];

  constructor(
    initial: Record<string, string>,
    private readonly faults: WriteFaults = new WriteFaults(),
  ) {
    this.notes = new Map(Object.entries(initial));
  }

  async read(path: string): Promise<string | undefined> {
    return this.notes.get(path);
  }

  async process(path: string, edit: (current: string) => string): Promise<void> {
    const current = this.notes.get(path);
    if (current === undefined) throw new Error(`no note at ${path}`);
    const next = edit(current);
    this.faults.write("note-process");
    this.notes.set(path, next);
  }

  async create(path: string, text: string): Promise<void> {
    if (this.notes.has(path)) throw new Error(`${path} already exists`);
    this.faults.write("note-create");
    this.notes.set(path, text);
  }

  async trash(path: string): Promise<void> {
    const text = this.notes.get(path);
    if (text === undefined) throw new Error(`no note at ${path}`);
    this.faults.write("note-trash");
    this.notes.delete(path);
    this.trashed.push({ path, text });
  }

  snapshot(): Record<string, string> {
    return Object.fromEntries([...this.notes.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}

export class MemoryJournalStore implements JournalStore {
  readonly entries = new Map<string, string>();

  constructor(private readonly faults: WriteFaults = new WriteFaults()) {}

  async list(): Promise<string[]> {
    return [...this.entries.keys()].sort();
  }

  async read(id: string): Promise<string | undefined> {
    return this.entries.get(id);
  }

  async write(id: string, json: string): Promise<void> {
    this.faults.write("journal-write");
    this.entries.set(id, json);
  }

  async remove(id: string): Promise<void> {
    this.faults.write("journal-remove");
    this.entries.delete(id);
  }
}
