import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ApplyError, applyChangeSet, StaleNoteError, type ChangeSet } from "../../../src/core/ops/apply";
import { undoLatest } from "../../../src/core/ops/undo";
import { MemoryJournalStore, MemoryNoteStore, WriteFaults } from "../../helpers/memory-stores";

/** Notes, journal and trash in memory; with `failAt`, the k-th write of any kind fails. */
class MemoryVault extends MemoryNoteStore {
  readonly journal: MemoryJournalStore;

  constructor(notes: Record<string, string>, failAt?: number) {
    const faults = new WriteFaults(failAt);
    super(notes, faults);
    this.journal = new MemoryJournalStore(faults);
  }

  get entries(): Map<string, string> {
    return this.journal.entries;
  }
}

const runs = Number(process.env.FC_RUNS ?? 300);

function editSet(vault: MemoryVault, edits: Record<string, string | null>, created: Record<string, string> = {}): ChangeSet {
  return {
    operation: "merge",
    summary: "test",
    changes: [
      ...Object.entries(edits).map(([path, after]) => ({ path, before: vault.notes.get(path), after })),
      ...Object.entries(created).map(([path, after]) => ({ path, before: undefined, after })),
    ],
  };
}

describe("applyChangeSet", () => {
  it("writes the journal before any note, and trashes last", async () => {
    const vault = new MemoryVault({ "a.md": "A", "b.md": "B", "dup.md": "D" });
    const order: string[] = [];
    const spy = {
      read: (path: string) => vault.read(path),
      process: async (path: string, edit: (text: string) => string) => (order.push(`edit ${path}`), vault.process(path, edit)),
      create: async (path: string, text: string) => (order.push(`create ${path}`), vault.create(path, text)),
      trash: async (path: string) => (order.push(`trash ${path}`), vault.trash(path)),
    };
    const journal = {
      list: () => vault.journal.list(),
      read: (id: string) => vault.journal.read(id),
      remove: (id: string) => vault.journal.remove(id),
      write: async (id: string, json: string) => (order.push("journal"), vault.journal.write(id, json)),
    };
    await applyChangeSet(editSet(vault, { "dup.md": null, "a.md": "A2", "b.md": "B2" }), spy, journal);
    expect(order).toEqual(["journal", "edit a.md", "edit b.md", "trash dup.md"]);
    expect(vault.snapshot()).toEqual({ "a.md": "A2", "b.md": "B2" });
  });

  it("records nothing when nothing changes", async () => {
    const vault = new MemoryVault({ "a.md": "A" });
    const entry = await applyChangeSet(editSet(vault, { "a.md": "A" }), vault, vault.journal);
    expect(entry).toBeUndefined();
    expect(vault.entries.size).toBe(0);
  });

  it("stops before writing anything when a note changed since the plan", async () => {
    const vault = new MemoryVault({ "a.md": "A", "b.md": "B" });
    const set = editSet(vault, { "a.md": "A2", "b.md": "B2" });
    vault.notes.set("b.md", "B edited by the user");
    await expect(applyChangeSet(set, vault, vault.journal)).rejects.toThrow(StaleNoteError);
    await expect(applyChangeSet(set, vault, vault.journal)).rejects.toThrow(/b\.md changed since the preview/);
    expect(vault.snapshot()).toEqual({ "a.md": "A", "b.md": "B edited by the user" });
    expect(vault.entries.size).toBe(0);
  });
});

describe("undoLatest", () => {
  it("restores every byte and brings back a trashed note", async () => {
    const before = { "a.md": "---\r\nx: 'y'\r\n---\r\nA", "dup.md": "\uFEFFD", "new.md": undefined };
    const vault = new MemoryVault({ "a.md": before["a.md"], "dup.md": before["dup.md"] });
    await applyChangeSet(editSet(vault, { "a.md": "A2", "dup.md": null }, { "new.md": "N" }), vault, vault.journal);
    expect(vault.snapshot()).toEqual({ "a.md": "A2", "new.md": "N" });
    const result = await undoLatest(vault, vault.journal);
    expect(result.kind).toBe("undone");
    expect(vault.snapshot()).toEqual({ "a.md": before["a.md"], "dup.md": before["dup.md"] });
    expect(vault.entries.size).toBe(0);
    expect((await undoLatest(vault, vault.journal)).kind).toBe("nothing-to-undo");
  });

  it("restores nothing and names the note when one changed since", async () => {
    const vault = new MemoryVault({ "a.md": "A", "b.md": "B" });
    await applyChangeSet(editSet(vault, { "a.md": "A2", "b.md": "B2" }), vault, vault.journal);
    vault.notes.set("b.md", "B2 and more typing");
    const result = await undoLatest(vault, vault.journal);
    expect(result).toMatchObject({ kind: "blocked", changed: ["b.md"] });
    expect(vault.snapshot()).toEqual({ "a.md": "A2", "b.md": "B2 and more typing" });
  });

  it("blocks when a trashed note was re-created", async () => {
    const vault = new MemoryVault({ "a.md": "A", "dup.md": "D" });
    await applyChangeSet(editSet(vault, { "a.md": "A2", "dup.md": null }), vault, vault.journal);
    vault.notes.set("dup.md", "someone made a new one");
    expect(await undoLatest(vault, vault.journal)).toMatchObject({ kind: "blocked", changed: ["dup.md"] });
  });
});

describe("fault injection: the k-th write fails", () => {
  it("leaves the vault old, new, or restorable by undo, for every k", async () => {
    const original = { "a.md": "A", "b.md": "B", "c.md": "C", "dup.md": "D" };
    const target = { "a.md": "A2", "b.md": "B2", "c.md": "C" };
    for (let k = 1; k <= 6; k++) {
      const vault = new MemoryVault(original, k);
      const set = editSet(vault, { "a.md": "A2", "b.md": "B2", "c.md": "C", "dup.md": null });
      const outcome = await applyChangeSet(set, vault, vault.journal).then(
        () => "applied",
        (error: unknown) => (error instanceof ApplyError && !error.rolledBack ? "needs-undo" : "rolled-back"),
      );
      if (outcome === "applied") expect(vault.snapshot()).toEqual(target);
      if (outcome === "rolled-back") expect(vault.snapshot()).toEqual(original);
      if (outcome === "needs-undo") {
        expect((await undoLatest(vault, vault.journal)).kind).toBe("undone");
        expect(vault.snapshot()).toEqual(original);
      }
    }
  });

  it("holds for generated change sets and failure points", async () => {
    const note = fc.string({ maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom("a.md", "b.md", "c.md", "d.md", "e.md"), note, { minKeys: 1 }),
        fc.array(fc.tuple(fc.constantFrom("a.md", "b.md", "c.md", "d.md", "e.md"), fc.option(note, { nil: null })), { maxLength: 6 }),
        fc.integer({ min: 1, max: 12 }),
        async (notes, edits, k) => {
          const vault = new MemoryVault(notes, k);
          const wanted = Object.fromEntries(edits.filter(([path]) => path in notes));
          const set = editSet(vault, wanted);
          const expected = { ...notes };
          for (const [path, after] of Object.entries(wanted)) {
            if (after === null) delete expected[path];
            else expected[path] = after;
          }
          try {
            await applyChangeSet(set, vault, vault.journal);
            expect(vault.snapshot()).toEqual(sorted(expected));
          } catch (error) {
            if (error instanceof ApplyError && !error.rolledBack) await undoLatest(vault, vault.journal);
            expect(vault.snapshot()).toEqual(sorted(notes));
          }
        },
      ),
      { numRuns: runs },
    );
  });
});

function sorted(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
