/** The one-off scan: every group of notes in the vault that look like one person, best first. */
import { NotSamePerson } from "./decisions";
import { DuplicateEngine, emptyStats } from "./engine";
import type { DupeGroup, DupeInput, DupeOptions, DupeStats } from "./types";

export type { DupeBand, DupeGroup, DupeInput, DupeOptions, DupeStats } from "./types";

/** Groups and the work it took: `comparedPairs` shows blocking keeping the scan near-linear. */
export function analyzeDuplicates(input: DupeInput, options: DupeOptions = {}): { groups: DupeGroup[]; stats: DupeStats } {
  const engine = new DuplicateEngine(options, new NotSamePerson(input.notSamePerson));
  engine.load(input);
  const stats = emptyStats();
  const groups = engine.groups(undefined, stats);
  return { groups, stats };
}

export function findDuplicates(input: DupeInput, options: DupeOptions = {}): DupeGroup[] {
  return analyzeDuplicates(input, options).groups;
}
