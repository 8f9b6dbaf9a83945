import type { ListItem, SectionBody } from "./blocks";
import { blockIdOf, sameTextKey, withoutBlockId } from "./normalize";

/**
 * List items as facts: when two items are the same fact, and which one to keep. An item with child lines or
 * a block id (`^id`) may be linked to or hold more than its first line, so it is never dropped for a plain
 * item: the plain one folds into it instead.
 */

const MARKER = /^([-*+]|\d{1,9}[.)])[ \t]*/;

/** The item's first line without its list marker. */
export function itemText(item: ListItem): string {
  return (item.lines[0] ?? "").replace(MARKER, "");
}

/** Keys by item: placing n items compares each with all before it. Items' lines are never edited in place. */
const itemKeys = new WeakMap<ListItem, string>();

/** Same fact, ignoring whitespace, quote style, a trailing period and a block id. */
export function itemKey(item: ListItem): string {
  let key = itemKeys.get(item);
  if (key === undefined) {
    key = sameTextKey(withoutBlockId(itemText(item)));
    itemKeys.set(item, key);
  }
  return key;
}

export function isRichItem(item: ListItem): boolean {
  return item.lines.length > 1 || item.lines.some((line) => blockIdOf(line) !== undefined);
}

/** Two rich items are one only when every line, block id included, says the same. */
function richKey(item: ListItem): string {
  return [itemText(item), ...item.lines.slice(1)].map(sameTextKey).join("\n");
}

export type Placement = "added" | "folded" | "replaced";

/**
 * Puts one item into a list that holds each fact once: a repeat folds, a rich item takes the place of a plain
 * one saying the same fact, and two different rich items both stay.
 */
export function placeItem(list: ListItem[], item: ListItem): Placement {
  const key = itemKey(item);
  const same = list.flatMap((existing, index) => (itemKey(existing) === key ? [index] : []));
  if (same.length === 0) {
    list.push(item);
    return "added";
  }
  if (!isRichItem(item)) return "folded";
  if (same.some((index) => richKey(list[index] as ListItem) === richKey(item))) return "folded";
  const plain = same.find((index) => !isRichItem(list[index] as ListItem));
  if (plain === undefined) {
    list.push(item);
    return "added";
  }
  list[plain] = item;
  return "replaced";
}

/** The items of every list in a section, in order. */
export function bodyListItems(body: SectionBody | undefined): ListItem[] {
  return (body?.blocks ?? []).flatMap(({ block }) => (block.kind === "list" ? block.items : []));
}
