import { describe, expect, test } from "vitest";
import { consolidateKeyFacts, mergeNotes } from "../../../src/core/merge";
import { casePaths, expectGolden, goldenCases, readGolden } from "./golden";

/**
 * One small survivor/duplicate pair per merge rule, and the real Ronnie Booker/Borker pair, each with the
 * merged note it must give byte for byte. Every case also merges its result again: nothing may change.
 */

describe("merge goldens", () => {
  for (const name of goldenCases("survivor.md")) {
    test(name, () => {
      const survivorText = readGolden(name, "survivor.md");
      const duplicateText = readGolden(name, "duplicate.md");
      const paths = casePaths(name, survivorText, duplicateText);
      const survivor = { path: paths.survivor, text: survivorText };
      const duplicate = { path: paths.duplicate, text: duplicateText };
      const merged = mergeNotes(survivor, duplicate);
      expectGolden(name, "expected.md", merged.text);
      expect(mergeNotes({ ...survivor, text: merged.text }, duplicate).text).toBe(merged.text);
    });
  }
});

describe("consolidation goldens", () => {
  for (const name of goldenCases("input.md")) {
    test(name, () => {
      const result = consolidateKeyFacts(readGolden(name, "input.md"));
      expectGolden(name, "expected.md", result.text);
      expect(consolidateKeyFacts(result.text).text).toBe(result.text);
    });
  }
});
