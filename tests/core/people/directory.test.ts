import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PeopleDirectory } from "../../../src/core/people/directory";
import { personNameVariants } from "../../../src/core/people/personNames";
import type { PersonRecord } from "../../../src/core/model/types";
import { person } from "../dupes/records";

const microsoftVault = () =>
  new PeopleDirectory([
    person("People/Ronnie Booker.md", { company: "Microsoft" }),
    person("People/Mike Kiernan.md", { company: "Microsoft" }),
    person("People/Michael Myrah.md", { company: "Microsoft" }),
    person("People/Tiffany Chen.md", { company: "Microsoft", aliases: ["Tiff"] }),
    person("Contacts/Jonsi Stemmelsson.md", { company: "VAST Data" }),
    person("People/Kushal Datta.md", { title: "Kushal Datta", company: "[[Microsoft]]" }),
  ]);

describe("PeopleDirectory.resolve", () => {
  it("resolves titles, aliases and link targets, ignoring case", () => {
    const directory = microsoftVault();
    expect(directory.resolve("Ronnie Booker")).toEqual({ kind: "person", path: "People/Ronnie Booker.md" });
    expect(directory.resolve("ronnie booker")).toEqual({ kind: "person", path: "People/Ronnie Booker.md" });
    expect(directory.resolve("Tiff")).toEqual({ kind: "person", path: "People/Tiffany Chen.md" });
    expect(directory.resolve("Contacts/Jonsi Stemmelsson")).toEqual({ kind: "person", path: "Contacts/Jonsi Stemmelsson.md" });
    expect(directory.resolve("[[Jonsi Stemmelsson|Jonsi]]")).toEqual({ kind: "person", path: "Contacts/Jonsi Stemmelsson.md" });
  });

  it("resolves names that differ only in accents, punctuation, order of a comma form, or a nickname", () => {
    const directory = new PeopleDirectory([person("People/José O'Neill.md"), person("People/Michael Kiernan.md")]);
    expect(directory.resolve("Jose ONeill").kind === "person").toBe(true);
    expect(directory.resolve("O'Neill, José")).toEqual({ kind: "person", path: "People/José O'Neill.md" });
    expect(directory.resolve("Mike Kiernan")).toEqual({ kind: "person", path: "People/Michael Kiernan.md" });
  });

  it("resolves a spacing variant to the one person whose two names both have those letters", () => {
    const directory = new PeopleDirectory([person("People/Anne-Marie Dubois.md", { aliases: ["Anne Marie Dubois"] })]);
    expect(directory.resolve("Annemarie Dubois")).toEqual({ kind: "person", path: "People/Anne-Marie Dubois.md" });
  });

  it("resolves a first name alone only when exactly one person fits it", () => {
    const directory = microsoftVault();
    expect(directory.resolve("Tiffany")).toEqual({ kind: "person", path: "People/Tiffany Chen.md" });
    expect(directory.resolve("Roni")).toEqual({ kind: "person", path: "People/Ronnie Booker.md" });
    expect(directory.resolve("Kushal")).toEqual({ kind: "person", path: "People/Kushal Datta.md" });
    expect(directory.resolve("Mike")).toEqual({ kind: "ambiguous", candidates: ["People/Michael Myrah.md", "People/Mike Kiernan.md"] });
  });

  it("never guesses between people and knows when no one fits", () => {
    const directory = microsoftVault();
    expect(directory.resolve("Michael").kind).toBe("ambiguous");
    expect(directory.resolve("Anand")).toEqual({ kind: "unknown" });
    expect(directory.resolve("VAST Engineering")).toEqual({ kind: "unknown" });
    expect(directory.resolve("")).toEqual({ kind: "unknown" });
  });

  it("lets the meeting's company decide between people who fit a first name", () => {
    const directory = new PeopleDirectory([
      person("People/Mike Kiernan.md", { company: "Microsoft" }),
      person("People/Mike Smith.md", { company: "Acme Corp." }),
    ]);
    expect(directory.resolve("Mike", { company: "[[Microsoft]]" })).toEqual({ kind: "person", path: "People/Mike Kiernan.md" });
    expect(directory.resolve("Mike", { company: "ACME" })).toEqual({ kind: "person", path: "People/Mike Smith.md" });
    expect(directory.resolve("Mike", { company: "Oracle" }).kind).toBe("ambiguous");
    expect(directory.resolve("Mike").kind).toBe("ambiguous");
  });

  it("keeps the company narrowing to the candidates it leaves", () => {
    const directory = new PeopleDirectory([
      person("People/John Mao.md", { company: "VAST Data" }),
      person("People/John Tinter.md", { company: "Microsoft" }),
      person("People/John Heidgerken.md", { company: "VAST Data" }),
    ]);
    expect(directory.resolve("John", { company: "VAST Data" })).toEqual({ kind: "ambiguous", candidates: ["People/John Heidgerken.md", "People/John Mao.md"] });
  });

  it("reports two notes of one title as ambiguous", () => {
    const directory = new PeopleDirectory([person("People/Anand Rao.md"), person("Imports/Anand Rao.md")]);
    expect(directory.resolve("Anand Rao")).toEqual({ kind: "ambiguous", candidates: ["Imports/Anand Rao.md", "People/Anand Rao.md"] });
    expect(directory.resolve("Imports/Anand Rao")).toEqual({ kind: "person", path: "Imports/Anand Rao.md" });
  });

  it("resolves links by path or file name only, never by first name", () => {
    const directory = microsoftVault();
    expect(directory.resolveLink("People/Ronnie Booker")).toEqual({ kind: "person", path: "People/Ronnie Booker.md" });
    expect(directory.resolveLink("Tiffany Chen")).toEqual({ kind: "person", path: "People/Tiffany Chen.md" });
    expect(directory.resolveLink("Tiff")).toEqual({ kind: "unknown" });
    expect(directory.resolveLink("Microsoft")).toEqual({ kind: "unknown" });
  });

  it("takes the note at the exact path before notes of the same file name elsewhere, as Obsidian does", () => {
    const directory = new PeopleDirectory([person("People/Ronnie Booker.md"), person("Ronnie Booker.md"), person("Archive/People/Ronnie Booker.md")]);
    expect(directory.resolveLink("Ronnie Booker")).toEqual({ kind: "person", path: "Ronnie Booker.md" });
    // "Archive/People/Ronnie Booker" ends with the target too, but one note is at that very path.
    expect(directory.resolveLink("people/ronnie booker")).toEqual({ kind: "person", path: "People/Ronnie Booker.md" });
    expect(directory.resolveLink("/People/Ronnie Booker.md")).toEqual({ kind: "person", path: "People/Ronnie Booker.md" });
    directory.remove("People/Ronnie Booker.md");
    expect(directory.resolveLink("People/Ronnie Booker")).toEqual({ kind: "person", path: "Archive/People/Ronnie Booker.md" });
    directory.remove("Ronnie Booker.md");
    expect(directory.resolveLink("Ronnie Booker")).toEqual({ kind: "person", path: "Archive/People/Ronnie Booker.md" });
  });
});

