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

/** A lookup over stored decisions; order within a pair does not matter. Asked for every compared pair, so kept cheap. */
export class NotSamePerson {
  private readonly others = new Map<string, Set<string>>();
  private count = 0;

  constructor(pairs: Iterable<readonly [string, string]> = []) {
    for (const [a, b] of pairs) this.add(a, b);
  }

  has(a: string, b: string): boolean {
    return this.count > 0 && (this.others.get(a)?.has(b) ?? false);
  }

  add(a: string, b: string): void {
    if (a === b || this.has(a, b)) return;
    this.link(a, b);
    this.link(b, a);
    this.count++;
  }

  get size(): number {
    return this.count;
  }

  private link(from: string, to: string): void {
    const set = this.others.get(from);
    if (set) set.add(to);
    else this.others.set(from, new Set([to]));
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
