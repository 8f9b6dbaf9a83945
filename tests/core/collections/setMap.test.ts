import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ListMap, SetMap } from "../../../src/core/collections/setMap";

type Step = { op: "add" | "delete"; key: string; value: string } | { op: "deleteKey"; key: string };

/** Few keys and values, one key drawn most, so keys pass through one value, a few (an array) and many (a Set) and back. */
const key = fc.constantFrom("a", "a", "a", "a", "b", "c");
const value = fc.integer({ min: 0, max: 11 }).map(String);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant("add" as const), key, value }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("delete" as const), key, value }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("deleteKey" as const), key }) },
);

function apply(map: SetMap<string, string>, model: Map<string, Set<string>>, each: Step): void {
  if (each.op === "deleteKey") {
    map.deleteKey(each.key);
    model.delete(each.key);
    return;
  }
  const values = model.get(each.key) ?? new Set<string>();
  if (each.op === "add") {
    map.add(each.key, each.value);
    model.set(each.key, values.add(each.value));
  } else {
    map.delete(each.key, each.value);
    values.delete(each.value);
    if (values.size === 0) model.delete(each.key);
  }
}

describe("SetMap", () => {
  it("answers like a map of sets after any adds and deletes, whatever form each key's values take", () => {
    let reachedSet = 0;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 120, size: "max" }), (steps) => {
        const map = new SetMap<string, string>();
        const model = new Map<string, Set<string>>();
        let setFormed = false;
        for (const each of steps) {
          apply(map, model, each);
          setFormed ||= [...model.values()].some((values) => values.size > 8);
        }
        if (setFormed) reachedSet++;
        expect([...map.keys()].sort()).toEqual([...model.keys()].sort());
        for (const k of ["a", "b", "c"]) {
          const expected = [...(model.get(k) ?? [])].sort();
          expect([...map.values(k)].sort()).toEqual(expected);
          expect(map.sizeOf(k)).toBe(expected.length);
          for (const v of ["0", "5", "11"]) expect(map.has(k, v)).toBe(expected.includes(v));
        }
      }),
      { numRuns: 500 },
    );
    expect(reachedSet).toBeGreaterThan(30); // about 90 of 500
  });

  it("keeps one value as itself, and gives it back as a one-item list", () => {
    const map = new SetMap<string, string>();
    map.add("k", "only");
    map.add("k", "only");
    expect([...map.values("k")]).toEqual(["only"]);
    map.delete("k", "other");
    expect(map.sizeOf("k")).toBe(1);
    map.delete("k", "only");
    expect([...map.keys()]).toEqual([]);
  });
});

describe("ListMap", () => {
  it("answers like a map of lists, in filing order, after any adds (each value once per key) and deletes", () => {
    let reachedLong = 0;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 120, size: "max" }), (steps) => {
        const map = new ListMap<string, string>();
        const model = new Map<string, string[]>();
        for (const each of steps) {
          if (each.op === "deleteKey") continue;
          const values = model.get(each.key) ?? [];
          if (each.op === "add") {
            if (values.includes(each.value)) continue; // the caller's side of the contract
            map.add(each.key, each.value);
            model.set(each.key, [...values, each.value]);
          } else {
            map.delete(each.key, each.value);
            const left = values.filter((value) => value !== each.value);
            if (left.length > 0) model.set(each.key, left);
            else model.delete(each.key);
          }
          if ((model.get(each.key)?.length ?? 0) > 8) reachedLong++;
        }
        for (const k of ["a", "b", "c"]) {
          expect([...map.values(k)]).toEqual(model.get(k) ?? []);
          expect(map.sizeOf(k)).toBe(model.get(k)?.length ?? 0);
        }
      }),
      { numRuns: 500 },
    );
    expect(reachedLong).toBeGreaterThan(30);
  });
});
