import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VaultFrequencies } from "../../../src/core/dupes/frequencies";
import { personProfile, type PersonProfile } from "../../../src/core/dupes/profile";
import { PeopleDirectory } from "../../../src/core/people/directory";
import { person } from "./records";

/** Notes whose names repeat a full name, a family name or a sound, within one note and across notes. */
const POOL = [
  person("a.md", { title: "Ronnie Borker", aliases: ["Ron Borker", "Ronnie Borker"], links: ["Acme", "Meetings/m1"] }),
  person("b.md", { title: "Ronnie Booker", links: ["Acme"] }),
  person("c.md", { title: "Ronnie Borker", aliases: ["Ronnie Bourker"] }),
  person("d.md", { title: "Sarah Kim", aliases: ["Sara Kim", "Kim Sarah"], links: ["Meetings/m1", "Meetings/m2"] }),
  person("e.md", { title: "Ed Kim", aliases: ["Tiff"] }),
  person("f.md", { title: "Tiffany" }),
  person("g.md", { title: "Dr. José García", aliases: ["Jose Garcia"], links: ["Acme"] }),
  // Two family names, one pair of codes whose primary and alternate differ (SM0, XMT).
  person("h.md", { title: "John Smith", aliases: ["Jon Smyth"] }),
  person("i.md", { title: "Jane Smyth" }),
];

/** Every value each field counts, worked out from the notes in the vault alone. */
function model(profiles: readonly PersonProfile[]) {
  const notesWith = (values: (profile: PersonProfile) => string[]) => {
    const counts = new Map<string, number>();
    for (const profile of profiles) for (const value of new Set(values(profile))) counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
  };
  const fullName = notesWith((profile) => profile.fullNames.map((name) => name.key));
  const familyNames = new Map<string, number>();
  for (const key of fullName.keys()) {
    const family = key.slice(key.lastIndexOf(" ") + 1);
    familyNames.set(family, (familyNames.get(family) ?? 0) + 1);
  }
  return {
    fullName,
    familyCode: notesWith((profile) => profile.fullNames.flatMap((name) => name.familyCodes ?? []).filter((code) => code !== "")),
    linkTarget: notesWith((profile) => [...profile.links]),
    familyNames,
  };
}

describe("vault frequencies", () => {
  it("count each value once per note that carries it, through any adds and removes", () => {
    const directory = new PeopleDirectory(POOL);
    const profiles = new Map(POOL.map((record) => [record.path, personProfile(record, directory.factsOf(record.path))]));
    const paths = [...profiles.keys()];
    let repeatsCounted = 0;
    // (a note's own repeats, "Ronnie Borker" / "Ron Borker" with one family code, are in every run that adds a.md)
    fc.assert(
      fc.property(fc.array(fc.record({ add: fc.boolean(), path: fc.constantFrom(...paths) }), { minLength: 8, maxLength: 30 }), (steps) => {
        const frequencies = new VaultFrequencies(directory);
        const present = new Set<string>();
        for (const { add, path } of steps) {
          const profile = profiles.get(path);
          if (!profile || add === present.has(path)) continue; // the engine adds a note once and removes only what it added
          if (add) frequencies.add(profile);
          else frequencies.remove(profile);
          if (add) present.add(path);
          else present.delete(path);
        }
        const expected = model([...present].flatMap((path) => profiles.get(path) ?? []));
        for (const [field, counts] of Object.entries(expected)) {
          const seen = [...counts.keys(), "borker", "nobody"];
          for (const value of seen) expect([field, value, frequencies.count(field as keyof typeof expected, value)]).toEqual([field, value, counts.get(value) ?? 0]);
        }
        expect(frequencies.population).toBe(present.size);
        if ([...expected.fullName.values(), ...expected.familyCode.values()].some((count) => count > 1)) repeatsCounted++;
      }),
      { numRuns: 300 },
    );
    expect(repeatsCounted).toBeGreaterThan(50); // values shared by several notes were reached often
  });
});
