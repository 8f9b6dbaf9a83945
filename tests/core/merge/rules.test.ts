import { describe, expect, test } from "vitest";
import { consolidateKeyFacts, mergeNotes } from "../../../src/core/merge";
import { readGolden } from "./golden";

/** Edge cases of the merge rules that the golden pairs do not show. */

const note = (path: string, text: string) => ({ path, text });

describe("sections", () => {
  test("a second Key Facts section at the very end folds into the first; the note keeps ending without a line break", () => {
    const text = "# A\n\n## Key Facts\n\n- One\n\n## Notes\n\nx\n\n## Key Facts\n\n- Two\n- One.";
    expect(consolidateKeyFacts(text)).toMatchObject({ text: "# A\n\n## Key Facts\n\n- One\n- Two\n\n## Notes\n\nx", folded: 1 });
  });

  test("sections match by heading whatever their case and spacing", () => {
    const merged = mergeNotes(note("People/A.md", "## Key  facts\n\n- One\n"), note("People/B.md", "## KEY FACTS\n\n- Two\n")).text;
    expect(merged).toBe("---\naliases:\n  - B\n---\n## Key  facts\n\n- One\n- Two\n");
  });

  test("numbered items and task items are facts too; a checked and an open task are different facts", () => {
    const merged = mergeNotes(
      note("People/A.md", "## Key Facts\n\n1. One\n- [ ] Call Dana\n"),
      note("People/B.md", "## Key Facts\n\n2. One.\n- [x] Call Dana\n"),
    ).text;
    expect(merged).toContain("## Key Facts\n\n1. One\n- [ ] Call Dana\n- [x] Call Dana\n");
  });

  test("an empty section takes the duplicate's list under its heading", () => {
    const merged = mergeNotes(note("People/A.md", "## Related\n\n\n\n## Next\n\nx\n"), note("People/B.md", "## Related\n\n- [[C]]\n")).text;
    expect(merged).toContain("## Related\n\n- [[C]]\n\n\n## Next\n");
  });

  test("leftovers of a later merge join the existing Merged from section under their heading", () => {
    const survivor = note("People/A.md", "## Relationship\n\nWeekly.\n");
    const first = mergeNotes(survivor, note("People/B.md", "## Relationship\n\nMet at SC.\n")).text;
    const second = mergeNotes({ ...survivor, text: first }, note("People/B.md", "Preamble line.\n\n## Relationship\n\nMet at SC.\n\nIntroduced by Kurt.\n")).text;
    expect(second).toBe(
      "---\naliases:\n  - B\n---\n## Relationship\n\nWeekly.\n\n## Merged from B\n\nPreamble line.\n\n### Relationship\n\nMet at SC.\n\nIntroduced by Kurt.\n",
    );
  });

  test("an unclosed fence in a callout ends with the callout: the facts after it are still facts", () => {
    const text = "## Key Facts\n\n> ```\n> code\n- One\n\n## Key Facts\n\n- Two\n- One.";
    expect(consolidateKeyFacts(text)).toMatchObject({ text: "## Key Facts\n\n> ```\n> code\n- One\n- Two", folded: 1 });
  });

  test("a code block that differs in more than the person's name is set aside, not dropped", () => {
    const merged = mergeNotes(
      note("People/Ann.md", "## Open Tasks\n\n```dataview\nTASK WHERE contains(text, \"Ann\")\n```\n"),
      note("People/Anne.md", "## Open Tasks\n\n```dataview\nTASK WHERE contains(text, \"Anne\") AND !completed\n```\n"),
    ).text;
    expect(merged).toContain("## Merged from Anne\n\n### Open Tasks\n\n```dataview\nTASK WHERE contains(text, \"Anne\") AND !completed\n```\n");
  });
});

