import { describe, expect, it } from "vitest";
import { personFacts } from "../../../src/core/people/personFacts";
import { personNameVariants } from "../../../src/core/people/personNames";
import { person } from "../dupes/records";

describe("person facts", () => {
  it("give the note's names, its title and name keys as Obsidian compares them, its company key and link keys", () => {
    const record = person("People/Team/Ronnie Booker.md", { title: "  Ronnie Booker ", aliases: ["RONNIE BOOKER", "Ron", "Ｒｏｎａｌｄ Booker"], company: "[[Microsoft Corp.]]" });
    const facts = personFacts(record);
    expect(facts.variants).toEqual(personNameVariants(record));
    expect(facts.titleKey).toBe("ronnie booker");
    // An alias that differs from the title only in case is the same written name, kept once.
    expect(facts.rawNameKeys).toEqual(["ronnie booker", "ron", "ｒｏｎａｌｄ booker"]);
    expect(facts.company).toBe("microsoft");
    expect({ pathKey: facts.pathKey, basenameKey: facts.basenameKey }).toEqual({ pathKey: "people/team/ronnie booker", basenameKey: "ronnie booker" });
  });

  it("key a blank title as blank, with no written name for it", () => {
    const facts = personFacts(person("People/x.md", { title: "   ", aliases: ["Tiff"] }));
    expect(facts.titleKey).toBe("");
    expect(facts.rawNameKeys).toEqual(["tiff"]);
    expect(facts.company).toBeUndefined();
  });
});
