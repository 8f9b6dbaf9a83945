import { blockLines, isBlank, type Block, type SectionBody } from "../blocks";
import { nameNeutral, sameTextKey } from "../normalize";
import type { MergeContext } from "./rule";

/**
 * Whether the survivor already says what a block of the duplicate says. Text counts line by line (each line
 * somewhere in the survivor, compared as facts are); a code block counts whole, with the person's names
 * neutralised, so the duplicate's `contains(text, "Ronnie Borker")` query is the survivor's own.
 */

export class SaidLines {
  private readonly lines = new Set<string>();
  private readonly code = new Set<string>();

  constructor(
    blocks: Iterable<Block>,
    private readonly context: MergeContext,
  ) {
    for (const block of blocks) this.add(block);
  }

  add(block: Block): void {
    if (block.kind === "code") this.code.add(this.codeKey(block));
    for (const line of blockLines(block)) if (!isBlank(line)) this.lines.add(lineKey(line));
  }

  says(block: Block): boolean {
    if (block.kind === "code") return this.code.has(this.codeKey(block));
    return blockLines(block).every((line) => isBlank(line) || this.lines.has(lineKey(line)));
  }

  private codeKey(block: Block): string {
    return nameNeutral(blockLines(block).map((line) => line.trimEnd()).join("\n"), this.context.names);
  }
}

function lineKey(line: string): string {
  return sameTextKey(line);
}

export function bodyBlocks(body: SectionBody): Block[] {
  return body.blocks.map((placed) => placed.block);
}

/** A line in italics standing alone, as templates leave them: `_How do you work with this person?_`. */
export function isPlaceholderLine(line: string): boolean {
  return /^_[^_](?:.*[^_])?_$/.test(line.trim());
}

export function isPlaceholderBlock(block: Block): boolean {
  return block.kind === "text" && block.lines.every(isPlaceholderLine);
}
