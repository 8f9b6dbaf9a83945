import { simpleYamlEntries } from "../links/simple-yaml";
import type { YamlScalar } from "../links/yaml-scalars";

/**
 * The data of front matter written the simple way (see `simpleYamlEntries`), read without a YAML parser:
 * exactly what js-yaml's safe loader with the core schema gives, or undefined wherever the two could differ,
 * and the caller then asks gray-matter and js-yaml. Almost every note's front matter is read here, which took
 * the parse from the most expensive step to one of the cheapest. `tests/core/parse/simple-frontmatter.test.ts`
 * holds this to js-yaml's answer on generated front matter.
 */
export function readSimpleFrontmatter(yaml: string): Record<string, unknown> | undefined {
  if (!onlyPlainCharacters(yaml)) return undefined;
  const entries = simpleYamlEntries(yaml);
  if (!entries) return undefined;
  const data: Record<string, unknown> = {};
  for (const { key, value } of entries) {
    // js-yaml refuses a repeated key; `__proto__` it would treat specially; `True:` is the key "true" to it.
    if (Object.hasOwn(data, key) || key === "__proto__" || resolvePlain(key) !== key) return undefined;
    const read = Array.isArray(value) ? readItems(value) : value === null ? null : readScalar(value);
    if (read === undefined) return undefined;
    data[key] = read;
  }
  return data;
}

/** Values below are undefined where js-yaml must say: YAML itself has no undefined, so it cannot be a value read. */
function readItems(items: readonly (YamlScalar | null)[]): unknown[] | undefined {
  const values: unknown[] = [];
  for (const item of items) {
    const value = item === null ? null : readScalar(item);
    if (value === undefined) return undefined;
    values.push(value);
  }
  return values;
}

function readScalar({ source, quoting }: YamlScalar): unknown {
  if (quoting === "single") return source.slice(1, -1).replaceAll("''", "'");
  // An escape (`\n`, `\u00e9`) is js-yaml's to read.
  if (quoting === "double") return source.includes("\\") ? undefined : source.slice(1, -1);
  return quoting === "plain" ? resolvePlain(source) : undefined;
}

/**
 * A plain scalar as the core schema types it: null, true or false, a small decimal integer, else a string.
 * Anything that might be another number (`0x1F`, `1_000`, `.5`, `1e3`, `-2`) is left to js-yaml; a date
 * such as `2026-01-03` is a string in the core schema, and stays the text the user wrote.
 */
function resolvePlain(source: string): unknown {
  const first = source.charCodeAt(0);
  if (first >= DIGIT_0 && first <= DIGIT_9) {
    if (DECIMAL.test(source)) return Number(source);
    return DATE.test(source) ? source : undefined;
  }
  if (!startsAsText(first)) return undefined;
  if (NULLS.has(source)) return null;
  return BOOLEANS.get(source) ?? source;
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;
/** Few enough digits that `Number` reads them exactly, as js-yaml does; no leading 0, which js-yaml reads as octal. */
const DECIMAL = /^(?:0|[1-9][0-9]{0,14})$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const NULLS = new Set(["null", "Null", "NULL"]);
const BOOLEANS = new Map([
  ["true", true],
  ["True", true],
  ["TRUE", true],
  ["false", false],
  ["False", false],
  ["FALSE", false],
]);

/** A letter, `_`, or any character beyond ASCII: the core schema cannot make a number or null of it. */
function startsAsText(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code >= 0x80;
}

/**
 * Characters on which js-yaml and this reader could disagree, or js-yaml would refuse the block: tabs,
 * control characters, a lone `\r` (a line break to js-yaml), a byte order mark, NEL, the Unicode line
 * separators, non-characters and lone surrogates.
 */
function onlyPlainCharacters(yaml: string): boolean {
  for (let at = 0; at < yaml.length; at++) {
    const code = yaml.charCodeAt(at);
    if (code >= 0x20 && code < 0x7f) continue;
    if (code === 10) continue;
    if (code === 13 && yaml.charCodeAt(at + 1) === 10) continue;
    if (code < 0xa0 || code === 0xfeff || code === 0x2028 || code === 0x2029 || code >= 0xfffe) return false;
    if (code >= 0xd800 && code <= 0xdfff && !isSurrogatePair(yaml, at++)) return false;
  }
  return true;
}

function isSurrogatePair(text: string, at: number): boolean {
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
