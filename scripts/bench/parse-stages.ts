/**
 * Where parseNote's time goes, stage by stage, on texts in memory (no I/O): each stage is timed over the
 * same notes with its inputs prepared beforehand. Timed apart, the stages add up to roughly the whole parse
 * (toLinkRefs lays the note out again and builds its own line index, so its share includes that).
 */
import { findBodyLinks } from "../../src/core/links/body-links";
import { toLinkRefs } from "../../src/core/links/find-links";
import { findFrontmatterLinks } from "../../src/core/links/frontmatter-links";
import { LineIndex } from "../../src/core/links/line-index";
import { readFrontmatter } from "../../src/core/parse/frontmatter";
import { noteLayout, type NoteLayout } from "../../src/core/parse/layout";
import { frontmatterKeyLine, parseNote, readBodyFacts } from "../../src/core/parse/note";
import { buildRecord } from "../../src/core/parse/record";
import { splitSections } from "../../src/core/parse/sections";
import type { Section } from "../../src/core/model/types";
import type { Settings } from "../../src/core/settings/settings";
import { median } from "./measure";

export interface Stage {
  name: string;
  /** Median over runs of the CPU time for all notes. */
  ms: number;
  /** Share of parseNote's total. */
  share: number;
}

export function parseStages(entries: readonly (readonly [string, string])[], settings: Settings, runs = 3): { notes: number; stages: Stage[] } {
  const texts = entries.map(([, text]) => text);
  const layouts: NoteLayout[] = texts.map((text) => noteLayout(text));
  const sections: Section[][] = texts.map((text, index) => splitSections(text, layouts[index] as NoteLayout));
  const lines = texts.map((text) => new LineIndex(text));
  const records = texts.map((text, index) => {
    const layout = layouts[index] as NoteLayout;
    return {
      path: entries[index]?.[0] ?? "",
      frontmatter: readFrontmatter(text, layout),
      links: toLinkRefs(text),
      ...readBodyFacts(text, { layout, sections: sections[index] ?? [] }),
      keyLine: (key: string) => frontmatterKeyLine(text, layout, key),
    };
  });
  let sink = 0;
  /** Median CPU time of one pass over every note: stages are pure computation, and CPU time is steadier on a busy machine. */
  const timed = (work: (text: string, index: number) => unknown): number => {
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = process.cpuUsage();
      texts.forEach((text, index) => {
        if (work(text, index) !== undefined) sink++;
      });
      const used = process.cpuUsage(start);
      samples.push((used.user + used.system) / 1000);
    }
    return median(samples);
  };
  const layoutOf = (index: number) => layouts[index] as NoteLayout;
  const total = timed((text, index) => parseNote(entries[index]?.[0] ?? "", text, settings));
  const measured: [string, number][] = [
    ["noteLayout (fences, line endings)", timed((text) => noteLayout(text))],
    ["front matter: readFrontmatter (line reader; gray-matter when it declines)", timed((text, index) => readFrontmatter(text, layoutOf(index)))],
    ["splitSections", timed((text, index) => splitSections(text, layoutOf(index)))],
    ["readBodyFacts (tables, Collaborators, parseTasks)", timed((text, index) => readBodyFacts(text, { layout: layoutOf(index), sections: sections[index] ?? [] }))],
    ["toLinkRefs (all links)", timed((text, index) => toLinkRefs(text, layoutOf(index)))],
    [
      "  of which front matter links (line lexer, syntax tree when it declines)",
      timed((text, index) => {
        const span = layoutOf(index).frontmatter;
        return span ? findFrontmatterLinks(text, span.contentStart, span.contentEnd, lines[index] as LineIndex) : [];
      }),
    ],
    ["  of which body links (code regions, bracket pairs)", timed((text, index) => findBodyLinks(text, layoutOf(index).bodyStart, lines[index] as LineIndex))],
  ];
  measured.push(["buildRecord (zod fields, record)", timed((_, index) => buildRecord(records[index] as (typeof records)[number], settings))]);
  const stages = [["parseNote (total)", total] as [string, number], ...measured].map(([name, ms]) => ({ name, ms, share: ms / total }));
  if (sink < 0) throw new Error("unreachable");
  return { notes: texts.length, stages };
}
