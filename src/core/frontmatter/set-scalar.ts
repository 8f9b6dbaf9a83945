import { CST, isCollection, isScalar, isSeq } from "yaml";
import { FrontmatterEditError } from "./errors";
import { setDateQuickly } from "./fast-date";
import { appendLines, createFrontmatter } from "./insert";
import { noteStyle, styleForNewValue, type NoteStyle } from "./note-style";
import { readScalarFrom } from "./read-scalar";
import { renderKey, renderScalar, styleOfToken, type ScalarStyle } from "./scalars";
import { findEntry, openFrontmatter, type Frontmatter, type MapEntry } from "./source";
import { splice } from "./text";
import { verifiedEdit } from "./verify";

/**
 * Sets a top-level scalar property, changing only the bytes of its value: the quote style, a trailing
 * comment, the key order and every other byte stay. A missing property is added at the end of the front
 * matter in the note's style; a note without front matter gets a block. Returns `text` itself when the
 * value is already there.
 */
export function setScalar(text: string, key: string, value: string): string {
  const quick = setDateQuickly(text, key, value);
  if (quick !== undefined) return quick;
  const fm = openFrontmatter(text);
  const edited = fm ? editFrontmatter(fm, key, value) : createFrontmatter(text, [newPropertyLine(noteStyle(undefined), key, value)]);
  if (edited === text) return text;
  return verifiedEdit(fm, edited, key, (after) => readScalarFrom(after, key)?.value === value);
}

function editFrontmatter(fm: Frontmatter, key: string, value: string): string {
  const style = noteStyle(fm);
  const entry = findEntry(fm.root, key);
  if (!entry) return appendLines(fm, [newPropertyLine(style, key, value)]);
  return replaceValue(fm, entry, key, value, style);
}

function newPropertyLine(style: NoteStyle, key: string, value: string): string {
  return `${renderKey(key)}: ${renderNewValue(style, value)}`;
}

/** A value with no existing style to keep: dates are quoted like the note's dates, other text like its other text. */
function renderNewValue(style: NoteStyle, value: string): string {
  return renderScalar(value, styleForNewValue(style, value), { context: "block", fallbackQuote: style.quote });
}

function replaceValue(fm: Frontmatter, entry: MapEntry, key: string, value: string, style: NoteStyle): string {
  const node = entry.pair.value;
  if (node === null || (isScalar(node) && !node.srcToken)) return fillEmptyValue(fm, entry, value, style);
  if (isCollection(node)) {
    throw new FrontmatterEditError(`\`${key}\` holds a ${isSeq(node) ? "list" : "map"}, not a single value, so it was left unchanged.`);
  }
  if (readScalarFrom(fm, key)?.value === value) return fm.text;
  const token = node.srcToken;
  if (token?.type === "block-scalar") return replaceBlockScalar(fm, token, renderNewValue(style, value));
  // An alias has no quote style to keep: it becomes a value written like the note's others.
  if (!isScalar(node) || !token) return splice(fm.text, node.range[0], node.range[1], renderNewValue(style, value));
  const keptStyle = styleOfToken(token) as ScalarStyle;
  const rendered = renderScalar(value, keptStyle, {
    context: "block",
    fallbackQuote: style.quote,
    plainMayResolveTo: typeof node.value,
    tag: entry.item.sep?.find((part) => part.type === "tag")?.source,
  });
  return splice(fm.text, token.offset, token.offset + token.source.length, rendered);
}

/** `key:` with nothing after it: the value goes right after the colon, before any comment. */
function fillEmptyValue(fm: Frontmatter, entry: MapEntry, value: string, style: NoteStyle): string {
  if (value === "") return fm.text;
  return splice(fm.text, entry.valueInsertAt, entry.valueInsertAt, ` ${renderNewValue(style, value)}`);
}

/**
 * A `|` or `>` block becomes a one-line value on the key's line. The line break after the block's last
 * line and any blank lines after it stay where they are.
 */
function replaceBlockScalar(fm: Frontmatter, token: CST.BlockScalar, rendered: string): string {
  const bodyStart = token.offset + CST.stringify(token).length - token.source.length;
  const headerLineBreak = token.props.find((part) => part.type === "newline")?.offset ?? bodyStart;
  const content = token.source.replace(/\s+$/, "");
  const end = content === "" ? headerLineBreak : bodyStart + content.length;
  return splice(fm.text, token.offset, end, rendered);
}
