import { describe, expect, it } from "vitest";
import { nameEvidence, nameWeight, totalWeight } from "../../../src/core/dupes/compare";
import { VaultFrequencies } from "../../../src/core/dupes/frequencies";
import { personProfile } from "../../../src/core/dupes/profile";
import { PeopleDirectory } from "../../../src/core/people/directory";
import { generatePopulation } from "./population";
import { person } from "./records";

/**
 * The scan rejects most pairs on `nameWeight` alone and builds `nameEvidence` only for the rest, so the two
 * must agree on every pair: same names, slips, nicknames, names in another order, several names per note.
 */
describe("nameWeight", () => {
  it("is the total weight of the name evidence, for every pair", () => {
    const extra = [
      person("X/1.md", { title: "Ronnie Borker", aliases: ["Ron Borker", "Ronnie"] }),
      person("X/2.md", { title: "Ronnie Booker" }),
      person("X/3.md", { title: "Booker, Ronnie" }),
      person("X/4.md", { title: "Dr. José García", aliases: ["Jose Garcia Marquez"] }),
      person("X/5.md", { title: "Tiffany Chen", aliases: ["Tiff"] }),
      person("X/6.md", { title: "Tiff Chen" }),
    ];
    const people = [...generatePopulation(150, { seed: 5, twinShare: 0.4 }).people, ...extra];
    const directory = new PeopleDirectory(people);
    const frequencies = new VaultFrequencies(directory);
    const profiles = people.map((record) => personProfile(record, directory.factsOf(record.path)));
    for (const profile of profiles) frequencies.add(profile);
    const full = profiles.filter((profile) => profile.full);
    let likely = 0;
    for (const a of full) {
      for (const b of full) {
        if (a === b) continue;
        const weight = nameWeight(a, b, frequencies);
        expect(weight).toBe(totalWeight(nameEvidence(a, b, frequencies)));
        if (weight > 0) likely++;
      }
    }
    expect(full.some((profile) => profile.fullNames.length > 1)).toBe(true);
    expect(likely).toBeGreaterThan(100); // the twins and the extra names, from both sides
  });
});
