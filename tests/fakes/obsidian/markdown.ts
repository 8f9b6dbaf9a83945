/**
 * Computes Obsidian's CachedMetadata from a note's text: front matter (parsed with `yaml`'s core
 * schema, so dates stay strings as in Obsidian), links, embeds, tags, headings, sections and
 * list items, with Obsidian's 0-based line/col/offset positions.
 *
 * It is a line-based reading of Markdown, not a CommonMark parser. Known simplifications:
 * setext headings are not recognised (`---` under text is a thematic break), block ids (`^id`),
 * footnotes and comments (`%%`, `<!-- -->`) are not indexed, and inline code spans and tags are
 * found line by line.
 */
import type * as Obsidian from "obsidian";
import { parseDocument } from "yaml";

interface Line {
  /** 0-based line number. */
  number: number;
  /** The line without its line break (a trailing "\r" is dropped too). */
  text: string;
  /** Offset of the line's first character in the whole note. */
  start: number;
}

export interface FrontmatterBlock {
  /** The YAML between the fences. */
  yaml: string;
  /** Offset of the first YAML character (just after the opening fence's line break). */
  yamlStart: number;
  /** Offset just past the last YAML character. */
  yamlEnd: number;
  /** Offset of the body: just after the closing fence's line break. */
  bodyStart: number;
  position: Obsidian.Pos;
}

type BlockType = "paragraph" | "list" | "table" | "blockquote" | "callout" | "html" | "footnoteDefinition" | "code";

interface OpenBlock {
  type: BlockType;
  startLine: number;
  endLine: number;
  fence?: { marker: string; length: number };
  /** A list stays open across one blank line only if the next line continues it. */
  blankSeen?: boolean;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    lines.push({ number: lines.length, text: raw.endsWith("\r") ? raw.slice(0, -1) : raw, start });
    start += raw.length + 1;
  }
  return lines;
}

function loc(line: Line, col: number): Obsidian.Loc {
  return { line: line.number, col, offset: line.start + col };
}

function linePosition(first: Line, last: Line = first, startCol = 0): Obsidian.Pos {
  return { start: loc(first, startCol), end: loc(last, last.text.length) };
}

/** Obsidian's front matter: a `---` line at the very top, closed by the next `---` line. */
export function findFrontmatter(text: string): FrontmatterBlock | null {
  const lines = splitLines(text);
  const first = lines[0];
  if (!first || first.text.trimEnd() !== "---") return null;
  const closing = lines.slice(1).find((line) => line.text.trimEnd() === "---");
  if (!closing) return null;
  const yamlStart = lines[1]?.start ?? text.length;
  const yamlEnd = Math.max(yamlStart, closing.start - 1);
  return {
    yaml: text.slice(yamlStart, yamlEnd).replace(/\r$/, ""),
    yamlStart,
    yamlEnd,
    bodyStart: Math.min(text.length, closing.start + closing.text.length + (text[closing.start + closing.text.length] === "\r" ? 2 : 1)),
    position: linePosition(first, closing),
  };
}

/**
 * Parses front matter YAML as Obsidian does (YAML 1.2 core schema: `2024-05-01` stays a string).
 * Returns undefined when the YAML is invalid or is not a mapping, where Obsidian has no frontmatter.
 */
export function parseFrontmatterYaml(yaml: string): Record<string, unknown> | undefined {
  const document = parseDocument(yaml, { schema: "core" });
  if (document.errors.length > 0) return undefined;
  const value: unknown = document.toJS();
  return isPlainObject(value) ? value : undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// ---- block structure ----

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const TASK = /^\[(.)\](?:[ \t]|$)/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const BLOCKQUOTE = /^ {0,3}>/;
const CALLOUT = /^ {0,3}>\s*\[![^\]]+\]/;
const HTML_BLOCK = /^ {0,3}<(?:[a-zA-Z][\w-]*|\/|!--)/;
const FOOTNOTE_DEFINITION = /^\[\^[^\]]+\]:/;

function indentOf(text: string): number {
  let width = 0;
  for (const char of text) {
    if (char === " ") width += 1;
    else if (char === "\t") width += 4;
    else break;
  }
  return width;
}

