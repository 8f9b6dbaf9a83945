import { undoLatest } from "../../core/ops/undo";
import type { CommandContext } from "../context";
import { RefusedError } from "../usage";

export async function undoCommand(context: CommandContext): Promise<void> {
  const result = await undoLatest(context.notes, context.journal);
  if (result.kind === "blocked") return refuse(context, result.entry.summary, result.changed);
  if (context.json) return context.printJson(result.kind === "undone" ? { undone: result.entry.summary, restored: result.restored } : { undone: null });
  if (result.kind === "nothing-to-undo") return context.print("Nothing to undo.");
  context.print(`Undone: ${result.entry.summary}. Restored ${result.restored.length} ${result.restored.length === 1 ? "note" : "notes"}:`);
  for (const path of result.restored) context.print(`  ${path}`);
}

/** Names the notes that changed, then fails: a script must not take a refused undo for one that happened. */
function refuse(context: CommandContext, summary: string, changed: string[]): never {
  if (context.json) context.printJson({ blocked: changed });
  else {
    context.print(`Not undone: these notes changed since "${summary}", so nothing was restored:`);
    for (const path of changed) context.print(`  ${path}`);
  }
  throw new RefusedError(`nothing was undone: ${changed.length} ${changed.length === 1 ? "note" : "notes"} changed since the operation`);
}
