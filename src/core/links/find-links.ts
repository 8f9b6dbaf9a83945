import type { LinkRef } from "../model/types";
import { noteLayout, type NoteLayout } from "../parse/layout";
import { findBodyLinks } from "./body-links";
import { findFrontmatterLinks } from "./frontmatter-links";
import { LineIndex } from "./line-index";
import type { LinkOccurrence } from "./link-occurrence";
import { stripMdExtension } from "./vault-paths";

/**
 * Every link in a note, in text order: wikilinks, embeds and markdown links in the body (outside
 * code), and wikilinks in front matter values.
 */
export function findLinks(text: string, layout: NoteLayout = noteLayout(text)): LinkOccurrence[] {
  const lines = new LineIndex(text);
  const frontmatter = layout.frontmatter;
  // A `---js` block is not YAML to Obsidian; it stays out of both scans rather than be misread.
  const inFrontmatter =
    frontmatter && isYaml(frontmatter.language)
      ? findFrontmatterLinks(text, frontmatter.contentStart, frontmatter.contentEnd, lines)
      : [];
  return [...inFrontmatter, ...findBodyLinks(text, layout.bodyStart, lines)];
}

function isYaml(language: string): boolean {
  return language === "" || language.toLowerCase() === "yaml";
}

/**
 * The note's outgoing links as the parser records them: target without `.md` or subpath. Links
 * within the note itself (`[[#Heading]]`) are left out: they point nowhere else.
 */
export function toLinkRefs(text: string, layout?: NoteLayout): LinkRef[] {
  return findLinks(text, layout)
    .filter((link) => link.linkpath !== "")
    .map((link) => {
      const ref: LinkRef = { target: stripMdExtension(link.linkpath), line: link.line };
      if (link.display !== undefined) ref.display = link.display;
      return ref;
    });
}
