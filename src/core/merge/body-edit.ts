import type { Block, SectionBody } from "./blocks";

/**
 * Adding and removing blocks in a section body while keeping its spacing: the blank lines before the first
 * block and after the last stay where they were, and a new block is set off by one blank line.
 */

/** Appends a block at the end of the body, one blank line after the block before it. */
export function appendBlock(body: SectionBody, block: Block): void {
  if (body.blocks.length > 0) {
    body.blocks.push({ gap: [""], block });
    return;
  }
  // An empty section: the block goes one blank line under the heading; the blank lines that were there
  // stay after it, less the one now above it.
  body.blocks.push({ gap: [""], block });
  if (body.trailing.length > 1) body.trailing = body.trailing.slice(1);
}

/** Removes a block; the block after it takes over its blank lines when it was the first. */
export function removeBlock(body: SectionBody, index: number): void {
  const [removed] = body.blocks.splice(index, 1);
  if (!removed) return;
  const next = body.blocks[index];
  if (index === 0 && next) next.gap = removed.gap;
  else if (index === 0 && !next) body.trailing = [...removed.gap, ...body.trailing];
}

/** Puts blocks where one block was: the first takes its blank lines, the others one blank line each. */
export function replaceBlock(body: SectionBody, index: number, blocks: readonly Block[]): void {
  const removed = body.blocks[index];
  if (!removed) return;
  const placed = blocks.map((block, at) => ({ gap: at === 0 ? removed.gap : [""], block }));
  body.blocks.splice(index, 1, ...placed);
}

/** Inserts a block before the block at `index`, which keeps one blank line above it. */
export function insertBlock(body: SectionBody, index: number, block: Block): void {
  const displaced = body.blocks[index];
  if (!displaced) {
    appendBlock(body, block);
    return;
  }
  body.blocks.splice(index, 0, { gap: displaced.gap, block });
  displaced.gap = [""];
}
