import type { Block } from "../blocks";
import { escapeRegExp } from "../normalize";
import type { MergeContext } from "./rule";

/**
 * A dataview (or Tasks) query that comes over from the duplicate names the duplicate: `contains(text,
 * "Ronnie Borker")`, `@RonnieBorker`. In the survivor it must name the survivor, or it would list the old
 * name's tasks. Other code blocks are text the user wrote and stay as written.
 */

const QUERY_FENCE = /^[ \t]{0,3}(?:```+|~~~+)[ \t]*(dataview|dataviewjs|tasks|query)\b/i;

export function isQueryBlock(block: Block): boolean {
  return block.kind === "code" && QUERY_FENCE.test(block.lines[0] ?? "");
}

export function renameInQuery(block: Block, context: MergeContext): Block {
  if (block.kind !== "code" || !isQueryBlock(block)) return block;
  return { kind: "code", lines: block.lines.map((line) => renameLine(line, context)) };
}

/** One pass over the line, longest spelling first, so a name just written in is never renamed again. */
function renameLine(line: string, context: MergeContext): string {
  const replacements = new Map<string, string>();
  for (const name of context.duplicateNames) {
    if (name.trim() === "" || name === context.survivorTitle) continue;
    replacements.set(name, context.survivorTitle);
    replacements.set(name.replace(/\s+/g, ""), context.survivorTitle.replace(/\s+/g, ""));
  }
  const spellings = [...replacements.keys()].filter((spelling) => spelling !== "").sort((a, b) => b.length - a.length);
  if (spellings.length === 0) return line;
  const pattern = new RegExp(spellings.map(escapeRegExp).join("|"), "g");
  return line.replace(pattern, (found) => replacements.get(found) ?? found);
}

