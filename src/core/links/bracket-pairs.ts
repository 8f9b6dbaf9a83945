import type { SortedRanges } from "./text-range";

/** Where each link's brackets close, found in one pass so that scanning a note stays linear. */
export interface BracketPairs {
  /** `[[` offset → offset of its `]]`: the last `[[` before the first `]]` on the same line. */
  wikilinks: Map<number, number>;
  /** `[` offset → offset of the `]` that balances it on the same line. */
  brackets: Map<number, number>;
}

const BACKSLASH = 92;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const OPEN = 91;
const CLOSE = 93;

/**
 * Pairs brackets between `from` and `to`. Backslash-escaped brackets are text; code is skipped
 * whole: it may sit inside a markdown link's text, but it breaks a wikilink. Asking each `[` for
 * its closer instead would rescan the rest of the line per `[` (quadratic on `[[[[…`).
 */
export function pairBrackets(text: string, from: number, to: number, code?: SortedRanges): BracketPairs {
  const pairs: BracketPairs = { wikilinks: new Map(), brackets: new Map() };
  let open: number[] = [];
  let wikilinkOpen = -1;
  // Code ranges are sorted: a cursor walks them alongside the text instead of a search per character.
  const ranges = code?.ranges ?? [];
  let next = 0;
  let at = lineWithBracket(text, from, to);
  for (; at < to; at++) {
    while (next < ranges.length && ranges[next]!.end <= at) next++;
    const inCode = next < ranges.length && ranges[next]!.start <= at ? ranges[next] : undefined;
    const char = text.charCodeAt(at);
    if (inCode) {
      at = inCode.end - 1;
      wikilinkOpen = -1;
    } else if (char === BACKSLASH) at++;
    else if (char === LINE_FEED || char === CARRIAGE_RETURN) {
      open = [];
      wikilinkOpen = -1;
      // Nothing carries past a line break, so lines without a `[` can be passed over whole.
      if (char === LINE_FEED) at = lineWithBracket(text, at + 1, to) - 1;
    } else if (char === OPEN) {
      if (text.charCodeAt(at + 1) === OPEN) wikilinkOpen = at;
      open.push(at);
    } else if (char === CLOSE) {
      const matching = open.pop();
      if (matching !== undefined) pairs.brackets.set(matching, at);
      if (text.charCodeAt(at + 1) === CLOSE && wikilinkOpen !== -1) {
        if (at > wikilinkOpen + 2) pairs.wikilinks.set(wikilinkOpen, at);
        wikilinkOpen = -1;
      }
    }
  }
  return pairs;
}

/** The start of the first line at or after `from` holding a `[` (never before `from`); `to` when none does. */
function lineWithBracket(text: string, from: number, to: number): number {
  const bracket = text.indexOf("[", from);
  if (bracket === -1 || bracket >= to) return to;
  return Math.max(from, text.lastIndexOf("\n", bracket) + 1);
}