function isClosingFence(text: string, fence: { marker: string; length: number }): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(text);
  return match?.[1] !== undefined && match[1][0] === fence.marker && match[1].length >= fence.length;
}

class MetadataBuilder {
  readonly sections: Obsidian.SectionCache[] = [];
  readonly headings: Obsidian.HeadingCache[] = [];
  readonly listItems: Obsidian.ListItemCache[] = [];
  readonly links: Obsidian.LinkCache[] = [];
  readonly embeds: Obsidian.EmbedCache[] = [];
  readonly tags: Obsidian.TagCache[] = [];
  private open: OpenBlock | null = null;
  /** Enclosing list items (by indent) of the list being read, for ListItemCache.parent. */
  private listStack: { indent: number; line: number }[] = [];
  private listStart = 0;
  private currentItem: Obsidian.ListItemCache | null = null;

  constructor(private readonly lines: Line[]) {}

  read(fromLine: number): void {
    for (const line of this.lines.slice(fromLine)) this.readLine(line);
    this.closeBlock();
  }

  private readLine(line: Line): void {
    const { text } = line;
    const open = this.open;
    if (open?.fence) {
      open.endLine = line.number;
      if (isClosingFence(text, open.fence)) this.closeBlock();
      return;
    }
    if (text.trim() === "") {
      if (open?.type === "list") open.blankSeen = true;
      else this.closeBlock();
      return;
    }
    if (open?.type === "code" && indentOf(text) < 4) this.closeBlock();
    if (open?.type === "list" && open.blankSeen) {
      if (LIST_ITEM.test(text) || indentOf(text) >= 2) open.blankSeen = false;
      else this.closeBlock();
    }
    if (this.readBlockStart(line)) return;
    this.continueOrStartParagraph(line);
  }

  /** Handles a line that starts a block of its own kind; false if it is paragraph-like text. */
  private readBlockStart(line: Line): boolean {
    const { text } = line;
    const fence = FENCE.exec(text)?.[1];
    if (fence) {
      this.startBlock({ type: "code", startLine: line.number, endLine: line.number, fence: { marker: fence[0] ?? "`", length: fence.length } });
      return true;
    }
    const heading = HEADING.exec(text);
    if (heading) {
      this.closeBlock();
      this.sections.push({ type: "heading", position: linePosition(line) });
      this.headings.push({ heading: (heading[2] ?? "").trim(), level: heading[1]?.length ?? 1, position: linePosition(line) });
      this.scanInline(line);
      return true;
    }
    if (THEMATIC_BREAK.test(text)) {
      this.closeBlock();
      this.sections.push({ type: "thematicBreak", position: linePosition(line) });
      return true;
    }
    if (LIST_ITEM.test(text)) {
      this.readListItem(line);
      return true;
    }
    if (this.open?.type === "list" && indentOf(text) > 0) {
      this.extendBlock(line);
      this.scanInline(line);
      return true;
    }
    if (!this.open && indentOf(text) >= 4) {
      this.startBlock({ type: "code", startLine: line.number, endLine: line.number });
      return true;
    }
    return this.readContainerStart(line);
  }

  /** Tables, quotes/callouts, HTML and footnote definitions: blocks that run until a blank line. */
  private readContainerStart(line: Line): boolean {
    const { text } = line;
    const next = this.lines[line.number + 1]?.text ?? "";
    let type: BlockType | null = null;
    if (!this.open && text.includes("|") && TABLE_DELIMITER.test(next) && next.includes("-")) type = "table";
    else if (BLOCKQUOTE.test(text) && this.open?.type !== "blockquote" && this.open?.type !== "callout") {
      type = CALLOUT.test(text) ? "callout" : "blockquote";
    } else if (!this.open && HTML_BLOCK.test(text)) type = "html";
    else if (FOOTNOTE_DEFINITION.test(text)) type = "footnoteDefinition";
    if (!type) return false;
    this.startBlock({ type, startLine: line.number, endLine: line.number });
    if (type !== "html") this.scanInline(line);
    return true;
  }

