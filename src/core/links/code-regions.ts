import { closesFence, leavesFence, mayChangeFence, openingFence, type OpenFence } from "../parse/fences";
import { isEscaped } from "./escapes";
import type { TextRange } from "./text-range";

/**
 * Where a note body holds code — fenced blocks and inline code spans — in which `[[D]]` is text,
 * not a link. Fences are the parser's (parse/fences.ts), and a code span is closed by the next
 * backtick run of the same length within its paragraph.
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

/**
 * Fenced blocks, by the one fence definition the parser uses (see parse/fences.ts). A block ends with its
 * closing line, or before the first line outside its quote or list item.
 */
function findFencedBlocks(text: string, bodyStart: number): TextRange[] {
  const blocks: TextRange[] = [];
  if (text.indexOf("```", bodyStart) === -1 && text.indexOf("~~~", bodyStart) === -1) return blocks;
  let open: { start: number; fence: OpenFence } | undefined;
  for (let start = bodyStart; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline + 1;
    // Other lines are passed over without being copied.
    if (mayChangeFence(text, start, open?.fence)) {
      const line = text.slice(start, end).replace(/\r?\n$/, "");
      if (open && leavesFence(line, open.fence)) {
        blocks.push({ start: open.start, end: start });
        open = undefined;
      }
      if (!open) {
        const fence = openingFence(line);
        if (fence) open = { start, fence };
      } else if (closesFence(line, open.fence)) {
        blocks.push({ start: open.start, end });
        open = undefined;
      }
    }
    start = end;
  }
  if (open) blocks.push({ start: open.start, end: text.length });
  return blocks;
}

/** Inline code spans between `from` and `to`, paragraph by paragraph: a span never crosses a blank line. */
function findCodeSpans(text: string, from: number, to: number): TextRange[] {
  const spans: TextRange[] = [];
  const firstBacktick = text.indexOf("`", from);
  if (firstBacktick === -1 || firstBacktick >= to) return spans;
  for (const paragraph of paragraphsOf(text, from, to)) spans.push(...codeSpansIn(text, paragraph));
  return spans;
}

function paragraphsOf(text: string, from: number, to: number): TextRange[] {
  const paragraphs: TextRange[] = [];
  let start = from;
  for (let lineStart = from; lineStart < to; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 || newline >= to ? to : newline + 1;
    if (isBlank(text, lineStart, lineEnd)) {
      if (lineStart > start) paragraphs.push({ start, end: lineStart });
      start = lineEnd;
    }
    lineStart = lineEnd;
  }
  if (to > start) paragraphs.push({ start, end: to });
  return paragraphs;
}

/** Whether `[start, end)` holds only whitespace, as `String.prototype.trim` counts it, without copying the line. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const char = text.charCodeAt(at);
    if ((char > 32 && char < 127) || !WHITESPACE.test(text[at] ?? "")) return false;
  }
  return true;
}

const WHITESPACE = /^\s$/;

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
