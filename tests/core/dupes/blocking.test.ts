import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allPairsBaseline } from "../../../src/core/dupes/baseline";
import { deletionVariants, fullNameBlockKeys, fullNameBlockKeysUnder, fullNameFilingKeys, SharedFilingKeys } from "../../../src/core/dupes/blocking";
import { personProfile } from "../../../src/core/dupes/profile";
import { DuplicateEngine, emptyStats } from "../../../src/core/dupes/engine";
import { analyzeDuplicates } from "../../../src/core/dupes/find";
import { forgetEveryAnswer } from "../../../src/core/collections/memo";
import { damerauLevenshtein } from "../../../src/core/names/similarity";
import { generatePopulation } from "./population";
import { person } from "./records";

const noContext = { meetings: [], projects: [], notSamePerson: [] };

/** A one-edit change of a word: substitution, insertion, deletion or swap of neighbours. */
const oneEditApart = fc
  .tuple(fc.string({ unit: fc.constantFrom(..."abcdeklmnorst"), minLength: 5, maxLength: 10 }), fc.nat(), fc.constantFrom(..."abcdeklmnorst"), fc.nat(3))
  .map(([word, at, letter, kind]) => {
    const index = at % (word.length - 1);
    const edited = [
      word.slice(0, index) + letter + word.slice(index + 1),
      word.slice(0, index) + letter + word.slice(index),
      word.slice(0, index) + word.slice(index + 1),
      word.slice(0, index) + word.charAt(index + 1) + word.charAt(index) + word.slice(index + 2),
    ][kind] as string;
    return [word, edited] as const;
  });

