import { linkpathFor } from "./choose-linkpath";
import { findLinks } from "./find-links";
import type { LinkTargetIndex } from "./link-target-index";
import { locateLinkpath } from "./resolve";
import { assertLinkable, spellPath } from "./spell-path";

export interface RetargetPlan {
  /** Vault path of the note whose links move away (the duplicate). */
  from: string;
  /** Vault path of the note they move to (the survivor); must be in the index. */
  to: string;
}

export interface RetargetResult {
  text: string;
  /** How many links were rewritten. */
  count: number;
}

interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * Rewrites every link in `text` that opens `plan.from` so it opens `plan.to` instead. Only the link
 * path changes: form, subpath, display text and every byte outside the rewritten paths stay as
 * written. Links into the note itself (`[[#Heading]]`) are left alone even when the source is the
 * duplicate, because they keep pointing at whatever note the text ends up in.
 *
 * Throws `UnlinkableTargetError` when the survivor's name cannot be written into a link, and a
 * plain `Error` when the survivor is not in the index (its new links could not be checked).
 */
export function retargetLinks(
  text: string,
  sourcePath: string,
  plan: RetargetPlan,
  paths: LinkTargetIndex,
): RetargetResult {
  if (plan.from === plan.to) return { text, count: 0 };
  if (!paths.has(plan.to)) throw new Error(`Cannot retarget links to ${plan.to}: it is not in the link index.`);
  assertLinkable(plan.to);
  const edits: Edit[] = [];
  for (const link of findLinks(text)) {
    if (link.linkpath === "") continue;
    const found = locateLinkpath(link.linkpath, sourcePath, paths);
    if (found?.path !== plan.from) continue;
    const linkpath = linkpathFor(plan.to, link.linkpath, found.via, sourcePath, paths);
    edits.push({ start: link.pathStart, end: link.pathEnd, replacement: spellPath(linkpath, link.pathSpelling) });
  }
  return { text: applyEdits(text, edits), count: edits.length };
}

/** How many links in `text` open `target`. */
export function countLinksTo(text: string, sourcePath: string, target: string, paths: LinkTargetIndex): number {
  return findLinks(text).filter((link) => link.linkpath !== "" && locateLinkpath(link.linkpath, sourcePath, paths)?.path === target)
    .length;
}

/** Splices non-overlapping edits given in text order. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = "";
  let cursor = 0;
  for (const edit of edits) {
    result += text.slice(cursor, edit.start) + edit.replacement;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}
