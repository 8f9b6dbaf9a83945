import { bodyListItems } from "../list-items";
import { cloneBody, type ListItem } from "../blocks";
import { addBlocks, otherBlocks, sortOtherBlocks } from "./absorb";
import { foldIntoOneList, writeOneList } from "./one-list";
import { emptyResult, type SectionRule } from "./rule";

/**
 * Recent Context: dated entries (`- 2025-10-30: …`) once each, newest first; entries of the same day keep
 * their order (the survivor's first). Undated entries follow the dated ones in the order they were in, and
 * undated text of the duplicate joins the section.
 */
export const mergeRecentContext: SectionRule = (survivor, duplicate, context) => {
  const out = cloneBody(survivor);
  const result = emptyResult(out);
  const toAdd = sortOtherBlocks(out, otherBlocks(duplicate), "in-place", context, result);
  result.added += toAdd.length;
  const items = newestFirst(foldIntoOneList(out, bodyListItems(duplicate), result));
  const newList = writeOneList(out, items);
  addBlocks(out, newList ? [newList, ...toAdd] : toAdd, result.added > 0);
  return result;
};

const DATED_ENTRY = /^(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\*\*|\[\[)?(\d{4}-\d{2}-\d{2})/;

export function entryDate(item: ListItem): string | undefined {
  return DATED_ENTRY.exec(item.lines[0] ?? "")?.[1];
}

/** A stable sort: dated entries by date, newest first, then the undated ones as they were. */
function newestFirst(items: ListItem[]): ListItem[] {
  const dated = items.flatMap((item, order) => {
    const date = entryDate(item);
    return date === undefined ? [] : [{ item, date, order }];
  });
  dated.sort((a, b) => (a.date === b.date ? a.order - b.order : a.date < b.date ? 1 : -1));
  return [...dated.map(({ item }) => item), ...items.filter((item) => entryDate(item) === undefined)];
}