  private continueOrStartParagraph(line: Line): void {
    if (this.open) this.extendBlock(line);
    else this.startBlock({ type: "paragraph", startLine: line.number, endLine: line.number });
    if (this.open?.type !== "html" && this.open?.type !== "code") this.scanInline(line);
  }

  private readListItem(line: Line): void {
    if (this.open?.type !== "list") {
      this.startBlock({ type: "list", startLine: line.number, endLine: line.number });
      this.listStack = [];
      this.listStart = line.number;
    }
    this.extendBlockTo(line);
    const match = LIST_ITEM.exec(line.text);
    const indentText = match?.[1] ?? "";
    const indent = indentOf(indentText);
    while ((this.listStack[this.listStack.length - 1]?.indent ?? -1) >= indent) this.listStack.pop();
    const parentLine = this.listStack[this.listStack.length - 1]?.line;
    const content = line.text.slice(match?.[0].length ?? 0);
    const item: Obsidian.ListItemCache = {
      // Obsidian: a top-level item's parent is minus the list's first line (`0 - x` avoids -0).
      parent: parentLine ?? 0 - this.listStart,
      position: linePosition(line, line, indentText.length),
    };
    const task = TASK.exec(content)?.[1];
    if (task !== undefined) item.task = task;
    this.listItems.push(item);
    this.currentItem = item;
    this.listStack.push({ indent, line: line.number });
    this.scanInline(line);
  }

  private startBlock(block: OpenBlock): void {
    this.closeBlock();
    this.open = block;
  }

  private extendBlock(line: Line): void {
    this.extendBlockTo(line);
    if (this.open?.type === "list" && this.currentItem) this.currentItem.position.end = loc(line, line.text.length);
  }

  private extendBlockTo(line: Line): void {
    if (this.open) this.open.endLine = line.number;
  }

  private closeBlock(): void {
    const block = this.open;
    if (!block) return;
    const first = this.lines[block.startLine];
    const last = this.lines[block.endLine];
    if (first && last) this.sections.push({ type: block.type, position: linePosition(first, last) });
    this.open = null;
    this.currentItem = null;
  }

  // ---- inline: links, embeds, tags ----

  private scanInline(line: Line): void {
    let masked = maskCodeSpans(line.text);
    masked = this.collectWikilinks(line, masked);
    masked = this.collectMarkdownLinks(line, masked);
    this.collectTags(line, masked);
  }

  private collectWikilinks(line: Line, masked: string): string {
    for (const match of masked.matchAll(WIKILINK)) {
      const original = line.text.slice(match.index, match.index + match[0].length);
      const reference = wikilinkReference(match[2] ?? "", original);
      const position = { start: loc(line, match.index), end: loc(line, match.index + match[0].length) };
      (match[1] ? this.embeds : this.links).push({ ...reference, position });
    }
    return masked.replace(WIKILINK, (text) => MASK.repeat(text.length));
  }

  private collectMarkdownLinks(line: Line, masked: string): string {
    for (const match of masked.matchAll(MARKDOWN_LINK)) {
      const target = (match[3] ?? "").replace(/^<(.*)>$/, "$1");
      if (target === "" || URL_SCHEME.test(target)) continue;
      const original = line.text.slice(match.index, match.index + match[0].length);
      const position = { start: loc(line, match.index), end: loc(line, match.index + match[0].length) };
      const reference = { link: decodeLinkTarget(target), original, displayText: match[2] ?? "" };
      (match[1] ? this.embeds : this.links).push({ ...reference, position });
    }
    return masked.replace(MARKDOWN_LINK, (text) => MASK.repeat(text.length));
  }

  private collectTags(line: Line, masked: string): void {
    for (const match of masked.matchAll(TAG)) {
      const name = match[2] ?? "";
      if (/^\d+$/.test(name)) continue; // "#123" is not a tag in Obsidian
      const start = match.index + (match[1]?.length ?? 0);
      this.tags.push({ tag: `#${name}`, position: { start: loc(line, start), end: loc(line, start + name.length + 1) } });
    }
  }
}

