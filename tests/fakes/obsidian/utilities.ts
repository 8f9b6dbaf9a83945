/** Obsidian's stand-alone helper functions (links, front matter, YAML, search, debounce, platform). */
import type * as Obsidian from "obsidian";
import { parse, stringify } from "yaml";
import { findFrontmatter, isPlainObject } from "./markdown";

export { normalizePath } from "./paths";

/** `Note#Heading` → `Note`. */
export function getLinkpath(linktext: string): string {
  return parseLinktext(linktext).path;
}

/** `Note#Heading` → `{ path: "Note", subpath: "#Heading" }`. */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
  const hash = linktext.indexOf("#");
  if (hash < 0) return { path: linktext, subpath: "" };
  return { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

export function getFrontMatterInfo(content: string): Obsidian.FrontMatterInfo {
  const block = findFrontmatter(content);
  if (!block) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
  return { exists: true, frontmatter: block.yaml, from: block.yamlStart, to: block.yamlEnd, contentStart: block.bodyStart };
}

/** YAML as Obsidian reads it: core schema, so dates stay strings. Throws on invalid YAML. */
export function parseYaml(yaml: string): unknown {
  return parse(yaml, { schema: "core" });
}

/**
 * YAML as the fake writes front matter: block style, no line folding, an empty value for null
 * (Obsidian shows `key:` for an empty property). `{}` gives "" rather than "{}".
 */
export function stringifyYaml(obj: unknown): string {
  if (isPlainObject(obj) && Object.keys(obj).length === 0) return "";
  return stringify(obj, { lineWidth: 0, nullStr: "" });
}

function stringList(value: unknown, separator: RegExp): string[] {
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(separator) : [];
  return items.filter((item): item is string => typeof item === "string").map((item) => item.trim()).filter(Boolean);
}

/** `tags`/`tag` in front matter, as a list or a comma/space separated string, each with a leading `#`. */
export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
  if (!isPlainObject(frontmatter)) return null;
  const tags = [...stringList(frontmatter.tags, /[,\s]+/), ...stringList(frontmatter.tag, /[,\s]+/)];
  return tags.length > 0 ? tags.map((tag) => (tag.startsWith("#") ? tag : `#${tag}`)) : null;
}

/** `aliases`/`alias` in front matter, as a list or a comma separated string. */
export function parseFrontMatterAliases(frontmatter: unknown): string[] | null {
  if (!isPlainObject(frontmatter)) return null;
  const aliases = [...stringList(frontmatter.aliases, /,/), ...stringList(frontmatter.alias, /,/)];
  return aliases.length > 0 ? aliases : null;
}

/** Front matter tags and body tags together, each with its `#`. */
export function getAllTags(cache: Obsidian.CachedMetadata): string[] | null {
  const tags = [...(parseFrontMatterTags(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((tag) => tag.tag)];
  return tags.length > 0 ? tags : null;
}

/**
 * Case-insensitive subsequence match, scored higher for matches that are contiguous and early.
 * Not Obsidian's exact scoring: tests should depend on which items match, not on their scores.
 */
export function prepareFuzzySearch(query: string): (text: string) => Obsidian.SearchResult | null {
  const needle = query.toLowerCase().replace(/\s+/g, "");
  return (text) => {
    const haystack = text.toLowerCase();
    const matches: Obsidian.SearchMatches = [];
    let from = 0;
    let score = 0;
    for (const char of needle) {
      const at = haystack.indexOf(char, from);
      if (at < 0) return null;
      const last = matches[matches.length - 1];
      if (last && last[1] === at) last[1] = at + 1;
      else matches.push([at, at + 1]);
      score -= at - from;
      from = at + 1;
    }
    return { score: score - matches.length, matches };
  };
}

/** Every space-separated word of the query must occur in the text (case-insensitive). */
export function prepareSimpleSearch(query: string): (text: string) => Obsidian.SearchResult | null {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return (text) => {
    const haystack = text.toLowerCase();
    const matches: Obsidian.SearchMatches = [];
    for (const word of words) {
      const at = haystack.indexOf(word);
      if (at < 0) return null;
      matches.push([at, at + word.length]);
    }
    return { score: -matches.length, matches };
  };
}

/**
 * Obsidian's debounce: `cb` runs `timeout` ms after the first call of a burst (after the last
 * call with `resetTimer`), with the latest arguments. Real timers, so vitest's fake timers work.
 */
export function debounce<T extends unknown[], V>(
  cb: (...args: [...T]) => V,
  timeout = 0,
  resetTimer = false,
): Obsidian.Debouncer<T, V> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pendingArgs: [...T] | null = null;
  const run = (): V | void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!pendingArgs) return;
    const args = pendingArgs;
    pendingArgs = null;
    return cb(...args);
  };
  const debouncer = ((...args: [...T]) => {
    pendingArgs = args;
    if (timer !== null && resetTimer) clearTimeout(timer);
    if (timer === null || resetTimer) timer = setTimeout(run, timeout);
    return debouncer;
  }) as Obsidian.Debouncer<T, V>;
  debouncer.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pendingArgs = null;
    return debouncer;
  };
  debouncer.run = run;
  return debouncer;
}

/** A desktop, non-mobile platform; tests may flip fields to exercise mobile paths. */
export const Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: "app://fake/",
};

export const apiVersion = "1.13.1";

/** Compares dotted versions with the API version the fake claims. */
export function requireApiVersion(version: string): boolean {
  const parts = (text: string) => text.split(".").map(Number);
  const [have, want] = [parts(apiVersion), parts(version)];
  for (let index = 0; index < Math.max(have.length, want.length); index += 1) {
    const difference = (have[index] ?? 0) - (want[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

const icons = new Set<string>();

/** Records the icon id on the element (`data-icon`) instead of drawing an SVG. */
export function setIcon(parent: HTMLElement, iconId: Obsidian.IconName): void {
  parent.empty();
  parent.setAttr("data-icon", iconId);
}

export function addIcon(iconId: string, _svgContent: string): void {
  icons.add(iconId);
}

export function getIconIds(): Obsidian.IconName[] {
  return [...icons];
}

/** Sets `aria-label`, which is how Obsidian's tooltips are found in the DOM. */
export function setTooltip(el: HTMLElement, tooltip: string, _options?: Obsidian.TooltipOptions): void {
  el.setAttr("aria-label", tooltip);
}
