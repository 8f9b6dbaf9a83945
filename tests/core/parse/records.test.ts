import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, isPathIncluded } from "../../../src/core/settings/settings";
import { meeting, note, parse, person, project, readFixture, settingsWith } from "./helpers";

/** What a note's front matter and body become: person, project and meeting records. */

describe("person records", () => {
  it("reads the fixture person: title, aliases, tags, company and role from the table, both dates", () => {
    const parsed = parse("People/Ann Lee.md", readFixture("People/Ann Lee.md"));
    expect(parsed.problems).toEqual([]);
    expect(person(parsed)).toMatchObject({
      kind: "person",
      path: "People/Ann Lee.md",
      title: "Ann Lee",
      aliases: ["Annie", "A. Lee"],
      tags: ["type/person", "company/contoso"],
      // The table's Company wins over the company/contoso tag.
      company: "Fabrikam",
      role: "Head of storage platform",
      created: "2026-01-03",
      lastContact: "2025-11-04",
    });
  });

  it("takes the title from the file name when front matter has none", () => {
    expect(person(parse("People/Team/Cara Diaz.md", readFixture("People/Team/Cara Diaz.md"))).title).toBe("Cara Diaz");
    expect(person(parse("People/Bob Stone.md", note(["type: person", "title: ''"]))).title).toBe("Bob Stone");
    expect(person(parse("People/x.MD", note(["type: person"]))).title).toBe("x");
  });

  it("reads a number as text: `title: 1984`", () => {
    expect(person(parse("a.md", note(["type: person", "title: 1984"]))).title).toBe("1984");
  });

  it("reads aliases from a list, a single string and the `alias` key; tags lose a leading #", () => {
    const record = person(parse("a.md", note(["type: person", "aliases: [One, null, '']", "alias: Two", "tags: ['#vip', plain]"])));
    expect(record.aliases).toEqual(["One", "Two"]);
    expect(record.tags).toEqual(["vip", "plain"]);
    expect(person(parse("b.md", note(["type: person", "aliases: Solo", "tags: single"])))).toMatchObject({ aliases: ["Solo"], tags: ["single"] });
  });

  describe("company", () => {
    const body = (company: string) => ["## Contact Information", "", "| Field | Value |", "|---|---|", `| **Company** | ${company} |`];

    it("front matter `company` (a link reduced to its name) comes first", () => {
      const record = person(parse("a.md", note(["type: person", 'company: "[[Contoso]]"', "tags: [company/northwind]"], body("Fabrikam"))));
      expect(record.company).toBe("Contoso");
    });

    it("then the Contact Information table, a link there reduced to its name", () => {
      expect(person(parse("a.md", note(["type: person", "tags: [company/northwind]"], body("Fabrikam")))).company).toBe("Fabrikam");
      expect(person(parse("a.md", note(["type: person"], body("[[Orgs/Fabrikam Inc|Fabrikam]]")))).company).toBe("Fabrikam");
      expect(person(parse("a.md", note(["type: person"], body("[[Microsoft]]")))).company).toBe("Microsoft");
    });

    it("then a Profile line, whose link is reduced to its name too", () => {
      const parsed = parse("People/Bob Stone.md", readFixture("People/Bob Stone.md"));
      expect(parsed.problems).toEqual([]);
      expect(person(parsed)).toMatchObject({ title: "Bob Stone", company: "Northwind", role: "VP Engineering", created: "2025-06-30", tags: ["type/people"] });
    });

    it("then a company/x tag; a placeholder (`_Unknown_`) in the table does not count", () => {
      expect(person(parse("a.md", note(["type: person", "tags: [company/vast-data]"], body("_Unknown_")))).company).toBe("Vast Data");
      expect(person(parse("a.md", note(["type: person", "tags: [company/microsoft]"]))).company).toBe("Microsoft");
      expect(person(parse("a.md", note(["type: person", "tags: [companyx]"]))).company).toBeUndefined();
    });
  });

  it("role: the table, else a Profile `**Role**:` line; placeholders are no role", () => {
    const table = ["## Contact Information", "| Field | Value |", "|---|---|", "| **Role** | CTO |"];
    const profile = ["## Profile", "", "**Role**:   Head of AI   "];
    expect(person(parse("a.md", note(["type: person"], [...profile, ...table]))).role).toBe("CTO");
    expect(person(parse("a.md", note(["type: person"], profile))).role).toBe("Head of AI");
    expect(person(parse("a.md", note(["type: person"], ["## Profile", "**Role**: TBD"]))).role).toBeUndefined();
    expect(person(parse("People/Team/Cara Diaz.md", readFixture("People/Team/Cara Diaz.md"))).role).toBeUndefined();
  });
});

describe("project records", () => {
  it("reads status, owner (a link in the Status table, as its name) and the Collaborators table's links", () => {
    const parsed = parse("Projects/Project Zephyr.md", readFixture("Projects/Project Zephyr.md"));
    expect(parsed.problems).toEqual([]);
    expect(project(parsed)).toMatchObject({
      kind: "project",
      title: "Project Zephyr",
      status: "active",
      owner: "Ann Lee",
      lastContact: "2025-11-04",
      // Link targets as written; `\|` (a pipe escaped inside a table) ends the target.
      collaborators: ["Ann Lee", "People/Bob Stone", "Cara Diaz"],
    });
  });

  it("front matter owner wins over the table; no Collaborators section means no collaborators", () => {
    const record = project(parse("p.md", note(["type: projects", "owner: '[[Dee Ray]]'", "status: paused"], ["## Status", "| **Owner** | Someone |"])));
    expect(record).toMatchObject({ owner: "Dee Ray", status: "paused", collaborators: [] });
  });
});

