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
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  /** Wrongly proposed pairs and missed pairs, for reading what went wrong. */
  wronglyProposed: LabelledPair[];
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

export function evaluate(groups: readonly DupeGroup[], pairs: readonly LabelledPair[]): Evaluation {
  const groupOf = new Map<string, number>();
  groups.forEach((group, index) => group.notes.forEach((note) => groupOf.set(note, index)));
  const proposed = (pair: LabelledPair) => groupOf.has(pair.a) && groupOf.get(pair.a) === groupOf.get(pair.b);
  const wronglyProposed = pairs.filter((pair) => !pair.same && proposed(pair));
  const missed = pairs.filter((pair) => pair.same && !proposed(pair));
  const truePositives = pairs.filter((pair) => pair.same && proposed(pair)).length;
  const falsePositives = wronglyProposed.length;
  const falseNegatives = missed.length;
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    trueNegatives: pairs.length - truePositives - falsePositives - falseNegatives,
    precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    recall: truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
    wronglyProposed,
    missed,
  };
}
