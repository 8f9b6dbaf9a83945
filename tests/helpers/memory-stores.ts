import type { JournalStore, NoteStore } from "../../src/core/ops/ports";

/**
 * An in-memory vault for testing operations without a file system: notes, a trash and a journal.
 * `failOnWrite(k)` makes the k-th write from now on throw (note edits, creations, trashing and journal writes
 * all count), to prove that a failure at any step leaves the vault old, new, or restorable by undo.
 */
export class MemoryVault implements NoteStore {
  readonly notes = new Map<string, string>();
  readonly trashed: { path: string; text: string }[] = [];
  readonly entries = new Map<string, string>();
  readonly journal: JournalStore = {
    list: async () => [...this.entries.keys()].sort(),
    read: async (id) => this.entries.get(id),
    write: async (id, json) => {
      this.countWrite();
      this.entries.set(id, json);
    },
    remove: async (id) => {
      this.entries.delete(id);
    },
  };
  private writesUntilFailure = Infinity;

  constructor(notes: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(notes)) this.notes.set(path, text);
  }

  failOnWrite(k: number): void {
    this.writesUntilFailure = k;
  }

  snapshot(): Record<string, string> {
    return Object.fromEntries([...this.notes].sort(([a], [b]) => a.localeCompare(b)));
  }

  async read(path: string): Promise<string | undefined> {
    return this.notes.get(path);
  }

  async process(path: string, edit: (current: string) => string): Promise<void> {
    const current = this.notes.get(path);
    if (current === undefined) throw new Error(`${path} no longer exists`);
    const next = edit(current);
    this.countWrite();
    this.notes.set(path, next);
  }

  async create(path: string, text: string): Promise<void> {
    if (this.notes.has(path)) throw new Error(`${path} already exists`);
    this.countWrite();
    this.notes.set(path, text);
  }

  async trash(path: string): Promise<void> {
    const text = this.notes.get(path);
    if (text === undefined) throw new Error(`${path} no longer exists`);
    this.countWrite();
    this.notes.delete(path);
    this.trashed.push({ path, text });
  }

  private countWrite(): void {
    this.writesUntilFailure--;
    if (this.writesUntilFailure === 0) throw new Error("disk full (injected)");
  }
}
