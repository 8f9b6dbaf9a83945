import { Parser } from "yaml";
import type { YamlQuoting } from "./link-occurrence";

/** A scalar value in the front matter, with its exact source text. */
export interface YamlScalar {
  /** Offset of `source` in the YAML text (for a quoted scalar, of its opening quote). */
  offset: number;
  source: string;
  quoting: YamlQuoting;
}

const QUOTING_BY_TOKEN_TYPE: Record<string, YamlQuoting> = {
  scalar: "plain",
  "single-quoted-scalar": "single",
  "double-quoted-scalar": "double",
  "block-scalar": "block",
};

/**
 * Every value scalar in a YAML text (mapping keys left out: a link is a value), read from the
 * `yaml` package's concrete syntax tree, which keeps each token's offset and source bytes, so a
 * link found in a scalar can be rewritten in place without re-serialising the front matter.
 */
export function yamlValueScalars(yaml: string): YamlScalar[] {
  const scalars: YamlScalar[] = [];
  for (const token of new Parser().parse(yaml)) collectScalars(token, yaml, scalars);
  return scalars;
}

function collectScalars(node: unknown, yaml: string, into: YamlScalar[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collectScalars(child, yaml, into);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const scalar = asScalar(node as Record<string, unknown>, yaml);
  if (scalar) {
    into.push(scalar);
    return;
  }
  for (const [field, child] of Object.entries(node)) if (field !== "key") collectScalars(child, yaml, into);
}

function asScalar(token: Record<string, unknown>, yaml: string): YamlScalar | undefined {
  const quoting = QUOTING_BY_TOKEN_TYPE[String(token.type)];
  if (!quoting || typeof token.source !== "string" || typeof token.offset !== "number") return undefined;
  const offset = quoting === "block" ? blockContentOffset(token) : token.offset;
  // Trust an offset only if the bytes there are the token's source; anything else is left unread.
  if (offset === undefined || yaml.slice(offset, offset + token.source.length) !== token.source) return undefined;
  return { offset, source: token.source, quoting };
}

/** A block scalar's token offset is its `|`/`>` header; its source starts after the header line. */
function blockContentOffset(token: Record<string, unknown>): number | undefined {
  const props = Array.isArray(token.props) ? (token.props as Array<{ offset?: unknown; source?: unknown }>) : [];
  const last = props[props.length - 1];
  if (typeof last?.offset !== "number" || typeof last.source !== "string") return undefined;
  return last.offset + last.source.length;
}

/** The characters a quoted scalar's source stands for, so `'O''Brien'` reads as `O'Brien`. */
export function unescapeYaml(raw: string, quoting: YamlQuoting): string {
  if (quoting === "single") return raw.replace(/''/g, "'");
  if (quoting === "double") return raw.replace(/\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, unescapeDoubleQuoted);
  return raw;
}

const DOUBLE_QUOTED_ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b",
  " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029",
};

function unescapeDoubleQuoted(escape: string, code: string): string {
  if (code.length > 1) return String.fromCodePoint(parseInt(code.slice(1), 16));
  return DOUBLE_QUOTED_ESCAPES[code] ?? escape;
}

/** Writes characters into a scalar of the given quoting: `'` doubles in single quotes; `"` and `\` escape in double. */
export function escapeYaml(value: string, quoting: YamlQuoting): string {
  if (quoting === "single") return value.replace(/'/g, "''");
  if (quoting === "double") return value.replace(/["\\]/g, (char) => `\\${char}`);
  return value;
}
