import { describe, expect, test } from "vitest";
import { findLinks, LinkTargetIndex, resolveLinkpath } from "../../../src/core/links";
import { planMerge, type MergePlan } from "../../../src/core/merge";
import { ApplyError, applyChangeSet, StaleNoteError } from "../../../src/core/ops/apply";
import { undoLatest } from "../../../src/core/ops/undo";
import { MemoryJournalStore, MemoryNoteStore, WriteFaults } from "../../helpers/memory-stores";
import { DUPLICATE, fixtureVault, mergeInputFor, SURVIVOR } from "./vault-fixture";

/**
 * The merge plan applied through the journal: links all move to the survivor, the duplicate goes to the
 * trash, undo gives every byte back, and a write failing at any point leaves the vault old, new, or
 * restorable by undo — never anything else.
 */

function vaultWithSelfLink(): Record<string, string> {
  const vault = fixtureVault();
  // The survivor links to its duplicate too: that link must be retargeted like any other.
  vault[SURVIVOR] = (vault[SURVIVOR] ?? "").replace("## Related\n\n", "## Related\n\n- [[Ronnie Borker]]\n");
  return vault;
}

function linksTo(vault: Record<string, string>, target: string, paths: LinkTargetIndex): number {
  let count = 0;
  for (const [path, text] of Object.entries(vault)) {
    for (const link of findLinks(text)) if (link.linkpath !== "" && resolveLinkpath(link.linkpath, path, paths) === target) count++;
  }
  return count;
}

function newState(vault: Record<string, string>, plan: MergePlan): Record<string, string> {
  const next = { ...vault };
  for (const change of plan.changeSet.changes) {
    if (change.after === null) delete next[change.path];
    else next[change.path] = change.after;
  }
  return sorted(next);
}

function sorted(vault: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(vault).sort(([a], [b]) => (a < b ? -1 : 1)));
}

interface States {
  oldState: Record<string, string>;
  expectedNew: Record<string, string>;
  writes: number;
}

/** Checks the vault after an apply whose k-th write failed; returns which way it ended. */
async function settle(k: number, failure: unknown, notes: MemoryNoteStore, journal: MemoryJournalStore, faults: WriteFaults, states: States): Promise<string> {
  if (failure === undefined) {
    expect(k, "only a write past the last can let the merge through").toBe(states.writes + 1);
    expect(notes.snapshot()).toEqual(states.expectedNew);
    return "applied";
  }
  if (!(failure instanceof ApplyError)) {
    expect(notes.snapshot(), `write ${k}: failed before any note was written`).toEqual(states.oldState);
    expect(journal.entries.size).toBe(0);
    return "nothing written";
  }
  if (failure.rolledBack) {
    expect(notes.snapshot(), `write ${k}: rolled back`).toEqual(states.oldState);
    return "rolled back";
  }
  faults.repair();
  const undo = await undoLatest(notes, journal);
  expect(undo.kind, `write ${k}: undo after a failed rollback`).toBe("undone");
  expect(notes.snapshot(), `write ${k}: undo restores`).toEqual(states.oldState);
  return "undone";
}

describe("applying a merge plan", () => {
  test("every link to the duplicate moves to the survivor, and the duplicate is trashed last", async () => {
    const vault = vaultWithSelfLink();
    const paths = new LinkTargetIndex(Object.keys(vault));
    const before = linksTo(vault, DUPLICATE, paths);
    const plan = planMerge(mergeInputFor(vault));
    expect(before).toBeGreaterThan(5);
    expect(plan.linkCount).toBe(before);
    expect(plan.changeSet.operation).toBe("merge");
    expect(plan.changeSet.changes.at(-1)).toEqual({ path: DUPLICATE, before: vault[DUPLICATE], after: null });
    const notes = new MemoryNoteStore(vault);
    await applyChangeSet(plan.changeSet, notes, new MemoryJournalStore());
    const after = notes.snapshot();
    // Resolved against the index that still holds the duplicate: nothing opens it any more.
    expect(linksTo(after, DUPLICATE, paths)).toBe(0);
    expect(after[DUPLICATE]).toBeUndefined();
    expect(notes.trashed.map((note) => note.path)).toEqual([DUPLICATE]);
    expect(after[SURVIVOR]).toBe(plan.survivorAfter);
    expect(plan.survivorAfter).toContain("- [[Ronnie Booker]]\n");
    // A code span is text, not a link: it stays as written.
    expect(after["Daily/2025-11-03.md"]).toContain("`[[Ronnie Borker]]`");
    expect(plan.notesChanged).toContain(SURVIVOR);
    expect(plan.notesChanged).not.toContain(DUPLICATE);
  });

  test("undo gives back every byte, the trashed duplicate included", async () => {
    const vault = vaultWithSelfLink();
    const plan = planMerge(mergeInputFor(vault));
    const notes = new MemoryNoteStore(vault);
    const journal = new MemoryJournalStore();
    await applyChangeSet(plan.changeSet, notes, journal);
    const undo = await undoLatest(notes, journal);
    expect(undo.kind).toBe("undone");
    expect(notes.snapshot()).toEqual(sorted(vault));
    expect(journal.entries.size).toBe(0);
  });

  test("a note edited after the preview stops the merge before anything is written", async () => {
    const vault = vaultWithSelfLink();
    const plan = planMerge(mergeInputFor(vault));
    const notes = new MemoryNoteStore({ ...vault, [SURVIVOR]: `${vault[SURVIVOR]}\nedited` });
    const journal = new MemoryJournalStore();
    await expect(applyChangeSet(plan.changeSet, notes, journal)).rejects.toBeInstanceOf(StaleNoteError);
    expect(journal.entries.size).toBe(0);
  });

  for (const mode of ["once", "from-then-on"] as const) {
    test(`a failure at every write (${mode}) leaves the old state, the new state, or one undo restores`, async () => {
      const vault = vaultWithSelfLink();
      const plan = planMerge(mergeInputFor(vault));
      const oldState = sorted(vault);
      const expectedNew = newState(vault, plan);
      const clean = new WriteFaults();
      await applyChangeSet(plan.changeSet, new MemoryNoteStore(vault, clean), new MemoryJournalStore(clean));
      const writes = clean.writes.length;
      expect(writes).toBe(plan.changeSet.changes.length + 1);
      const outcomes = new Set<string>();
      for (let k = 1; k <= writes + 1; k++) {
        const faults = new WriteFaults(k, mode);
        const notes = new MemoryNoteStore(vault, faults);
        const journal = new MemoryJournalStore(faults);
        const failure = await applyChangeSet(plan.changeSet, notes, journal).then(
          () => undefined,
          (error: unknown) => error,
        );
        outcomes.add(await settle(k, failure, notes, journal, faults, { oldState, expectedNew, writes }));
      }
      // Each path was taken: nothing written, rolled back, and (with a disk that stays broken) undo needed.
      expect([...outcomes].sort()).toEqual(mode === "once" ? ["applied", "nothing written", "rolled back"] : ["applied", "nothing written", "undone"]);
    });
  }
});
