import { bodyListItems } from "../list-items";
import { cloneBody } from "../blocks";
import { addBlocks, otherBlocks, sortOtherBlocks } from "./absorb";
import { foldIntoOneList, writeOneList } from "./one-list";
import { emptyResult, type SectionRule } from "./rule";

/**
 * Key Facts: one list, each fact once (whitespace, quote style and a trailing period do not make a new
 * fact), the survivor's first. Text that is not a list item does not fit the list and is left over.
 */
export const mergeKeyFacts: SectionRule = (survivor, duplicate, context) => {
  const out = cloneBody(survivor);
  const result = emptyResult(out);
  sortOtherBlocks(out, otherBlocks(duplicate), "leftover", context, result);
  const items = foldIntoOneList(out, bodyListItems(duplicate), result);
  const newList = writeOneList(out, items);
  addBlocks(out, newList ? [newList] : [], result.added > 0);
  return result;
};
