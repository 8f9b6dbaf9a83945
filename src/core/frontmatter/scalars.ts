/**
 * Reading and writing single YAML scalars in a chosen quote style. Every rendering is checked by
 * parsing it back, so a value is never written in a form that a YAML reader would misread.
 */
import { CST, isMap, isScalar, isSeq, parseDocument, Scalar } from "yaml";

export type ScalarStyle = "plain" | "single" | "double";
export type ValueStyle = ScalarStyle | "other";
export type QuoteStyle = Exclude<ScalarStyle, "plain">;

/**
 * Where the scalar sits: a block value (`key: x`, `- x`), an item inside `[ ]` / `{ }` where `,` and
 * brackets end it, or a map key, where `: ` ends it.
 */
export type ScalarContext = "block" | "flow" | "key";

export interface RenderOptions {
  context: ScalarContext;
  /** Quote to use when a plain scalar would be misread. */
  fallbackQuote: QuoteStyle;
  /**
   * The JavaScript type a plain scalar may resolve to besides a string. Replacing plain `4` with "5"
   * keeps a number a number; a new value has none, so `true` or `12` get quotes and stay strings.
   */
  plainMayResolveTo?: string;
  /** The value's explicit tag (`!!str`), which decides how a plain scalar resolves. */
  tag?: string;
}

export function styleOfToken(token: CST.Token | undefined): ValueStyle {
  switch (token?.type) {
    case "scalar":
      return "plain";
    case "single-quoted-scalar":
      return "single";
    case "double-quoted-scalar":
      return "double";
    default:
      return "other";
  }
}

/** A scalar's text as written, before YAML gives it a type: `5` reads "5", `'it''s'` reads "it's", an empty value "". */
export function scalarText(node: Scalar): string {
  const resolved = CST.resolveAsScalar(node.srcToken);
  if (resolved) return resolved.value;
  return node.value === null || node.value === undefined ? "" : String(node.value);
}

export function renderScalar(value: string, style: ScalarStyle, options: RenderOptions): string {
  if (style === "plain" && plainFits(value, options)) return value;
  const quote = style === "plain" ? options.fallbackQuote : style;
  if (quote === "single" && singleQuoteFits(value)) return singleQuoted(value);
  return doubleQuoted(value);
}

/** A plain scalar fits when parsing it back, in the same context, gives the same text with an acceptable type. */
function plainFits(value: string, options: RenderOptions): boolean {
  if (value === "" || !everyCodePoint(value, isSafeRaw)) return false;
  const node = parsePlainProbe(options.tag ? `${options.tag} ${value}` : value, options.context);
  if (!isScalar(node) || node.type !== Scalar.PLAIN || scalarText(node) !== value) return false;
  return typeof node.value === "string" || typeof node.value === options.plainMayResolveTo;
}

/** Parses the value written plain in its context; undefined when that is not valid YAML. */
function parsePlainProbe(value: string, context: ScalarContext): unknown {
  const probe = { block: `k: ${value}\n`, flow: `k: [${value}]\n`, key: `${value}: v\n` }[context];
  const doc = parseDocument(probe, { keepSourceTokens: true });
  if (doc.errors.length > 0) return undefined;
  const contents = doc.contents;
  if (context === "key") return isMap(contents) && contents.items.length === 1 ? contents.items[0]?.key : undefined;
  const parsed = doc.get("k", true);
  if (context === "block") return parsed;
  return isSeq(parsed) && parsed.items.length === 1 ? parsed.items[0] : undefined;
}

/** Single quotes hold any printable text on one line; everything else needs double-quote escapes. */
function singleQuoteFits(value: string): boolean {
  return everyCodePoint(value, isSafeRaw);
}

/** Written as is, a character must be printable, on one line for every YAML reader, and not a byte order mark. */
function isSafeRaw(code: number): boolean {
  return isPrintable(code) && !isLineBreakLike(code) && code !== 0xfeff;
}

function singleQuoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

const NAMED_ESCAPES: Record<number, string> = {
  0x00: "\\0",
  0x07: "\\a",
  0x08: "\\b",
  0x09: "\\t",
  0x0a: "\\n",
  0x0b: "\\v",
  0x0c: "\\f",
  0x0d: "\\r",
  0x1b: "\\e",
  0x22: '\\"',
  0x5c: "\\\\",
  0x85: "\\N",
  0x2028: "\\L",
  0x2029: "\\P",
};

function doubleQuoted(value: string): string {
  let out = '"';
  for (const char of value) out += escapeForDoubleQuotes(char);
  return `${out}"`;
}

function escapeForDoubleQuotes(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const named = NAMED_ESCAPES[code];
  if (named !== undefined) return named;
  if (isSafeRaw(code)) return char;
  const hex = code.toString(16).toUpperCase();
  return code <= 0xff ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
}

function everyCodePoint(value: string, test: (code: number) => boolean): boolean {
  for (const char of value) if (!test(char.codePointAt(0) ?? 0)) return false;
  return true;
}

/** YAML's printable set (c-printable, without the line breaks). Lone surrogates are not printable. */
function isPrintable(code: number): boolean {
  return (
    code === 0x09 ||
    (code >= 0x20 && code <= 0x7e) ||
    code === 0x85 ||
    (code >= 0xa0 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Characters some YAML readers (1.1, js-yaml) treat as line breaks, so they are never written raw. */
function isLineBreakLike(code: number): boolean {
  return code === 0x85 || code === 0x2028 || code === 0x2029;
}

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?$/;

/** `2025-11-06`, `2025-11-06T10:00` and the like: values whose quoting a note tends to keep consistent. */
export function isDateLike(value: string): boolean {
  return DATE_LIKE.test(value);
}

/** A property name as a map key: plain when that reads back as the same text, else double-quoted. */
export function renderKey(key: string): string {
  return renderScalar(key, "plain", { context: "key", fallbackQuote: "double" });
}
