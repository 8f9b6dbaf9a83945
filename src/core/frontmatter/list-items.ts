import { isScalar, isSeq, type CST, type ParsedNode, type YAMLSeq } from "yaml";
import { FrontmatterEditError } from "./errors";
import { appendLines, createFrontmatter } from "./insert";
import { firstDashOffset, noteStyle, prevailingStyle, scalarItems, type NoteStyle } from "./note-style";
import { renderKey, renderScalar, scalarText, type ScalarContext, type ScalarStyle } from "./scalars";
import { findEntry, indentOf, openFrontmatter, type Frontmatter, type MapEntry } from "./source";
import { columnOf, endOfLine, lineIndentAt, splice } from "./text";
import { deepEqual, verifiedEdit } from "./verify";

type SameItem = (a: string, b: string) => boolean;

/**
 * Appends the items a top-level list (`aliases`, `tags`) lacks, in the list's own layout: block items at
 * the existing `- ` column, flow items inside `[ ]` quoted like their neighbours. A single value
 * (`aliases: Ron`) becomes a list only when an item must be added; a missing key is added as a block list.
 * Tags compare case-insensitively, other items exactly. Returns `text` itself when nothing is missing.
 */
export function addListItems(text: string, key: string, items: string[]): string {
  const same = itemComparer(key);
  const wanted = withoutDuplicates(items, same);
  const fm = openFrontmatter(text);
  const missing = missingItems(fm ? itemTexts(fm, key) : [], wanted, same);
  if (missing.length === 0) return text;
  const edited = fm ? addToFrontmatter(fm, key, missing) : createFrontmatter(text, newListLines(noteStyle(undefined), key, missing));
  const expected = [...(fm ? listValues(fm, key) : []), ...missing];
  return verifiedEdit(fm, edited, key, (after) => deepEqual(listValues(after, key), expected));
}

/** Obsidian matches tags without regard to case; aliases and other lists are matched exactly. */
function itemComparer(key: string): SameItem {
  const lower = key.toLowerCase();
  if (lower === "tags" || lower === "tag") return (a, b) => a.toLowerCase() === b.toLowerCase();
  return (a, b) => a === b;
}

function withoutDuplicates(items: string[], same: SameItem): string[] {
  return items.reduce<string[]>((kept, item) => (kept.some((other) => same(other, item)) ? kept : [...kept, item]), []);
}

function missingItems(existing: string[], wanted: string[], same: SameItem): string[] {
  return wanted.filter((item) => !existing.some((other) => same(other, item)));
}

/** The items as written, to compare with new ones: a single value counts as a one-item list, an empty value as none. */
function itemTexts(fm: Frontmatter, key: string): string[] {
  const node = findEntry(fm.root, key)?.pair.value;
  if (isSeq(node)) return scalarItems(node).map(scalarText);
  if (!isScalar(node)) return [];
  const text = scalarText(node);
  return text === "" ? [] : [text];
}

/** The list as a reader sees it, counted the same way as `itemTexts`. */
function listValues(fm: Frontmatter, key: string): unknown[] {
  const node = findEntry(fm.root, key)?.pair.value;
  if (isSeq(node)) return node.items.map((item) => item.toJS(fm.doc));
  if (!isScalar(node) || scalarText(node) === "") return [];
  return [node.toJS(fm.doc)];
}

function addToFrontmatter(fm: Frontmatter, key: string, missing: string[]): string {
  const style = noteStyle(fm);
  const entry = findEntry(fm.root, key);
  if (!entry) return appendLines(fm, newListLines(style, key, missing));
  const node = entry.pair.value;
  if (isSeq(node)) return node.flow ? insertIntoFlowList(fm, node, missing, style) : appendToBlockList(fm, node, missing, style);
  return convertToBlockList(fm, entry, key, missing, style);
}

function newListLines(style: NoteStyle, key: string, items: string[]): string[] {
  const prefix = `${indentOf(style.listIndent)}- `;
  return [`${renderKey(key)}:`, ...items.map((item) => prefix + renderItem(item, style.listItemStyle, style, "block"))];
}

function renderItem(item: string, itemStyle: ScalarStyle, style: NoteStyle, context: ScalarContext): string {
  return renderScalar(item, itemStyle, { context, fallbackQuote: style.quote });
}

