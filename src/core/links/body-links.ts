import { pairBrackets, type BracketPairs } from "./bracket-pairs";
import { findCodeRegions } from "./code-regions";
import { decodePercentEscapes, hasUrlScheme, isEscaped, removeBackslashEscapes } from "./escapes";
import type { LineIndex } from "./line-index";
import type { LinkOccurrence } from "./link-occurrence";
import { readMarkdownLink, type RawMarkdownLink } from "./markdown-link-syntax";
import { SortedRanges } from "./text-range";
import { readWikilink, type RawWikilink } from "./wikilink-syntax";

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
    const occurrence = link?.occurrence;
    if (occurrence) {
      occurrence.line = lines.lineAt(occurrence.start);
      found.push(occurrence);
    }
    at = link ? link.end : open + 1;
  }
  return found;
}

/** A link starting at `open`; `occurrence` is absent for an external link, which is still skipped whole. */
interface Found {
  end: number;
  /** Its `line` is set by the caller, which holds the note's line index. */
  occurrence?: LinkOccurrence;
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
  const occurrence: LinkOccurrence = {
    start,
    end: raw.end,
    form: embed ? "embed" : "wikilink",
    linkpath: raw.path,
    inFrontmatter: false,
    line: 0,
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
  const occurrence: LinkOccurrence = {
    start,
    end: raw.end,
    form: "markdown",
    linkpath: decodeDestination(rawPath),
    display: raw.text,
    inFrontmatter: false,
    line: 0,
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
