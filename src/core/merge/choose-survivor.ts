import { blockLines } from "./blocks";
import { readNoteParts } from "./note-parts";
import { isPlaceholderLine } from "./rules/block-presence";
import type { NoteText } from "./merge-notes";

/**
 * The default survivor of a pair: the fuller note (more lines of real content), then the one more links
 * point at, then the first given. Content comes first because a transcription duplicate can collect more
 * links than the note it copies (Ronnie Borker has more inbound links than Ronnie Booker in the example
 * vault), and links are cheap to retarget while a name is what the user sees.
 */
export function chooseSurvivor<T extends NoteText>(a: T, b: T, inboundLinks: (path: string) => number): { survivor: T; duplicate: T } {
  const byContent = substance(a.text) - substance(b.text);
  const byLinks = inboundLinks(a.path) - inboundLinks(b.path);
  const aWins = byContent !== 0 ? byContent > 0 : byLinks >= 0;
  return aWins ? { survivor: a, duplicate: b } : { survivor: b, duplicate: a };
}

/** Body lines that say something: not blank, not a heading, not template placeholder text. */
export function substance(text: string): number {
  const parts = readNoteParts("", text, { bodyOnly: true });
  const blocks = [parts.preamble, ...parts.sections].flatMap((part) => (part ? part.body.blocks.map((placed) => placed.block) : []));
  return blocks.flatMap(blockLines).filter((line) => line.trim() !== "" && !/^#{1,6}[ \t]/.test(line) && !isPlaceholderLine(line) && !/\|\s*_Unknown_\s*\|/i.test(line)).length;
}
