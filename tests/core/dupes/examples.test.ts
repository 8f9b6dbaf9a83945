/**
 * The examples from the issue, each in a small vault of unrelated background people so that name
 * frequencies are those of a vault, not of a pair.
 */
import { describe, expect, it } from "vitest";
import { findDuplicates } from "../../../src/core/dupes/find";
import type { MeetingRecord, PersonRecord } from "../../../src/core/model/types";
import { groupWith, isProposed } from "./helpers";
import { meeting, person } from "./records";

const BACKGROUND = [
  "Jason Vallery", "Alon Horev", "Lior Genzel", "Kurt Niebuhr", "Nidhi Kapur", "Seth Haynes", "Anand Krishnan",
  "Priya Raman", "Marco Bianchi", "Yuki Nakamura", "Grace Otieno", "Olga Petrova", "Lars Eriksson", "Fatima Benali",
].map((title) => person(`Background/${title}.md`, { company: "Elsewhere Ltd" }));

function scan(people: PersonRecord[], meetings: MeetingRecord[] = [], notSamePerson: [string, string][] = []) {
  return findDuplicates({ people: [...BACKGROUND, ...people], meetings, projects: [], notSamePerson });
}

describe("proposes one person written two ways", () => {
  it("a transcription slip in the family name", () => {
    const groups = scan([person("People/Ronnie Borker.md", { company: "Microsoft" }), person("People/Ronnie Booker.md", { company: "Microsoft" })]);
    const group = groupWith(groups, "People/Ronnie Borker.md", "People/Ronnie Booker.md");
    expect(group?.band).toBe("suggest");
    expect(group?.reasons).toContain("family names sound alike: Booker / Borker");
    expect(group?.reasons).toContain("both at Microsoft");
  });

  it("a nickname beside the full given name", () => {
    const groups = scan([person("People/Mike Kiernan.md"), person("Imports/Michael Kiernan.md")]);
    expect(groupWith(groups, "People/Mike Kiernan.md", "Imports/Michael Kiernan.md")?.reasons).toContain("given names are nicknames: Michael / Mike");
  });

  it("first-name-only nicknames: Tiff and Tiffany", () => {
    const groups = scan([person("People/Tiff.md"), person("People/Tiffany.md")]);
    expect(groupWith(groups, "People/Tiff.md", "People/Tiffany.md")).toBeDefined();
  });

  it("accents and punctuation", () => {
    const groups = scan([person("People/José Ortega.md"), person("People/Jose Ortega.md"), person("People/Declan O'Neill.md"), person("People/Declan ONeill.md")]);
    expect(groupWith(groups, "People/José Ortega.md", "People/Jose Ortega.md")?.band).toBe("suggest");
    expect(groupWith(groups, "People/Declan O'Neill.md", "People/Declan ONeill.md")?.band).toBe("suggest");
  });

  it("the same title in two folders", () => {
    const groups = scan([person("People/Omar Haddad.md", { company: "Core42" }), person("Imports/Omar Haddad.md", { company: "Core42" })]);
    const group = groupWith(groups, "People/Omar Haddad.md", "Imports/Omar Haddad.md");
    expect(group?.band).toBe("suggest");
    expect(group?.reasons).toContain("same title in two folders");
  });

  it("a first name alone when nothing else in the vault competes for it", () => {
    const groups = scan([person("People/Vipin Sharma.md", { company: "Microsoft" }), person("People/Vipin.md", { company: "Microsoft" })]);
    const group = groupWith(groups, "People/Vipin Sharma.md", "People/Vipin.md");
    expect(group?.reasons).toContain("only one person in the vault fits the first name Vipin");
  });

  it("a first name alone spelled near the full name, joining the group of its two spellings", () => {
    const groups = scan([person("People/Ronnie Borker.md", { company: "Microsoft" }), person("People/Ronnie Booker.md", { company: "Microsoft" }), person("People/Roni.md")]);
    expect(groupWith(groups, "People/Roni.md", "People/Ronnie Booker.md")?.notes).toHaveLength(3);
  });

  it("a first-name alias standing for the nickname in another note's title", () => {
    const groups = scan([person("People/Tiffany Chen.md", { aliases: ["Tiff"] }), person("People/Tiff Chen.md")]);
    expect(groupWith(groups, "People/Tiffany Chen.md", "People/Tiff Chen.md")?.reasons[0]).toMatch(/^same name: Tiff Chen/);
  });
});