describe("PeopleDirectory updates", () => {
  it("follows upserts and removals", () => {
    const directory = new PeopleDirectory([person("People/Mike Kiernan.md")]);
    expect(directory.resolve("Mike").kind).toBe("person");
    directory.upsert(person("People/Michael Myrah.md"));
    expect(directory.resolve("Mike").kind).toBe("ambiguous");
    directory.remove("People/Mike Kiernan.md");
    expect(directory.resolve("Mike")).toEqual({ kind: "person", path: "People/Michael Myrah.md" });
    directory.upsert(person("People/Michael Myrah.md", { title: "Michael Myrah", aliases: ["Mick"] }));
    expect(directory.resolve("Mick")).toEqual({ kind: "person", path: "People/Michael Myrah.md" });
    expect(directory.size).toBe(1);
  });

  it("hands out answers callers may change without harm", () => {
    const directory = new PeopleDirectory([person("People/Mike Kiernan.md"), person("People/Michael Myrah.md")]);
    const first = directory.resolve("Mike");
    if (first.kind === "ambiguous") first.candidates.push("mine");
    expect(directory.resolve("Mike")).toEqual({ kind: "ambiguous", candidates: ["People/Michael Myrah.md", "People/Mike Kiernan.md"] });
  });
});

describe("personNameVariants", () => {
  it("composes full names from first-name aliases, whatever the title's form", () => {
    const keys = (title: string, aliases: string[]) => personNameVariants({ title, aliases }).map((variant) => variant.name.key);
    expect(keys("Tiffany Chen", ["Tiff"])).toEqual(["tiffany chen", "tiff", "tiff chen"]);
    expect(keys("Chen, Tiffany", ["Tiff"])).toContain("tiff chen");
    expect(keys("Jonsi Stemmelsson", ["Jonsi"])).toEqual(["jonsi stemmelsson", "jonsi"]);
  });
});

