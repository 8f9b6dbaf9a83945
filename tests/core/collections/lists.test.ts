import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyBefore, containedIn, distinctItems } from "../../../src/core/collections/lists";

// Lists short and long (past the length where a Set takes over), with repeats.
const list = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 80, size: "max" });

describe("list helpers", () => {
  it("test membership as includes does, for short and long lists", () => {
    let long = 0;
    fc.assert(
      fc.property(list, fc.integer({ min: 0, max: 60 }), (items, item) => {
        if (items.length > 32) long++;
        expect(containedIn(items)(item)).toBe(items.includes(item));
      }),
      { numRuns: 300 },
    );
    expect(long).toBeGreaterThan(50);
  });

  it("keep each item once, in order of first appearance, across short and long lists of lists", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 4 }), { maxLength: 50, size: "max" }), (lists) => {
        expect(distinctItems(lists)).toEqual([...new Set(lists.flat())]);
      }),
      { numRuns: 300 },
    );
  });

  it("look only before the index", () => {
    fc.assert(
      fc.property(list, fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 60 }), (items, index, item) => {
        expect(anyBefore(items, index, (each) => each === item)).toBe(items.slice(0, index).includes(item));
      }),
      { numRuns: 300 },
    );
  });
});