describe("line endings and encoding", () => {
  test("a CRLF duplicate with a BOM merges into an LF survivor as LF without a BOM", () => {
    const merged = mergeNotes(note("People/A.md", "Just text\n"), note("People/B.md", "\uFEFF---\r\ntitle: Bee\r\n---\r\n# Bee\r\n\r\n## Key Facts\r\n\r\n- X\r\n")).text;
    expect(merged).toBe("---\naliases:\n  - Bee\n  - B\n---\nJust text\n\n## Key Facts\n\n- X\n");
  });

  test("a CRLF survivor stays CRLF, even where the duplicate's lines come in", () => {
    const merged = mergeNotes(note("People/A.md", "## Key Facts\r\n\r\n- One\r\n"), note("People/B.md", "## Key Facts\n\n- Two\n\n## Notes\n\nx\n")).text;
    expect(merged.replace(/\r\n/g, "")).not.toContain("\n");
    expect(merged).toContain("- One\r\n- Two\r\n\r\n## Notes\r\n\r\nx\r\n");
  });
});

describe("front matter", () => {
  test("a value recorded earlier is never overwritten: the new one gets its own entry", () => {
    const survivor = note("People/A.md", "---\ntitle: A\nmerged_values:\n  company: 'Contoso'\ncompany: Fabrikam\n---\n# A\n");
    const duplicate = note("People/B.md", "---\ncompany: Northwind\nmerged_values:\n  company: Contoso\n---\n# B\n");
    const merged = mergeNotes(survivor, duplicate);
    expect(merged.text).toBe("---\ntitle: A\nmerged_values:\n  company: 'Contoso'\n  company (2): 'Northwind'\ncompany: Fabrikam\naliases:\n  - B\n---\n# A\n");
    expect(merged.report.frontmatter.conflicts).toEqual([{ key: "company", kept: "Fabrikam", recorded: "Northwind", entry: "company (2)" }]);
    expect(mergeNotes({ ...survivor, text: merged.text }, duplicate).text).toBe(merged.text);
  });

  test("a number or boolean only the duplicate has is kept under merged_values, since a new key could only be written as text", () => {
    const merged = mergeNotes(note("People/A.md", "---\ntitle: A\n---\n"), note("People/B.md", "---\nrank: 3\nactive: true\nteam: Storage\n---\n"));
    expect(merged.text).toBe('---\ntitle: A\naliases:\n  - B\nteam: Storage\nmerged_values:\n  rank: "3"\n  active: "true"\n---\n');
  });

  test("dates that are not dates are conflicts, not comparisons", () => {
    const merged = mergeNotes(note("People/A.md", "---\ncreated: sometime\n---\n"), note("People/B.md", "---\ncreated: 2025-01-02\n---\n"));
    expect(merged.report.frontmatter.conflicts).toMatchObject([{ key: "created", kept: "sometime", recorded: "2025-01-02" }]);
  });

  test("an alias spelled like the survivor's own name is not added", () => {
    const merged = mergeNotes(note("People/Ann.md", "---\naliases: [Annie]\n---\n"), note("Archive/Ann.md", "---\naliases: [Annie, Ann]\n---\n"));
    expect(merged.text).toBe("---\naliases: [Annie]\n---\n");
  });
});

describe("queries", () => {
  test("a query that comes over from the duplicate names the survivor", () => {
    const merged = mergeNotes(
      note("People/Ronnie Booker.md", "## Key Facts\n\n- One\n"),
      note("People/Ronnie Borker.md", '---\naliases: [Ronnie]\n---\n## Open Tasks\n\n```dataview\nTASK WHERE contains(text, "Ronnie Borker") OR contains(text, "@RonnieBorker")\n```\n\n```text\nRonnie Borker stays in plain code\n```\n'),
    ).text;
    expect(merged).toContain('## Open Tasks\n\n```dataview\nTASK WHERE contains(text, "Ronnie Booker") OR contains(text, "@RonnieBooker")\n```\n\n```text\nRonnie Borker stays in plain code\n```\n');
  });
});

describe("identical content", () => {
  test("merging a note into a copy of itself adds nothing, byte for byte", () => {
    const mike = readGolden("identical", "survivor.md");
    const merged = mergeNotes(note("People/Mike Kiernan.md", mike), note("Archive/Mike Kiernan.md", mike));
    expect(merged.text).toBe(mike);
    expect(merged.report.sections.every((section) => section.outcome === "unchanged")).toBe(true);
    expect(merged.report.counts).toEqual({ factsKept: 10, duplicatesFolded: 32, conflicts: 0, leftovers: 0 });
  });
});
