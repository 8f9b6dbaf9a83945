import { LinkTargetIndex } from "../../core/links/link-target-index";
import { planMerge, previewDiff } from "../../core/merge";
import { applyChangeSet } from "../../core/ops/apply";
import type { CommandContext } from "../context";
import { UsageError } from "../usage";
import { readAllNotes } from "../vault-texts";

export async function mergeCommand(context: CommandContext): Promise<void> {
  const keep = stringOption(context, "keep");
  const drop = stringOption(context, "drop");
  if (keep === drop) throw new UsageError("--keep and --drop name the same note");
  const texts = await readAllNotes(context.vault);
  for (const [flag, notePath] of [["--keep", keep], ["--drop", drop]] as const) {
    if (!texts.has(notePath)) throw new UsageError(`${flag} ${notePath}: no such note in the vault (paths are vault-relative, with "/")`);
  }
  const plan = planMerge({
    survivor: { path: keep, text: texts.get(keep)! },
    duplicate: { path: drop, text: texts.get(drop)! },
    notes: [...texts].map(([notePath, text]) => ({ path: notePath, text })),
    paths: new LinkTargetIndex([...texts.keys()]),
  });
  if (!context.dryRun) await applyChangeSet(plan.changeSet, context.notes, context.journal);
  const others = plan.notesChanged.filter((notePath) => notePath !== keep);
  if (context.json) {
    return context.printJson({
      keep,
      drop,
      dryRun: context.dryRun,
      linksRetargeted: plan.linkCount,
      notesChanged: plan.notesChanged,
      trashed: drop,
      ...(context.dryRun ? { diff: previewDiff(plan.survivorBefore, plan.survivorAfter, { path: keep }) } : {}),
    });
  }
  if (context.dryRun) {
    context.print(previewDiff(plan.survivorBefore, plan.survivorAfter, { path: keep }).trimEnd());
    context.print(`\nDry run: nothing was written. Merging would rewrite ${keep}, retarget ${plan.linkCount} ${plan.linkCount === 1 ? "link" : "links"} in ${others.length} other ${others.length === 1 ? "note" : "notes"}, and move ${drop} to .trash/.`);
    return;
  }
  context.print(`Merged ${drop} into ${keep}.`);
  context.print(`Retargeted ${plan.linkCount} ${plan.linkCount === 1 ? "link" : "links"} in ${others.length} other ${others.length === 1 ? "note" : "notes"}${others.length ? `: ${others.join(", ")}` : ""}.`);
  context.print(`Moved ${drop} to .trash/. Run "rapport undo" to reverse the merge.`);
}

function stringOption(context: CommandContext, name: "keep" | "drop"): string {
  const value = context.options[name];
  if (typeof value !== "string" || value.trim() === "") throw new UsageError(`merge needs --keep <path> and --drop <path>`);
  return value.replace(/\\/g, "/").replace(/^\.\//, "");
}
