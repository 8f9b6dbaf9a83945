import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DuplicateIndex } from "../../../src/core/dupes/duplicateIndex";
import { findDuplicates } from "../../../src/core/dupes/find";
import type { MeetingRecord, PersonRecord, ProjectRecord } from "../../../src/core/model/types";
import { meeting, person, project } from "./records";

/**
 * The live index must stay what a fresh scan would say, whatever the order of changes: a person renamed,
 * given an alias, moved to another company, removed or added, meetings and projects rewritten. The lists
 * are re-resolved only where a change can matter; this is where a missed case would show.
 */

const GIVEN = ["Mike", "Michael", "Mikey", "Ronnie", "Ron", "Sarah", "Sara", "Ed", "Edward"];
const FAMILY = ["Borker", "Booker", "Kim", "Kiernan", "Myrah", undefined];
const COMPANIES = ["Microsoft", "Acme", undefined];
const SLOTS = 5;
/** Every compared pair proposed, so that each pair's meeting evidence shows in the reasons, not only the likely ones. */
const OPTIONS = { reviewThreshold: 0.000001 };

const personName = fc.tuple(fc.constantFrom(...GIVEN), fc.constantFrom(...FAMILY)).map(([given, family]) => (family ? `${given} ${family}` : given));
const written = fc.oneof(personName, fc.constantFrom("Mike", "Ron", "Sarah", "mike borker", "[[Ronnie Borker]]", "Ronny Booker"));

const personChange = fc.record({
  slot: fc.integer({ min: 0, max: SLOTS - 1 }),
  title: personName,
  aliases: fc.array(personName, { maxLength: 2 }),
  company: fc.constantFrom(...COMPANIES),
});
const meetingChange = fc.record({ slot: fc.integer({ min: 0, max: 3 }), participants: fc.array(written, { minLength: 1, maxLength: 4 }), account: fc.constantFrom(...COMPANIES) });
const projectChange = fc.record({ slot: fc.integer({ min: 0, max: 1 }), collaborators: fc.array(written, { maxLength: 3 }) });

const change = fc.oneof(
  { arbitrary: personChange.map((value) => ({ kind: "person" as const, ...value })), weight: 5 },
  { arbitrary: fc.integer({ min: 0, max: SLOTS - 1 }).map((slot) => ({ kind: "remove" as const, slot })), weight: 1 },
  { arbitrary: meetingChange.map((value) => ({ kind: "meeting" as const, ...value })), weight: 3 },
  { arbitrary: projectChange.map((value) => ({ kind: "project" as const, ...value })), weight: 1 },
);

type Record = PersonRecord | MeetingRecord | ProjectRecord;
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

function toRecord(step: Change): Record | string {
  switch (step.kind) {
    case "person":
      return person(`People/p${step.slot}.md`, { title: step.title, aliases: step.aliases, ...(step.company ? { company: step.company } : {}) });
    case "remove":
      return `People/p${step.slot}.md`;
    case "meeting":
      return meeting(`Meetings/m${step.slot}.md`, step.participants, step.account ? { account: step.account } : {});
    default:
      return project(`Projects/q${step.slot}.md`, step.collaborators);
  }
}

describe("DuplicateIndex under any sequence of changes", () => {
  it("reports what a fresh scan of the same notes reports, reasons included", () => {
    let withGroups = 0;
    let withMeetingEvidence = 0;
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 16 }), (steps) => {
        const notes = new Map<string, Record>();
        const index = new DuplicateIndex({ people: [], meetings: [], projects: [], notSamePerson: [] }, OPTIONS);
        for (const step of steps) {
          const record = toRecord(step);
          if (typeof record === "string") {
            notes.delete(record);
            index.remove(record);
          } else {
            notes.set(record.path, record);
            index.upsert(record);
          }
          // Asking between changes makes the index settle part-way, as the panel does.
          index.candidatesFor("People/p0.md");
        }
        const all = [...notes.values()];
        const fresh = findDuplicates({
          people: all.filter((note): note is PersonRecord => note.kind === "person"),
          meetings: all.filter((note): note is MeetingRecord => note.kind === "meeting"),
          projects: all.filter((note): note is ProjectRecord => note.kind === "project"),
          notSamePerson: [],
        }, OPTIONS);
        expect(index.all()).toEqual(fresh);
        if (fresh.length > 0) withGroups++;
        if (fresh.some((group) => group.reasons.some((reason) => reason.includes("meeting")))) withMeetingEvidence++;
      }),
      { numRuns: Math.max(300, Math.floor(Number(process.env.FC_RUNS ?? 0) / 4)) },
    );
    // Only sequences that end in proposals, some weighed by meetings, say anything about the lists.
    expect(withGroups).toBeGreaterThan(50);
    expect(withMeetingEvidence).toBeGreaterThan(10);
  });
});
