import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compactKey, foldName, isGivenOnly, normalizeName, sortedTokenKey } from "../../../src/core/names/normalize";

describe("normalizeName", () => {
  it("splits given and family names", () => {
    expect(normalizeName("Ronnie Booker")).toMatchObject({ given: "ronnie", family: "booker", middle: [], key: "ronnie booker" });
  });

  it("folds accents, case and special letters", () => {
    expect(normalizeName("José García").key).toBe("jose garcia");
    expect(normalizeName("Søren Kierkegaard").key).toBe("soren kierkegaard");
    expect(normalizeName("Łukasz Wójcik").key).toBe("lukasz wojcik");
    expect(normalizeName("İlker Öztürk").key).toBe(normalizeName("Ilker Ozturk").key);
  });

  it("joins words split by apostrophes and hyphens", () => {
    expect(normalizeName("Sean O'Neill").family).toBe("oneill");
    expect(normalizeName("Patrick O’Brien").key).toBe(normalizeName("Patrick OBrien").key);
    expect(normalizeName("Jean-Luc Picard").given).toBe("jeanluc");
  });

  it("drops titles and suffixes but keeps a name that is only a title", () => {
    expect(normalizeName("Dr. Ann Lee").key).toBe("ann lee");
    expect(normalizeName("Prof Helmut Kranz PhD").key).toBe("helmut kranz");
    expect(normalizeName("Martin Luther King Jr.").key).toBe("martin luther king");
    expect(normalizeName("Dr").key).toBe("dr");
  });

  it("reads the comma form as family name first", () => {
    expect(normalizeName("Booker, Ronnie")).toMatchObject({ given: "ronnie", family: "booker" });
    expect(normalizeName("Booker, Ronnie, Jr.").key).toBe("ronnie booker");
  });

  it("compares family names without particles", () => {
    const name = normalizeName("Ludwig van Beethoven");
    expect(name.family).toBe("beethoven");
    expect(name.tokens).toEqual(["ludwig", "van", "beethoven"]);
    expect(normalizeName("Maria de la Cruz").middle).toEqual([]);
  });

  it("keeps middle names apart from given and family", () => {
    expect(normalizeName("John Fitzgerald Kennedy")).toMatchObject({ given: "john", middle: ["fitzgerald"], family: "kennedy" });
  });

  it("ignores copy numbers, parenthesised nicknames and link brackets", () => {
    expect(normalizeName("Ronnie Booker 2").key).toBe("ronnie booker");
    expect(normalizeName("Kanchan Mehrotra (Koncha)").key).toBe("kanchan mehrotra");
    expect(normalizeName("[[People/Ronnie Booker|Ronnie]]").key).toBe("ronnie booker");
  });

  it("treats a single word as a first name alone", () => {
    const name = normalizeName("Tiff");
    expect(name.family).toBeUndefined();
    expect(isGivenOnly(name)).toBe(true);
    expect(isGivenOnly(normalizeName("Tiffany Chen"))).toBe(false);
  });

  it("gives keys that ignore spacing and word order", () => {
    expect(compactKey(normalizeName("Anne-Marie Dubois"))).toBe(compactKey(normalizeName("Anne Marie Dubois")));
    expect(sortedTokenKey(normalizeName("Kim Sarah"))).toBe(sortedTokenKey(normalizeName("Sarah Kim")));
  });

  it("is idempotent on its own key", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (raw) => {
        const once = normalizeName(raw);
        expect(normalizeName(once.key).key).toBe(once.key);
      }),
    );
  });

  it("never leaves accents or upper case in tokens", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (raw) => {
        for (const token of normalizeName(raw).tokens) expect(token).toBe(foldName(token).replace(/[^\p{L}\p{N}]/gu, ""));
      }),
    );
  });
});
