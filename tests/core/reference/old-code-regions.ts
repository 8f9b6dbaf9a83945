/**
 * Pre-optimisation implementation (git 8ec6f1d:src/core/links/code-regions.ts), kept as a test oracle for
 * scanners.test.ts: the rewritten scanner in src must give the same output. Only the imports and the fence
 * definition (see findFencedBlocks) differ.
 */

import { isEscaped } from "../../../src/core/links/escapes";
import { closesFence, leavesFence, openingFence, type OpenFence } from "../../../src/core/parse/fences";
import type { TextRange } from "../../../src/core/links/text-range";

/**
 * Where a note body holds code — fenced blocks and inline code spans — in which `[[D]]` is text,
 * not a link. Follows CommonMark closely enough for notes: fences may be indented (inside list
 * items) or quoted (`> ```), an unclosed fence runs to the end of the note, and a code span is
 * closed by the next backtick run of the same length within its paragraph.
 */
export function findCodeRegions(text: string, bodyStart: number): TextRange[] {
  const regions: TextRange[] = [];
  let cursor = bodyStart;
  for (const block of findFencedBlocks(text, bodyStart)) {
    regions.push(...findCodeSpans(text, cursor, block.start), block);
    cursor = block.end;
  }
  regions.push(...findCodeSpans(text, cursor, text.length));
  return regions;
}

interface Line extends TextRange {
  /** The line without its line ending. */
  content: string;
}

function* linesOf(text: string, from: number, to: number): Generator<Line> {
  let start = from;
  while (start < to) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 || newline >= to ? to : newline + 1;
    yield { start, end, content: text.slice(start, end).replace(/\r?\n$/, "") };
    start = end;
  }
}

/**
 * Which lines are fenced code is src's (parse/fences.ts): fences now end with their quote or list item, on
 * purpose, and fences.test.ts holds that. This oracle reads every line, so it still guards the skipping.
 */
function findFencedBlocks(text: string, bodyStart: number): TextRange[] {
  const blocks: TextRange[] = [];
  let open: { start: number; fence: OpenFence } | undefined;
  for (const line of linesOf(text, bodyStart, text.length)) {
    if (open && leavesFence(line.content, open.fence)) {
      blocks.push({ start: open.start, end: line.start });
      open = undefined;
    }
    if (!open) {
      const fence = openingFence(line.content);
      if (fence) open = { start: line.start, fence };
    } else if (closesFence(line.content, open.fence)) {
      blocks.push({ start: open.start, end: line.end });
      open = undefined;
    }
  }
  if (open) blocks.push({ start: open.start, end: text.length });
  return blocks;
}

/** Inline code spans between `from` and `to`, paragraph by paragraph: a span never crosses a blank line. */
function findCodeSpans(text: string, from: number, to: number): TextRange[] {
  const spans: TextRange[] = [];
  for (const paragraph of paragraphsOf(text, from, to)) spans.push(...codeSpansIn(text, paragraph));
  return spans;
}

function paragraphsOf(text: string, from: number, to: number): TextRange[] {
  const paragraphs: TextRange[] = [];
  let start = from;
  for (const line of linesOf(text, from, to)) {
    if (line.content.trim() !== "") continue;
    if (line.start > start) paragraphs.push({ start, end: line.start });
    start = line.end;
  }
  if (to > start) paragraphs.push({ start, end: to });
  return paragraphs;
}

function codeSpansIn(text: string, paragraph: TextRange): TextRange[] {
  const spans: TextRange[] = [];
  let at = paragraph.start;
  while (at < paragraph.end) {
    const open = text.indexOf("`", at);
    if (open === -1 || open >= paragraph.end) break;
    const runLength = backtickRunLength(text, open, paragraph.end);
    if (isEscaped(text, open, paragraph.start)) {
      at = open + 1;
      continue;
    }
    const close = findClosingRun(text, open + runLength, runLength, paragraph.end);
    if (close === undefined) {
      at = open + runLength;
      continue;
    }
    spans.push({ start: open, end: close + runLength });
    at = close + runLength;
  }
  return spans;
}

function backtickRunLength(text: string, start: number, limit: number): number {
  let end = start;
  while (end < limit && text[end] === "`") end++;
  return end - start;
}

function findClosingRun(text: string, from: number, runLength: number, limit: number): number | undefined {
  for (let at = text.indexOf("`", from); at !== -1 && at < limit; at = text.indexOf("`", at)) {
    const length = backtickRunLength(text, at, limit);
    if (length === runLength) return at;
    at += length;
  }
  return undefined;
}
