/**
 * String similarity for folded name tokens: spelling distance and sound.
 * Small hand-written versions: names are short, so the simple O(n·m) forms are fast enough.
 */
import { doubleMetaphone } from "double-metaphone";

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours
 * ("Borker" → "Booker" is 1). With `limit`, stops early and returns `limit + 1` once the distance must exceed it.
 */
export function damerauLevenshtein(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0); // row i-2
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j); // row i-1
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current[j] = best;
      rowMinimum = Math.min(rowMinimum, best);
    }
    if (rowMinimum > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Jaro similarity in [0, 1]: shared characters within a window, penalised for transpositions. */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedInB = new Array<boolean>(b.length).fill(false);
  const matchesInA: string[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
      if (matchedInB[j] || a[i] !== b[j]) continue;
      matchedInB[j] = true;
      matchesInA.push(a[i] ?? "");
      break;
    }
  }
  const matches = matchesInA.length;
  if (matches === 0) return 0;
  const matchesInB = [...b].filter((_, j) => matchedInB[j]);
  const transpositions = matchesInA.filter((char, k) => char !== matchesInB[k]).length / 2;
  return (matches / a.length + matches / b.length + (matches - transpositions) / matches) / 3;
}

/** Jaro-Winkler similarity in [0, 1]: Jaro, raised for a shared prefix of up to four characters (names rarely differ at the start). */
export function jaroWinkler(a: string, b: string, prefixScale = 0.1): number {
  const similarity = jaro(a, b);
  if (similarity < 0.7) return similarity; // Winkler's boost threshold: only already-similar strings gain
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && a[prefix] === b[prefix]) prefix++;
  return similarity + prefix * prefixScale * (1 - similarity);
}

/** Double Metaphone codes of a folded token (primary, alternate); empty strings for a token without letters. */
export function phoneticCodes(token: string): [string, string] {
  return token === "" ? ["", ""] : doubleMetaphone(token);
}

/** True when two codes pairs share a non-empty code: the names are pronounced alike. */
export function codesMatch(a: readonly [string, string], b: readonly [string, string]): boolean {
  return a.some((code) => code !== "" && b.includes(code));
}

/** True when two folded tokens sound alike by Double Metaphone. */
export function soundAlike(a: string, b: string): boolean {
  return codesMatch(phoneticCodes(a), phoneticCodes(b));
}