describe("deletion keys", () => {
  it("are shared by any two names one edit apart", () => {
    fc.assert(
      fc.property(oneEditApart, ([a, b]) => {
        expect(damerauLevenshtein(a, b)).toBeLessThanOrEqual(1);
        expect(deletionVariants(a).some((key) => deletionVariants(b).includes(key))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("key families under one filed key", () => {
  it("are exactly the families of all keys that start with that key", () => {
    const extraNames = ["Ann Lee", "Li Wei", "Mary-Jane O'Neill", "Dr. José García", "Smith, John", "Ronnie Borker", "Bob Booker", "Ed Kim", "Eduardo Kimm"];
    const people = [...generatePopulation(300, { seed: 5, twinShare: 0.3 }).people, ...extraNames.map((title, index) => person(`P/${index}.md`, { title, aliases: index % 2 ? ["Bobby Borker"] : [] }))];
    const profiles = people.map((record) => personProfile(record));
    const allKeys = [...new Set(profiles.flatMap((profile) => fullNameBlockKeys(profile).map((filed) => filed.key)))];
    let nonEmpty = 0;
    fc.assert(
      fc.property(fc.constantFrom(...profiles), fc.constantFrom(...allKeys), fc.boolean(), (profile, foreignKey, ownKey) => {
        const own = fullNameBlockKeys(profile);
        const key = ownKey && own.length > 0 ? (own[foreignKey.length % own.length]?.key ?? foreignKey) : foreignKey;
        const expected = own.filter((filed) => filed.key === key).flatMap((filed) => filed.families);
        if (expected.length > 0) nonEmpty++;
        const families = fullNameBlockKeysUnder(profile, key);
        expect(families).toEqual(expected);
        // Notes with one given name share these families: nobody may change them.
        expect(families.every((family) => Object.isFrozen(family))).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(nonEmpty).toBeGreaterThan(1000);
  });
});

describe("blocking", () => {
  it("compares a number of pairs that grows about linearly with the people, far from all pairs", () => {
    const small = analyzeDuplicates({ people: generatePopulation(2000, { seed: 7 }).people, ...noContext }).stats;
    const large = analyzeDuplicates({ people: generatePopulation(8000, { seed: 7 }).people, ...noContext }).stats;
    const allPairs = (8000 * 7999) / 2;
    expect(large.comparedPairs).toBeLessThan(allPairs / 500);
    expect(large.comparedPairs / large.people).toBeLessThan(20);
    // Four times the people: about four times the pairs (name collisions grow a little faster than linear).
    expect(large.comparedPairs / small.comparedPairs).toBeLessThan(4 * 1.6);
  });

  it("finds the twins of a generated population of rare names", () => {
    // Twins among thousands of Smiths can honestly be two people; among rare names they cannot.
    const { people, twins } = generatePopulation(3000, { seed: 11, commonShare: 0 });
    const { groups } = analyzeDuplicates({ people, ...noContext });
    const groupOf = new Map(groups.flatMap((group, index) => group.notes.map((note) => [note, index] as const)));
    const found = twins.filter(([a, b]) => groupOf.has(a) && groupOf.get(a) === groupOf.get(b)).length;
    expect(found / twins.length).toBeGreaterThan(0.9);
  });

  it("loses no pair that comparing all pairs with the same model accepts", () => {
    const { people } = generatePopulation(600, { seed: 3, twinShare: 0.2 });
    const baseline = allPairsBaseline(people);
    const { groups } = analyzeDuplicates({ people, ...noContext });
    const together = (a: string, b: string) => groups.some((group) => group.notes.includes(a) && group.notes.includes(b));
    expect(baseline.comparedPairs).toBe((600 * 599) / 2);
    expect(baseline.acceptedPairs.length).toBeGreaterThan(50);
    const lost = baseline.acceptedPairs.filter(([a, b]) => !together(a, b));
    expect(lost).toEqual([]);
  });

  it("narrows a common family name to a stricter key instead of dropping it", () => {
    const smiths = Array.from({ length: 40 }, (_, index) => person(`People/${index}/Given${index} Smith.md`, { title: `Given${"abcdefgh".charAt(index % 8)} Smith` }));
    const copies = [person("People/Ronnie Smith.md"), person("Imports/Ronnie Smith.md"), person("People/Bob Smith.md"), person("People/Robert Smith.md")];
    const engine = new DuplicateEngine({ maxBlockSize: 8 });
    engine.load({ people: [...smiths, ...copies], meetings: [], projects: [] });
    const stats = emptyStats();
    const profile = engine.profile("People/Ronnie Smith.md");
    if (!profile) throw new Error("profile missing");
    const candidates = engine.fullCandidates(profile, stats).map((other) => other.path);
    expect(stats.narrowedLookups).toBeGreaterThan(0);
    expect(candidates.includes("Imports/Ronnie Smith.md")).toBe(true);
    expect(candidates.length).toBeLessThan(10);
    // Only the nickname-group key finds these two among the Smiths.
    const bob = engine.profile("People/Bob Smith.md");
    expect(bob && engine.fullCandidates(bob).some((other) => other.path === "People/Robert Smith.md")).toBe(true);
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
      expect([...new Set(keys.of(profile))]).toEqual(fullNameFilingKeys(profile));
      for (const variant of profile.names) if (variant.name.family !== undefined) families.add(`${variant.name.family}|${variant.name.given.charAt(0)}`);
    }
    expect(families.size).toBeLessThan(profiles.length); // some notes did share a family name and initial
    keys.clear();
    for (const profile of profiles.slice(0, 50)) expect([...new Set(keys.of(profile))]).toEqual(fullNameFilingKeys(profile));
  });
});

describe("remembered answers", () => {
  it("never change what a scan finds: a cold scan, and one warm with another vault's names, give the same groups", () => {
    const { people } = generatePopulation(1500, { seed: 13, twinShare: 0.2 });
    forgetEveryAnswer();
    const cold = analyzeDuplicates({ people, ...noContext }).groups;
    expect(cold.length).toBeGreaterThan(50);
    forgetEveryAnswer();
    analyzeDuplicates({ people: generatePopulation(1500, { seed: 14, twinShare: 0.2 }).people, ...noContext });
    expect(analyzeDuplicates({ people, ...noContext }).groups).toEqual(cold);
    expect(analyzeDuplicates({ people, ...noContext }).groups).toEqual(cold);
  });
});
