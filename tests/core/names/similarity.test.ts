import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { damerauLevenshtein, jaro, jaroWinkler, phoneticCodes, soundAlike } from "../../../src/core/names/similarity";

const word = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), maxLength: 12 });

describe("damerauLevenshtein", () => {
  it("counts one edit for a substitution, insertion, deletion or neighbour swap", () => {
    expect(damerauLevenshtein("borker", "booker")).toBe(1);
    expect(damerauLevenshtein("winter", "winters")).toBe(1);
    expect(damerauLevenshtein("niemus", "nimus")).toBe(1);
    expect(damerauLevenshtein("kirstin", "kristin")).toBe(1);
    expect(damerauLevenshtein("kiernan", "myrah")).toBe(5); // k→m, i→y, drop e, drop n, n→h
  });

  it("stops early past a limit", () => {
    expect(damerauLevenshtein("kiernan", "myrah", 2)).toBe(3);
    expect(damerauLevenshtein("borker", "booker", 2)).toBe(1);
  });

  it("is a symmetric distance, zero only for equal words", () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(damerauLevenshtein(a, b)).toBe(damerauLevenshtein(b, a));
        expect(damerauLevenshtein(a, b) === 0).toBe(a === b);
        expect(damerauLevenshtein(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it("agrees with the limited form below the limit", () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        const full = damerauLevenshtein(a, b);
        expect(damerauLevenshtein(a, b, limit)).toBe(full <= limit ? full : limit + 1);
      }),
    );
  });
});

describe("jaroWinkler", () => {
  it("matches the published examples", () => {
    expect(jaro("martha", "marhta")).toBeCloseTo(0.944, 3);
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(0.961, 3);
    expect(jaroWinkler("dixon", "dicksonx")).toBeCloseTo(0.813, 3);
  });

  it("is symmetric and within [0, 1], 1 for equal words", () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const value = jaroWinkler(a, b);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1 + 1e-12);
        expect(value).toBeCloseTo(jaroWinkler(b, a), 10);
        if (a === b) expect(value).toBe(1);
      }),
    );
  });
});

describe("phonetic codes", () => {
  it("say which names sound alike", () => {
    expect(soundAlike("smith", "smyth")).toBe(true);
    expect(soundAlike("stephen", "steven")).toBe(true);
    expect(soundAlike("kiernan", "myrah")).toBe(false);
  });

  it("are empty for an empty token", () => {
    expect(phoneticCodes("")).toEqual(["", ""]);
  });
});
