import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { consolidateKeyFacts, mergeNotes } from "../../../src/core/merge";
import { readFrontmatter } from "../../../src/core/parse/frontmatter";
import { noteLayout } from "../../../src/core/parse/layout";
import { splitSections } from "../../../src/core/parse/sections";
import { notePairArbitrary, type GeneratedNote } from "./person-note-arbitraries";
import { itemKeyOf, unplacedLines } from "./placed-lines";

/** Set FC_RUNS to run more (or fewer) cases; on failure fast-check prints the seed and path to replay. */
const numRuns = Number(process.env.FC_RUNS ?? 500);

function merge(survivor: GeneratedNote, duplicate: GeneratedNote) {
  return mergeNotes({ path: survivor.path, text: survivor.text }, { path: duplicate.path, text: duplicate.text });
}

function names(survivor: GeneratedNote, duplicate: GeneratedNote): string[] {
  return [survivor.title, duplicate.title];
}

/** Key Facts items of a text, each with its child lines, read line by line. */
function keyFactItems(text: string): string[][] {
  const items: string[][] = [];
  let inKeyFacts = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^##[ \t]/.test(line)) inKeyFacts = /^##[ \t]+key facts\s*$/i.test(line);
    else if (inKeyFacts && /^[-*+][ \t]/.test(line)) items.push([line]);
    else if (inKeyFacts && /^[ \t]+\S/.test(line) && items.length > 0) items[items.length - 1]?.push(line);
  }
  return items;
}

function withoutLineBreaksAtEnd(sectionText: string, note: string): string {
  return note.endsWith("\n") ? sectionText : sectionText.replace(/(?:\r?\n)+$/, "");
}

const isRich = (item: string[]) => item.length > 1 || /\s\^[A-Za-z0-9-]+\s*$/.test(item[0] ?? "");

describe("merge properties", () => {
  test("every body line of either note has a place in the merged note", () => {
    fc.assert(
      fc.property(notePairArbitrary, ({ survivor, duplicate }) => {
        const merged = merge(survivor, duplicate).text;
        const common = { names: names(survivor, duplicate) };
        expect(unplacedLines(survivor.text, merged, { ...common, isDuplicate: false, dropFooter: false })).toEqual([]);
        expect(unplacedLines(duplicate.text, merged, { ...common, isDuplicate: true, dropFooter: survivor.hasFooter })).toEqual([]);
      }),
      { numRuns },
    );
  });

  test("no Key Fact twice: a repeat is only kept when both carry different children or block ids", () => {
    fc.assert(
      fc.property(notePairArbitrary, ({ survivor, duplicate }) => {
        const items = keyFactItems(merge(survivor, duplicate).text);
        const seen = new Map<string, string[][]>();
        for (const item of items) {
          const same = seen.get(itemKeyOf(item[0] ?? "")) ?? [];
          for (const other of same) {
            expect(isRich(item) && isRich(other), `${item[0]} twice`).toBe(true);
            expect(item.join("\n")).not.toBe(other.join("\n"));
          }
          seen.set(itemKeyOf(item[0] ?? ""), [...same, item]);
        }
      }),
      { numRuns },
    );
  });

  test("merging is idempotent: merging the duplicate again changes nothing", () => {
    fc.assert(
      fc.property(notePairArbitrary, ({ survivor, duplicate }) => {
        const once = merge(survivor, duplicate).text;
        expect(merge({ ...survivor, text: once }, duplicate).text).toBe(once);
      }),
      { numRuns },
    );
  });

  test("the survivor's sections the report calls unchanged keep every byte, in order, as do its preamble and other front matter lines", () => {
    fc.assert(
      fc.property(notePairArbitrary, ({ survivor, duplicate }) => {
        const { text, report } = merge(survivor, duplicate);
        const unchanged = new Set(report.sections.filter((section) => section.outcome === "unchanged").map((section) => section.heading));
        let from = 0;
        for (const section of splitSections(survivor.text, noteLayout(survivor.text))) {
          if (section.heading !== "" && !unchanged.has(section.heading)) continue;
          // The closing `---` and `*Last updated: *` are a part of their own: new sections go above them. And
          // when the note's last section folds into an earlier one, the note still ends as it did (without a
          // line break), so the section now last gives up its trailing line breaks.
          const own = withoutLineBreaksAtEnd(section.text.replace(/---\r?\n\*Last updated: \*(?:\r?\n)?$/, ""), survivor.text);
          const at = text.indexOf(own, from);
          expect(at, `section "${section.heading}" kept`).toBeGreaterThanOrEqual(0);
          from = at + own.length;
        }
        for (const line of survivor.text.split(/\r?\n/).filter((line) => /^(type|title|company):/.test(line))) expect(text).toContain(line);
      }),
      { numRuns },
    );
  });

  test("the front matter still parses, with the duplicate's name as an alias and the later last_contact", () => {
    fc.assert(
      fc.property(notePairArbitrary, ({ survivor, duplicate }) => {
        const { text } = merge(survivor, duplicate);
        const data = readFrontmatter(text, noteLayout(text));
        const span = noteLayout(text).frontmatter;
        expect(span).toBeDefined();
        expect(() => parse(text.slice(span?.contentStart, span?.contentEnd))).not.toThrow();
        expect(data.aliases).toContain(duplicate.title);
        const dates = [survivor.text, duplicate.text].map((note) => /^last_contact: '?([\d-]+)'?/m.exec(note)?.[1]).filter((date) => date !== undefined);
        if (dates.length > 0) expect(String(data.last_contact)).toBe(dates.sort().at(-1));
      }),
      { numRuns },
    );
  });

  test("the survivor's byte order mark, line endings and final-newline convention stay", () => {
    fc.assert(
      fc.property(notePairArbitrary, ({ survivor, duplicate }) => {
        const { text } = merge(survivor, duplicate);
        expect(text.startsWith("\uFEFF")).toBe(survivor.text.startsWith("\uFEFF"));
        expect(text.endsWith("\n")).toBe(survivor.text.endsWith("\n"));
        if (survivor.text.includes("\r\n")) expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
        else expect(text).not.toContain("\r");
      }),
      { numRuns },
    );
  });
});

describe("consolidation properties", () => {
  test("consolidating is idempotent, changes only Key Facts, Topics Discussed and Recent Context, and loses no line", () => {
    fc.assert(
      fc.property(notePairArbitrary, ({ survivor }) => {
        const { text } = consolidateKeyFacts(survivor.text);
        expect(consolidateKeyFacts(text).text).toBe(text);
        const folding = /^(key facts|topics discussed|recent context)$/i;
        const kept = splitSections(survivor.text, noteLayout(survivor.text)).filter((section) => !folding.test(section.heading));
        for (const section of kept) expect(text).toContain(withoutLineBreaksAtEnd(section.text, survivor.text));
        expect(unplacedLines(survivor.text, text, { names: [survivor.title], isDuplicate: false, dropFooter: false })).toEqual([]);
      }),
      { numRuns },
    );
  });
});
