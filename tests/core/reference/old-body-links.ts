/**
 * Pre-optimisation implementation (git 8ec6f1d:src/core/links/body-links.ts), kept verbatim as a test oracle for
 * scanners.test.ts: the rewritten scanner in src must give the same output. Only the imports differ.
 */

import { pairBrackets, type BracketPairs } from "./old-bracket-pairs";
import { findCodeRegions } from "./old-code-regions";
import { decodePercentEscapes, hasUrlScheme, isEscaped, removeBackslashEscapes } from "../../../src/core/links/escapes";
import type { LineIndex } from "../../../src/core/links/line-index";
import type { LinkOccurrence } from "../../../src/core/links/link-occurrence";
import { readMarkdownLink, type RawMarkdownLink } from "../../../src/core/links/markdown-link-syntax";
import { SortedRanges } from "../../../src/core/links/text-range";
import { readWikilink, type RawWikilink } from "../../../src/core/links/wikilink-syntax";

/** The links in a note body (from `bodyStart` on), in order, leaving code and external URLs out. */
export function findBodyLinks(text: string, bodyStart: number, lines: LineIndex): LinkOccurrence[] {
  const code = new SortedRanges(findCodeRegions(text, bodyStart));
  const pairs = pairBrackets(text, bodyStart, text.length, code);
  const found: LinkOccurrence[] = [];
  let at = bodyStart;
  for (let open = text.indexOf("[", at); open !== -1; open = text.indexOf("[", at)) {
    const inCode = code.containing(open);
    if (inCode) {
      at = inCode.end;
      continue;
    }
    const link = linkOpenedAt(text, open, bodyStart, pairs, code);
    if (link?.occurrence) found.push({ ...link.occurrence, line: lines.lineAt(link.occurrence.start) });
    at = link ? link.end : open + 1;
  }
  return found;
}

type Unnumbered = Omit<LinkOccurrence, "line">;

/** A link starting at `open`; `occurrence` is absent for an external link, which is still skipped whole. */
interface Found {
  end: number;
  occurrence?: Unnumbered;
}

function linkOpenedAt(text: string, open: number, bodyStart: number, pairs: BracketPairs, code: SortedRanges): Found | undefined {
  const embed = open > bodyStart && text[open - 1] === "!" && !isEscaped(text, open - 1, bodyStart);
  const start = embed ? open - 1 : open;
  const wikilinkClose = pairs.wikilinks.get(open);
  if (wikilinkClose !== undefined) return wikilinkFound(readWikilink(text, open, wikilinkClose), start, embed);
  const bracketClose = pairs.brackets.get(open);
  const markdown = bracketClose === undefined ? undefined : readMarkdownLink(text, open, bracketClose, code);
  return markdown ? markdownFound(markdown, start, embed) : undefined;
}

function wikilinkFound(raw: RawWikilink, start: number, embed: boolean): Found {
  if (hasUrlScheme(raw.path)) return { end: raw.end };
  const occurrence: Unnumbered = {
    start,
    end: raw.end,
    form: embed ? "embed" : "wikilink",
    linkpath: raw.path,
    inFrontmatter: false,
    pathStart: raw.pathStart,
    pathEnd: raw.pathStart + raw.path.length,
    pathSpelling: { kind: "wiki" },
  };
  if (raw.subpath !== undefined) occurrence.subpath = raw.subpath;
  if (raw.display !== undefined) occurrence.display = raw.display;
  return { end: raw.end, occurrence };
}

function markdownFound(raw: RawMarkdownLink, start: number, embed: boolean): Found {
  if (hasUrlScheme(raw.destination)) return { end: raw.end };
  const hash = raw.destination.indexOf("#");
  const rawPath = hash === -1 ? raw.destination : raw.destination.slice(0, hash);
  const occurrence: Unnumbered = {
    start,
    end: raw.end,
    form: "markdown",
    linkpath: decodeDestination(rawPath),
    display: raw.text,
    inFrontmatter: false,
    pathStart: raw.destinationStart,
    pathEnd: raw.destinationStart + rawPath.length,
    pathSpelling: { kind: "markdown", angleBrackets: raw.angleBrackets },
  };
  if (hash !== -1) occurrence.subpath = decodeDestination(raw.destination.slice(hash));
  if (embed) occurrence.markdownEmbed = true;
  return { end: raw.end, occurrence };
}

function decodeDestination(raw: string): string {
  return decodePercentEscapes(removeBackslashEscapes(raw));
}
