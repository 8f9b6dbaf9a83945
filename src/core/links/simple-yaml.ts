import type { YamlScalar } from "./yaml-scalars";

/**
 * Front matter written the way notes almost always are, read line by line: top-level `key: value` lines,
 * block lists of one-line items, one-line flow lists and comments. Anything else (nested maps, block
 * scalars, anchors, a quoted value that runs on to the next line) returns undefined, and the caller goes
 * to a full YAML parser instead. Building a syntax tree for every note was a fifth of the parse; these
 * lines are read for what they are in one pass.
 *
 * Each scalar keeps its offset, source and quoting, as the `yaml` package's syntax tree would give them;
 * what they mean as values is for the reader of values to say (see parse/simple-frontmatter.ts).
 */
export function simpleYamlEntries(yaml: string): SimpleEntry[] | undefined {
  const entries: SimpleEntry[] = [];
  const state: ListState = { afterEmptyKey: false, indent: -1 };
  for (let start = 0; start < yaml.length; ) {
    const newline = yaml.indexOf("\n", start);
    const next = newline === -1 ? yaml.length : newline + 1;
    let end = newline === -1 ? yaml.length : newline;
    // Only `\r\n` ends a line here: the syntax tree reads a lone `\r` as part of the value.
    if (newline !== -1 && end > start && yaml.charCodeAt(end - 1) === CR) end--;
    if (!readLine(yaml, start, end, state, entries)) return undefined;
    start = next;
  }
  return entries;
}

/** One top-level key: no value (`key:`), one scalar, or a list (an empty block list item is null). */
export interface SimpleEntry {
  key: string;
  value: YamlScalar | (YamlScalar | null)[] | null;
}

/** The value scalars that hold `[[`, where links in front matter can be. */
export function simpleLinkScalars(yaml: string): YamlScalar[] | undefined {
  const entries = simpleYamlEntries(yaml);
  if (!entries) return undefined;
  const scalars: YamlScalar[] = [];
  for (const { value } of entries) {
    for (const scalar of Array.isArray(value) ? value : [value]) if (scalar?.source.includes("[[")) scalars.push(scalar);
  }
  return scalars;
}

/** Where a block list may continue: right after `key:` with no value, then at the indentation of its first item. */
interface ListState {
  afterEmptyKey: boolean;
  /** Indentation of the current list's items; -1 outside a list. */
  indent: number;
}

const CR = 13;
const SPACE = 32;
const TAB = 9;
const HASH = 35;
const DASH = 45;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const BACKSLASH = 92;
const OPEN_SQUARE = 91;
const CLOSE_SQUARE = 93;
const COMMA = 44;

/**
 * A key as notes write them: a letter, digit or `_`, then those, spaces, dots, slashes and dashes, not ending in a
 * space (`key : value` is the key "key" to a YAML parser).
 */
const SIMPLE_KEY = /^[A-Za-z0-9_](?:[A-Za-z0-9_ ./-]*[A-Za-z0-9_./-])?$/;
/** First characters that make a value something other than a plain one-line scalar (`- - x` is a nested list). */
const PLAIN_START_EXCLUDED = new Set([..."&*!|>%@`?:-#,]{}"]);

function readLine(yaml: string, start: number, end: number, state: ListState, into: SimpleEntry[]): boolean {
  let at = start;
  while (at < end && yaml.charCodeAt(at) === SPACE) at++;
  if (at === end) return true;
  const first = yaml.charCodeAt(at);
  if (first === HASH) return true;
  const indent = at - start;
  if (first === DASH && (at + 1 === end || yaml.charCodeAt(at + 1) === SPACE)) return readListItem(yaml, at, end, indent, state, into);
  if (indent !== 0) return false;
  return readMappingLine(yaml, at, end, state, into);
}

function readListItem(yaml: string, dash: number, end: number, indent: number, state: ListState, into: SimpleEntry[]): boolean {
  const entry = into[into.length - 1];
  if (!entry) return false;
  if (state.indent === -1 && state.afterEmptyKey) {
    state.indent = indent;
    entry.value = [];
  } else if (state.indent !== indent) return false;
  state.afterEmptyKey = false;
  const items = entry.value as (YamlScalar | null)[];
  const value = skipSpaces(yaml, dash + 1, end);
  if (value === end) {
    items.push(null);
    return true;
  }
  const scalars: YamlScalar[] = [];
  // A list item holding a flow list is a list of lists: left to the full parser.
  if (yaml.charCodeAt(value) === OPEN_SQUARE || !readValue(yaml, value, end, scalars)) return false;
  items.push(...scalars);
  return true;
}

function readMappingLine(yaml: string, start: number, end: number, state: ListState, into: SimpleEntry[]): boolean {
  const colon = keyEnd(yaml, start, end);
  const key = yaml.slice(start, colon);
  if (colon === -1 || !SIMPLE_KEY.test(key)) return false;
  state.indent = -1;
  const value = skipSpaces(yaml, colon + 1, end);
  state.afterEmptyKey = value === end;
  if (value === end) {
    into.push({ key, value: null });
    return true;
  }
  const scalars: YamlScalar[] = [];
  const isList = yaml.charCodeAt(value) === OPEN_SQUARE;
  if (!readValue(yaml, value, end, scalars)) return false;
  into.push({ key, value: isList ? scalars : (scalars[0] ?? null) });
  return true;
}

