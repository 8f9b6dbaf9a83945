import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DuplicateIndex } from "../../../src/core/dupes/duplicateIndex";
import { recordsFromLabelled, type LabelledSet } from "../../../src/core/dupes/evaluate";
import { findDuplicates } from "../../../src/core/dupes/find";
import type { DupeInput } from "../../../src/core/dupes/types";
import { generatePopulation } from "./population";
import { meeting, person } from "./records";

const empty: DupeInput = { people: [], meetings: [], projects: [], notSamePerson: [] };

function labelledInput(): DupeInput {
  const set = JSON.parse(readFileSync(new URL("../../fixtures/dupes/labelled.json", import.meta.url), "utf8")) as LabelledSet;
  return recordsFromLabelled(set);
}

/** Every note's group as the full scan reports it, keyed by note. */
function groupsByNote(input: DupeInput): Map<string, string> {
  const byNote = new Map<string, string>();
  for (const group of findDuplicates(input)) for (const note of group.notes) byNote.set(note, JSON.stringify(group));
  return byNote;
}

describe("DuplicateIndex", () => {
  it("answers each note as the full scan does, even when built note by note in any order", () => {
    const input = labelledInput();
    const expected = groupsByNote(input);
    const index = new DuplicateIndex(empty);
    for (const record of input.meetings) index.upsert(record); // meetings first: people arrive later
    for (const record of [...input.people].reverse()) index.upsert(record);
    for (const { path } of input.people) {
      const [group, ...more] = index.candidatesFor(path);
      expect(more).toEqual([]);
      expect(group ? JSON.stringify(group) : undefined).toBe(expected.get(path));
    }
    expect(index.all()).toEqual(findDuplicates(input));
  });

  it("agrees with the full scan on a generated population", () => {
    const { people } = generatePopulation(3000, { seed: 5 });
    const input = { ...empty, people };
    const expected = groupsByNote(input);
    const index = new DuplicateIndex(input);
    for (const { path } of people.filter((_, position) => position % 7 === 0)) {
      expect(index.candidatesFor(path)[0] && JSON.stringify(index.candidatesFor(path)[0])).toBe(expected.get(path));
    }
  });

  it("follows changes to people", () => {
    const index = new DuplicateIndex({ ...empty, people: [person("People/Ronnie Booker.md", { company: "Microsoft" })] });
    expect(index.candidatesFor("People/Ronnie Booker.md")).toEqual([]);
    index.upsert(person("People/Ronnie Borker.md", { company: "Microsoft" }));
    expect(index.candidatesFor("People/Ronnie Booker.md")[0]?.notes).toEqual(["People/Ronnie Booker.md", "People/Ronnie Borker.md"]);
    index.upsert(person("People/Ronnie Borker.md", { title: "Sarah Kim", company: "Microsoft" }));
    expect(index.candidatesFor("People/Ronnie Booker.md")).toEqual([]);
    index.upsert(person("People/Ronnie Borker.md", { company: "Microsoft" }));
    index.remove("People/Ronnie Borker.md");
    expect(index.candidatesFor("People/Ronnie Booker.md")).toEqual([]);
    expect(index.candidatesFor("People/Ronnie Borker.md")).toEqual([]);
  });

  it("follows changes to meetings", () => {
    const people = [person("People/Ronnie Booker.md"), person("People/Ronnie Borker.md")];
    const index = new DuplicateIndex({ ...empty, people });
    const before = index.candidatesFor("People/Ronnie Booker.md")[0]?.score ?? 0;
    index.upsert(meeting("Meetings/a.md", ["Ronnie Booker", "Ronnie Borker"]));
    const together = index.candidatesFor("People/Ronnie Booker.md")[0];
    expect(together?.score ?? 0).toBeLessThan(before);
    expect(together?.reasons).toContain("named together in 1 meeting's participants");
    index.remove("Meetings/a.md");
    expect(index.candidatesFor("People/Ronnie Booker.md")[0]?.score).toBe(before);
  });

  it("re-resolves a meeting's names when a person who fits them arrives", () => {
    const index = new DuplicateIndex({ ...empty, people: [person("People/Ronnie Booker.md")], meetings: [meeting("Meetings/a.md", ["Ronnie Booker", "Ronnie Borker"])] });
    expect(index.candidatesFor("People/Ronnie Booker.md")).toEqual([]);
    index.upsert(person("People/Ronnie Borker.md"));
    expect(index.candidatesFor("People/Ronnie Booker.md")[0]?.reasons).toContain("named together in 1 meeting's participants");
  });

  it("re-resolves a first name at a meeting's account when a person moves to another company", () => {
    const borker = person("People/Ronnie Borker.md", { company: "Microsoft" });
    const booker = person("People/Ronnie Booker.md");
    const meetings = [meeting("Meetings/a.md", ["Ronnie", "Ronnie Booker"], { account: "Microsoft" })];
    const index = new DuplicateIndex({ ...empty, people: [borker, booker], meetings });
    // At Microsoft, "Ronnie" is Ronnie Borker: the meeting names the two apart.
    expect(index.candidatesFor(borker.path)[0]?.reasons ?? []).toContain("named together in 1 meeting's participants");
    const moved = { ...borker, company: "Acme" };
    index.upsert(moved);
    const expected = findDuplicates({ ...empty, people: [moved, booker], meetings });
    expect(JSON.stringify(expected)).not.toContain("named together");
    expect(index.all()).toEqual(expected);
  });

  it("never proposes a pair once decided to be two people", () => {
    const index = new DuplicateIndex({ ...empty, people: [person("People/Ronnie Booker.md"), person("People/Ronnie Borker.md")] });
    expect(index.candidatesFor("People/Ronnie Booker.md")).toHaveLength(1);
    index.markNotSamePerson("People/Ronnie Borker.md", "People/Ronnie Booker.md");
    expect(index.candidatesFor("People/Ronnie Booker.md")).toEqual([]);
    expect(index.all()).toEqual([]);
  });

  it("follows a note that stops being a person", () => {
    const index = new DuplicateIndex({ ...empty, people: [person("People/Ronnie Booker.md"), person("People/Ronnie Borker.md")] });
    index.upsert(meeting("People/Ronnie Borker.md", ["Ronnie Booker"]));
    expect(index.candidatesFor("People/Ronnie Booker.md")).toEqual([]);
    expect(index.candidatesFor("People/Ronnie Borker.md")).toEqual([]);
  });

  it("answers nothing for notes it does not hold as people", () => {
    const index = new DuplicateIndex({ ...empty, meetings: [meeting("Meetings/a.md", ["Mike"])] });
    expect(index.candidatesFor("Meetings/a.md")).toEqual([]);
    expect(index.candidatesFor("People/Nobody.md")).toEqual([]);
  });
});
