/**
 * The short lists a note carries (its names, its links, a meeting's members), searched in place: an array
 * search beats building a Set for a handful of items, and the indexes do it for every note of a vault.
 */

/** Past this length a list is searched through a Set built for it: a project can list hundreds of people. */
const SHORT_LIST = 32;

/** Whether an item before `index` passes `test`: the item at `index` then adds nothing new of that kind. */
export function anyBefore<T>(items: readonly T[], index: number, test: (item: T) => boolean): boolean {
  for (let earlier = 0; earlier < index && earlier < items.length; earlier++) if (test(items[earlier] as T)) return true;
  return false;
}

/** A membership test for `items`: an array search for a short list, a Set for a long one. */
export function containedIn<T>(items: readonly T[]): (item: T) => boolean {
  if (items.length <= SHORT_LIST) return (item) => items.includes(item);
  const set = new Set(items);
  return (item) => set.has(item);
}

/** The items of all the lists, each once, in order of first appearance. */
export function distinctItems<T>(lists: readonly (readonly T[])[]): T[] {
  if (lists.length > SHORT_LIST) return [...new Set(lists.flat())];
  const items: T[] = [];
  for (const list of lists) for (const item of list) if (!items.includes(item)) items.push(item);
  return items;
}
