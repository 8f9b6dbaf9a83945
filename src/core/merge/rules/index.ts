import { mergeContactTable } from "./contact-table";
import { mergeGenericSection } from "./generic";
import { mergeKeyFacts } from "./key-facts";
import { mergeProfile } from "./profile";
import { mergeRecentContext } from "./recent-context";
import type { SectionRule } from "./rule";
import { mergeTopics } from "./topics";

/** Which rule merges a section, by its heading (compared case-insensitively, spacing ignored). */

export type RuleName = "key-facts" | "recent-context" | "topics" | "contact-information" | "profile" | "generic";

const RULES_BY_HEADING: Record<string, RuleName> = {
  "key facts": "key-facts",
  "recent context": "recent-context",
  "topics discussed": "topics",
  topics: "topics",
  "contact information": "contact-information",
  "contact info": "contact-information",
  profile: "profile",
};

const RULES: Record<RuleName, SectionRule> = {
  "key-facts": mergeKeyFacts,
  "recent-context": mergeRecentContext,
  topics: mergeTopics,
  "contact-information": mergeContactTable,
  profile: mergeProfile,
  generic: mergeGenericSection,
};

/** The rules whose sections become one when a note has them twice, and which consolidation runs. */
export const CONSOLIDATING_RULES: ReadonlySet<RuleName> = new Set(["key-facts", "recent-context", "topics"]);

/** A heading as sections are matched by: `Key  facts:` is `key facts`. */
export function headingKey(heading: string): string {
  return heading.replace(/\s+/g, " ").replace(/:$/, "").trim().toLowerCase();
}

export function ruleNameFor(heading: string): RuleName {
  return RULES_BY_HEADING[headingKey(heading)] ?? "generic";
}

export function ruleFor(name: RuleName): SectionRule {
  return RULES[name];
}

export type { MergeContext, RuleResult, SectionRule, ValueConflict } from "./rule";
