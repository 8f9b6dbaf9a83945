import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findBodyLinks } from "../../../src/core/links/body-links";
import { pairBrackets, type BracketPairs } from "../../../src/core/links/bracket-pairs";
import { findCodeRegions } from "../../../src/core/links/code-regions";
import { findLinks, toLinkRefs } from "../../../src/core/links/find-links";
import { LineIndex } from "../../../src/core/links/line-index";
import { SortedRanges } from "../../../src/core/links/text-range";
import type { Section } from "../../../src/core/model/types";
import { tableCells, tableFields } from "../../../src/core/parse/body-facts";
import { noteLayout } from "../../../src/core/parse/layout";
import { splitSections } from "../../../src/core/parse/sections";
import { parseTasks } from "../../../src/core/parse/tasks";
import * as oldBodyFacts from "./old-body-facts";
import * as oldBodyLinks from "./old-body-links";
import * as oldBrackets from "./old-bracket-pairs";
import * as oldCode from "./old-code-regions";
import * as oldFindLinks from "./old-find-links";
import * as oldSections from "./old-sections";
import * as oldTasks from "./old-tasks";
import { noteTexts } from "./note-texts";

/**
 * Differential properties: each scanner rewritten for speed (06ea56b, 71dd447) gives exactly what its
 * pre-optimisation version (8ec6f1d, copied to ./old-*.ts) gives, on generated note texts.
 */

const numRuns = Math.max(1000, Number(process.env.FC_RUNS ?? 0));
const timeout = Math.max(60_000, numRuns * 60);

/** A result, or the error it threw: a scanner that throws where the other returns is a difference too. */
function outcome<T>(run: () => T): { value: T } | { error: string } {
  try {
    return { value: run() };
  } catch (error) {
    return { error: String(error) };
  }
}

/** Maps as entry lists, order included: the front matter scan iterates `wikilinks` in insertion order. */
function pairsAsEntries(pairs: BracketPairs) {
  return { wikilinks: [...pairs.wikilinks], brackets: [...pairs.brackets] };
}

/** A note, with two arbitrary offsets into it for the scanners that take a range. */
const noteWithOffsets = fc.tuple(noteTexts, fc.nat(), fc.nat()).map(([text, a, b]) => {
  const x = a % (text.length + 1);
  const y = b % (text.length + 1);
  return { text, from: Math.min(x, y), to: Math.max(x, y) };
});

