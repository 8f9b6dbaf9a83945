import { closesFence, leavesFence, openingFence } from "../parse/fences";

/**
 * A section's content as Markdown blocks: lists (of items with their child lines), fenced code, tables and
 * other text. The merge rules work on blocks, then render them back. Each line is kept exactly as written
 * (only its line ending is taken off), and so are the blank lines between blocks, so a section the rules
 * leave as it was renders to the same lines.
 */

export interface ListItem {
  /** The item's own line first, then its indented child lines (and blank lines between them). */
  lines: string[];
}

export type Block =
  | { kind: "list"; items: ListItem[] }
  | { kind: "code"; lines: string[] }
  | { kind: "table"; lines: string[] }
  | { kind: "text"; lines: string[] };

export type ListBlock = Extract<Block, { kind: "list" }>;

export interface PlacedBlock {
  /** The blank lines before the block, as written. */
  gap: string[];
  block: Block;
}

export interface SectionBody {
  blocks: PlacedBlock[];
  /** Blank lines after the last block (all of them when there is no block). */
  trailing: string[];
}

const LIST_MARKER = /^([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TABLE_ROW = /^ {0,3}\|/;

export function isBlank(line: string): boolean {
  return line.trim() === "";
}

/** A top-level list item line (`- x`, `* x`, `1. x`); a thematic break (`- - -`) is not one. */
export function isListLine(line: string): boolean {
  return LIST_MARKER.test(line) && !THEMATIC_BREAK.test(line);
}

export function isThematicBreak(line: string): boolean {
  return THEMATIC_BREAK.test(line);
}

function isIndented(line: string): boolean {
  return /^[ \t]+\S/.test(line);
}

function opensFence(line: string): boolean {
  return openingFence(line) !== undefined;
}

/** Splits content lines (no line endings) into blocks. */
export function parseBody(lines: readonly string[]): SectionBody {
  const blocks: PlacedBlock[] = [];
  let gap: string[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? "";
    if (isBlank(line)) {
      gap.push(line);
      index++;
      continue;
    }
    const read = readBlock(lines, index);
    blocks.push({ gap, block: read.block });
    gap = [];
    index = read.next;
  }
  return { blocks, trailing: gap };
}

interface ReadBlock {
  block: Block;
  next: number;
}

function readBlock(lines: readonly string[], start: number): ReadBlock {
  const line = lines[start] ?? "";
  if (opensFence(line)) return readCode(lines, start);
  if (isListLine(line)) return readList(lines, start);
  if (TABLE_ROW.test(line)) return readWhile(lines, start, "table", (next) => TABLE_ROW.test(next));
  return readWhile(lines, start, "text", (next) => !isBlank(next) && !isListLine(next) && !opensFence(next) && !TABLE_ROW.test(next));
}

/** From the opening fence to the closing one, or to the end of the quote or list item the fence is in. */
function readCode(lines: readonly string[], start: number): ReadBlock {
  const fence = openingFence(lines[start] ?? "");
  let index = start + 1;
  while (fence && index < lines.length && !leavesFence(lines[index] ?? "", fence)) {
    if (closesFence(lines[index++] ?? "", fence)) break;
  }
  return { block: { kind: "code", lines: lines.slice(start, index) }, next: index };
}

function readWhile(lines: readonly string[], start: number, kind: "table" | "text", continues: (line: string) => boolean): ReadBlock {
  let index = start + 1;
  while (index < lines.length && continues(lines[index] ?? "")) index++;
  return { block: { kind, lines: lines.slice(start, index) }, next: index };
}

function readList(lines: readonly string[], start: number): ReadBlock {
  const items: ListItem[] = [];
  let index = start;
  while (index < lines.length && isListLine(lines[index] ?? "")) {
    const end = itemEnd(lines, index + 1);
    items.push({ lines: lines.slice(index, end) });
    index = end;
  }
  return { block: { kind: "list", items }, next: index };
}

/** Child lines are indented; blank lines belong to the item only when an indented line follows them. */
function itemEnd(lines: readonly string[], from: number): number {
  let index = from;
  while (index < lines.length) {
    const line = lines[index] ?? "";
    if (isIndented(line)) {
      index++;
      continue;
    }
    if (!isBlank(line)) break;
    let next = index;
    while (next < lines.length && isBlank(lines[next] ?? "")) next++;
    if (next >= lines.length || !isIndented(lines[next] ?? "")) break;
    index = next;
  }
  return index;
}

export function blockLines(block: Block): string[] {
  return block.kind === "list" ? block.items.flatMap((item) => item.lines) : block.lines;
}

export function renderBody(body: SectionBody): string[] {
  const lines: string[] = [];
  for (const placed of body.blocks) lines.push(...placed.gap, ...blockLines(placed.block));
  lines.push(...body.trailing);
  return lines;
}

export function cloneBody(body: SectionBody): SectionBody {
  return { blocks: body.blocks.map((placed) => ({ gap: [...placed.gap], block: cloneBlock(placed.block) })), trailing: [...body.trailing] };
}

export function cloneBlock(block: Block): Block {
  if (block.kind === "list") return { kind: "list", items: block.items.map((item) => ({ lines: [...item.lines] })) };
  return { kind: block.kind, lines: [...block.lines] };
}

export const EMPTY_BODY: SectionBody = { blocks: [], trailing: [] };

/**
 * The bodies' blocks in one, as if the sections were one (a note with two `## Key Facts`): the first body's
 * spacing above and below, one blank line where the others join.
 */
export function concatBodies(bodies: readonly SectionBody[]): SectionBody {
  const blocks: PlacedBlock[] = [];
  for (const body of bodies) {
    body.blocks.forEach((placed, index) => blocks.push({ gap: index === 0 && blocks.length > 0 ? [""] : placed.gap, block: placed.block }));
  }
  return { blocks, trailing: bodies[0]?.trailing ?? [] };
}
