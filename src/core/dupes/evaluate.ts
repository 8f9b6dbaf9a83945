/**
 * Accuracy against a labelled set: pairwise precision and recall of the proposed groups.
 * A labelled pair counts as proposed when both notes are in one group. Shared by the accuracy test and the benchmark.
 */
import type { MeetingRecord, PersonRecord } from "../model/types";
import type { DupeGroup, DupeInput } from "./types";

export interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
  category: string;
}

/** The labelled fixture's format (tests/fixtures/dupes/labelled.json). */
export interface LabelledSet {
  people: { path: string; title: string; aliases?: string[]; company?: string }[];
  meetings: { path: string; date: string; participants: string[] }[];
  pairs: LabelledPair[];
}

export interface Evaluation {
  truePositives: number;
  /** Proposed pairs labelled different, plus proposed pairs not labelled at all when the set is complete. */
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Wrongly proposed labelled pairs, for reading what went wrong. */
  wronglyProposed: LabelledPair[];
  /** Proposed pairs the labels do not mention, as sorted paths. */
  unlabelledProposed: [string, string][];
  missed: LabelledPair[];
}

/** Person and meeting records as the parser would produce them from the labelled set's notes. */
export function recordsFromLabelled(set: LabelledSet): DupeInput {
  const people: PersonRecord[] = set.people.map((person) => ({
    kind: "person",
    path: person.path,
    title: person.title,
    aliases: person.aliases ?? [],
    tags: [],
    links: [],
    ...(person.company === undefined ? {} : { company: person.company }),
  }));
  const meetings: MeetingRecord[] = set.meetings.map((meeting) => ({
    kind: "meeting",
    path: meeting.path,
    title: meeting.path.replace(/^.*\//, "").replace(/\.md$/i, ""),
    aliases: [],
    tags: [],
    links: [],
    date: meeting.date,
    participants: meeting.participants,
  }));
  return { people, meetings, projects: [], notSamePerson: [] };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Every pair of notes that share a group. */
function proposedPairs(groups: readonly DupeGroup[]): [string, string][] {
  return groups.flatMap((group) => {
    const notes = [...group.notes].sort();
    return notes.flatMap((a, i) => notes.slice(i + 1).map((b): [string, string] => [a, b]));
  });
}

/**
 * Pairwise precision and recall. `complete` says the labels name every pair of notes of one person (as the
 * labelled fixture does), so a proposed pair it does not mention is a false positive too.
 */
export function evaluate(groups: readonly DupeGroup[], pairs: readonly LabelledPair[], options: { complete?: boolean } = {}): Evaluation {
  const labels = new Map(pairs.map((pair) => [pairKey(pair.a, pair.b), pair]));
  const proposed = new Set<string>();
  const unlabelledProposed: [string, string][] = [];
  for (const [a, b] of proposedPairs(groups)) {
    proposed.add(pairKey(a, b));
    if (!labels.has(pairKey(a, b))) unlabelledProposed.push([a, b]);
  }
  const wasProposed = (pair: LabelledPair) => proposed.has(pairKey(pair.a, pair.b));
  const wronglyProposed = pairs.filter((pair) => !pair.same && wasProposed(pair));
  const missed = pairs.filter((pair) => pair.same && !wasProposed(pair));
  const truePositives = pairs.filter((pair) => pair.same && wasProposed(pair)).length;
  const falsePositives = wronglyProposed.length + (options.complete ? unlabelledProposed.length : 0);
  const falseNegatives = missed.length;
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    recall: truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
    wronglyProposed,
    unlabelledProposed,
    missed,
  };
}
