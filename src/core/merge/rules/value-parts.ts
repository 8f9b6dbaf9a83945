import { isPlaceholder } from "../../parse/body-facts";
import { sameTextKey, stripEmphasis } from "../normalize";
import type { RuleResult } from "./rule";

/**
 * A field written in two notes (a Contact Information cell, a Profile `**Role**:` line): a known value beats a
 * placeholder (`_Unknown_`), and two different known values are both kept, joined with `; `, the survivor's
 * first. The joined value is read back as its `;`-separated parts, so merging again adds nothing.
 */

function valueKey(part: string): string {
  return sameTextKey(stripEmphasis(part));
}

export function valueParts(value: string): string[] {
  return value
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** The merged value, or undefined when the survivor's value already says everything. */
export function mergeFieldValue(field: string, kept: string, incoming: string, result: RuleResult): string | undefined {
  if (isPlaceholder(incoming)) return undefined;
  if (isPlaceholder(kept)) {
    result.added++;
    return incoming.trim();
  }
  const known = new Set(valueParts(kept).map(valueKey));
  const missing = valueParts(incoming).filter((part) => !known.has(valueKey(part)));
  if (missing.length === 0) {
    result.folded++;
    return undefined;
  }
  const merged = [kept.trim(), ...missing].join("; ");
  result.added++;
  result.conflicts.push({ field, kept: kept.trim(), added: missing.join("; ") });
  return merged;
}
