/**
 * Pre-optimisation implementation (git 8ec6f1d:src/core/links/bracket-pairs.ts), kept verbatim as a test oracle for
 * scanners.test.ts: the rewritten scanner in src must give the same output. Only the imports differ.
 */

import type { SortedRanges } from "../../../src/core/links/text-range";

/** Where each link's brackets close, found in one pass so that scanning a note stays linear. */
export interface BracketPairs {
  /** `[[` offset → offset of its `]]`: the last `[[` before the first `]]` on the same line. */
  wikilinks: Map<number, number>;
  /** `[` offset → offset of the `]` that balances it on the same line. */
  brackets: Map<number, number>;
}

/**
 * Pairs brackets between `from` and `to`. Backslash-escaped brackets are text; code is skipped
 * whole: it may sit inside a markdown link's text, but it breaks a wikilink. Asking each `[` for
 * its closer instead would rescan the rest of the line per `[` (quadratic on `[[[[…`).
 */
export function pairBrackets(text: string, from: number, to: number, code?: SortedRanges): BracketPairs {
  const pairs: BracketPairs = { wikilinks: new Map(), brackets: new Map() };
  let open: number[] = [];
  let wikilinkOpen: number | undefined;
  // Code ranges are sorted: a cursor walks them alongside the text instead of a search per character.
  const ranges = code?.ranges ?? [];
  let next = 0;
  for (let at = from; at < to; at++) {
    while (next < ranges.length && ranges[next]!.end <= at) next++;
    const inCode = next < ranges.length && ranges[next]!.start <= at ? ranges[next] : undefined;
    const char = text[at];
    if (inCode) {
      at = inCode.end - 1;
      wikilinkOpen = undefined;
    } else if (char === "\\") at++;
    else if (char === "\n" || char === "\r") {
      open = [];
      wikilinkOpen = undefined;
    } else if (char === "[") {
      if (text[at + 1] === "[") wikilinkOpen = at;
      open.push(at);
    } else if (char === "]") {
      const matching = open.pop();
      if (matching !== undefined) pairs.brackets.set(matching, at);
      if (text[at + 1] === "]" && wikilinkOpen !== undefined) {
        if (at > wikilinkOpen + 2) pairs.wikilinks.set(wikilinkOpen, at);
        wikilinkOpen = undefined;
      }
    }
  }
  return pairs;
}