describe("never proposes different people", () => {
  it("nicknames whose family names disagree: Mike Kiernan and Michael Myrah", () => {
    const groups = scan([person("People/Mike Kiernan.md", { company: "Microsoft" }), person("People/Michael Myrah.md", { company: "Microsoft" })]);
    expect(groupWith(groups, "People/Mike Kiernan.md", "People/Michael Myrah.md")).toBeUndefined();
  });

  it("one given name, two family names: John Mao and John Tinter", () => {
    const groups = scan([person("People/John Mao.md", { company: "Microsoft" }), person("People/John Tinter.md", { company: "Microsoft" })]);
    expect(groupWith(groups, "People/John Mao.md", "People/John Tinter.md")).toBeUndefined();
  });

  it("a shared family name only: Sarah Kim and Ed Kim", () => {
    const groups = scan([person("People/Sarah Kim.md", { company: "Microsoft" }), person("People/Ed Kim.md", { company: "Microsoft" })]);
    expect(groupWith(groups, "People/Sarah Kim.md", "People/Ed Kim.md")).toBeUndefined();
  });

  it("a first name alone that two people fit, even when a shared company leans one way", () => {
    const groups = scan([
      person("People/Mike.md", { company: "Microsoft" }),
      person("People/Mike Kiernan.md", { company: "Microsoft" }),
      person("People/Michael Myrah.md", { company: "Oracle" }),
    ]);
    expect(isProposed(groups, "People/Mike.md")).toBe(false);
  });

  it("namesakes at two companies", () => {
    const groups = scan([person("People/Maria Garcia.md", { company: "Dell" }), person("Imports/Maria Garcia.md", { company: "Equinix" })]);
    expect(groupWith(groups, "People/Maria Garcia.md", "Imports/Maria Garcia.md")).toBeUndefined();
  });

  it("names one letter apart whose first letters differ in a short given name: Seth and Beth Haines", () => {
    const groups = scan([person("People/Seth Haines.md"), person("People/Beth Haines.md")]);
    expect(groupWith(groups, "People/Seth Haines.md", "People/Beth Haines.md")).toBeUndefined();
  });
});

describe("context", () => {
  const borker = person("People/Ronnie Borker.md");
  const booker = person("People/Ronnie Booker.md");
  const scoreOf = (meetings: MeetingRecord[], people = [borker, booker]) =>
    groupWith(scan(people, meetings), borker.path, booker.path)?.score ?? 0;

  it("counts being named together in a participants list against a match, without ruling it out", () => {
    const apart = scoreOf([meeting("Meetings/a.md", ["Ronnie Borker", "Jason Vallery"]), meeting("Meetings/b.md", ["Ronnie Booker", "Alon Horev"])]);
    const together = scoreOf([meeting("Meetings/a.md", ["Ronnie Borker", "Ronnie Booker"])]);
    expect(together).toBeGreaterThan(0);
    expect(together).toBeLessThan(apart);
    const reasons = groupWith(scan([borker, booker], [meeting("Meetings/a.md", ["Ronnie Borker", "Ronnie Booker"])]), borker.path, booker.path)?.reasons;
    expect(reasons).toContain("named together in 1 meeting's participants");
  });

  it("says when both met people but never each other", () => {
    const groups = scan([borker, booker], [meeting("Meetings/a.md", ["Ronnie Borker", "Jason Vallery"]), meeting("Meetings/b.md", ["Ronnie Booker"])]);
    expect(groupWith(groups, borker.path, booker.path)?.reasons).toContain("met together in 0 meetings");
  });

  it("counts a shared company, shared meetings and links between the notes for a match", () => {
    const plain = scoreOf([]);
    const atMicrosoft = scoreOf([], [person(borker.path, { company: "Microsoft" }), person(booker.path, { company: "Microsoft" })]);
    const sharingMeetings = scoreOf([], [
      person(borker.path, { links: ["2025-10-30 - MAI meeting prep", "2025-10-28 - MAI landscape"] }),
      person(booker.path, { links: ["2025-10-30 - MAI meeting prep", "2025-10-28 - MAI landscape"] }),
    ]);
    const linked = scoreOf([], [person(borker.path, { links: ["Ronnie Booker"] }), booker]);
    expect(atMicrosoft).toBeGreaterThan(plain);
    expect(sharingMeetings).toBeGreaterThan(plain);
    expect(linked).toBeGreaterThan(plain);
  });

  it("explains shared meetings and links in words", () => {
    const groups = scan([
      person(borker.path, { links: ["2025-10-30 - MAI meeting prep", "Ronnie Booker"] }),
      person(booker.path, { links: ["2025-10-30 - MAI meeting prep"] }),
    ]);
    const reasons = groupWith(groups, borker.path, booker.path)?.reasons;
    expect(reasons).toContain("both notes cite the same meeting");
    expect(reasons).toContain("Ronnie Borker's note links to Ronnie Booker");
  });

  it("finds the shared meetings of notes that link to many, and counts a link written twice once", () => {
    const meetings = (from: number) => Array.from({ length: 40 }, (_, index) => `2025-09-${String(from + index).padStart(2, "0")} - weekly`);
    const [first, second] = [meetings(1), meetings(39)]; // two days in common
    const groups = scan([person(borker.path, { links: [...first, first[0] ?? ""] }), person(booker.path, { links: second })]);
    expect(groupWith(groups, borker.path, booker.path)?.reasons).toContain("both notes cite the same 2 meetings");
  });
});

