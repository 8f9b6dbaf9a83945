/**
 * The last line of defence: after splicing, the front matter is parsed again and compared with what
 * it was. An edit that would disturb any other property is refused rather than written.
 */
import { isNode, type Document } from "yaml";
import { FrontmatterEditError } from "./errors";
import { keyName, openFrontmatter, type Frontmatter, type MapPair } from "./source";

/** Returns `after` when its front matter parses, `readsBack` holds and every property but `key` is unchanged. */
export function verifiedEdit(before: Frontmatter | undefined, after: string, key: string, readsBack: (edited: Frontmatter) => boolean): string {
  const edited = parseEdited(after, key);
  if (!edited || !readsBack(edited) || !sameOtherValues(before, edited, key)) throw refused(key);
  return after;
}

function parseEdited(after: string, key: string): Frontmatter | undefined {
  try {
    return openFrontmatter(after);
  } catch {
    throw refused(key);
  }
}

function refused(key: string): FrontmatterEditError {
  return new FrontmatterEditError(`Rapport could not set \`${key}\` without disturbing other front matter, so the note was left unchanged.`);
}

function sameOtherValues(before: Frontmatter | undefined, after: Frontmatter, key: string): boolean {
  const was = valuesByKey(before, key);
  const now = valuesByKey(after, key);
  if (was.length !== now.length) return false;
  return was.every(([name, value], index) => {
    const other = now[index];
    return other !== undefined && other[0] === name && deepEqual(value, other[1]);
  });
}

/** Every top-level property but `key`, in order, with its value as a reader would see it (aliases resolved). */
function valuesByKey(fm: Frontmatter | undefined, key: string): [string, unknown][] {
  const pairs = fm?.root?.items ?? [];
  return pairs.filter((pair) => keyName(pair) !== key).map((pair) => [keyLabel(pair, fm), plainValue(pair.value, fm?.doc)]);
}

function keyLabel(pair: MapPair, fm: Frontmatter | undefined): string {
  return keyName(pair) ?? JSON.stringify(plainValue(pair.key, fm?.doc));
}

function plainValue(node: unknown, doc: Document.Parsed | undefined): unknown {
  // Maps as Map objects: a complex key (`? [a]`) is compared as it is, not stringified with a warning.
  return isNode(node) && doc ? node.toJS(doc, { mapAsMap: true }) : node;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (a instanceof Map || b instanceof Map) return a instanceof Map && b instanceof Map && deepEqual([...a], [...b]);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((name) => deepEqual((a as Record<string, unknown>)[name], (b as Record<string, unknown>)[name]));
}