describe("meeting records", () => {
  it("reads account and participants (plain names and [[links]], a link's display text when it has one)", () => {
    const parsed = parse("Meetings/2025-11-03 - Weekly sync.md", readFixture("Meetings/2025-11-03 - Weekly sync.md"));
    expect(parsed.problems).toEqual([]);
    expect(meeting(parsed)).toMatchObject({
      kind: "meeting",
      title: "2025-11-03 - Weekly sync",
      account: "Fabrikam",
      participants: ["Ann Lee", "Bob", "Dee Ray"],
      // No `date` key: the date comes from the file name.
      date: "2025-11-03",
    });
  });

  it("reads its action items; a task in a code block is not one", () => {
    const parsed = parse("Meetings/2025-11-03 - Weekly sync.md", readFixture("Meetings/2025-11-03 - Weekly sync.md"));
    expect(parsed.tasks).toEqual([
      { line: 16, done: false, text: "Send the sizing sheet", owners: ["Ann Lee"], due: "2025-11-10", priority: "high" },
      { line: 17, done: true, text: "Book the lab", owners: ["Bob Stone"], due: "2025-11-05" },
      { line: 18, done: false, text: "Review pricing", owners: ["Dee Ray", "Ann Lee"], priority: "low" },
    ]);
  });

  it("a `date` key wins over the file name, quoted or not", () => {
    expect(meeting(parse("Meetings/2025-01-01 x.md", note(["type: 1on1", "date: 2025-02-03"]))).date).toBe("2025-02-03");
    expect(meeting(parse("Meetings/2025-01-01 x.md", note(["type: 1on1", "date: '2025-02-03'"]))).date).toBe("2025-02-03");
    expect(meeting(parse("Meetings/x.md", note(["type: meeting"]))).date).toBeUndefined();
  });

  it("a flow list of quoted names and links", () => {
    const record = meeting(parse("m.md", note(["type: customer", 'participants: ["[[Ann Lee]]", "Bo", "[[People/Cy#Work|Cy]]"]'])));
    expect(record.participants).toEqual(["Ann Lee", "Bo", "Cy"]);
  });
});

describe("note types come from settings", () => {
  it("default types: people/person, projects/project, meeting/customer/1on1, compared case-insensitively", () => {
    const kinds = ["people", "Person", "projects", "PROJECT", "meeting", "customer", "1on1"].map((type) => parse("n.md", note([`type: ${type}`])).kind);
    expect(kinds).toEqual(["person", "person", "project", "project", "meeting", "meeting", "meeting"]);
  });

  it("a `type` list counts when one of its values is known", () => {
    expect(parse("n.md", note(["type: [note, person]"])).kind).toBe("person");
  });

  it("custom types replace the defaults", () => {
    const settings = settingsWith({ personTypes: ["contact"], projectTypes: ["initiative"], meetingTypes: ["call"] });
    expect(parse("n.md", note(["type: contact"]), settings).kind).toBe("person");
    expect(parse("n.md", note(["type: person"]), settings).kind).toBe("other");
    expect(parse("n.md", note(["type: initiative"]), settings).kind).toBe("project");
    expect(parse("n.md", note(["type: call"]), settings).kind).toBe("meeting");
    expect(parse("n.md", note(["type: meeting"]), settings).kind).toBe("other");
  });

  it("notes of other types, or with no type, are ignored: no record and no problems, however odd their fields", () => {
    const reading = parse("Notes/Reading list.md", readFixture("Notes/Reading list.md"));
    expect(reading).toMatchObject({ kind: "other", problems: [] });
    expect(reading.record).toBeUndefined();
    expect(parse("Notes/No front matter.md", readFixture("Notes/No front matter.md"))).toMatchObject({ kind: "other", problems: [] });
    expect(parse("n.md", note(["type: {a: 1}"]))).toMatchObject({ kind: "other", problems: [] });
    expect(parse("n.md", note(["title: no type"]))).toMatchObject({ kind: "other", problems: [] });
  });
});

describe("isPathIncluded (include/exclude folders)", () => {
  it("includes everything by default", () => {
    expect(isPathIncluded("People/Ann.md", DEFAULT_SETTINGS)).toBe(true);
    expect(isPathIncluded("root.md", DEFAULT_SETTINGS)).toBe(true);
  });

  it("include folders: the folder and everything under it, not a folder that merely starts with the same letters", () => {
    const settings = settingsWith({ includeFolders: ["People", "/Work/Projects/"] });
    expect(isPathIncluded("People/Ann.md", settings)).toBe(true);
    expect(isPathIncluded("People/Team/Bo.md", settings)).toBe(true);
    expect(isPathIncluded("Work/Projects/Apollo.md", settings)).toBe(true);
    expect(isPathIncluded("Peoples/Ann.md", settings)).toBe(false);
    expect(isPathIncluded("Work/Other.md", settings)).toBe(false);
    expect(isPathIncluded("root.md", settings)).toBe(false);
  });

  it("exclude folders win over include folders; blank entries are ignored", () => {
    const settings = settingsWith({ includeFolders: ["People", " "], excludeFolders: ["People/Archive", ""] });
    expect(isPathIncluded("People/Ann.md", settings)).toBe(true);
    expect(isPathIncluded("People/Archive/Old.md", settings)).toBe(false);
    expect(isPathIncluded("People/Archived.md", settings)).toBe(true);
    expect(isPathIncluded("Other/x.md", settingsWith({ excludeFolders: [""] }))).toBe(true);
  });
});
