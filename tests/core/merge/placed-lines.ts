import { isPlaceholder } from "../../../src/core/parse/body-facts";
import { nextFenceState, type OpenFence } from "../../../src/core/parse/fences";
import { noteLayout } from "../../../src/core/parse/layout";
import { nameNeutral, sameTextKey, stripEmphasis, withoutBlockId } from "../../../src/core/merge/normalize";
import { splitTopics } from "../../../src/core/merge/rules/topics";
import { rowCells } from "../../../src/core/merge/rules/table-rows";
import { valueParts } from "../../../src/core/merge/rules/value-parts";

/**
 * The "nothing lost" oracle: which body lines of a note the merged note does not hold, modulo the folding
 * rules. It reads both texts line by line on its own (it does not use the engine's block parser), and
 * compares the way the rules promise: facts and entries by their normalised text, topics one by one, a
 * table cell or `**Label**:` value by its `;`-separated parts, a dataview block with the person's names
 * neutralised. Template placeholders, the duplicate's `# Title` and (when the survivor has one) its footer
 * are the lines a merge may drop.
 */

export interface OracleOptions {
  names: readonly string[];
  /** The note is the duplicate: its `# Title` gives way to the survivor's. */
  isDuplicate: boolean;
  /** The duplicate's footer gives way to the survivor's. */
  dropFooter: boolean;
}

interface MergedIndex {
  lines: Set<string>;
  items: Set<string>;
  topics: Set<string>;
  fieldParts: Map<string, Set<string>>;
  labelParts: Map<string, Set<string>>;
  neutralText: string;
}

const LIST_LINE = /^([-*+]|\d+[.)])[ \t]+/;
const LABEL_LINE = /^\*\*([^*]+?)\*\*[ \t]*:[ \t]*(.*)$/;

export function unplacedLines(original: string, merged: string, options: OracleOptions): string[] {
  const index = indexMerged(merged, options.names);
  const missing: string[] = [];
  let heading = "";
  let fence: OpenFence | undefined;
  let code: string[] = [];
  for (const line of bodyLines(original)) {
    const inCode = fence !== undefined || nextFenceState(line, undefined) !== undefined;
    fence = nextFenceState(line, fence);
    if (inCode) {
      code.push(line);
      if (fence === undefined) {
        if (!index.neutralText.includes(nameNeutral(code.join("\n"), options.names))) missing.push(...code);
        code = [];
      }
      continue;
    }
    if (/^##[ \t]/.test(line)) heading = line.replace(/^##[ \t]+/, "").trim().toLowerCase();
    if (!isPlaced(line, heading, index, options)) missing.push(line);
  }
  return missing;
}

function isPlaced(line: string, heading: string, index: MergedIndex, options: OracleOptions): boolean {
  const trimmed = line.trim();
  if (trimmed === "" || /^_[^_](.*[^_])?_$/.test(trimmed)) return true;
  if (/^#[ \t]/.test(line) && options.isDuplicate) return true;
  const footerLine = /^---$/.test(trimmed) || /^\*Last updated/.test(trimmed);
  if (footerLine) return options.dropFooter || index.lines.has(sameTextKey(line));
  if (heading === "contact information" && line.startsWith("|")) return tableRowPlaced(line, index);
  if (heading === "profile" && LABEL_LINE.test(line)) return labelPlaced(line, index);
  if (heading === "topics discussed" && !LIST_LINE.test(line)) return splitTopics(line).every((topic) => index.topics.has(sameTextKey(topic)));
  if (LIST_LINE.test(line)) return index.items.has(itemKeyOf(line));
  return index.lines.has(sameTextKey(line));
}

function tableRowPlaced(line: string, index: MergedIndex): boolean {
  const cells = rowCells(line);
  if (cells.length !== 2) return index.lines.has(sameTextKey(line));
  const field = stripEmphasis(cells[0]?.text ?? "").toLowerCase();
  const value = cells[1]?.text ?? "";
  if (field === "field" || /^:?-+:?$/.test(field) || isPlaceholder(value)) return true;
  const parts = index.fieldParts.get(field);
  return valueParts(value).every((part) => parts?.has(partKey(part)) ?? false);
}

function labelPlaced(line: string, index: MergedIndex): boolean {
  const [, label = "", value = ""] = LABEL_LINE.exec(line) ?? [];
  if (isPlaceholder(value)) return true;
  const parts = index.labelParts.get(label.trim().toLowerCase());
  return valueParts(value).every((part) => parts?.has(partKey(part)) ?? false);
}

function indexMerged(merged: string, names: readonly string[]): MergedIndex {
  const index: MergedIndex = { lines: new Set(), items: new Set(), topics: new Set(), fieldParts: new Map(), labelParts: new Map(), neutralText: nameNeutral(merged.replace(/\r\n/g, "\n"), names) };
  let heading = "";
  for (const line of bodyLines(merged)) {
    if (/^##[ \t]/.test(line)) heading = line.replace(/^##[ \t]+/, "").trim().toLowerCase();
    index.lines.add(sameTextKey(line));
    if (LIST_LINE.test(line)) index.items.add(itemKeyOf(line));
    if (heading === "topics discussed") for (const topic of splitTopics(line)) index.topics.add(sameTextKey(topic));
    addParts(index, line);
  }
  return index;
}

function addParts(index: MergedIndex, line: string): void {
  const cells = rowCells(line);
  if (cells.length === 2) addTo(index.fieldParts, stripEmphasis(cells[0]?.text ?? "").toLowerCase(), cells[1]?.text ?? "");
  const label = LABEL_LINE.exec(line);
  if (label) addTo(index.labelParts, (label[1] ?? "").trim().toLowerCase(), label[2] ?? "");
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const parts = map.get(key) ?? new Set<string>();
  for (const part of valueParts(value)) parts.add(partKey(part));
  map.set(key, parts);
}

function partKey(part: string): string {
  return sameTextKey(stripEmphasis(part));
}

export function itemKeyOf(line: string): string {
  return sameTextKey(withoutBlockId(line.replace(LIST_LINE, "")));
}

export function bodyLines(text: string): string[] {
  const body = text.slice(noteLayout(text).bodyStart);
  return body.split(/\r?\n/);
}
