/**
 * Finds a note's front matter and parses it with source positions, so that edits can be spliced
 * into the original text instead of re-stringifying the document.
 */
import { isMap, isScalar, parseDocument, type CST, type Document, type Pair, type ParsedNode, type YAMLMap } from "yaml";
import { lineAt, noteLayout, type FrontmatterSpan, type LineEnding, type NoteLayout } from "../parse/layout";
import { FrontmatterEditError } from "./errors";

/** A pair of a parsed block map: the front matter's top level, or a map nested under a key. */
export type MapPair = Pair<ParsedNode, ParsedNode | null>;

export interface Frontmatter {
  /** The whole note. Every node offset below indexes this text directly. */
  text: string;
  span: FrontmatterSpan;
  /** The line ending of the front matter block itself, used for the lines an edit adds to it. */
  eol: LineEnding;
  doc: Document.Parsed;
  /** The top-level map; absent when the block holds no properties (empty, or comments only). */
  root?: YAMLMap.Parsed;
}

export interface MapEntry {
  pair: MapPair;
  /** The pair's CST item, for the offsets of `:`, anchors and tags. */
  item: CST.CollectionItem;
  /** Offset just past `:` (and any anchor or tag): where a value goes when the entry has none. */
  valueInsertAt: number;
}

/** The note's layout, refusing the shapes this editor must not touch. */
export function editableLayout(text: string): NoteLayout {
  const layout = noteLayout(text);
  if (layout.unterminatedFence) {
    throw new FrontmatterEditError("The front matter's opening `---` has no closing `---`, so it was left unchanged.", 1);
  }
  const language = layout.frontmatter?.language;
  if (language) {
    throw new FrontmatterEditError(`The front matter is written in \`${language}\`, not YAML, so it was left unchanged.`, 1);
  }
  return layout;
}

/** Parses the note's front matter; undefined when the note has none. Throws when it cannot be edited safely. */
export function openFrontmatter(text: string): Frontmatter | undefined {
  const span = editableLayout(text).frontmatter;
  if (!span) return undefined;
  // Blank lines in front of the YAML change nothing in its meaning but make every node offset an offset
  // into the note, so no edit has to translate positions.
  const padded = "\n".repeat(span.contentStart) + text.slice(span.contentStart, span.contentEnd);
  const doc = parseDocument(padded, { keepSourceTokens: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    // An error found only at the end of the YAML (an unclosed `[`) belongs to its last line, not the closing fence.
    const line = lineAt(text, Math.min(error.pos[0], Math.max(span.contentStart, span.contentEnd - 1)));
    throw new FrontmatterEditError(`The front matter is not valid YAML (line ${line}): ${error.message}`, line);
  }
  assertResolvable(doc);
  return { text, span, eol: fenceLineEnding(text, span), doc, root: rootMap(doc, text, span) };
}

/** Aliases are only resolved when values are read: `*a` without an `&a` passes the parse but fails every reader. */
function assertResolvable(doc: Document.Parsed): void {
  try {
    doc.toJS({ mapAsMap: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FrontmatterEditError(`The front matter is not valid YAML: ${reason}`);
  }
}

function fenceLineEnding(text: string, span: FrontmatterSpan): LineEnding {
  return text.slice(span.contentStart - 2, span.contentStart) === "\r\n" ? "\r\n" : "\n";
}

function rootMap(doc: Document.Parsed, text: string, span: FrontmatterSpan): YAMLMap.Parsed | undefined {
  const contents = doc.contents;
  if (contents === null) return undefined;
  if (isMap(contents) && !contents.flow) return contents;
  const line = lineAt(text, span.contentStart);
  throw new FrontmatterEditError("The front matter is not a list of `key: value` properties, so it was left unchanged.", line);
}

/** A map key as a plain string, for matching; undefined for complex keys (`? [a, b]`). */
export function keyName(pair: Pair<unknown, unknown>): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

export function findEntry(map: YAMLMap.Parsed | undefined, key: string): MapEntry | undefined {
  const pair = map?.items.find((candidate) => keyName(candidate) === key);
  if (!pair) return undefined;
  const item = pair.srcToken;
  if (!item?.sep) throw new FrontmatterEditError(`\`${key}\` is written in a form Rapport does not edit (an explicit \`?\` key).`);
  return { pair, item, valueInsertAt: valueInsertOffset(item.sep) };
}

function valueInsertOffset(sep: CST.SourceToken[]): number {
  let end = 0;
  for (const token of sep) {
    if (token.type === "map-value-ind" || token.type === "anchor" || token.type === "tag") {
      end = token.offset + token.source.length;
    }
  }
  return end;
}

/** Column of the top-level keys: 0 unless the whole block is indented. */
export function rootColumn(fm: Frontmatter): number {
  return fm.root?.srcToken?.indent ?? 0;
}

/** A line's worth of spaces for a column. */
export function indentOf(column: number): string {
  return " ".repeat(column);
}
