import { bodyListItems } from "../list-items";
import { cloneBody } from "../blocks";
import { addBlocks, otherBlocks, sortOtherBlocks, unionListItems } from "./absorb";
import { emptyResult, type SectionRule } from "./rule";

/**
 * Any section without a rule of its own (Relationship, Key Decisions, Related…): list items are united, a
 * placeholder gives way to the duplicate's real content, a dataview query that only names the other person
 * stays the survivor's, and text that differs from the survivor's own goes to the leftovers.
 */
export const mergeGenericSection: SectionRule = (survivor, duplicate, context) => {
  const out = cloneBody(survivor);
  const result = emptyResult(out);
  if (!duplicate) return result;
  const toAdd = sortOtherBlocks(out, otherBlocks(duplicate), "when-missing", context, result);
  result.added += toAdd.length;
  const newList = unionListItems(out, bodyListItems(duplicate), result);
  addBlocks(out, newList ? [...toAdd, newList] : toAdd, result.added > 0);
  return result;
};
