import type { DupeGroup } from "../../../src/core/dupes/types";

/** The group holding both notes, if any. */
export function groupWith(groups: readonly DupeGroup[], a: string, b: string): DupeGroup | undefined {
  return groups.find((group) => group.notes.includes(a) && group.notes.includes(b));
}

/** Whether a note is in any group. */
export function isProposed(groups: readonly DupeGroup[], path: string): boolean {
  return groups.some((group) => group.notes.includes(path));
}
