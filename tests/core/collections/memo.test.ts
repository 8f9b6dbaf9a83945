import { describe, expect, it } from "vitest";
import { forgetEveryAnswer, Memo, PairMemo } from "../../../src/core/collections/memo";

describe("Memo", () => {
  it("works an answer out once per key, and starts again once past its bound", () => {
    const asked: string[] = [];
    const memo = new Memo<string>(3);
    const shout = (key: string) => {
      asked.push(key);
      return key.toUpperCase();
    };
    expect(["a", "b", "a", "c", "b"].map((key) => memo.get(key, shout))).toEqual(["A", "B", "A", "C", "B"]);
    expect(asked).toEqual(["a", "b", "c"]);
    memo.get("d", shout); // a fourth key: everything before is forgotten
    memo.get("a", shout);
    memo.get("d", shout);
    expect(asked).toEqual(["a", "b", "c", "d", "a"]);
  });

  it("remembers a null answer (\"none\") like any other", () => {
    let asked = 0;
    const memo = new Memo<string | null>(10);
    const none = () => {
      asked++;
      return null;
    };
    expect([memo.get("x", none), memo.get("x", none)]).toEqual([null, null]);
    expect(asked).toBe(1);
  });
});

describe("PairMemo", () => {
  it("keeps answers by ordered pair, and starts again once past its bound", () => {
    const memo = new PairMemo<number>(3);
    memo.set("a", "b", 1);
    memo.set("b", "a", 2);
    memo.set("a", "c", 3);
    expect([memo.get("a", "b"), memo.get("b", "a"), memo.get("a", "c"), memo.get("c", "a")]).toEqual([1, 2, 3, undefined]);
    memo.set("c", "a", 4);
    expect([memo.get("a", "b"), memo.get("c", "a")]).toEqual([undefined, 4]);
  });
});

describe("forgetEveryAnswer", () => {
  it("empties every memo of both kinds, so the next question is worked out afresh", () => {
    let asked = 0;
    const count = (key: string) => {
      asked++;
      return key.length;
    };
    const memo = new Memo<number>(10);
    const pairs = new PairMemo<number>(10);
    memo.get("abc", count);
    pairs.set("a", "b", 1);
    forgetEveryAnswer();
    expect(pairs.get("a", "b")).toBeUndefined();
    memo.get("abc", count);
    expect(asked).toBe(2);
    pairs.set("a", "b", 2); // the bound counts afresh too: ten more answers fit before it starts again
    for (let index = 0; index < 9; index++) pairs.set("c", String(index), index);
    expect(pairs.get("a", "b")).toBe(2);
  });
});
