/**
 * Pre-optimisation implementation (git 8ec6f1d:src/core/links/find-links.ts), kept verbatim as a test oracle for
 * scanners.test.ts: the rewritten scanner in src must give the same output. Only the imports differ.
 */

import type { LinkRef } from "../../../src/core/model/types";
import { noteLayout } from "../../../src/core/parse/layout";
import { findBodyLinks } from "./old-body-links";
import { findFrontmatterLinks } from "./old-frontmatter-links";
import { LineIndex } from "../../../src/core/links/line-index";
import type { LinkOccurrence } from "../../../src/core/links/link-occurrence";
import { stripMdExtension } from "../../../src/core/links/vault-paths";

/**
 * Every link in a note, in text order: wikilinks, embeds and markdown links in the body (outside
 * code), and wikilinks in front matter values.
 */
export function findLinks(text: string): LinkOccurrence[] {
  const layout = noteLayout(text);
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
export function toLinkRefs(text: string): LinkRef[] {
  return findLinks(text)
    .filter((link) => link.linkpath !== "")
    .map((link) => {
      const ref: LinkRef = { target: stripMdExtension(link.linkpath), line: link.line };
      if (link.display !== undefined) ref.display = link.display;
      return ref;
    });
}
