import { isAlias, isScalar } from "yaml";
import { findEntry, openFrontmatter, type Frontmatter } from "./source";
import { scalarText, styleOfToken, type ValueStyle } from "./scalars";

export interface ScalarReading {
  /** The text as written, unquoted and unescaped; "" for an empty value (`key:`). */
  value: string;
  /** `other` for block scalars (`|`, `>`) and aliases. */
  style: ValueStyle;
}

/** A top-level scalar property; undefined when the note lacks it or it holds a list or map. */
export function readScalar(text: string, key: string): ScalarReading | undefined {
  const fm = openFrontmatter(text);
  return fm && readScalarFrom(fm, key);
}

export function readScalarFrom(fm: Frontmatter, key: string): ScalarReading | undefined {
  const entry = findEntry(fm.root, key);
  if (!entry) return undefined;
  const node = entry.pair.value;
  if (node === null) return { value: "", style: "plain" };
  if (isScalar(node)) return { value: scalarText(node), style: node.srcToken ? styleOfToken(node.srcToken) : "plain" };
  if (!isAlias(node)) return undefined;
  const target = node.resolve(fm.doc);
  return isScalar(target) ? { value: scalarText(target), style: "other" } : undefined;
}
