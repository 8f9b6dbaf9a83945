import { retargetLinks, type LinkTargetIndex } from "../links";
import type { ChangeSet, NoteChange } from "../ops/apply";
import { mergeNotes, type NoteText } from "./merge-notes";
import type { MergeReport } from "./report";

/**
 * The whole merge as one change set for `applyChangeSet`: the survivor rewritten with the duplicate's
 * content, every link that opened the duplicate retargeted to the survivor (in every note, the survivor's
 * own text included), and the duplicate trashed last. A link in the survivor that pointed at the duplicate
 * becomes a link to the survivor itself: it is kept rather than deleted, because it may carry a display
 * text or a heading the user wrote, and deleting text is what a merge must never do.
 */

export interface MergeInput {
  survivor: NoteText;
  duplicate: NoteText;
  /** Every other note that may link to the duplicate. The survivor and duplicate, if listed, are skipped. */
  notes: readonly NoteText[];
  /** Every path in the vault, the duplicate's included, to resolve links as Obsidian does. */
  paths: LinkTargetIndex;
}

export interface MergePlan {
  changeSet: ChangeSet;
  survivorBefore: string;
  survivorAfter: string;
  /** Links retargeted, in every note. */
  linkCount: number;
  /** Notes whose text changes (the survivor and every note with a retargeted link); the trashed duplicate is not one. */
  notesChanged: string[];
  report: MergeReport;
}

export function planMerge(input: MergeInput): MergePlan {
  const { survivor, duplicate, paths } = input;
  if (survivor.path === duplicate.path) throw new Error(`Cannot merge ${survivor.path} into itself.`);
  const merged = mergeNotes(survivor, duplicate);
  const retarget = { from: duplicate.path, to: survivor.path };
  const own = retargetLinks(merged.text, survivor.path, retarget, paths);
  const changes: NoteChange[] = [{ path: survivor.path, before: survivor.text, after: own.text }];
  let linkCount = own.count;
  for (const note of input.notes) {
    if (note.path === survivor.path || note.path === duplicate.path) continue;
    const result = retargetLinks(note.text, note.path, retarget, paths);
    if (result.text === note.text) continue;
    changes.push({ path: note.path, before: note.text, after: result.text });
    linkCount += result.count;
  }
  changes.push({ path: duplicate.path, before: duplicate.text, after: null });
  const notesChanged = changes.filter((change) => change.after !== null && change.after !== change.before).map((change) => change.path);
  const summary = `Merged ${duplicate.path} into ${survivor.path}; ${linkCount} ${linkCount === 1 ? "link" : "links"} retargeted`;
  return {
    changeSet: { operation: "merge", summary, changes },
    survivorBefore: survivor.text,
    survivorAfter: own.text,
    linkCount,
    notesChanged,
    report: merged.report,
  };
}
