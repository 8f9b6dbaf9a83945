import { isEscaped } from "./escapes";
import type { TextRange } from "./text-range";

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

/**
 * The lines between `from` and `to` that could open or close a fence: after indentation and quote
 * markers, a backtick or tilde. Other lines are passed over without being copied.
 */
function* fenceCandidates(text: string, from: number, to: number): Generator<Line> {
  let start = from;
  while (start < to) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 || newline >= to ? to : newline + 1;
    let first = start;
    while (first < end && isIndentOrQuote(text.charCodeAt(first))) first++;
    const marker = text.charCodeAt(first);
    if (marker === BACKTICK || marker === TILDE) yield { start, end, content: text.slice(start, end).replace(/\r?\n$/, "") };
    start = end;
  }
}

const BACKTICK = 96;
const TILDE = 126;

function isIndentOrQuote(char: number): boolean {
  return char === 32 || char === 9 || char === 62;
}

/** Optional indentation or blockquote markers, then three or more backticks or tildes. */
const FENCE_OPENING = /^[ \t>]*(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSING = /^[ \t>]*(`{3,}|~{3,})[ \t]*$/;

interface OpenFence {
  start: number;
  marker: string;
}

function findFencedBlocks(text: string, bodyStart: number): TextRange[] {
  const blocks: TextRange[] = [];
  if (text.indexOf("```", bodyStart) === -1 && text.indexOf("~~~", bodyStart) === -1) return blocks;
  let open: OpenFence | undefined;
  for (const line of fenceCandidates(text, bodyStart, text.length)) {
    if (!open) open = fenceOpenedBy(line);
    else if (closesFence(line.content, open.marker)) {
      blocks.push({ start: open.start, end: line.end });
      open = undefined;
    }
  }
  if (open) blocks.push({ start: open.start, end: text.length });
  return blocks;
}

function fenceOpenedBy(line: Line): OpenFence | undefined {
  const match = FENCE_OPENING.exec(line.content);
  const marker = match?.[1];
  if (!marker) return undefined;
  // "```js```" on one line is an inline code span, not a fence: a backtick fence's info string has no backticks.
  if (marker.startsWith("`") && (match[2] ?? "").includes("`")) return undefined;
  return { start: line.start, marker };
}

function closesFence(content: string, marker: string): boolean {
  const closing = FENCE_CLOSING.exec(content)?.[1];
  return closing !== undefined && closing[0] === marker[0] && closing.length >= marker.length;
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
