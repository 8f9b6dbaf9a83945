import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { consolidateKeyFacts, countKeyFacts, mergeNotes } from "../../../src/core/merge";
import { readNoteParts } from "../../../src/core/merge/note-parts";
import { bodyListItems, itemKey } from "../../../src/core/merge/list-items";
import { readGolden } from "./golden";

/** The acceptance check on the real pair: Ronnie Borker merged into Ronnie Booker. */

const survivor = { path: "People/Ronnie Booker.md", text: readGolden("ronnie", "survivor.md") };
const duplicate = { path: "People/Ronnie Borker.md", text: readGolden("ronnie", "duplicate.md") };
const merged = mergeNotes(survivor, duplicate);
const parts = readNoteParts(survivor.path, merged.text);

function section(heading: string) {
  const found = parts.sections.filter((part) => part.heading === heading);
  expect(found, heading).toHaveLength(1);
  return found[0]!;
}

describe("Ronnie Borker merged into Ronnie Booker", () => {
  test("Key Facts: exactly 18, each once, one list", () => {
    const facts = bodyListItems(section("Key Facts").body);
    expect(facts).toHaveLength(18);
    expect(new Set(facts.map(itemKey)).size).toBe(18);
    expect(section("Key Facts").body.blocks.filter((placed) => placed.block.kind === "list")).toHaveLength(1);
    expect(merged.report.counts.factsKept).toBe(18);
    expect(countKeyFacts(survivor.path, merged.text)).toBe(18);
  });

  test("Topics Discussed: one paragraph, each topic once", () => {
    const blocks = section("Topics Discussed").body.blocks;
    expect(blocks).toHaveLength(1);
    const topics = blocks[0]!.block.kind === "text" ? blocks[0]!.block.lines.join(" ").split(", ") : [];
    expect(new Set(topics).size).toBe(topics.length);
    expect(topics).toContain("Engaging Azure hardware leadership via sponsorship");
    expect(topics).toContain("Supercomputing conference coordination and intros");
  });

  test("Recent Context: each entry once, newest first", () => {
    const dates = bodyListItems(section("Recent Context").body).map((item) => item.lines[0]!.slice(2, 12));
    expect(dates).toEqual(["2025-10-30", "2025-10-28", "2025-10-27"]);
  });

  test("front matter: the duplicate's name is an alias, last_contact the later date in the survivor's quotes", () => {
    const data = parse(merged.text.split("---\n")[1]!) as Record<string, unknown>;
    expect(data.aliases).toEqual(["Ronnie Borker"]);
    expect(merged.text).toContain("last_contact: '2025-10-30'\n");
    expect(merged.text).toContain("created: '2026-01-03'\n");
    expect(data.tags).toEqual(["type/people", "needs-review", "company/microsoft"]);
    expect(data.merged_values).toBeUndefined();
  });

  test("Contact Information Role keeps both known values, the survivor's first", () => {
    expect(merged.text).toContain("| **Role** | Owns chassis/layout/storage placement decisions for Apollo deployments; Runs Azure hardware |\n");
    expect(merged.report.counts.conflicts).toBe(3);
  });

  test("nothing set aside: every block of Borker's note has a place in Booker's", () => {
    expect(merged.text).not.toContain("## Merged from");
    expect(merged.report.counts.leftovers).toBe(0);
  });

  test("the survivor's title, H1, dataview queries and final-newline convention stay", () => {
    expect(merged.text).toContain("\n# Ronnie Booker\n");
    expect(merged.text).toContain('contains(text, "Ronnie Booker")');
    expect(merged.text).not.toContain("RonnieBorker");
    expect(merged.text.endsWith("*Last updated: *")).toBe(true);
  });

  test("Booker consolidated alone: 18 facts in one list, topics in one paragraph", () => {
    const consolidated = consolidateKeyFacts(survivor.text);
    expect(consolidated.folded).toBe(0);
    expect(countKeyFacts(survivor.path, consolidated.text)).toBe(18);
    // Merging Borker into the consolidated note gives the same note as merging into the original.
    expect(mergeNotes({ ...survivor, text: consolidated.text }, duplicate).text).toBe(merged.text);
  });
});
