import { Notice } from "obsidian";
import { ApplyError, effectiveChanges, StaleNoteError } from "../core/ops/apply";
import type { RapportApp } from "../obsidian/rapport-app";
import { DedupeModal } from "./dedupe-modal";
import { MergePreviewModal } from "./merge-preview-modal";
import { noticeWithUndo, ProgressNotice } from "./notices";
import { PersonSuggestModal } from "./person-suggest-modal";

/** What the commands, the ribbon button and the panel's buttons do: thin glue from the UI to RapportApp. */

export async function refreshLastContact(rapport: RapportApp): Promise<void> {
  const progress = new ProgressNotice("Refreshing last contact…");
  try {
    const plan = await rapport.planLastContact((done, total) => progress.progress("Reading people notes", done, total));
    if (plan.changes.length === 0) return progress.done("Last contact is up to date: nothing changed.");
    await rapport.apply(plan.changeSet);
    progress.done();
    noticeWithUndo(`Updated ${plan.changes.length} ${plan.changes.length === 1 ? "person" : "people"}`, () => void undoLast(rapport));
  } catch (error) {
    progress.done(describeFailure(error));
  }
}

export async function undoLast(rapport: RapportApp): Promise<void> {
  try {
    const result = await rapport.undo();
    if (result.kind === "nothing-to-undo") new Notice("Nothing to undo.");
    else if (result.kind === "blocked") new Notice(`Not undone: ${result.changed.join(", ")} changed since. Nothing was restored.`, 10_000);
    else new Notice(`Undone: ${result.entry.summary} (${result.restored.length} ${result.restored.length === 1 ? "note" : "notes"} restored).`);
  } catch (error) {
    new Notice(describeFailure(error), 10_000);
  }
}

export function describeFailure(error: unknown): string {
  if (error instanceof StaleNoteError || error instanceof ApplyError) return error.message;
  return `Rapport stopped: ${error instanceof Error ? error.message : String(error)}`;
}

/** Opens the dedupe review; with notes given, only the groups that hold all of them. */
export function openDuplicateReview(rapport: RapportApp, notes: string[] = []): void {
  new DedupeModal(rapport.app, rapport, notes).open();
}

/** "Merge into…": the active person note is merged into the person chosen in a fuzzy picker, after a preview. */
export function mergeActiveInto(rapport: RapportApp, activePath: string): void {
  const others = rapport.index.people().filter((person) => person.path !== activePath);
  new PersonSuggestModal(rapport.app, others, (survivor) => new MergePreviewModal(rapport.app, rapport, survivor.path, activePath).open()).open();
}

/** Folds repeated Key Facts, topics and Recent Context entries in the given people notes. */
export async function consolidateKeyFacts(rapport: RapportApp, paths: string[]): Promise<void> {
  const progress = new ProgressNotice("Looking for repeated key facts…");
  try {
    const changeSet = await rapport.planConsolidation(paths, (done, total) => progress.progress("Reading people notes", done, total));
    const changed = effectiveChanges(changeSet).length;
    if (changed === 0) return progress.done("No repeated key facts found: nothing changed.");
    await rapport.apply(changeSet);
    progress.done();
    noticeWithUndo(`Consolidated key facts in ${changed} ${changed === 1 ? "note" : "notes"}`, () => void undoLast(rapport));
  } catch (error) {
    progress.done(describeFailure(error));
  }
}
