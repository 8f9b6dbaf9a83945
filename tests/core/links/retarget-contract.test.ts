import { describe, expect, test } from "vitest";
import { countLinksTo, LinkTargetIndex, retargetLinks, UnlinkableTargetError } from "../../../src/core/links";

const paths = new LinkTargetIndex(["People/Dup.md", "People/Keep.md", "Archive/Dup.md", "People/Smith, John.md"]);

describe("retargetLinks contract", () => {
  test("merging a note into itself changes nothing", () => {
    expect(retargetLinks("[[Dup]]", "x.md", { from: "People/Dup.md", to: "People/Dup.md" }, paths)).toEqual({ text: "[[Dup]]", count: 0 });
  });

  test("a survivor missing from the index is refused, since its new links could not be checked", () => {
    expect(() => retargetLinks("[[Dup]]", "x.md", { from: "People/Dup.md", to: "People/Gone.md" }, paths)).toThrow(/not in the link index/);
  });

  test("a survivor whose name would break a link is refused", () => {
    for (const name of ["A|B", "A#B", "A]B", "A`B"]) {
      const vault = new LinkTargetIndex(["People/Dup.md", `People/${name}.md`]);
      expect(() => retargetLinks("[[Dup]]", "x.md", { from: "People/Dup.md", to: `People/${name}.md` }, vault)).toThrow(UnlinkableTargetError);
    }
  });

  test("a comma cannot go into an unquoted front matter value, but can go anywhere else", () => {
    const plan = { from: "People/Dup.md", to: "People/Smith, John.md" };
    expect(retargetLinks('---\na: "[[Dup]]"\n---\n[[Dup]]', "x.md", plan, paths).text).toBe('---\na: "[[Smith, John]]"\n---\n[[Smith, John]]');
    expect(() => retargetLinks("---\na: see [[Dup]]\n---\n", "x.md", plan, paths)).toThrow(UnlinkableTargetError);
  });

  test("a note with no links to the duplicate comes back as the same string", () => {
    const text = "\uFEFF# Notes\r\n[[Keep]] `[[Dup]]`\r\n";
    expect(retargetLinks(text, "x.md", { from: "People/Dup.md", to: "People/Keep.md" }, paths)).toEqual({ text, count: 0 });
  });
});

describe("countLinksTo", () => {
  test("counts links that open the target, whatever their form", () => {
    const text = '---\nr: "[[Dup]]"\n---\n[[Dup|d]] ![[People/Dup#H]] [x](People/Dup.md) [[Archive/Dup]] `[[Dup]]` [[Keep]]';
    expect(countLinksTo(text, "Meetings/m.md", "People/Dup.md", paths)).toBe(4);
    expect(countLinksTo(text, "Meetings/m.md", "Archive/Dup.md", paths)).toBe(1);
    expect(countLinksTo(text, "Archive/m.md", "Archive/Dup.md", paths)).toBe(3);
  });
});
