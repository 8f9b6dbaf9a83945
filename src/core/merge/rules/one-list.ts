import type { Block, ListItem, SectionBody } from "../blocks";
import { removeBlock } from "../body-edit";
import { bodyListItems, placeItem } from "../list-items";
import type { RuleResult } from "./rule";

/**
 * For sections that are one list (Key Facts, Recent Context): every item of the survivor's lists and then of
 * the duplicate's, each fact once, in first-seen order. Lists split by blank lines (a naive earlier merge)
 * become one.
 */
export function foldIntoOneList(out: SectionBody, incoming: readonly ListItem[], result: RuleResult): ListItem[] {
  const list: ListItem[] = [];
  for (const item of bodyListItems(out)) {
    if (placeItem(list, item) !== "added") result.folded++;
  }
  for (const item of incoming) {
    if (placeItem(list, item) === "added") result.added++;
    else result.folded++;
  }
  return list;
}

/**
 * Writes the list into the first list block and removes the others. Returns a new list block when the
 * section had none (the caller places it).
 */
export function writeOneList(out: SectionBody, items: ListItem[]): Block | undefined {
  const listIndexes = out.blocks.flatMap((placed, index) => (placed.block.kind === "list" ? [index] : []));
  const first = listIndexes[0];
  if (first === undefined) return items.length > 0 ? { kind: "list", items } : undefined;
  out.blocks[first] = { gap: out.blocks[first]?.gap ?? [], block: { kind: "list", items } };
  for (const index of listIndexes.slice(1).reverse()) removeBlock(out, index);
  return undefined;
}