function listItemStyle(seq: YAMLSeq.Parsed, style: NoteStyle): ScalarStyle {
  return prevailingStyle(scalarItems(seq)) ?? style.listItemStyle;
}

/** New `- item` lines go right after the list's last item, at the column and spacing of its first. */
function appendToBlockList(fm: Frontmatter, seq: YAMLSeq.Parsed, missing: string[], style: NoteStyle): string {
  const token = seq.srcToken as CST.BlockSequence;
  const dash = firstDashOffset(seq) ?? token.offset;
  const prefix = `${indentOf(columnOf(fm.text, dash))}-${gapAfterDash(token)}`;
  const itemStyle = listItemStyle(seq, style);
  const lines = missing.map((item) => prefix + renderItem(item, itemStyle, style, "block") + fm.eol).join("");
  const insertAt = endOfLine(fm.text, seq.range[1]);
  return splice(fm.text, insertAt, insertAt, lines);
}

/** The spaces between `-` and the item (`-   x` keeps its three); one space when the first item is on its own line. */
function gapAfterDash(token: CST.BlockSequence): string {
  const start = token.items[0]?.start ?? [];
  const dashIndex = start.findIndex((part) => part.type === "seq-item-ind");
  const gap = start[dashIndex + 1];
  return gap?.type === "space" ? gap.source : " ";
}

/** New items go after the last item inside `[ ]`, separated the way the list separates its items. */
function insertIntoFlowList(fm: Frontmatter, seq: YAMLSeq.Parsed, missing: string[], style: NoteStyle): string {
  const token = seq.srcToken as CST.FlowCollection;
  const separator = flowSeparator(token);
  const itemStyle = listItemStyle(seq, style);
  const rendered = missing.map((item) => renderItem(item, itemStyle, style, "flow"));
  const last = seq.items.at(-1) as ParsedNode | undefined;
  if (!last) return splice(fm.text, token.start.offset + 1, token.start.offset + 1, rendered.join(separator));
  if (!last.range) throw new FrontmatterEditError("A list item is written in a form Rapport does not edit.");
  const insertAt = last.range[1];
  return splice(fm.text, insertAt, insertAt, rendered.map((item) => separator + item).join(""));
}

/** `,` when the list writes `[a,b]`, else `, `. */
function flowSeparator(token: CST.FlowCollection): string {
  const second = token.items[1]?.start ?? [];
  const comma = second.findIndex((part) => part.type === "comma");
  if (comma === -1) return ", ";
  return second[comma + 1]?.type === "space" ? ", " : ",";
}

/**
 * `aliases: Ron` or `aliases:` becomes a block list: the single value (kept as written) is the first item,
 * and the key line keeps any comment. An empty value (`''`) is dropped rather than kept as an item.
 */
function convertToBlockList(fm: Frontmatter, entry: MapEntry, key: string, missing: string[], style: NoteStyle): string {
  const node = entry.pair.value;
  const token = isScalar(node) ? node.srcToken : undefined;
  if ((node !== null && !isScalar(node)) || token?.type === "block-scalar") {
    throw new FrontmatterEditError(`\`${key}\` holds a value that is not a list, so it was left unchanged.`);
  }
  const current = isScalar(node) ? scalarText(node) : "";
  const firstItem = token && current !== "" ? [itemAsWritten(token, current, style)] : [];
  const removeEnd = token ? token.offset + token.source.length : entry.valueInsertAt;
  const insertAt = endOfLine(fm.text, removeEnd);
  const column = lineIndentAt(fm.text, entry.valueInsertAt) + style.listIndent;
  const items = [...firstItem, ...missing.map((item) => renderItem(item, style.listItemStyle, style, "block"))];
  const lines = items.map((item) => `${indentOf(column)}- ${item}${fm.eol}`).join("");
  return fm.text.slice(0, entry.valueInsertAt) + fm.text.slice(removeEnd, insertAt) + lines + fm.text.slice(insertAt);
}

/** The existing value's own bytes when it fits on one line; a value folded over lines is written afresh. */
function itemAsWritten(token: CST.FlowScalar, text: string, style: NoteStyle): string {
  return /[\r\n]/.test(token.source) ? renderItem(text, style.listItemStyle, style, "block") : token.source;
}
