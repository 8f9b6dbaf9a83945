import { applyChangeSet } from "../../core/ops/apply";
import { RelationshipGraph } from "../../core/relationships/graph";
import { planLastContact } from "../../core/relationships/last-contact";
import type { CommandContext } from "../context";

export async function lastContactCommand(context: CommandContext): Promise<void> {
  const index = await context.loadIndex();
  const readable = index.writablePeople();
  const texts = new Map<string, string>();
  for (const person of readable) {
    const text = await context.notes.read(person.path);
    if (text !== undefined) texts.set(person.path, text);
  }
  const plan = planLastContact(new RelationshipGraph(index), texts, context.today);
  if (!context.dryRun) await applyChangeSet(plan.changeSet, context.notes, context.journal);
  if (context.json) return context.printJson({ changed: plan.changes, ...(context.dryRun ? { dryRun: true } : {}) });
  if (plan.changes.length === 0) return context.print("Last contact is up to date: nothing to change.");
  const verb = context.dryRun ? "Would update" : "Updated";
  context.print(`${verb} last contact of ${plan.changes.length} ${plan.changes.length === 1 ? "person" : "people"}:`);
  for (const change of plan.changes) context.print(`  ${change.path}: ${change.from ?? "(none)"} → ${change.to}`);
  if (!context.dryRun) context.print(`Run "rapport undo" to put them back.`);
}
