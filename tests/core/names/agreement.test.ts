import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparableName, familyAgreement, givenAgreement, givenNamesFit } from "../../../src/core/names/agreement";
import { normalizeName } from "../../../src/core/names/normalize";

const name = (raw: string) => comparableName(normalizeName(raw));
const given = (a: string, b: string) => givenAgreement(name(a), name(b));
const family = (a: string, b: string) => familyAgreement(name(a), name(b));

describe("given name agreement", () => {
  it("levels nicknames, sounds, spellings and initials", () => {
    expect(given("Ronnie X", "Ronnie Y")).toBe("exact");
    expect(given("Mike X", "Michael Y")).toBe("nickname");
    expect(given("Roni", "Ronnie")).toBe("phonetic");
    expect(given("Mohammed", "Mohamed")).toBe("phonetic");
    expect(given("Tiago", "Thiago")).toBe("close");
    expect(given("J. Smith", "John Smith")).toBe("initial");
    expect(given("Sarah Kim", "Ed Kim")).toBe("different");
  });

  it("takes a doubled letter for a slip even in a short name", () => {
    expect(given("Lin Yin", "Linn Yin")).toBe("close");
  });

  it("reads umlaut digraphs as the plain vowel", () => {
    expect(given("Juergen", "Jürgen")).toBe("exact");
  });

  it("does not take a shared sound for a match when the spelling is far", () => {
    expect(given("Roni", "Rania")).not.toBe("phonetic");
    expect(given("Nico", "Nacho")).not.toBe("phonetic");
  });

  it("does not let a short name change its first letter", () => {
    expect(given("Seth", "Beth")).not.toBe("close");
    expect(given("Jan", "Jon")).not.toBe("close");
  });

  it("gives two given names one level, whichever way round and whatever was compared before (levels are remembered)", () => {
    const pool = ["Mike", "Michael", "Mick", "Roni", "Ronnie", "Rania", "Tiago", "Thiago", "J.", "John", "Jon", "Jan", "Seth", "Beth", "Lin", "Linn", "Nico", "Nacho"];
    const pairs = pool.flatMap((a) => pool.map((b) => [a, b] as const));
    const levels = new Map(pairs.map(([a, b]) => [`${a}|${b}`, given(`${a} X`, `${b} Y`)]));
    for (const [a, b] of pairs) expect(levels.get(`${b}|${a}`)).toBe(levels.get(`${a}|${b}`));
    expect(new Set(levels.values())).toEqual(new Set(["exact", "nickname", "phonetic", "close", "initial", "similar", "different"]));
    fc.assert(
      fc.property(fc.shuffledSubarray(pairs, { minLength: 1 }), (order) => {
        for (const [a, b] of order) expect(given(`${a} Z`, `${b} W`)).toBe(levels.get(`${a}|${b}`));
      }),
      { numRuns: 50 },
    );
  });

  it("fits a first name to the names it can stand for", () => {
    expect(givenNamesFit(name("Tiff"), name("Tiffany Chen"))).toBe(true);
    expect(givenNamesFit(name("Roni"), name("Ronnie Booker"))).toBe(true);
    expect(givenNamesFit(name("Mike"), name("John Mao"))).toBe(false);
  });
});

describe("family name agreement", () => {
  it("levels spellings, sounds and shared parts", () => {
    expect(family("A Booker", "B Booker")).toBe("exact");
    expect(family("A Smith", "B Smyth")).toBe("phonetic");
    expect(family("A Borker", "B Booker")).toBe("close");
    expect(family("A Garcia Marquez", "B Garcia")).toBe("sharedToken");
    expect(family("A Kiernan", "B Myrah")).toBe("different");
    expect(family("A Mueller", "B Müller")).toBe("exact");
  });

  it("gives two family names one level whatever was compared before, the shared-token check apart (levels are remembered)", () => {
    const pool = ["Booker", "Borker", "Smith", "Smyth", "Garcia", "Marquez", "Kiernan", "Myrah", "Park", "Parker", "Mueller", "Müller"];
    const pairs = pool.flatMap((a) => pool.map((b) => [a, b] as const));
    const levels = new Map(pairs.map(([a, b]) => [`${a}|${b}`, family(`A ${a}`, `B ${b}`)]));
    expect(new Set(levels.values())).toEqual(new Set(["exact", "phonetic", "close", "similar", "different"]));
    fc.assert(
      fc.property(fc.shuffledSubarray(pairs, { minLength: 1 }), (order) => {
        for (const [a, b] of order) {
          expect(family(`C ${a}`, `D ${b}`)).toBe(levels.get(`${a}|${b}`));
          // The same two family names, one written after the other as a middle name: shared, whatever was remembered.
          if (a !== b) expect(family(`C ${b} ${a}`, `D ${b}`)).toBe(levels.get(`${a}|${b}`) === "different" || levels.get(`${a}|${b}`) === "similar" ? "sharedToken" : levels.get(`${a}|${b}`));
        }
      }),
      { numRuns: 50 },
    );
  });

  it("does not call a name that starts another one close", () => {
    expect(family("A Park", "B Parker")).not.toBe("close");
  });

  it("says nothing when one side has no family name", () => {
    expect(family("Tiff", "Tiffany Chen")).toBeUndefined();
  });
});
