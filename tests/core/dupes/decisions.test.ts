import { describe, expect, it } from "vitest";
import {
  addNotSamePerson,
  distinctPair,
  mergeInNotSamePerson,
  NotSamePerson,
  removeNotSamePerson,
  renameInNotSamePerson,
  tidyNotSamePerson,
} from "../../../src/core/dupes/decisions";

describe("not-the-same-person decisions", () => {
  it("are stored as sorted pairs in sorted order, without repeats", () => {
    let pairs = addNotSamePerson([], "People/b.md", "People/a.md");
    pairs = addNotSamePerson(pairs, "People/a.md", "People/b.md");
    pairs = addNotSamePerson(pairs, "People/0.md", "People/c.md");
    expect(pairs).toEqual([
      ["People/0.md", "People/c.md"],
      ["People/a.md", "People/b.md"],
    ]);
    expect(distinctPair("z", "a")).toEqual(["a", "z"]);
  });

  it("ignore a note decided to differ from itself", () => {
    expect(addNotSamePerson([], "a", "a")).toEqual([]);
    expect(new NotSamePerson([["a", "a"]]).size).toBe(0);
  });

  it("are looked up in either order", () => {
    const decisions = new NotSamePerson([["a", "b"]]);
    expect(decisions.has("a", "b")).toBe(true);
    expect(decisions.has("b", "a")).toBe(true);
    expect(decisions.has("a", "c")).toBe(false);
    decisions.add("c", "a");
    expect(decisions.has("a", "c")).toBe(true);
  });

  it("can be undone", () => {
    expect(removeNotSamePerson([["a", "b"], ["a", "c"]], "b", "a")).toEqual([["a", "c"]]);
  });

  it("follow a renamed note, and a merge into the surviving note", () => {
    expect(renameInNotSamePerson([["a", "b"]], "b", "z")).toEqual([["a", "z"]]);
    // b and c were merged into c: c is now known to differ from a; the b–c decision collapses.
    expect(mergeInNotSamePerson([["a", "b"], ["b", "c"]], ["b"], "c")).toEqual([["a", "c"]]);
  });

  it("tidy hand-edited data", () => {
    expect(tidyNotSamePerson([["b", "a"], ["a", "b"], ["c", "c"]])).toEqual([["a", "b"]]);
  });
});