describe("rewritten scanners agree with their pre-optimisation versions", () => {
  it(
    "pairBrackets",
    () => {
      fc.assert(
        fc.property(noteWithOffsets, ({ text, from, to }) => {
          const { bodyStart } = noteLayout(text);
          const code = new SortedRanges(findCodeRegions(text, bodyStart));
          const calls: [number, number, SortedRanges | undefined][] = [
            [0, text.length, undefined],
            [bodyStart, text.length, code],
            [from, to, undefined],
            [from, to, code],
          ];
          for (const [start, end, ranges] of calls) {
            const fresh = outcome(() => pairsAsEntries(pairBrackets(text, start, end, ranges)));
            const old = outcome(() => pairsAsEntries(oldBrackets.pairBrackets(text, start, end, ranges)));
            expect(fresh, `pairBrackets(text, ${start}, ${end}, ${ranges ? "code" : "no code"})`).toEqual(old);
          }
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    "findCodeRegions",
    () => {
      fc.assert(
        fc.property(noteWithOffsets, ({ text, from }) => {
          for (const start of [noteLayout(text).bodyStart, 0, from]) {
            expect(outcome(() => findCodeRegions(text, start)), `findCodeRegions(text, ${start})`).toEqual(outcome(() => oldCode.findCodeRegions(text, start)));
          }
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    "findBodyLinks",
    () => {
      fc.assert(
        fc.property(noteWithOffsets, ({ text, from }) => {
          const lines = new LineIndex(text);
          for (const start of [noteLayout(text).bodyStart, from]) {
            const fresh = outcome(() => findBodyLinks(text, start, lines));
            expect(fresh, `findBodyLinks(text, ${start})`).toEqual(outcome(() => oldBodyLinks.findBodyLinks(text, start, lines)));
          }
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    "findLinks and toLinkRefs",
    () => {
      fc.assert(
        fc.property(noteTexts, (text) => {
          const layout = noteLayout(text);
          const oldLinks = outcome(() => oldFindLinks.findLinks(text));
          expect(outcome(() => findLinks(text)), "findLinks(text)").toEqual(oldLinks);
          expect(outcome(() => findLinks(text, layout)), "findLinks(text, layout)").toEqual(oldLinks);
          const oldRefs = outcome(() => oldFindLinks.toLinkRefs(text));
          expect(outcome(() => toLinkRefs(text)), "toLinkRefs(text)").toEqual(oldRefs);
          expect(outcome(() => toLinkRefs(text, layout)), "toLinkRefs(text, layout)").toEqual(oldRefs);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    "splitSections",
    () => {
      fc.assert(
        fc.property(noteTexts, (text) => {
          const layout = noteLayout(text);
          expect(outcome(() => splitSections(text, layout))).toEqual(outcome(() => oldSections.splitSections(text, layout)));
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    "parseTasks (a BOM before a body without front matter handed to the old version as already skipped)",
    () => {
      fc.assert(
        fc.property(noteTexts, (text) => {
          const layout = noteLayout(text);
          // The one intended difference (see the example below): the new scan starts past the BOM.
          const oldInput = layout.hasBom && !layout.frontmatter ? text.slice(1) : text;
          const old = outcome(() => oldTasks.parseTasks(oldInput));
          expect(outcome(() => parseTasks(text)), "parseTasks(text)").toEqual(old);
          expect(outcome(() => parseTasks(text, layout)), "parseTasks(text, layout)").toEqual(old);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    "tableCells and tableFields",
    () => {
      fc.assert(
        fc.property(noteTexts, (text) => {
          for (const line of text.split("\n")) {
            expect(outcome(() => tableCells(line)), `tableCells(${JSON.stringify(line)})`).toEqual(outcome(() => oldBodyFacts.tableCells(line)));
          }
          const layout = noteLayout(text);
          const wholeBody: Section = { heading: "", line: layout.bodyStartLine, start: layout.bodyStart, end: text.length, text: text.slice(layout.bodyStart) };
          for (const section of [undefined, wholeBody, ...splitSections(text, layout)]) {
            const fresh = outcome(() => [...tableFields(section)]);
            expect(fresh, `tableFields(${JSON.stringify(section?.heading)})`).toEqual(outcome(() => [...oldBodyFacts.tableFields(section)]));
            // Asked for some fields only (as a person's Contact Information is), the same rows the old version read for those fields.
            const wanted = ["company", "role"];
            const oldWanted = outcome(() => [...oldBodyFacts.tableFields(section)].filter(([name]) => wanted.includes(name)));
            expect(outcome(() => [...tableFields(section, wanted)]), `tableFields(${JSON.stringify(section?.heading)}, wanted)`).toEqual(oldWanted);
          }
        }),
        { numRuns },
      );
    },
    timeout,
  );
});

describe("a task on a last line ending in a lone CR (a mismatch the property found, fixed in be99886)", () => {
  // The old scan split on "\n" and dropped a trailing "\r" from every line; the rewrite first dropped only
  // "\r\n"/"\n", so a last line ending in a lone "\r" kept it, and TASK_LINE's `(.*)$` (`.` stops at "\r") failed.
  it.each(["- [ ] \r", "- [ ] Call Ann 📅 2025-11-15\r", "intro\n- [x] Done\r"])("parseTasks(%j) as before", (text) => {
    expect(parseTasks(text)).toEqual(oldTasks.parseTasks(text));
  });
});

describe("the intended difference in calendar days: 29 February of year 0000", () => {
  // The old check asked date-fns about `new Date(0, 1, 1)`, which JavaScript reads as February 1900 (no leap
  // day). Calendar arithmetic follows the proleptic Gregorian calendar, where year 0 is a leap year.
  it("is now a due date", () => {
    expect(parseTasks("- [ ] a 📅 0000-02-29")).toEqual([{ done: false, text: "a", owners: [], due: "0000-02-29", line: 1 }]);
  });
});

describe("the intended difference: a task on the first line after a BOM", () => {
  const text = "\ufeff- [ ] Call Ann @Ann 📅 2025-11-15 ⏫\n- [x] Done\n";

  it("is read by the new parseTasks and was missed by the old one", () => {
    expect(parseTasks(text)).toEqual([
      { done: false, text: "Call Ann", owners: ["Ann"], due: "2025-11-15", priority: "high", line: 1 },
      { done: true, text: "Done", owners: [], line: 2 },
    ]);
    expect(oldTasks.parseTasks(text)).toEqual([{ done: true, text: "Done", owners: [], line: 2 }]);
  });

  it("matches the old version once the BOM is taken away", () => {
    expect(parseTasks(text)).toEqual(oldTasks.parseTasks(text.slice(1)));
  });
});

describe("the generator reaches the constructs the scanners care about", () => {
  /** Whether some `[[` has both a backtick and a line break within `reach` characters. */
  function wikilinkNearBacktickAndNewline(text: string, reach = 8): boolean {
    for (let at = text.indexOf("[["); at !== -1; at = text.indexOf("[[", at + 1)) {
      const around = text.slice(Math.max(0, at - reach), at + 2 + reach);
      if (around.includes("`") && /[\r\n]/.test(around)) return true;
    }
    return false;
  }

  const FENCED = /^[ \t>]*(`{3,}|~{3,})/;

  /** Whether a fenced block's last line (not its first) is a closing fence: roughly, the block was closed. */
  function closedByItsLastLine(block: string): boolean {
    const lines = block.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    return lines.length > 1 && /^[ \t>]*(`{3,}|~{3,})[ \t]*\r?$/.test(lines[lines.length - 1] ?? "");
  }
  const TASKLIKE = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[.\]/m;

  it("often enough for the properties above not to be vacuous", () => {
    const samples = fc.sample(noteTexts, { numRuns: 1000, seed: 20251115 });
    const counts: Record<string, number> = {};
    const count = (name: string, hit: boolean) => {
      counts[name] = (counts[name] ?? 0) + (hit ? 1 : 0);
    };
    for (const text of samples) {
      const layout = noteLayout(text);
      const regions = findCodeRegions(text, layout.bodyStart);
      const code = new SortedRanges(regions);
      const links = findLinks(text, layout);
      const body = links.filter((link) => !link.inFrontmatter);
      const wikilinkOpeners = [...text.matchAll(/\[\[/g)].map((match) => match.index).filter((at) => at >= layout.bodyStart);
      const fenced = regions.filter((region) => FENCED.test(text.slice(region.start, region.end)));
      const sections = splitSections(text, layout);
      const tasks = parseTasks(text, layout);
      count("body link outside code", body.length > 0);
      count("[[ inside code", wikilinkOpeners.some((at) => code.containing(at)));
      count("[[ inside and a link outside code", body.length > 0 && wikilinkOpeners.some((at) => code.containing(at)));
      count("[[ near a backtick and a line break", wikilinkNearBacktickAndNewline(text));
      count("markdown link", body.some((link) => link.form === "markdown"));
      count("embed", body.some((link) => link.form === "embed" || link.markdownEmbed === true));
      count("inline code span", regions.some((region) => !FENCED.test(text.slice(region.start, region.end))));
      count("fenced block", fenced.length > 0);
      count("fenced block closed", fenced.some((region) => closedByItsLastLine(text.slice(region.start, region.end))));
      count("fence left open to the end", fenced.some((region) => region.end === text.length && !closedByItsLastLine(text.slice(region.start, region.end))));
      count("task", tasks.length > 0);
      count("task with due date and owner", tasks.some((task) => task.due !== undefined && task.owners.length > 0));
      count("task-like line inside a fence", fenced.some((region) => TASKLIKE.test(text.slice(region.start, region.end))));
      count("one ## section", sections.filter((section) => section.heading !== "").length === 1);
      count("two or more ## sections", sections.filter((section) => section.heading !== "").length >= 2);
      count("table fields", sections.some((section) => tableFields(section).size > 0));
      count("table field company or role", sections.some((section) => tableFields(section, ["company", "role"]).size > 0));
      count("front matter", layout.frontmatter !== undefined);
      count("front matter link", links.some((link) => link.inFrontmatter));
      count("BOM without front matter", layout.hasBom && !layout.frontmatter);
      count("CRLF", text.includes("\r\n"));
      count("lone CR", /\r(?!\n)/.test(text));
      count("ends with a lone CR", text.endsWith("\r"));
      count("whitespace-only line", /(^|\n)[ \t\u00a0]+\r?(\n|$)/.test(text));
    }
    if (process.env.SCANNER_STATS) console.info(counts);
    for (const [name, hits] of Object.entries(counts)) expect(hits, name).toBeGreaterThanOrEqual(30);
    // The combinations the rewrite's shortcuts hinge on, more often still.
    expect(counts["body link outside code"]).toBeGreaterThanOrEqual(500);
    expect(counts["[[ inside code"]).toBeGreaterThanOrEqual(200);
    expect(counts["[[ near a backtick and a line break"]).toBeGreaterThanOrEqual(200);
    expect(counts["fenced block"]).toBeGreaterThanOrEqual(200);
    expect(counts.task).toBeGreaterThanOrEqual(200);
  });
});