describe("decisions", () => {
  it("never proposes a pair decided to be two people, nor joins them through a third note", () => {
    const notes = [person("People/Ronnie Borker.md"), person("People/Ronnie Booker.md"), person("Imports/Ronnie Booker.md")];
    const undecided = scan(notes);
    expect(groupWith(undecided, "People/Ronnie Borker.md", "Imports/Ronnie Booker.md")?.notes).toHaveLength(3);
    const decided = scan(notes, [], [["People/Ronnie Booker.md", "People/Ronnie Borker.md"]]);
    expect(groupWith(decided, "People/Ronnie Borker.md", "People/Ronnie Booker.md")).toBeUndefined();
    expect(groupWith(decided, "People/Ronnie Booker.md", "Imports/Ronnie Booker.md")).toBeDefined();
  });
});

describe("groups", () => {
  it("are sorted best first, with sorted notes, scores in [0, 1] and bands that follow the score", () => {
    const groups = scan([
      person("People/Ronnie Borker.md"),
      person("People/Ronnie Booker.md"),
      person("People/José Ortega.md"),
      person("People/Jose Ortega.md"),
      person("People/Tiff.md"),
      person("People/Tiffany.md"),
    ]);
    expect(groups.length).toBeGreaterThanOrEqual(3);
    for (const [index, group] of groups.entries()) {
      expect(group.notes).toEqual([...group.notes].sort());
      expect(group.score).toBeGreaterThanOrEqual(0.5);
      expect(group.score).toBeLessThanOrEqual(1);
      expect(group.band).toBe(group.score >= 0.9 ? "suggest" : "review");
      if (index > 0) expect(group.score).toBeLessThanOrEqual(groups[index - 1]?.score ?? 1);
    }
  });

  it("do not chain a first name alone into two people", () => {
    const groups = scan([person("People/Mike Kiernan.md"), person("People/Mike.md"), person("People/Michael Myrah.md")]);
    for (const group of groups) expect(group.notes.includes("People/Mike Kiernan.md") && group.notes.includes("People/Michael Myrah.md")).toBe(false);
  });

  it("stay within the size limit", () => {
    const many = ["Ronnie Booker", "Ronnie Borker", "Ronnie Bocker", "Ronnie Boker", "Ronnie Bookers", "Ronnie Brooker", "Ronnie Bookre", "Ronnie Booket"];
    const groups = findDuplicates({ people: many.map((title) => person(`People/${title}.md`)), meetings: [], projects: [], notSamePerson: [] }, { maxGroupSize: 3 });
    for (const group of groups) expect(group.notes.length).toBeLessThanOrEqual(3);
  });
});
