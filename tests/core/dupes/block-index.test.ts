import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BlockIndex, fullNameFilingKeys, SharedFilingKeys } from "../../../src/core/dupes/blocking";
import { personProfile } from "../../../src/core/dupes/profile";
import { generatePopulation } from "./population";
import { person } from "./records";

type Step = { op: "add"; path: string; keys: string[] } | { op: "remove"; path: string };

const path = fc.constantFrom("a.md", "b.md", "c.md", "d.md", "e.md", "f.md");
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant("add" as const), path, keys: fc.uniqueArray(fc.constantFrom("k1", "k2", "k3", "k4"), { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("remove" as const), path }) },
);

describe("block index", () => {
  it("finds exactly the notes filed under a key the note is filed under, through any adds and removes", () => {
    let shared = 0;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40, size: "max" }), fc.option(path, { nil: undefined }), (steps, after) => {
        const filed = new Map<string, string[]>();
        const blocks = new BlockIndex(100, (note) => filed.get(note) ?? [], (_note, key) => [[key]]);
        for (const each of steps) {
          if (each.op === "add") {
            filed.set(each.path, each.keys);
            blocks.add(each.path);
          } else {
            blocks.remove(each.path);
            filed.delete(each.path);
          }
        }
        for (const [note, keys] of filed) {
          const expected = [...filed].filter(([other, otherKeys]) => other !== note && (after === undefined || other > after) && otherKeys.some((key) => keys.includes(key))).map(([other]) => other);
          if (expected.length > 0) shared++;
          expect([...blocks.lookup(note, undefined, after).members].sort()).toEqual(expected.sort());
        }
      }),
      { numRuns: 500 },
    );
    expect(shared).toBeGreaterThan(500);
  });
});

describe("shared filing keys", () => {
  it("file every note under the keys worked out for it alone, in the same order, before and after forgetting", () => {
    const extra = ["Ann Lee", "Ronnie Borker", "Rita Borker", "Ronnie Booker", "Dr. José García", "Smith, John", "Jon Smith"];
    const people = [...generatePopulation(400, { seed: 3, twinShare: 0.3 }).people, ...extra.map((title, index) => person(`X/${index}.md`, { title, aliases: index % 2 ? ["Bobby Borker"] : [] }))];
    const profiles = people.map((record) => personProfile(record)).filter((profile) => profile.full);
    const keys = new SharedFilingKeys();
    const families = new Set<string>();
    for (const profile of profiles) {
      expect(keys.of(profile)).toEqual(fullNameFilingKeys(profile));
      for (const variant of profile.names) if (variant.name.family !== undefined) families.add(`${variant.name.family}|${variant.name.given.charAt(0)}`);
    }
    expect(families.size).toBeLessThan(profiles.length); // some notes did share a family name and initial
    keys.clear();
    for (const profile of profiles.slice(0, 50)) expect(keys.of(profile)).toEqual(fullNameFilingKeys(profile));
  });
});
