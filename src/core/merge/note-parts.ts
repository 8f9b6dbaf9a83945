import { FrontmatterReadError, readFrontmatter } from "../parse/frontmatter";
import { noteLayout, type LineEnding, type NoteLayout } from "../parse/layout";
import { splitSections } from "../parse/sections";
import { fileNameOf, stripMdExtension } from "../links/vault-paths";
import { isThematicBreak, parseBody, type SectionBody } from "./blocks";

/**
 * A note cut into the parts a merge works on: the preamble before the first `##`, the `##` sections, and a
 * footer (`---` then a line or two, like `*Last updated: *`) that closes the note and is never merged into.
 * Every part knows its offsets in the text, so a merge can replace one part and leave every other byte.
 */

export interface BodyPart {
  /** Empty for the preamble. */
  heading: string;
  /** Offsets of the part in the note text, heading line included. */
  start: number;
  end: number;
  /** The heading line with its line ending, as written; empty for the preamble. */
  headingLine: string;
  body: SectionBody;
  /** Whether the part's text ends with a line break. */
  finalNewline: boolean;
}

export interface NoteParts {
  path: string;
  text: string;
  layout: NoteLayout;
  eol: LineEnding;
  frontmatter: Record<string, unknown>;
  /** Front matter `title`, else the file name. */
  title: string;
  /** Every name the note goes by: title, file name, aliases. */
  names: string[];
  aliases: string[];
  preamble: BodyPart | undefined;
  sections: BodyPart[];
  footer: BodyPart | undefined;
}

/**
 * Reads a note's parts. Front matter that cannot be read throws (a merge must not guess at it), unless the
 * caller only works on the body (consolidation), which then reads it as empty.
 */
export function readNoteParts(path: string, text: string, options: { bodyOnly?: boolean } = {}): NoteParts {
  const layout = noteLayout(text);
  const frontmatter = options.bodyOnly ? readFrontmatterOrNothing(text, layout) : readFrontmatter(text, layout);
  const parts = splitSections(text, layout).map((section) => bodyPart(text, section.heading, section.start, section.end));
  const withFooter = splitFooter(text, parts);
  const first = withFooter.parts[0];
  const preamble = first && first.heading === "" && first.headingLine === "" ? first : undefined;
  const fileName = stripMdExtension(fileNameOf(path));
  const title = typeof frontmatter.title === "string" && frontmatter.title.trim() !== "" ? frontmatter.title.trim() : fileName;
  const aliases = readAliases(frontmatter.aliases);
  return {
    path,
    text,
    layout,
    eol: layout.eol,
    frontmatter,
    title,
    names: [...new Set([title, fileName, ...aliases])],
    aliases,
    preamble,
    sections: preamble ? withFooter.parts.slice(1) : withFooter.parts,
    footer: withFooter.footer,
  };
}

function readFrontmatterOrNothing(text: string, layout: NoteLayout): Record<string, unknown> {
  try {
    return readFrontmatter(text, layout);
  } catch (error) {
    if (error instanceof FrontmatterReadError) return {};
    throw error;
  }
}

function readAliases(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return values.filter((alias): alias is string | number => typeof alias === "string" || typeof alias === "number").map(String).filter((alias) => alias.trim() !== "");
}

export function bodyPart(text: string, heading: string, start: number, end: number, isSection = true): BodyPart {
  const raw = text.slice(start, end);
  const newline = raw.indexOf("\n");
  const hasHeadingLine = isSection && /^##[ \t]/.test(raw);
  const headingLine = hasHeadingLine ? (newline === -1 ? raw : raw.slice(0, newline + 1)) : "";
  const content = raw.slice(headingLine.length);
  const finalNewline = content === "" ? headingLine.endsWith("\n") : content.endsWith("\n");
  return { heading, start, end, headingLine, body: parseBody(contentLines(content)), finalNewline };
}

/** Content lines without their line endings; a last line break does not start another line. */
export function contentLines(content: string): string[] {
  if (content === "") return [];
  return content.replace(/\r?\n$/, "").split(/\r?\n/);
}

/**
 * A footer is a thematic break after a blank line, followed by at most three lines of plain text, at the very
 * end of the note. New sections go above it, so it stays the note's last lines.
 */
function splitFooter(text: string, parts: BodyPart[]): { parts: BodyPart[]; footer: BodyPart | undefined } {
  const last = parts.at(-1);
  if (!last) return { parts, footer: undefined };
  const contentStart = last.start + last.headingLine.length;
  const lines = contentLines(text.slice(contentStart, last.end));
  const breakLine = footerLine(lines);
  if (breakLine === undefined) return { parts, footer: undefined };
  const footerStart = contentStart + lines.slice(0, breakLine).reduce((offset, line) => offset + line.length + lineBreakLength(text, offset + contentStart + line.length), 0);
  const trimmed = bodyPart(text, last.heading, last.start, footerStart, last.headingLine !== "");
  const footer = bodyPart(text, "", footerStart, last.end, false);
  return { parts: [...parts.slice(0, -1), trimmed], footer };
}

function lineBreakLength(text: string, at: number): number {
  return text.startsWith("\r\n", at) ? 2 : 1;
}

function footerLine(lines: string[]): number | undefined {
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index] ?? "";
    if (!isThematicBreak(line)) continue;
    const after = lines.slice(index + 1).filter((next) => next.trim() !== "");
    const plain = after.every((next) => !/^\s*([#|>`~]|[-*+] |\d+[.)] )/.test(next));
    const setOff = index === 0 || (lines[index - 1] ?? "").trim() === "";
    return plain && setOff && after.length <= 3 ? index : undefined;
  }
  return undefined;
}

/** Renders a part back to text in the note's line ending, heading line as written. */
export function renderPart(part: BodyPart, lines: readonly string[], eol: LineEnding): string {
  if (lines.length === 0) return part.headingLine;
  const heading = part.headingLine === "" || part.headingLine.endsWith("\n") ? part.headingLine : part.headingLine + eol;
  return heading + lines.join(eol) + (part.finalNewline ? eol : "");
}
