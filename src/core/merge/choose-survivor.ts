import { blockLines } from "./blocks";
import { readNoteParts } from "./note-parts";
import { isPlaceholderLine } from "./rules/block-presence";
import type { NoteText } from "./merge-notes";

/**
 * The default survivor of a pair: the note more links point at (fewer links to rewrite, and the name the
 * vault already uses), then the fuller note (more lines of real content), then the first given.
 */
export function chooseSurvivor<T extends NoteText>(a: T, b: T, inboundLinks: (path: string) => number): { survivor: T; duplicate: T } {
  const byLinks = inboundLinks(a.path) - inboundLinks(b.path);
  const byContent = contentLines(a.text) - contentLines(b.text);
  const aWins = byLinks !== 0 ? byLinks > 0 : byContent >= 0;
  return aWins ? { survivor: a, duplicate: b } : { survivor: b, duplicate: a };
}

/** Body lines that say something: not blank, not a heading, not template placeholder text. */
export function contentLines(text: string): number {
  const parts = readNoteParts("", text, { bodyOnly: true });
  const blocks = [parts.preamble, ...parts.sections].flatMap((part) => (part ? part.body.blocks.map((placed) => placed.block) : []));
  return blocks.flatMap(blockLines).filter((line) => line.trim() !== "" && !/^#{1,6}[ \t]/.test(line) && !isPlaceholderLine(line) && !/\|\s*_Unknown_\s*\|/i.test(line)).length;
}
