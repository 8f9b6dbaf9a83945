/**
 * Accuracy on the labelled set (tests/fixtures/dupes/labelled.json): hand-designed notes whose labels come
 * from the identities behind them, not from any matcher. The set labels every pair of notes of one person,
 * so a proposed pair it does not mention counts as a false positive.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate, recordsFromLabelled, type LabelledSet } from "../../../src/core/dupes/evaluate";
import { findDuplicates } from "../../../src/core/dupes/find";

const set = JSON.parse(readFileSync(new URL("../../fixtures/dupes/labelled.json", import.meta.url), "utf8")) as LabelledSet;
const groups = findDuplicates(recordsFromLabelled(set));
const result = evaluate(groups, set.pairs, { complete: true });

describe("accuracy on the labelled set", () => {
  it("has enough labelled pairs to mean something", () => {
    expect(set.pairs.length).toBeGreaterThanOrEqual(150);
  });

  it("is precise: at least 95% of proposed pairs are one person", () => {
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
  });

  it("finds at least 90% of the pairs that are one person", () => {
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("proposes no hard negative", () => {
    const hard = result.wronglyProposed.filter((pair) => pair.category === "hard-negative");
    expect(hard).toEqual([]);
  });

  it("proposes no first name alone that fits two people", () => {
    expect(result.wronglyProposed.filter((pair) => pair.category === "first-name-ambiguous")).toEqual([]);
  });
});
