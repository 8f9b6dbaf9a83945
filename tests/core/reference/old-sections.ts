/**
 * Pre-optimisation implementation (git 8ec6f1d:src/core/parse/sections.ts), kept verbatim as a test oracle for
 * scanners.test.ts: the rewritten scanner in src must give the same output. Only the imports differ, and
 * which lines are code is src's (parse/fences.ts): fences end with their quote or list item since.
 */

import type { Section } from "../../../src/core/model/types";
import { isCodeLine, nextFenceState, type OpenFence } from "../../../src/core/parse/fences";
import type { NoteLayout } from "../../../src/core/parse/layout";

/**
 * Splits a note body into `##` sections, keeping each section's exact text and offsets so that a writer can
 * replace one section and leave every other byte as it was. Headings inside fenced code blocks don't count.
 */

/** `## Heading`: two `#`, then a space or tab. (No regex takes the heading text: see `headingText`.) */
const LEVEL_TWO_HEADING = /^##[ \t]/;

export function splitSections(text: string, layout: NoteLayout): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: "", line: layout.bodyStartLine, start: layout.bodyStart, end: text.length, text: "" };
  let fence: OpenFence | undefined;
  let offset = layout.bodyStart;
  let line = layout.bodyStartLine;
  while (offset < text.length) {
    const newline = text.indexOf("\n", offset);
    const lineEnd = newline === -1 ? text.length : newline + 1;
    const raw = text.slice(offset, lineEnd).replace(/\r?\n$/, "");
    const isHeading = !isCodeLine(raw, fence) && LEVEL_TWO_HEADING.test(raw); // src's fences: a heading can end a quoted fence
    fence = nextFenceState(raw, fence);
    if (isHeading) {
      sections.push(close(current, offset, text));
      current = { heading: headingText(raw), line, start: offset, end: text.length, text: "" };
    }
    offset = lineEnd;
    line++;
  }
  sections.push(close(current, text.length, text));
  // A note whose body opens directly with `##` has an empty preamble; drop it so sections map 1:1 to headings.
  return sections.filter((section, index) => index > 0 || section.end > section.start);
}

/**
 * The text of a `## Heading ##` line without its markers, trimmed; a closing run of `#` counts only after a
 * space or tab (`## C#` keeps its `#`). Done by hand: a regex with a lazy group before optional trailing
 * spaces took time quadratic in a run of spaces, so one long line could stall the whole scan.
 */
function headingText(raw: string): string {
  const text = raw.slice(2).trim();
  let hashes = text.length;
  while (hashes > 0 && text[hashes - 1] === "#") hashes--;
  const closing = hashes < text.length && (hashes === 0 || text[hashes - 1] === " " || text[hashes - 1] === "\t");
  return (closing ? text.slice(0, hashes) : text).trim();
}

function close(section: Section, end: number, text: string): Section {
  return { ...section, end, text: text.slice(section.start, end) };
}

/** The first section with this heading, compared case-insensitively. */
export function findSection(sections: readonly Section[], heading: string): Section | undefined {
  const wanted = heading.toLowerCase();
  return sections.find((section) => section.heading.toLowerCase() === wanted);
}

/** The section's content without its heading line. */
export function sectionContent(section: Section): string {
  if (section.heading === "") return section.text;
  const newline = section.text.indexOf("\n");
  return newline === -1 ? "" : section.text.slice(newline + 1);
}

/** Top-level bullets of a section (`- text`), each with its continuation and child lines, trimmed. */
export function sectionBullets(section: Section): string[] {
  const bullets: string[] = [];
  let fence: OpenFence | undefined;
  for (const raw of sectionContent(section).split("\n")) {
    const line = raw.replace(/\r$/, "");
    const inCode = isCodeLine(line, fence);
    fence = nextFenceState(line, fence);
    // A `- item` inside a code block is code, not a fact (and does not continue the bullet before it).
    if (inCode) continue;
    const bullet = /^[-*+][ \t]+(.*)$/.exec(line);
    if (bullet) bullets.push(bullet[1] ?? "");
    else if (/^[ \t]+\S/.test(line) && bullets.length > 0) bullets[bullets.length - 1] += "\n" + line;
  }
  return bullets.map((bullet) => bullet.trimEnd());
}
