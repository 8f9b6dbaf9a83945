/**
 * "Not the same person" decisions: pairs of note paths a person has said are two people. Stored sorted
 * in plugin data (`notSamePerson`); such a pair is never proposed again, nor joined through a third note.
 */

export type DistinctPair = [string, string];

/** The pair in stored order: the two paths sorted. */
export function distinctPair(a: string, b: string): DistinctPair {
  return a <= b ? [a, b] : [b, a];
}

function pairKey(a: string, b: string): string {
  const [first, second] = distinctPair(a, b);
  return `${first}\u0000${second}`;
}

/** A lookup over stored decisions; order within a pair does not matter. */
export class NotSamePerson {
  private readonly keys = new Set<string>();

  constructor(pairs: Iterable<readonly [string, string]> = []) {
    for (const [a, b] of pairs) this.keys.add(pairKey(a, b));
  }

  has(a: string, b: string): boolean {
    return this.keys.has(pairKey(a, b));
  }

  add(a: string, b: string): void {
    this.keys.add(pairKey(a, b));
  }

  get size(): number {
    return this.keys.size;
  }
}

/** Sorted pairs, each sorted, without repeats or self-pairs: the stored form. */
export function tidyNotSamePerson(pairs: Iterable<readonly [string, string]>): DistinctPair[] {
  const byKey = new Map<string, DistinctPair>();
  for (const [a, b] of pairs) if (a !== b) byKey.set(pairKey(a, b), distinctPair(a, b));
  return [...byKey.values()].sort(([a1, a2], [b1, b2]) => a1.localeCompare(b1) || a2.localeCompare(b2));
}

/** The stored list with one more decision. Deciding that a note differs from itself is ignored. */
export function addNotSamePerson(pairs: readonly DistinctPair[], a: string, b: string): DistinctPair[] {
  return tidyNotSamePerson([...pairs, [a, b]]);
}

/** The stored list without a decision (undo). */
export function removeNotSamePerson(pairs: readonly DistinctPair[], a: string, b: string): DistinctPair[] {
  const key = pairKey(a, b);
  return tidyNotSamePerson(pairs.filter(([x, y]) => pairKey(x, y) !== key));
}

/** Decisions follow a renamed or moved note. */
export function renameInNotSamePerson(pairs: readonly DistinctPair[], oldPath: string, newPath: string): DistinctPair[] {
  return mergeInNotSamePerson(pairs, [oldPath], newPath);
}

/**
 * Decisions after notes were merged into `survivor`: a decision about any merged note now holds for the
 * survivor, since the survivor is that person. A pair that collapses onto one note is dropped.
 */
export function mergeInNotSamePerson(pairs: readonly DistinctPair[], merged: readonly string[], survivor: string): DistinctPair[] {
  const gone = new Set(merged);
  const follow = (path: string) => (gone.has(path) ? survivor : path);
  return tidyNotSamePerson(pairs.map(([a, b]) => [follow(a), follow(b)] as const));
}
