import { isMap, isScalar, type CST, type Scalar, type YAMLMap } from "yaml";
import { FrontmatterEditError } from "./errors";
import { appendLines, createFrontmatter } from "./insert";
import { noteStyle, prevailingQuote, type NoteStyle } from "./note-style";
import { renderKey, renderScalar, scalarText, styleOfToken, type QuoteStyle, type RenderOptions, type ScalarStyle } from "./scalars";
import { findEntry, indentOf, keyName, openFrontmatter, type Frontmatter, type MapEntry } from "./source";
import { endOfLine, lineIndentAt, splice } from "./text";
import { deepEqual, verifiedEdit } from "./verify";

/** Nested maps Rapport writes are indented by two spaces under their key. */
const MAP_INDENT = 2;

/**
 * Adds or updates entries of a map under a top-level key (a merge's `merged_values:` record), one
 * block-style line per entry. New values are always quoted, so that `2025-11-06`, `yes` or `1e3` stay text
 * for every YAML reader; an existing entry keeps its quote style. Returns `text` itself when every entry
 * already holds its value.
 */
export function setMapEntries(text: string, key: string, entries: Record<string, string>): string {
  return Object.entries(entries).reduce((current, [name, value]) => setMapEntry(current, key, name, value), text);
}

function setMapEntry(text: string, key: string, name: string, value: string): string {
  const fm = openFrontmatter(text);
  const before = fm ? mapValue(fm, key) : undefined;
  const edited = fm ? editFrontmatter(fm, key, name, value) : createFrontmatter(text, newMapLines(noteStyle(undefined), key, name, value));
  if (edited === text) return text;
  const expected = { ...(isRecord(before) ? before : {}), [name]: value };
  return verifiedEdit(fm, edited, key, (after) => deepEqual(mapValue(after, key), expected));
}

function mapValue(fm: Frontmatter, key: string): unknown {
  const node = findEntry(fm.root, key)?.pair.value;
  return node ? node.toJS(fm.doc) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function editFrontmatter(fm: Frontmatter, key: string, name: string, value: string): string {
  const style = noteStyle(fm);
  const entry = findEntry(fm.root, key);
  if (!entry) return appendLines(fm, newMapLines(style, key, name, value));
  const node = entry.pair.value;
  if (node === null || (isScalar(node) && !node.srcToken)) return startMapUnder(fm, entry, name, value, style);
  if (!isMap(node)) throw new FrontmatterEditError(`\`${key}\` holds a value that is not a map, so it was left unchanged.`);
  const quote = mapQuote(node, style);
  const existing = findEntry(node, name);
  if (existing) return updateEntry(fm, key, existing, value, { context: node.flow ? "flow" : "block", fallbackQuote: quote });
  return node.flow ? addToFlowMap(fm, node, name, value, quote) : addToBlockMap(fm, node, name, value, quote);
}

/** New entries are quoted like the map's quoted entries, else like the rest of the note. */
function mapQuote(map: YAMLMap.Parsed, style: NoteStyle): QuoteStyle {
  const values = map.items.map((pair) => pair.value).filter((node): node is Scalar.Parsed => isScalar(node) && !!node.srcToken);
  return prevailingQuote(values) ?? style.quote;
}

function newMapLines(style: NoteStyle, key: string, name: string, value: string): string[] {
  return [`${renderKey(key)}:`, `${indentOf(MAP_INDENT)}${entryText(name, value, style.quote)}`];
}

function entryText(name: string, value: string, quote: QuoteStyle): string {
  return `${renderKey(name)}: ${renderScalar(value, quote, { context: "block", fallbackQuote: quote })}`;
}

/** `merged_values:` with nothing after it: the entries go on the lines below, two spaces in from the key. */
function startMapUnder(fm: Frontmatter, entry: MapEntry, name: string, value: string, style: NoteStyle): string {
  const column = lineIndentAt(fm.text, entry.valueInsertAt) + MAP_INDENT;
  const insertAt = endOfLine(fm.text, entry.valueInsertAt);
  return splice(fm.text, insertAt, insertAt, indentOf(column) + entryText(name, value, style.quote) + fm.eol);
}

/**
 * An existing entry keeps its quote style; a plain one stays plain only while it reads as text. An empty
 * entry (`title:`) gets the value after its colon.
 */
function updateEntry(fm: Frontmatter, key: string, entry: MapEntry, value: string, options: RenderOptions): string {
  const node = entry.pair.value;
  if (node === null || (isScalar(node) && !node.srcToken)) {
    return splice(fm.text, entry.valueInsertAt, entry.valueInsertAt, ` ${renderScalar(value, options.fallbackQuote, options)}`);
  }
  const token = isScalar(node) ? node.srcToken : undefined;
  if (!isScalar(node) || !token || token.type === "block-scalar") {
    throw new FrontmatterEditError(`\`${key}.${keyName(entry.pair)}\` is not a one-line value, so it was left unchanged.`);
  }
  if (scalarText(node) === value && typeof node.value === "string") return fm.text;
  const rendered = renderScalar(value, styleOfToken(token) as ScalarStyle, options);
  return splice(fm.text, token.offset, token.offset + token.source.length, rendered);
}

/** A new entry goes on the line after the map's last entry, at the column of its first key. */
function addToBlockMap(fm: Frontmatter, map: YAMLMap.Parsed, name: string, value: string, quote: QuoteStyle): string {
  const firstKey = map.items[0]?.key;
  const column = isScalar(firstKey) && firstKey.range ? lineIndentAt(fm.text, firstKey.range[0]) : MAP_INDENT;
  const insertAt = endOfLine(fm.text, map.range[1]);
  return splice(fm.text, insertAt, insertAt, indentOf(column) + entryText(name, value, quote) + fm.eol);
}

/** `{a: '1'}` gets `, b: '2'` after its last entry. */
function addToFlowMap(fm: Frontmatter, map: YAMLMap.Parsed, name: string, value: string, quote: QuoteStyle): string {
  const token = map.srcToken as CST.FlowCollection;
  const rendered = `${renderKey(name)}: ${renderScalar(value, quote, { context: "flow", fallbackQuote: quote })}`;
  const last = map.items.at(-1);
  const lastEnd = last ? (last.value ?? last.key)?.range?.[1] : undefined;
  if (!last) return splice(fm.text, token.start.offset + 1, token.start.offset + 1, rendered);
  if (lastEnd === undefined) throw new FrontmatterEditError("A map entry is written in a form Rapport does not edit.");
  return splice(fm.text, lastEnd, lastEnd, `, ${rendered}`);
}
