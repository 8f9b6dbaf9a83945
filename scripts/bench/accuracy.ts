/**
 * Pairwise accuracy of duplicate groups against ground truth: every two notes in one proposed group are a
 * predicted pair; every two notes of one human are a true pair.
 */

export interface PairScore {
  predicted: number;
  truePairs: number;
  correct: number;
  precision: number;
  recall: number;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Every pair of members of each group. */
export function pairsOfGroups(groups: readonly { notes: readonly string[] }[]): Set<string> {
  const pairs = new Set<string>();
  for (const { notes } of groups) {
    for (let i = 0; i < notes.length; i++) for (let j = i + 1; j < notes.length; j++) pairs.add(pairKey(notes[i] ?? "", notes[j] ?? ""));
  }
  return pairs;
}

/** Every pair of notes that share an identity. */
export function truePairsOf(identityOf: ReadonlyMap<string, number>): Set<string> {
  const byIdentity = new Map<number, string[]>();
  for (const [path, identity] of identityOf) {
    const notes = byIdentity.get(identity);
    if (notes) notes.push(path);
    else byIdentity.set(identity, [path]);
  }
  return pairsOfGroups([...byIdentity.values()].filter((notes) => notes.length > 1).map((notes) => ({ notes })));
}

export function scorePairs(predicted: ReadonlySet<string>, truth: ReadonlySet<string>): PairScore {
  let correct = 0;
  for (const pair of predicted) if (truth.has(pair)) correct++;
  return {
    predicted: predicted.size,
    truePairs: truth.size,
    correct,
    precision: predicted.size === 0 ? 1 : correct / predicted.size,
    recall: truth.size === 0 ? 1 : correct / truth.size,
  };
}
