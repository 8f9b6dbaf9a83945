import { findDuplicates, type DupeGroup } from "../../core/dupes/find";
import type { VaultIndex } from "../../core/index/vault-index";
import { duplicateHints, type DuplicateHint } from "../../core/relationships/summaries";
import type { CommandContext } from "../context";

export async function dupesCommand(context: CommandContext): Promise<void> {
  const index = await context.loadIndex();
  const groups = duplicateGroups(index, context.data.notSamePerson);
  if (context.json) return context.printJson({ groups });
  if (groups.length === 0) return context.print("No near-duplicate people found.");
  context.print(`${groups.length} possible ${groups.length === 1 ? "duplicate" : "duplicates"}, best first:\n`);
  groups.forEach((group, position) => {
    context.print(`${position + 1}. ${group.notes.map((path) => index.record(path)?.title ?? path).join("  ~  ")}   ${Math.round(group.score * 100)}% (${group.band})`);
    for (const path of group.notes) context.print(`     ${path}`);
    for (const reason of group.reasons) context.print(`     - ${reason}`);
    context.print("");
  });
  context.print(`Merge one with: rapport merge <vault> --keep <path> --drop <path> --dry-run`);
  context.print(`Or record a "not the same person" decision: rapport not-same <vault> <path> <path>`);
}

export function duplicateGroups(index: VaultIndex, notSamePerson: [string, string][]): DupeGroup[] {
  return findDuplicates({ people: index.people(), meetings: index.meetings(), projects: index.projects(), notSamePerson });
}

/** The panel's "possible duplicate" line for each person, from one whole-vault run. */
export function duplicateHintsFor(index: VaultIndex, notSamePerson: [string, string][]): (path: string) => DuplicateHint[] {
  const groups = duplicateGroups(index, notSamePerson);
  return (path) => duplicateHints(groups, path, (other) => index.record(other)?.title ?? other);
}
