import { addListItems, readScalar, setMapEntries, setScalar } from "../frontmatter";
import { earlierDate, laterDate, readCalendarDate } from "../parse/dates";
import { readFrontmatter } from "../parse/frontmatter";
import { noteLayout } from "../parse/layout";
import { fileNameOf, stripMdExtension } from "../links/vault-paths";
import type { NoteParts } from "./note-parts";
import { emptyFrontmatterReport, type FrontmatterReport } from "./report";

/**
 * The front matter of a merge, edited key by key with the surgical editor, so that every key the merge does
 * not set keeps its exact bytes: `aliases` gains the duplicate's names, `tags` is the union, `created` the
 * earlier date and `last_contact` the later. A key only the duplicate has is taken over; a value that
 * differs from the survivor's stays visible under `merged_values`, the survivor's value kept.
 */

export const MERGED_VALUES_KEY = "merged_values";

/** Keys with a rule of their own; `title` stays the survivor's, the duplicate's becomes an alias. */
const RULED_KEYS = new Set(["title", "aliases", "tags", "created", "last_contact", MERGED_VALUES_KEY]);

type DateChoice = (a: string | undefined, b: string | undefined) => string | undefined;

export function mergeFrontmatter(text: string, survivor: NoteParts, duplicate: NoteParts): { text: string; report: FrontmatterReport } {
  const report = emptyFrontmatterReport();
  const conflicts: PendingConflict[] = [];
  let out = mergeAliases(text, survivor, duplicate, report);
  out = mergeTags(out, survivor, duplicate, report);
  out = mergeDate(out, "created", earlierDate, survivor, duplicate, report, conflicts);
  out = mergeDate(out, "last_contact", laterDate, survivor, duplicate, report, conflicts);
  for (const key of Object.keys(duplicate.frontmatter)) {
    if (!RULED_KEYS.has(key)) out = mergeOtherKey(out, key, survivor, duplicate, report, conflicts);
  }
  conflicts.push(...carriedMergedValues(duplicate));
  // Conflicts are written last, so `merged_values` follows every key it speaks about.
  for (const conflict of conflicts) out = recordConflict(out, conflict, report);
  return { text: out, report };
}

/** A duplicate's value that differs from the survivor's, to be kept under `merged_values`. */
interface PendingConflict {
  key: string;
  kept: string;
  value: string;
}

function mergeAliases(text: string, survivor: NoteParts, duplicate: NoteParts, report: FrontmatterReport): string {
  const own = new Set([survivor.title, stripMdExtension(fileNameOf(survivor.path)), ...survivor.aliases]);
  const wanted = duplicate.names.filter((name) => !own.has(name));
  report.aliasesAdded.push(...wanted);
  return addListItems(text, "aliases", wanted);
}

function mergeTags(text: string, survivor: NoteParts, duplicate: NoteParts, report: FrontmatterReport): string {
  const own = new Set(listOf(survivor.frontmatter.tags).map((tag) => tag.toLowerCase()));
  const incoming = listOf(duplicate.frontmatter.tags);
  report.tagsAdded.push(...incoming.filter((tag, index) => !own.has(tag.toLowerCase()) && incoming.findIndex((other) => other.toLowerCase() === tag.toLowerCase()) === index));
  return addListItems(text, "tags", incoming);
}

function listOf(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined || value === null || value === "" ? [] : [value];
  return values.filter((item) => typeof item === "string" || typeof item === "number").map(String);
}

/** The chosen date is written as the duplicate wrote it; the survivor's quote style stays. */
function mergeDate(
  text: string,
  key: string,
  choose: DateChoice,
  survivor: NoteParts,
  duplicate: NoteParts,
  report: FrontmatterReport,
  conflicts: PendingConflict[],
): string {
  if (!(key in duplicate.frontmatter)) return text;
  const mine = readCalendarDate(survivor.frontmatter[key]);
  const theirs = readCalendarDate(duplicate.frontmatter[key]);
  if (!mine.ok || !theirs.ok) return mergeOtherKey(text, key, survivor, duplicate, report, conflicts);
  const chosen = choose(mine.date, theirs.date);
  if (chosen === undefined || chosen === mine.date) return text;
  const written = readScalar(duplicate.text, key)?.value ?? chosen;
  report.changed.push({ key, from: mine.date, to: written });
  return setScalar(text, key, written);
}

function mergeOtherKey(
  text: string,
  key: string,
  survivor: NoteParts,
  duplicate: NoteParts,
  report: FrontmatterReport,
  conflicts: PendingConflict[],
): string {
  const mine = survivor.frontmatter[key];
  const theirs = duplicate.frontmatter[key];
  if (isEmpty(theirs) || sameValue(mine, theirs)) return text;
  if (isEmpty(mine) && typeof theirs === "string") {
    const written = readScalar(duplicate.text, key)?.value ?? theirs;
    report.changed.push({ key, from: undefined, to: written });
    return setScalar(text, key, written);
  }
  if (isEmpty(mine) && isStringList(theirs)) {
    report.changed.push({ key, from: undefined, to: theirs.join(", ") });
    return addListItems(text, key, theirs);
  }
  conflicts.push({ key, kept: valueText(mine), value: valueText(theirs) });
  return text;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A string as written; anything else (numbers, lists, maps) as JSON, so its type stays readable. */
function valueText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value) ?? "";
}

/**
 * `merged_values: {key: value}`. An entry already holding this value means an earlier merge recorded it; an
 * entry of the same name holding another value is never overwritten: the new one gets its own name.
 */
function recordConflict(text: string, { key, kept, value }: PendingConflict, report: FrontmatterReport): string {
  const existing = recordedValues(text);
  const names = [key, ...Array.from({ length: 20 }, (_, index) => `${key} (${index + 2})`)];
  if (names.some((name) => existing[name] === value)) return text;
  const entry = names.find((name) => !(name in existing)) ?? `${key} (${Object.keys(existing).length + 1})`;
  report.conflicts.push({ key, kept, recorded: value, entry });
  return setMapEntries(text, MERGED_VALUES_KEY, { [entry]: value });
}

/** The `merged_values` entries the text holds now, each as text. */
function recordedValues(text: string): Record<string, string> {
  const recorded = readFrontmatter(text, noteLayout(text))[MERGED_VALUES_KEY];
  if (typeof recorded !== "object" || recorded === null || Array.isArray(recorded)) return {};
  return Object.fromEntries(Object.entries(recorded as Record<string, unknown>).map(([name, value]) => [name, valueText(value)]));
}

/** The duplicate's own `merged_values` (from an earlier merge) come along, each entry once. */
function carriedMergedValues(duplicate: NoteParts): PendingConflict[] {
  const carried = duplicate.frontmatter[MERGED_VALUES_KEY];
  if (typeof carried !== "object" || carried === null || Array.isArray(carried)) return [];
  return Object.entries(carried as Record<string, unknown>).map(([entry, value]) => ({
    key: entry.replace(/ \(\d+\)$/, ""),
    kept: "",
    value: valueText(value),
  }));
}
