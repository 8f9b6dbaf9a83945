import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contextCeiling, contextEvidence, contextMost, totalWeight, type ComparisonContext } from "../../../src/core/dupes/compare";
import { findDuplicates } from "../../../src/core/dupes/find";
import { VaultFrequencies } from "../../../src/core/dupes/frequencies";
import { Gatherings } from "../../../src/core/dupes/gatherings";
import { personProfile } from "../../../src/core/dupes/profile";
import { PeopleDirectory } from "../../../src/core/people/directory";
import { meeting, person, project } from "./records";

/**
 * The scan skips weighing the context of a pair whose names leave it below the threshold even with the
 * strongest context (`contextCeiling`). That is safe only if no pair's context ever weighs more than its
 * ceiling: links to each other, shared rare links, a shared company and lists naming both, in any mix.
 */

const NAMES = ["Ronnie Borker", "Ronnie Booker", "Ron Booker", "Mike Kiernan", "Michael Kiernan", "Sarah Kim", "Ed Kim"];
const COMPANIES = ["Microsoft", "Acme", undefined];
const PEOPLE = 6;
const TARGETS = [...Array.from({ length: PEOPLE }, (_, slot) => `p${slot}`), "Meetings/m0", "Meetings/m1", "Projects/q0", "Acme", "Shared note"];

const vault = fc.record({
  people: fc.array(
    fc.record({ title: fc.constantFrom(...NAMES), company: fc.constantFrom(...COMPANIES), links: fc.uniqueArray(fc.constantFrom(...TARGETS), { maxLength: 4 }) }),
    { minLength: 2, maxLength: PEOPLE },
  ),
  meetings: fc.array(fc.record({ participants: fc.array(fc.constantFrom(...NAMES, "Ronnie", "Mike"), { minLength: 1, maxLength: 4 }), account: fc.constantFrom(...COMPANIES) }), { maxLength: 2 }),
  collaborators: fc.array(fc.constantFrom(...NAMES.map((name) => `[[${name}]]`)), { maxLength: 3 }),
});

type Vault = typeof vault extends fc.Arbitrary<infer T> ? T : never;

/**
 * People who only fill the vault: a shared link weighs its most only when few of many people cite it, and
 * a handful of notes is not many.
 */
const FILLERS = Array.from({ length: 80 }, (_, index) => person(`Others/f${index}.md`, { title: `Quinn ${"abcdefghij"[index % 10]}${"klmnopqr"[Math.floor(index / 10)]}ova` }));

function recordsOf(generated: Vault) {
  return {
    people: generated.people.map((each, slot) =>
      person(`People/p${slot}.md`, { title: each.title, links: each.links, ...(each.company ? { company: each.company } : {}) }),
    ),
    fillers: FILLERS,
    meetings: generated.meetings.map((each, slot) => meeting(`Meetings/m${slot}.md`, each.participants, each.account ? { account: each.account } : {})),
    projects: [project("Projects/q0.md", generated.collaborators)],
  };
}

describe("contextCeiling", () => {
  it("is never below the weight the context of a pair really has", () => {
    let weighedUp = 0;
    let atCeiling = 0;
    let atMost = 0;
    fc.assert(
      fc.property(vault, (generated) => {
        const records = recordsOf(generated);
        const directory = new PeopleDirectory([...records.people, ...records.fillers]);
        const frequencies = new VaultFrequencies(directory);
        const gatherings = new Gatherings(directory);
        const profiles = records.people.map((record) => personProfile(record, directory.factsOf(record.path)));
        [...profiles, ...records.fillers.map((record) => personProfile(record, directory.factsOf(record.path)))].forEach((profile) => frequencies.add(profile));
        records.meetings.forEach((record) => gatherings.setMeeting(record));
        records.projects.forEach((record) => gatherings.setProject(record));
        gatherings.settle();
        const context: ComparisonContext = { frequencies, gatherings };
        for (const a of profiles) {
          for (const b of profiles) {
            if (a === b) continue;
            const weight = totalWeight(contextEvidence(a, b, context));
            const ceiling = contextCeiling(a, b, context);
            expect(weight).toBeLessThanOrEqual(ceiling + 1e-9);
            // The scan's first rejection uses a bound that reads nothing of the pair: it must hold exactly.
            const most = contextMost(frequencies.population);
            expect(ceiling).toBeLessThanOrEqual(most);
            if (ceiling === most) atMost++;
            if (weight > 5) weighedUp++;
            if (Math.abs(weight - ceiling) < 1e-9 && weight > 0) atCeiling++;
          }
        }
      }),
      { numRuns: 400 },
    );
    // The generator reaches strong context (links, shared rare notes), pairs whose context fills the ceiling,
    // and pairs whose ceiling is the bound itself (two people alone at a company, with links and lists).
    expect(weighedUp).toBeGreaterThan(100);
    expect(atCeiling).toBeGreaterThan(20);
    expect(atMost).toBeGreaterThan(10);
  });

  it("leaves the scan's proposals as weighing every pair would", () => {
    let proposed = 0;
    fc.assert(
      fc.property(vault, fc.double({ min: 0.05, max: 0.95, noNaN: true }), (generated, threshold) => {
        const { people, fillers, ...lists } = recordsOf(generated);
        const input = { people: [...people, ...fillers], ...lists, notSamePerson: [] };
        // A pair in a group of the low-threshold scan with its probability: the scan at `threshold` must keep
        // exactly the pairs at or above it, which it could not if it skipped one whose context lifts it there.
        const everyPair = findDuplicates(input, { reviewThreshold: 1e-9, maxGroupSize: 2 });
        // Scores are rounded to three places: a pair just above the threshold may round onto it.
        const expected = everyPair.filter((group) => group.score >= threshold + 0.001).map((group) => group.notes.join(" + "));
        const pairs = findDuplicates(input, { reviewThreshold: threshold, maxGroupSize: 2 }).map((group) => group.notes.join(" + "));
        for (const pair of expected) expect(pairs).toContain(pair);
        proposed += expected.length;
      }),
      { numRuns: 200 },
    );
    expect(proposed).toBeGreaterThan(100);
  });
});