/** Replaces code spans with a character that is neither text nor whitespace, keeping offsets. */
const MASK = "\u0000";
const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const MARKDOWN_LINK = /(!?)\[((?:\\.|[^[\]\\])*)\]\(\s*(<[^<>\n]*>|[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const TAG = /(^|\s)#([\p{L}\p{N}_\-/]+)/gu;

function maskCodeSpans(text: string): string {
  let result = "";
  let index = 0;
  while (index < text.length) {
    const run = /`+/.exec(text.slice(index));
    if (!run) break;
    const open = index + run.index;
    const close = findClosingRun(text, open + run[0].length, run[0].length);
    if (close < 0) {
      result += text.slice(index, open + run[0].length);
      index = open + run[0].length;
      continue;
    }
    const end = close + run[0].length;
    result += text.slice(index, open) + MASK.repeat(end - open);
    index = end;
  }
  return result + text.slice(index);
}

/** The start of the next backtick run of exactly `length` backticks, or -1. */
function findClosingRun(text: string, from: number, length: number): number {
  const pattern = /`+/g;
  pattern.lastIndex = from;
  for (let run = pattern.exec(text); run; run = pattern.exec(text)) {
    if (run[0].length === length) return run.index;
  }
  return -1;
}

/** `[[path#sub|alias]]` → Obsidian's link, original and displayText. */
export function wikilinkReference(inner: string, original: string): Obsidian.Reference {
  const pipe = inner.indexOf("|");
  // In a table a pipe is written `\|`: the backslash belongs to the escape, not the link.
  const target = (pipe >= 0 ? inner.slice(0, pipe) : inner).replace(/\\$/, "").trim();
  const alias = pipe >= 0 ? inner.slice(pipe + 1) : undefined;
  return { link: target, original, displayText: alias ?? defaultDisplayText(target) };
}

/** Obsidian shows `[[Note#Heading]]` as "Note > Heading". */
function defaultDisplayText(link: string): string {
  const [path = "", ...subpaths] = link.split("#");
  return [path, ...subpaths].filter(Boolean).join(" > ");
}

function decodeLinkTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** Wikilinks in front matter string values; the key of a list item is "key.index", of a nested value "key.sub". */
export function frontmatterLinks(frontmatter: Record<string, unknown>): Obsidian.FrontmatterLinkCache[] {
  const found: Obsidian.FrontmatterLinkCache[] = [];
  const visit = (value: unknown, key: string): void => {
    if (typeof value === "string") {
      for (const match of value.matchAll(WIKILINK)) found.push({ key, ...wikilinkReference(match[2] ?? "", match[0]) });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${key}.${index}`));
    } else if (isPlainObject(value)) {
      for (const [subKey, item] of Object.entries(value)) visit(item, `${key}.${subKey}`);
    }
  };
  for (const [key, value] of Object.entries(frontmatter)) visit(value, key);
  return found;
}

/** The metadata Obsidian's cache holds for a note with this text. Empty lists are left out, as in Obsidian. */
export function computeMetadata(text: string): Obsidian.CachedMetadata {
  const lines = splitLines(text);
  const metadata: Obsidian.CachedMetadata = {};
  const builder = new MetadataBuilder(lines);
  const frontmatter = findFrontmatter(text);
  let bodyLine = 0;
  if (frontmatter) {
    metadata.frontmatterPosition = frontmatter.position;
    builder.sections.push({ type: "yaml", position: frontmatter.position });
    bodyLine = frontmatter.position.end.line + 1;
    const data = parseFrontmatterYaml(frontmatter.yaml);
    if (data) {
      metadata.frontmatter = data;
      const links = frontmatterLinks(data);
      if (links.length > 0) metadata.frontmatterLinks = links;
    }
  }
  builder.read(bodyLine);
  const lists = {
    links: builder.links,
    embeds: builder.embeds,
    tags: builder.tags,
    headings: builder.headings,
    sections: builder.sections,
    listItems: builder.listItems,
  };
  for (const [key, list] of Object.entries(lists)) {
    if (list.length > 0) Object.assign(metadata, { [key]: list });
  }
  return metadata;
}
