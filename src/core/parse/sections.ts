import type { Section } from "../model/types";
import { nextFenceState } from "./fences";
import type { NoteLayout } from "./layout";

/**
 * Splits a note body into `##` sections, keeping each section's exact text and offsets so that a writer can
 * replace one section and leave every other byte as it was. Headings inside fenced code blocks don't count.
 */

const LEVEL_TWO_HEADING = /^##[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*\r?$/;

export function splitSections(text: string, layout: NoteLayout): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: "", line: layout.bodyStartLine, start: layout.bodyStart, end: text.length, text: "" };
  let fence: string | undefined;
  let offset = layout.bodyStart;
  let line = layout.bodyStartLine;
  while (offset < text.length) {
    const newline = text.indexOf("\n", offset);
    const lineEnd = newline === -1 ? text.length : newline + 1;
    const raw = text.slice(offset, lineEnd).replace(/\r?\n$/, "");
    const heading = fence === undefined ? LEVEL_TWO_HEADING.exec(raw) : null;
    fence = nextFenceState(raw, fence);
    if (heading) {
      sections.push(close(current, offset, text));
      current = { heading: (heading[1] ?? "").trim(), line, start: offset, end: text.length, text: "" };
    }
    offset = lineEnd;
    line++;
  }
  sections.push(close(current, text.length, text));
  // A note whose body opens directly with `##` has an empty preamble; drop it so sections map 1:1 to headings.
  return sections.filter((section, index) => index > 0 || section.end > section.start);
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
  for (const raw of sectionContent(section).split("\n")) {
    const line = raw.replace(/\r$/, "");
    const bullet = /^[-*+][ \t]+(.*)$/.exec(line);
    if (bullet) bullets.push(bullet[1] ?? "");
    else if (/^[ \t]+\S/.test(line) && bullets.length > 0) bullets[bullets.length - 1] += "\n" + line;
  }
  return bullets.map((bullet) => bullet.trimEnd());
}
