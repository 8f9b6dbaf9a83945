import { bodyListItems } from "../list-items";
import { cloneBody, type Block, type SectionBody } from "../blocks";
import { removeBlock } from "../body-edit";
import { sameTextKey } from "../normalize";
import { addBlocks, sortOtherBlocks } from "./absorb";
import { isPlaceholderBlock } from "./block-presence";
import { foldIntoOneList, writeOneList } from "./one-list";
import { emptyResult, type RuleResult, type SectionRule } from "./rule";

/**
 * Topics Discussed: comma-separated topics, each once, in first-seen order, in one paragraph. The survivor's
 * first paragraph keeps its bytes (unless it repeats a topic itself); new topics are appended to it with
 * `, `. Topics written as a list are handled like Key Facts. Tables and code do not fit and are left over.
 */
export const mergeTopics: SectionRule = (survivor, duplicate, context) => {
  const out = cloneBody(survivor);
  const result = emptyResult(out);
  const incoming = duplicate?.blocks.map((placed) => placed.block) ?? [];
  sortOtherBlocks(out, incoming.filter((block) => block.kind === "table" || block.kind === "code"), "leftover", context, result);
  const paragraph = mergeTopicParagraphs(out, incoming.filter(isTopicText), result);
  const items = foldIntoOneList(out, bodyListItems(duplicate), result);
  const newList = writeOneList(out, items);
  const toAdd = [paragraph, newList].filter((block): block is Block => block !== undefined);
  addBlocks(out, toAdd, result.added > 0);
  return result;
};

type TextBlock = Extract<Block, { kind: "text" }>;

function isTopicText(block: Block): block is TextBlock {
  return block.kind === "text" && !isPlaceholderBlock(block);
}

/**
 * Folds every topic paragraph into the first. Returns a new paragraph when the survivor had none and the
 * duplicate brings topics.
 */
function mergeTopicParagraphs(out: SectionBody, incoming: Block[], result: RuleResult): Block | undefined {
  const [firstIndex, ...laterIndexes] = out.blocks.flatMap((placed, index) => (isTopicText(placed.block) ? [index] : []));
  const first = firstIndex === undefined ? undefined : (out.blocks[firstIndex]?.block as TextBlock);
  const seen = new Set<string>();
  const baseLines = first ? firstParagraphLines(first.lines, seen, result) : [];
  const fromSurvivor = newTopics(laterIndexes.map((index) => out.blocks[index]?.block as Block), seen, result);
  const fromDuplicate = newTopics(incoming, seen, result);
  result.added += fromDuplicate.length;
  for (const index of laterIndexes.reverse()) removeBlock(out, index);
  const extra = [...fromSurvivor, ...fromDuplicate];
  if (first) {
    first.lines = appendTopics(baseLines, extra);
    return undefined;
  }
  return extra.length > 0 ? { kind: "text", lines: [extra.join(", ")] } : undefined;
}

/** The topics of the blocks not seen yet (each recorded as seen); repeats count as folded. */
function newTopics(blocks: readonly Block[], seen: Set<string>, result: RuleResult): string[] {
  const found: string[] = [];
  for (const topic of blocks.flatMap(blockTopics)) {
    const key = sameTextKey(topic);
    if (seen.has(key)) result.folded++;
    else {
      seen.add(key);
      found.push(topic);
    }
  }
  return found;
}

/** The first paragraph as written, or rewritten as one line when it names a topic twice. */
function firstParagraphLines(lines: string[], seen: Set<string>, result: RuleResult): string[] {
  const all = lines.flatMap(splitTopics);
  const topics = newTopics([{ kind: "text", lines }], seen, result);
  return topics.length < all.length ? [topics.join(", ")] : [...lines];
}

function appendTopics(lines: string[], extra: string[]): string[] {
  if (extra.length === 0) return lines;
  if (lines.length === 0) return [extra.join(", ")];
  const last = lines.length - 1;
  const head = (lines[last] ?? "").replace(/[\s,]+$/, "");
  return [...lines.slice(0, last), `${head}, ${extra.join(", ")}`];
}

function blockTopics(block: Block): string[] {
  return block.kind === "text" ? block.lines.flatMap(splitTopics) : [];
}

/** Splits a line on commas outside parentheses, brackets and `[[links]]`. */
export function splitTopics(line: string): string[] {
  const topics: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of line) {
    if ("([{".includes(char)) depth++;
    else if (")]}".includes(char)) depth = Math.max(0, depth - 1);
    if (char === "," && depth === 0) {
      topics.push(current);
      current = "";
    } else current += char;
  }
  topics.push(current);
  return topics.map((topic) => topic.trim()).filter((topic) => topic !== "");
}
