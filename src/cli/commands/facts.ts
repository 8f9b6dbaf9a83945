import { planConsolidation, previewDiff } from "../../core/merge";
import { applyChangeSet, effectiveChanges } from "../../core/ops/apply";
import type { CommandContext } from "../context";

/** Folds repeated Key Facts (and repeated topics and Recent Context entries) in every readable person note. */
export async function factsCommand(context: CommandContext): Promise<void> {
  const index = await context.loadIndex();
  const notes: { path: string; text: string }[] = [];
  for (const person of index.writablePeople()) {
    const text = await context.notes.read(person.path);
    if (text !== undefined) notes.push({ path: person.path, text });
  }
  const changeSet = planConsolidation(notes);
  const changes = effectiveChanges(changeSet);
  if (!context.dryRun) await applyChangeSet(changeSet, context.notes, context.journal);
  if (context.json) {
    return context.printJson({
      dryRun: context.dryRun,
      changed: changes.map((change) => ({ path: change.path, ...(context.dryRun ? { diff: previewDiff(change.before ?? "", change.after ?? "", { path: change.path }) } : {}) })),
    });
  }
  if (changes.length === 0) return context.print("No repeated key facts found: nothing to change.");
  if (context.dryRun) for (const change of changes) context.print(previewDiff(change.before ?? "", change.after ?? "", { path: change.path }).trimEnd() + "\n");
  context.print(`${context.dryRun ? "Dry run: would consolidate" : "Consolidated"} ${changes.length} ${changes.length === 1 ? "note" : "notes"}: ${changes.map((change) => change.path).join(", ")}`);
  if (!context.dryRun) context.print(`Run "rapport undo" to put them back.`);
}
