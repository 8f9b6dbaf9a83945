import { undoLatest } from "../../core/ops/undo";
import type { CommandContext } from "../context";

export async function undoCommand(context: CommandContext): Promise<void> {
  const result = await undoLatest(context.notes, context.journal);
  if (context.json) return context.printJson(result.kind === "undone" ? { undone: result.entry.summary, restored: result.restored } : result.kind === "blocked" ? { blocked: result.changed } : { undone: null });
  if (result.kind === "nothing-to-undo") return context.print("Nothing to undo.");
  if (result.kind === "blocked") {
    context.print(`Not undone: these notes changed since "${result.entry.summary}", so nothing was restored:`);
    for (const path of result.changed) context.print(`  ${path}`);
    process.exitCode = 1;
    return;
  }
  context.print(`Undone: ${result.entry.summary}. Restored ${result.restored.length} ${result.restored.length === 1 ? "note" : "notes"}:`);
  for (const path of result.restored) context.print(`  ${path}`);
}
