import { describe, expect, it } from "vitest";
import { areNicknames, formalNamesOf, nicknameGroupOf } from "../../../src/core/names/nicknames";

describe("nicknames", () => {
  it("relates a nickname and its formal name both ways", () => {
    expect(areNicknames("Mike", "Michael")).toBe(true);
    expect(areNicknames("Michael", "Mike")).toBe(true);
    expect(areNicknames("tiff", "tiffany")).toBe(true);
    expect(areNicknames("Tiffany", "Tiff")).toBe(true);
  });

  it("relates two nicknames of one formal name", () => {
    expect(areNicknames("ron", "ronnie")).toBe(true); // via ronald
    expect(areNicknames("bill", "will")).toBe(true); // via william
  });

  it("does not relate unrelated names, nor a name to itself", () => {
    expect(areNicknames("mike", "john")).toBe(false);
    expect(areNicknames("sarah", "ed")).toBe(false);
    expect(areNicknames("mike", "mike")).toBe(false);
  });

  it("does not let a short name that stands for several formal names join them", () => {
    // The table lists "bill" for both Robert and William: Bill may be either, but Robert is not William.
    expect(areNicknames("bill", "robert")).toBe(true);
    expect(areNicknames("bill", "william")).toBe(true);
    expect(areNicknames("robert", "william")).toBe(false);
  });

  it("passes through one formal name only, not chains of them", () => {
    // tiff belongs to tiffany alone; ronnie's groups never reach it
    expect(nicknameGroupOf("ronnie").has("tiff")).toBe(false);
  });

  it("covers common diminutives beyond English", () => {
    expect(areNicknames("Pepe", "José")).toBe(true);
    expect(areNicknames("Sasha", "Alexandra")).toBe(true);
    expect(areNicknames("Kostas", "Konstantinos")).toBe(true);
    expect(areNicknames("Gosia", "Małgorzata")).toBe(true);
  });

  it("gives formal names as shared keys: nicknames share one, strangers none", () => {
    const shared = (a: string, b: string) => formalNamesOf(a).some((formal) => formalNamesOf(b).includes(formal));
    expect(shared("ron", "ronnie")).toBe(true);
    expect(shared("tiff", "tiffany")).toBe(true);
    expect(shared("tiff", "ronnie")).toBe(false);
  });

  it("answers for names the table does not know with the name itself", () => {
    expect(formalNamesOf("Zzyzx")).toEqual(["zzyzx"]);
    expect([...nicknameGroupOf("Zzyzx")]).toEqual(["zzyzx"]);
  });
});
