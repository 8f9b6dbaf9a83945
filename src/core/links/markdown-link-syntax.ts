import type { SortedRanges } from "./text-range";

/** The pieces of `[text](destination "title")` exactly as written. */
export interface RawMarkdownLink {
  /** Offset just past the closing `)`. */
  end: number;
  text: string;
  /** The destination without angle brackets, still percent-encoded and backslash-escaped. */
  destination: string;
  destinationStart: number;
  angleBrackets: boolean;
}

interface Scanned {
  end: number;
}

/**
 * Reads an inline markdown link whose text runs from `[` at `open` to `]` at `close` (see
 * `pairBrackets`), if a destination in parentheses follows (CommonMark's rules, kept to one line).
 */
export function readMarkdownLink(text: string, open: number, close: number, code: SortedRanges): RawMarkdownLink | undefined {
  if (text[close + 1] !== "(") return undefined;
  const destination = readDestination(text, skipSpaces(text, close + 2));
  if (!destination || code.overlaps(destination.start, destination.end)) return undefined;
  const end = skipSpaces(text, skipTitle(text, destination.end)?.end ?? destination.end);
  if (text[end] !== ")") return undefined;
  const raw = text.slice(destination.start, destination.end);
  return {
    end: end + 1,
    text: text.slice(open + 1, close),
    destination: destination.angleBrackets ? raw.slice(1, -1) : raw,
    destinationStart: destination.angleBrackets ? destination.start + 1 : destination.start,
    angleBrackets: destination.angleBrackets,
  };
}

function skipSpaces(text: string, at: number): number {
  while (text[at] === " " || text[at] === "\t") at++;
  return at;
}

interface Destination extends Scanned {
  start: number;
  angleBrackets: boolean;
}

function readDestination(text: string, start: number): Destination | undefined {
  if (text[start] === "<") {
    const end = angleDestinationEnd(text, start);
    return end === undefined ? undefined : { start, end, angleBrackets: true };
  }
  const end = bareDestinationEnd(text, start);
  return end === undefined || end === start ? undefined : { start, end, angleBrackets: false };
}

/** `<People/D X.md>`: anything but a line break or an unescaped `<` up to the first unescaped `>`. */
function angleDestinationEnd(text: string, start: number): number | undefined {
  for (let at = start + 1; at < text.length; at++) {
    const char = text[at];
    if (char === "\\") at++;
    else if (char === ">") return at + 1;
    else if (char === "<" || char === "\n" || char === "\r") return undefined;
  }
  return undefined;
}

/** cmark's limit on nested parentheses in a destination; without one, `[a](` repeated is quadratic. */
const MAX_PAREN_DEPTH = 32;

/** A bare destination: no spaces or control characters, parentheses balanced. */
function bareDestinationEnd(text: string, start: number): number | undefined {
  let depth = 0;
  let at = start;
  for (; at < text.length; at++) {
    const char = text[at] ?? "";
    if (char === "\\" && /[!-/:-@[-`{-~]/.test(text[at + 1] ?? "")) at++;
    else if (char <= " ") break;
    else if (char === "(" && ++depth > MAX_PAREN_DEPTH) return undefined;
    else if (char === ")") {
      if (depth === 0) break;
      depth--;
    }
  }
  return depth > 0 ? undefined : at;
}

const TITLE_CLOSERS: Record<string, string> = { '"': '"', "'": "'", "(": ")" };

/** A title after the destination, `"…"`, `'…'` or `(…)`, which must be set off by a space. */
function skipTitle(text: string, destinationEnd: number): Scanned | undefined {
  const start = skipSpaces(text, destinationEnd);
  const closer = TITLE_CLOSERS[text[start] ?? ""];
  if (start === destinationEnd || closer === undefined) return undefined;
  for (let at = start + 1; at < text.length; at++) {
    const char = text[at];
    if (char === "\\") at++;
    else if (char === closer) return { end: at + 1 };
    else if (char === "\n" || char === "\r") return undefined;
  }
  return undefined;
}
