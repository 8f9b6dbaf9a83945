import type { MeetingRecord, PersonRecord, ProjectRecord } from "../model/types";
import type { BlockingStats } from "./blockIndex";

export type DupeBand = "suggest" | "review";

/** A proposal: these notes look like one person. */
export interface DupeGroup {
  /** Note paths, sorted. */
  notes: string[];
  /** Probability in [0, 1] that the group is one person: its weakest joining pair. */
  score: number;
  band: DupeBand;
  /** Why, in words a person reads. */
  reasons: string[];
}

export interface DupeInput {
  people: PersonRecord[];
  meetings: MeetingRecord[];
  projects: ProjectRecord[];
  /** Stored "not the same person" decisions (PluginData.notSamePerson). */
  notSamePerson: readonly (readonly [string, string])[];
}

export interface DupeOptions {
  /** Minimum probability for a pair to be proposed or to join a group. */
  reviewThreshold?: number;
  /** Minimum group score for the `suggest` band. */
  suggestThreshold?: number;
  /** Largest group proposed; a merge that would exceed it is refused. */
  maxGroupSize?: number;
  /** Largest block compared at a key before a stricter key is used. */
  maxBlockSize?: number;
  /**
   * Most people a first name alone is checked against before only its company's people are: checking whether
   * a first name fits is cheap, so this is far larger than a block.
   */
  maxFirstNamePool?: number;
}

export interface DupeStats extends BlockingStats {
  people: number;
  /** Pairs scored in full: the measure of blocking, which must stay near-linear in `people`. */
  comparedPairs: number;
}

export const DEFAULT_OPTIONS: Required<DupeOptions> = {
  // Proposed once one person is likelier than two: the review band is for a person to decide.
  reviewThreshold: 0.5,
  suggestThreshold: 0.9,
  maxGroupSize: 6,
  maxBlockSize: 16,
  maxFirstNamePool: 256,
};
