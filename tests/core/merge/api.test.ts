import { applyPatch } from "diff";
import { describe, expect, test } from "vitest";
import { chooseSurvivor, consolidateKeyFacts, mergeNotes, planConsolidation, previewDiff, previewLines } from "../../../src/core/merge";
import { countLinksTo as countLinks, LinkTargetIndex } from "../../../src/core/links";
import { readGolden } from "./golden";
import { fixtureVault } from "./vault-fixture";

const booker = { path: "People/Ronnie Booker.md", text: readGolden("ronnie", "survivor.md") };
const borker = { path: "People/Ronnie Borker.md", text: readGolden("ronnie", "duplicate.md") };

describe("chooseSurvivor", () => {
  const inbound = (vault: Record<string, string>) => (path: string) => countLinksTo(vault, path);

  test("the fuller note survives, even when its duplicate has more links pointing at it", () => {
    const vault = fixtureVault();
    expect(inbound(vault)(borker.path)).toBeGreaterThan(inbound(vault)(booker.path));
    expect(chooseSurvivor(borker, booker, inbound(vault))).toEqual({ survivor: booker, duplicate: borker });
    expect(chooseSurvivor(booker, borker, inbound(vault))).toEqual({ survivor: booker, duplicate: borker });
  });

  test("two notes as full: the one more links point at", () => {
    const copy = { ...booker, path: "Archive/Ronnie Booker.md" };
    expect(chooseSurvivor(copy, booker, (path) => (path === booker.path ? 3 : 1)).survivor).toBe(booker);
  });

  test("alike in both: the first given", () => {
    const copy = { ...booker, path: "Archive/Ronnie Booker.md" };
    expect(chooseSurvivor(copy, booker, () => 0).survivor).toBe(copy);
  });
});

function countLinksTo(vault: Record<string, string>, target: string): number {
  const paths = new LinkTargetIndex(Object.keys(vault));
  return Object.entries(vault).reduce((total, [path, text]) => total + countLinks(text, path, target, paths), 0);
}

describe("previewDiff and previewLines", () => {
  const merged = mergeNotes(booker, borker).text;

  test("a unified diff that turns the survivor into the merged note", () => {
    const patch = previewDiff(booker.text, merged, { path: booker.path });
    expect(patch).toContain(`--- ${booker.path}`);
    expect(patch).toContain("+- Ronnie Borker");
    expect(applyPatch(booker.text, patch)).toBe(merged);
  });

  test("line runs for the UI, numbered on both sides", () => {
    const lines = previewLines(booker.text, merged);
    expect(lines.filter((line) => line.kind !== "added").map((line) => line.text)).toEqual(booker.text.split("\n"));
    expect(lines.filter((line) => line.kind !== "removed").map((line) => line.text)).toEqual(merged.split("\n"));
    expect(lines.find((line) => line.text === "aliases:")).toMatchObject({ kind: "added", afterLine: 11 });
    expect(lines.find((line) => line.text === "last_contact: '2025-10-27'")).toMatchObject({ kind: "removed", beforeLine: 5 });
  });

  test("no change, no hunks", () => {
    expect(previewDiff("same\n", "same\n")).not.toContain("@@");
    expect(previewLines("a\nb", "a\nb").every((line) => line.kind === "unchanged")).toBe(true);
  });
});

describe("planConsolidation", () => {
  test("only notes whose facts fold or join are in the change set", () => {
    const tidy = readGolden("identical", "survivor.md");
    const set = planConsolidation([booker, { path: "People/Mike Kiernan.md", text: tidy }]);
    expect(set.operation).toBe("consolidate");
    expect(set.changes.map((change) => change.path)).toEqual([booker.path]);
    expect(set.changes[0]).toEqual({ path: booker.path, before: booker.text, after: consolidateKeyFacts(booker.text).text });
  });

  test("repeats across two Key Facts sections are counted", () => {
    const result = consolidateKeyFacts(readGolden("consolidate-two-sections", "input.md"));
    expect(result.folded).toBe(2);
  });

  test("a note whose front matter cannot be read is still consolidated: only its body is touched", () => {
    const text = "---\ntitle: [unclosed\n---\n\n## Key Facts\n\n- A\n- A.\n";
    expect(consolidateKeyFacts(text)).toMatchObject({ text: "---\ntitle: [unclosed\n---\n\n## Key Facts\n\n- A\n", folded: 1 });
  });
});