describe("PeopleDirectory's remembered answers", () => {
  const given = ["Mike", "Michael", "Ronnie", "Ron", "Tiff", "Tiffany", "Sarah"];
  const family = ["Booker", "Borker", "Kiernan", "Chen", undefined];
  const name = fc.tuple(fc.constantFrom(...given), fc.constantFrom(...family)).map(([first, last]) => (last ? `${first} ${last}` : first));
  const written = fc.oneof(name, fc.constantFrom("mike", "[[p0]]", "People/p1", "Ronny Booker", "Tiff"));
  const company = fc.constantFrom("Microsoft", "Acme", undefined);
  const step = fc.oneof(
    fc.record({ slot: fc.integer({ min: 0, max: 4 }), title: name, aliases: fc.array(name, { maxLength: 2 }), company }).map((value) => ({ kind: "upsert" as const, ...value })),
    fc.integer({ min: 0, max: 4 }).map((slot) => ({ kind: "remove" as const, slot })),
    fc.record({ written, company }).map((value) => ({ kind: "ask" as const, ...value })),
  );

  it("are what a directory built afresh answers, after any changes (answers asked before a change are filed on it)", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), fc.array(fc.record({ written, company }), { minLength: 1, maxLength: 6 }), (steps, questions) => {
        const people = new Map<string, PersonRecord>();
        const directory = new PeopleDirectory();
        for (const each of steps) {
          const path = each.kind === "ask" ? "" : `People/p${each.slot}.md`;
          if (each.kind === "upsert") {
            const record = person(path, { title: each.title, aliases: each.aliases, ...(each.company ? { company: each.company } : {}) });
            people.set(path, record);
            directory.upsert(record);
          } else if (each.kind === "remove") {
            people.delete(path);
            directory.remove(path);
          } else directory.resolve(each.written, each.company ? { company: each.company } : {});
        }
        const fresh = new PeopleDirectory(people.values());
        // Counts are people, not names: "Mike Booker" with the alias "Mike" counts once under "mike".
        const carrying = (values: (record: PersonRecord) => (string | undefined)[], value: string) => [...people.values()].filter((record) => values(record).includes(value)).length;
        const namesOf = (record: PersonRecord) => personNameVariants(record).map((variant) => variant.name);
        for (const first of given) expect(directory.countOf("given", first.toLowerCase())).toBe(carrying((record) => namesOf(record).map((each) => each.given), first.toLowerCase()));
        for (const last of family) if (last) expect(directory.countOf("family", last.toLowerCase())).toBe(carrying((record) => namesOf(record).map((each) => each.family), last.toLowerCase()));
        for (const at of ["microsoft", "acme"]) expect(directory.countOf("company", at)).toBe(carrying((record) => [record.company?.toLowerCase()], at));
        for (const { written: asked, company: at } of questions) {
          const context = at ? { company: at } : {};
          expect(directory.resolve(asked, context)).toEqual(fresh.resolve(asked, context));
          expect(directory.resolveLink(asked)).toEqual(fresh.resolveLink(asked));
        }
      }),
      { numRuns: Math.max(300, Math.floor(Number(process.env.FC_RUNS ?? 0) / 4)) },
    );
  });
});
