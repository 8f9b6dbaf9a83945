import type { Block, ListBlock, ListItem, SectionBody } from "../blocks";
import { appendBlock, removeBlock, replaceBlock } from "../body-edit";
import { placeItem } from "../list-items";
import { bodyBlocks, isPlaceholderBlock, SaidLines } from "./block-presence";
import { renameInQuery } from "./queries";
import type { MergeContext, RuleResult } from "./rule";

/**
 * The shared steps of the rules: union of list items, taking the duplicate's other blocks in (or setting
 * them aside as leftovers), and letting the survivor's placeholder text give way to real content.
 */

/**
 * Where the duplicate's text and code may go when the survivor's section does not already say it:
 * - `when-missing`: into the section if the survivor has no text (or no code) of that kind there yet, else
 *   to the leftovers (two different paragraphs about a person need a human to reconcile them);
 * - `in-place`: always into the section (undated Recent Context lines);
 * - `leftover`: always to the leftovers (prose inside a Key Facts list does not fit the list).
 */
export type OtherBlockPolicy = "when-missing" | "in-place" | "leftover";

/**
 * Adds the duplicate's items the survivor's lists lack to the section's last list. When the section has no
 * list, returns a new list block for the caller to place.
 */
export function unionListItems(out: SectionBody, incoming: readonly ListItem[], result: RuleResult): Block | undefined {
  const lists = out.blocks.map((placed) => placed.block).filter((block): block is ListBlock => block.kind === "list");
  const refs = lists.flatMap((list) => list.items.map((_, index) => ({ list, index })));
  const working = refs.map(({ list, index }) => list.items[index] as ListItem);
  for (const item of incoming) {
    const placement = placeItem(working, item);
    if (placement === "added") result.added++;
    else result.folded++;
  }
  refs.forEach(({ list, index }, at) => (list.items[index] = working[at] as ListItem));
  const extra = working.slice(refs.length);
  if (extra.length === 0) return undefined;
  const last = lists.at(-1);
  if (last) {
    last.items.push(...extra);
    return undefined;
  }
  return { kind: "list", items: extra };
}

/** Sorts the duplicate's non-list blocks into the section or the leftovers. Returns the blocks to add. */
export function sortOtherBlocks(out: SectionBody, incoming: readonly Block[], policy: OtherBlockPolicy, context: MergeContext, result: RuleResult): Block[] {
  const said = new SaidLines(bodyBlocks(out), context);
  const hasText = out.blocks.some(({ block }) => (block.kind === "text" || block.kind === "table") && !isPlaceholderBlock(block));
  const hasCode = out.blocks.some(({ block }) => block.kind === "code");
  const toAdd: Block[] = [];
  for (const block of incoming) {
    if (block.kind === "list" || isPlaceholderBlock(block) || said.says(block)) continue;
    said.add(block);
    const fits = policy === "in-place" || (policy === "when-missing" && !(block.kind === "code" ? hasCode : hasText));
    if (fits) toAdd.push(renameInQuery(block, context));
    else result.leftovers.push(block);
  }
  return toAdd;
}

/**
 * Adds blocks to the section. When the duplicate brought anything, the survivor's placeholder text gives way:
 * the first placeholder's place takes the new blocks, the other placeholders go.
 */
export function addBlocks(out: SectionBody, blocks: readonly Block[], broughtContent: boolean): void {
  const placeholders = out.blocks.flatMap((placed, index) => (isPlaceholderBlock(placed.block) ? [index] : []));
  if (!broughtContent || placeholders.length === 0) {
    for (const block of blocks) appendBlock(out, block);
    return;
  }
  for (const index of placeholders.slice(1).reverse()) removeBlock(out, index);
  const first = placeholders[0] as number;
  if (blocks.length > 0) replaceBlock(out, first, blocks);
  else removeBlock(out, first);
}

export function otherBlocks(body: SectionBody | undefined): Block[] {
  return (body?.blocks ?? []).map((placed) => placed.block).filter((block) => block.kind !== "list");
}