/** The `:` ending a key: followed by a space or the end of the line. */
function keyEnd(yaml: string, start: number, end: number): number {
  for (let at = yaml.indexOf(":", start); at !== -1 && at < end; at = yaml.indexOf(":", at + 1)) {
    if (at + 1 === end || yaml.charCodeAt(at + 1) === SPACE) return at;
  }
  return -1;
}

function readValue(yaml: string, start: number, end: number, into: YamlScalar[]): boolean {
  const first = yaml.charCodeAt(start);
  if (first === OPEN_SQUARE) return readFlowList(yaml, start, end, into);
  if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
    const close = quotedEnd(yaml, start, end);
    if (close === -1 || !onlyCommentAfter(yaml, close, end)) return false;
    collect(yaml, start, close, first === DOUBLE_QUOTE ? "double" : "single", into);
    return true;
  }
  const valueEnd = trimEnd(yaml, start, commentStart(yaml, start, end));
  if (!isPlain(yaml.slice(start, valueEnd), false)) return false;
  collect(yaml, start, valueEnd, "plain", into);
  return true;
}

/** `[a, "b", 'c']` on one line; a nested list or map, or a list that runs on, is left to the full parser. */
function readFlowList(yaml: string, open: number, end: number, into: YamlScalar[]): boolean {
  let at = skipSpaces(yaml, open + 1, end);
  if (yaml.charCodeAt(at) === CLOSE_SQUARE) return onlyCommentAfter(yaml, at + 1, end);
  while (at < end) {
    const first = yaml.charCodeAt(at);
    let itemEnd: number;
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      itemEnd = quotedEnd(yaml, at, end);
      if (itemEnd === -1) return false;
      collect(yaml, at, itemEnd, first === DOUBLE_QUOTE ? "double" : "single", into);
    } else {
      itemEnd = flowPlainEnd(yaml, at, end);
      const trimmed = trimEnd(yaml, at, itemEnd);
      if (trimmed === at || !isPlain(yaml.slice(at, trimmed), true)) return false;
      collect(yaml, at, trimmed, "plain", into);
    }
    at = skipSpaces(yaml, itemEnd, end);
    const separator = yaml.charCodeAt(at);
    if (separator === CLOSE_SQUARE) return onlyCommentAfter(yaml, at + 1, end);
    if (separator !== COMMA) return false;
    at = skipSpaces(yaml, at + 1, end);
    if (yaml.charCodeAt(at) === CLOSE_SQUARE) return onlyCommentAfter(yaml, at + 1, end);
  }
  return false;
}

function flowPlainEnd(yaml: string, start: number, end: number): number {
  let at = start;
  while (at < end && yaml.charCodeAt(at) !== COMMA && yaml.charCodeAt(at) !== CLOSE_SQUARE) at++;
  return at;
}

/** Offset just past the closing quote of the scalar opening at `open`, or -1 when it does not close on this line. */
function quotedEnd(yaml: string, open: number, end: number): number {
  const quote = yaml.charCodeAt(open);
  for (let at = open + 1; at < end; at++) {
    const char = yaml.charCodeAt(at);
    if (quote === DOUBLE_QUOTE && char === BACKSLASH) at++;
    else if (char === quote) {
      if (quote === SINGLE_QUOTE && yaml.charCodeAt(at + 1) === SINGLE_QUOTE) at++;
      else return at + 1;
    }
  }
  return -1;
}

/**
 * A plain scalar the full parser would read as exactly these characters: no indicator first, no `: `
 * or ` #` inside, no trailing `:`; in a flow list, no brackets or braces either.
 */
function isPlain(value: string, inFlow: boolean): boolean {
  if (value === "" || PLAIN_START_EXCLUDED.has(value[0] ?? "")) return false;
  if (/:(\s|$)|\s#/.test(value)) return false;
  return !inFlow || !/[[\]{}]/.test(value);
}

/** Where a plain value's comment starts (a `#` after a space or tab), or `end` when it has none. */
function commentStart(yaml: string, start: number, end: number): number {
  for (let at = yaml.indexOf("#", start + 1); at !== -1 && at < end; at = yaml.indexOf("#", at + 1)) {
    const before = yaml.charCodeAt(at - 1);
    if (before === SPACE || before === TAB) return at;
  }
  return end;
}

function onlyCommentAfter(yaml: string, from: number, end: number): boolean {
  const at = skipSpaces(yaml, from, end);
  return at === end || (at > from && yaml.charCodeAt(at) === HASH);
}

function skipSpaces(yaml: string, from: number, end: number): number {
  let at = from;
  while (at < end && (yaml.charCodeAt(at) === SPACE || yaml.charCodeAt(at) === TAB)) at++;
  return at;
}

function trimEnd(yaml: string, start: number, end: number): number {
  let at = end;
  while (at > start && (yaml.charCodeAt(at - 1) === SPACE || yaml.charCodeAt(at - 1) === TAB)) at--;
  return at;
}

function collect(yaml: string, start: number, end: number, quoting: YamlScalar["quoting"], into: YamlScalar[]): void {
  into.push({ offset: start, source: yaml.slice(start, end), quoting });
}
