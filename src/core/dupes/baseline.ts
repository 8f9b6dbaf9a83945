/**
 * The comparison without blocking: every pair of fully named notes scored by the same comparator.
 * Quadratic on purpose; the benchmark sets it beside `findDuplicates` (on 10k people, say) to show what
 * blocking saves, and tests use it to check that blocking loses no pair the model would accept.
 */
import type { PersonRecord } from "../model/types";
import { DuplicateEngine } from "./engine";
import type { DupeOptions } from "./types";

export interface BaselineResult {
  comparedPairs: number;
  /** Pairs at or above the review threshold, each as sorted paths. */
  acceptedPairs: [string, string][];
}

export function allPairsBaseline(people: readonly PersonRecord[], options: DupeOptions = {}): BaselineResult {
  const engine = new DuplicateEngine(options);
  engine.load({ people: [...people], meetings: [], projects: [] });
  const profiles = people.flatMap((person) => engine.profile(person.path) ?? []).filter((profile) => profile.full);
  const acceptedPairs: [string, string][] = [];
  let comparedPairs = 0;
  for (let i = 0; i < profiles.length; i++) {
    for (let j = i + 1; j < profiles.length; j++) {
      const a = profiles[i];
      const b = profiles[j];
      if (!a || !b) continue;
      comparedPairs++;
      if (engine.scoreFullPair(a, b).probability >= engine.options.reviewThreshold) {
        acceptedPairs.push(a.path < b.path ? [a.path, b.path] : [b.path, a.path]);
      }
    }
  }
  return { comparedPairs, acceptedPairs };
}
