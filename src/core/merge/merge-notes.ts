import { mergeFrontmatter } from "./frontmatter-merge";
import { bodyListItems } from "./list-items";
import { mergeBodies } from "./merge-body";
import { readNoteParts } from "./note-parts";
import type { MergeReport, SectionReport } from "./report";
import { ruleNameFor } from "./rules";

/**
 * Merges a duplicate person note into the survivor, without losing what either said: the body section by
 * section (see rules/), what fits no rule under `## Merged from <duplicate>`, then the front matter key by
 * key. The survivor's `# Title`, preamble, line endings, byte order mark and final-newline convention stay.
 * Pure: returns the survivor's new text; links and the duplicate's file are `planMerge`'s business.
 *
 * Throws `FrontmatterReadError` / `FrontmatterEditError` when either note's front matter cannot be read or
 * edited safely; nothing is merged then.
 */

export interface NoteText {
  path: string;
  text: string;
}

export function mergeNotes(survivor: NoteText, duplicate: NoteText): { text: string; report: MergeReport } {
  const survivorParts = readNoteParts(survivor.path, survivor.text);
  const duplicateParts = readNoteParts(duplicate.path, duplicate.text);
  const body = mergeBodies({ survivor: survivorParts, duplicate: duplicateParts });
  const frontmatter = mergeFrontmatter(body.text, survivorParts, duplicateParts);
  const report: MergeReport = {
    survivor: survivor.path,
    duplicate: duplicate.path,
    sections: body.sections,
    frontmatter: frontmatter.report,
    counts: {
      factsKept: countKeyFacts(survivor.path, frontmatter.text),
      duplicatesFolded: sum(body.sections, (section) => section.folded),
      conflicts: frontmatter.report.conflicts.length + sum(body.sections, (section) => section.conflicts.length),
      leftovers: sum(body.sections.filter((section) => section.outcome === "merged-from"), (section) => section.added),
    },
  };
  return { text: frontmatter.text, report };
}

function sum(sections: readonly SectionReport[], count: (section: SectionReport) => number): number {
  return sections.reduce((total, section) => total + count(section), 0);
}

/** List items in the note's Key Facts section(s). */
export function countKeyFacts(path: string, text: string): number {
  const parts = readNoteParts(path, text, { bodyOnly: true });
  return parts.sections.filter((part) => ruleNameFor(part.heading) === "key-facts").reduce((total, part) => total + bodyListItems(part.body).length, 0);
}
