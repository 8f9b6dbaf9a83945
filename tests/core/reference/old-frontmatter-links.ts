/**
 * Pre-optimisation implementation (git 8ec6f1d:src/core/links/frontmatter-links.ts), kept verbatim as a test oracle for
 * scanners.test.ts: the rewritten scanner in src must give the same output. Only the imports differ.
 */

import { pairBrackets } from "./old-bracket-pairs";
import { hasUrlScheme, isEscaped } from "../../../src/core/links/escapes";
import type { LineIndex } from "../../../src/core/links/line-index";
import type { LinkOccurrence } from "../../../src/core/links/link-occurrence";
import { readWikilink } from "../../../src/core/links/wikilink-syntax";
import { unescapeYaml, yamlValueScalars, type YamlScalar } from "../../../src/core/links/yaml-scalars";

/**
 * Wikilinks in front matter values: `related: "[[D]]"`, list items, flow lists. Obsidian links only
 * wikilinks here (a markdown link in a property is plain text). Paths, subpaths and display text are
 * read through the scalar's YAML quoting, so `'[[O''Brien]]'` links to `O'Brien`.
 */
export function findFrontmatterLinks(text: string, yamlStart: number, yamlEnd: number, lines: LineIndex): LinkOccurrence[] {
  const found: LinkOccurrence[] = [];
  const yaml = text.slice(yamlStart, yamlEnd);
  // Most front matter holds no wikilink at all; only then is its syntax tree worth building.
  if (!yaml.includes("[[")) return found;
  for (const scalar of yamlValueScalars(yaml)) {
    found.push(...linksInScalar(scalar, yamlStart + scalar.offset, lines));
  }
  return found;
}

function linksInScalar(scalar: YamlScalar, scalarStart: number, lines: LineIndex): LinkOccurrence[] {
  const { source, quoting } = scalar;
  const found: LinkOccurrence[] = [];
  for (const [open, close] of pairBrackets(source, 0, source.length).wikilinks) {
    const raw = readWikilink(source, open, close);
    const linkpath = unescapeYaml(raw.path, quoting);
    if (hasUrlScheme(linkpath)) continue;
    const embed = open > 0 && source[open - 1] === "!" && !isEscaped(source, open - 1);
    const start = scalarStart + (embed ? open - 1 : open);
    const occurrence: LinkOccurrence = {
      start,
      end: scalarStart + raw.end,
      form: embed ? "embed" : "wikilink",
      linkpath,
      inFrontmatter: true,
      line: lines.lineAt(start),
      pathStart: scalarStart + raw.pathStart,
      pathEnd: scalarStart + raw.pathStart + raw.path.length,
      pathSpelling: { kind: "wiki", quoting },
    };
    if (raw.subpath !== undefined) occurrence.subpath = unescapeYaml(raw.subpath, quoting);
    if (raw.display !== undefined) occurrence.display = unescapeYaml(raw.display, quoting);
    found.push(occurrence);
  }
  return found;
}
