/**
 * String similarity for folded name tokens: spelling distance and sound.
 * Small hand-written versions: names are short, so the simple O(n·m) forms are fast enough.
 */
import { doubleMetaphone } from "double-metaphone";
import { Memo } from "../collections/memo";

/** Rows reused across calls: names are short, and comparisons run by the million. */
let rowBefore = new Int32Array(64);
let rowPrevious = new Int32Array(64);
let rowCurrent = new Int32Array(64);

function ensureRows(length: number): void {
  if (rowCurrent.length > length) return;
  const size = length * 2;
  rowBefore = new Int32Array(size);
  rowPrevious = new Int32Array(size);
  rowCurrent = new Int32Array(size);
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours
 * ("Borker" → "Booker" is 1). With `limit`, stops early and returns `limit + 1` once the distance must exceed it.
 */
export function damerauLevenshtein(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  ensureRows(b.length + 1);
  for (let j = 0; j <= b.length; j++) rowPrevious[j] = j;
  for (let i = 1; i <= a.length; i++) {
    rowCurrent[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min((rowPrevious[j] as number) + 1, (rowCurrent[j - 1] as number) + 1, (rowPrevious[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        best = Math.min(best, (rowBefore[j - 2] as number) + 1);
      }
      rowCurrent[j] = best;
      if (best < rowMinimum) rowMinimum = best;
    }
    if (rowMinimum > limit) return limit + 1;
    [rowBefore, rowPrevious, rowCurrent] = [rowPrevious, rowCurrent, rowBefore];
  }
  const distance = rowPrevious[b.length] as number;
  return distance > limit ? limit + 1 : distance;
}

let matchedA = new Uint8Array(64);
let matchedB = new Uint8Array(64);

/** Jaro similarity in [0, 1]: shared characters within a window, penalised for transpositions. */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  if (matchedA.length < a.length || matchedB.length < b.length) {
    matchedA = new Uint8Array(Math.max(a.length, b.length) * 2);
    matchedB = new Uint8Array(Math.max(a.length, b.length) * 2);
  }
  matchedA.fill(0, 0, a.length);
  matchedB.fill(0, 0, b.length);
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const to = Math.min(b.length - 1, i + window);
    for (let j = Math.max(0, i - window); j <= to; j++) {
      if (matchedB[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) halfTranspositions++;
    j++;
  }
  return (matches / a.length + matches / b.length + (matches - halfTranspositions / 2) / matches) / 3;
}

/** Jaro-Winkler similarity in [0, 1]: Jaro, raised for a shared prefix of up to four characters (names rarely differ at the start). */
export function jaroWinkler(a: string, b: string, prefixScale = 0.1): number {
  const similarity = jaro(a, b);
  if (similarity < 0.7) return similarity; // Winkler's boost threshold: only already-similar strings gain
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && a[prefix] === b[prefix]) prefix++;
  return similarity + prefix * prefixScale * (1 - similarity);
}

/** Names repeat across a vault, so codes are remembered, and every caller shares one frozen pair. */
const codes = new Memo<readonly [string, string]>(50_000);
const NO_CODES: readonly [string, string] = Object.freeze(["", ""] as const);

/** Double Metaphone codes of a folded token (primary, alternate); empty strings for a token without letters. */
export function phoneticCodes(token: string): readonly [string, string] {
  if (token === "") return NO_CODES;
  return codes.get(token, frozenCodes);
}

function frozenCodes(token: string): readonly [string, string] {
  return Object.freeze(doubleMetaphone(token));
}

/** True when two codes pairs share a non-empty code: the names are pronounced alike. */
export function codesMatch(a: readonly [string, string], b: readonly [string, string]): boolean {
  return a.some((code) => code !== "" && b.includes(code));
}

/** True when two folded tokens sound alike by Double Metaphone. */
export function soundAlike(a: string, b: string): boolean {
  return codesMatch(phoneticCodes(a), phoneticCodes(b));
}
