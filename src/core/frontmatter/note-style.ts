/**
 * How a note already writes its front matter (quotes, list indentation), so that the lines and
 * values an edit adds look like the ones around them.
 */
import { isScalar, isSeq, type Scalar, type YAMLSeq } from "yaml";
import type { Frontmatter } from "./source";
import { columnOf, lineIndentAt } from "./text";
import { isDateLike, scalarText, styleOfToken, type QuoteStyle, type ScalarStyle } from "./scalars";

export interface NoteStyle {
  /** How date-like values (`created: '2026-01-03'`) are written; plain when the note has none. */
  dateStyle: ScalarStyle;
  /** How other text values are written; plain when the note has none. */
  textStyle: ScalarStyle;
  /** The quote the note uses most, for values that cannot be plain; double when it quotes nothing. */
  quote: QuoteStyle;
  /** Columns between a key and its list's `- ` (Obsidian writes 2; many generators 0). */
  listIndent: number;
  /** How list items are written; plain when the note has no list items. */
  listItemStyle: ScalarStyle;
}

/** Obsidian's own writer indents list items by two spaces; used when the note shows no list. */
const DEFAULT_LIST_INDENT = 2;

export function noteStyle(fm: Frontmatter | undefined): NoteStyle {
  const pairs = fm?.root?.items ?? [];
  const values = pairs.map((pair) => pair.value).filter((node): node is Scalar.Parsed => isScalar(node) && !!node.srcToken);
  const lists = pairs.flatMap((pair) => (isSeq(pair.value) ? [{ key: pair.key, seq: pair.value }] : []));
  const items = lists.flatMap(({ seq }) => scalarItems(seq));
  const dates = values.filter((node) => isDateLike(scalarText(node)));
  const texts = values.filter((node) => typeof node.value === "string" && !isDateLike(scalarText(node)));
  return {
    dateStyle: prevailingStyle(dates) ?? "plain",
    textStyle: prevailingStyle(texts) ?? "plain",
    quote: prevailingQuote([...values, ...items]) ?? "double",
    listIndent: firstBlockListIndent(fm, lists) ?? DEFAULT_LIST_INDENT,
    listItemStyle: prevailingStyle(items) ?? "plain",
  };
}

/** The style a new top-level value takes: dates follow the note's dates, other text its other text. */
export function styleForNewValue(style: NoteStyle, value: string): ScalarStyle {
  return isDateLike(value) ? style.dateStyle : style.textStyle;
}

export function scalarItems(seq: YAMLSeq.Parsed): Scalar.Parsed[] {
  return seq.items.filter((item): item is Scalar.Parsed => isScalar(item) && !!item.srcToken);
}

/** The most used of plain, single and double among the nodes; ties go to the one seen first. */
export function prevailingStyle(nodes: Scalar.Parsed[]): ScalarStyle | undefined {
  return mostCommon(nodes.map((node) => styleOfToken(node.srcToken)).filter(isScalarStyle));
}

export function prevailingQuote(nodes: Scalar.Parsed[]): QuoteStyle | undefined {
  const quotes = nodes.map((node) => styleOfToken(node.srcToken)).filter((style): style is QuoteStyle => style === "single" || style === "double");
  return mostCommon(quotes);
}

function isScalarStyle(style: string): style is ScalarStyle {
  return style === "plain" || style === "single" || style === "double";
}

function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  for (const [value, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

function firstBlockListIndent(fm: Frontmatter | undefined, lists: { key: unknown; seq: YAMLSeq.Parsed }[]): number | undefined {
  if (!fm) return undefined;
  for (const { key, seq } of lists) {
    const dash = firstDashOffset(seq);
    if (dash === undefined || !isScalar(key) || !key.range) continue;
    return Math.max(0, columnOf(fm.text, dash) - lineIndentAt(fm.text, key.range[0]));
  }
  return undefined;
}

/** Offset of the first `-` of a block list; undefined for a flow list. */
export function firstDashOffset(seq: YAMLSeq.Parsed): number | undefined {
  const token = seq.srcToken;
  if (token?.type !== "block-seq") return undefined;
  return token.items[0]?.start.find((part) => part.type === "seq-item-ind")?.offset;
}
