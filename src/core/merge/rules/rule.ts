import type { Block, SectionBody } from "../blocks";

/**
 * A merge rule takes the survivor's section and the duplicate's section of the same heading and returns the
 * merged section. What the rule cannot place (and the survivor does not already say) comes back as
 * leftovers, which end up under `## Merged from <duplicate>`: nothing of the duplicate is dropped silently.
 * Called without a duplicate, a rule consolidates the survivor's section on its own.
 */

export interface MergeContext {
  /** Every name of both people (titles, file names, aliases), for comparing queries that name them. */
  names: readonly string[];
  /** The survivor's title, which a query coming over from the duplicate is rewritten to name. */
  survivorTitle: string;
  /** The duplicate's names (title, file name, aliases). */
  duplicateNames: readonly string[];
}

/** Two known values for one field; both are kept, the survivor's first. */
export interface ValueConflict {
  field: string;
  kept: string;
  added: string;
}

export interface RuleResult {
  body: SectionBody;
  leftovers: Block[];
  /** Items, topics, rows or blocks taken from the duplicate. */
  added: number;
  /** Repeats removed: the duplicate's facts already in the survivor, and the survivor's own repeats. */
  folded: number;
  conflicts: ValueConflict[];
}

export type SectionRule = (survivor: SectionBody, duplicate: SectionBody | undefined, context: MergeContext) => RuleResult;

export function emptyResult(body: SectionBody): RuleResult {
  return { body, leftovers: [], added: 0, folded: 0, conflicts: [] };
}
