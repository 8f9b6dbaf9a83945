import type { RuleName, ValueConflict } from "./rules";

/** What a merge or a consolidation did, section by section, for the preview and the CLI's summary. */

export type SectionOutcome =
  /** The survivor's section kept every byte. */
  | "unchanged"
  /** Rewritten with what the duplicate brought, or its own repeats folded. */
  | "merged"
  /** A second section of the same heading, folded into the first and removed. */
  | "folded-into-first"
  /** A section only the duplicate had, carried over. */
  | "carried-over"
  /** The `## Merged from <duplicate>` section, created or extended. */
  | "merged-from";

export interface SectionReport {
  heading: string;
  rule: RuleName | "merged-from";
  outcome: SectionOutcome;
  /** Items, topics, values or blocks the duplicate brought in. */
  added: number;
  /** Repeats folded away. */
  folded: number;
  /** Blocks of the duplicate that did not fit the rule and went to `## Merged from …`. */
  leftovers: number;
  conflicts: ValueConflict[];
}

/** A front matter value of the duplicate that differs from the survivor's, kept under `merged_values`. */
export interface FrontmatterConflict {
  key: string;
  kept: string;
  /** The duplicate's value, as written under `merged_values`. */
  recorded: string;
  /** The `merged_values` entry that holds it. */
  entry: string;
}

export interface FrontmatterReport {
  aliasesAdded: string[];
  tagsAdded: string[];
  /** Keys whose value changed, with the value now written (`created` earlier, `last_contact` later, keys only the duplicate had). */
  changed: { key: string; from: string | undefined; to: string }[];
  conflicts: FrontmatterConflict[];
}

export interface MergeReport {
  survivor: string;
  duplicate: string;
  sections: SectionReport[];
  frontmatter: FrontmatterReport;
  counts: {
    /** Key Facts in the merged note. */
    factsKept: number;
    /** Repeats folded away in every section. */
    duplicatesFolded: number;
    /** Front matter and field conflicts, each kept visibly. */
    conflicts: number;
    /** Blocks set aside under `## Merged from …`. */
    leftovers: number;
  };
}

export function emptyFrontmatterReport(): FrontmatterReport {
  return { aliasesAdded: [], tagsAdded: [], changed: [], conflicts: [] };
}
