import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { findLinks, LinkTargetIndex, resolveLinkpath, retargetLinks, type LinkOccurrence } from "../../../src/core/links";
import { findCodeRegions } from "../../../src/core/links/code-regions";
import { noteLayout } from "../../../src/core/parse/layout";
import { noteArbitrary, type GeneratedNote } from "./note-arbitraries";

/** Set FC_RUNS to run more (or fewer) cases; on failure fast-check prints the seed and path to replay. */
const numRuns = Number(process.env.FC_RUNS ?? 1000);

interface Retargeted {
  paths: LinkTargetIndex;
  before: string;
  after: string;
  count: number;
  linksBefore: LinkOccurrence[];
  linksAfter: LinkOccurrence[];
}

function retarget({ vault, text }: GeneratedNote): Retargeted {
  const paths = new LinkTargetIndex(vault.paths);
  const { text: after, count } = retargetLinks(text, vault.source, { from: vault.duplicate, to: vault.survivor }, paths);
  return { paths, before: text, after, count, linksBefore: findLinks(text), linksAfter: findLinks(after) };
}

function opens(link: LinkOccurrence, note: GeneratedNote, paths: LinkTargetIndex): string | undefined {
  return link.linkpath === "" ? undefined : resolveLinkpath(link.linkpath, note.vault.source, paths);
}

function linksTo(links: LinkOccurrence[], target: string, note: GeneratedNote, paths: LinkTargetIndex): number {
  return links.filter((link) => opens(link, note, paths) === target).length;
}

function withoutLinks(text: string, links: LinkOccurrence[]): string {
  let result = "";
  let cursor = 0;
  for (const link of links) {
    result += text.slice(cursor, link.start);
    cursor = link.end;
  }
  return result + text.slice(cursor);
}

function codeTexts(text: string): string[] {
  return findCodeRegions(text, noteLayout(text).bodyStart).map((region) => text.slice(region.start, region.end));
}

/** What a reader sees of a link apart from its path. */
function shape(link: LinkOccurrence) {
  return [link.form, link.subpath, link.display, link.markdownEmbed, link.inFrontmatter, link.line];
}

function property(name: string, check: (note: GeneratedNote, result: Retargeted) => void): void {
  test(name, () => {
    fc.assert(
      fc.property(noteArbitrary, (note) => check(note, retarget(note))),
      { numRuns },
    );
  });
}

describe("retargetLinks properties", () => {
  property("no link opens the duplicate afterwards", (note, { paths, linksAfter }) => {
    expect(linksTo(linksAfter, note.vault.duplicate, note, paths)).toBe(0);
  });

  property("links to the survivor grow by exactly the count, which is the number of links to the duplicate", (note, r) => {
    expect(r.count).toBe(linksTo(r.linksBefore, note.vault.duplicate, note, r.paths));
    expect(linksTo(r.linksAfter, note.vault.survivor, note, r.paths)).toBe(linksTo(r.linksBefore, note.vault.survivor, note, r.paths) + r.count);
  });

  property("links to the namesake in another folder still open it", (note, { paths, linksBefore, linksAfter }) => {
    expect(linksTo(linksAfter, note.vault.namesake, note, paths)).toBe(linksTo(linksBefore, note.vault.namesake, note, paths));
  });

  property("each link either moved from the duplicate to the survivor or kept its path", (note, { paths, linksBefore, linksAfter }) => {
    expect(linksAfter).toHaveLength(linksBefore.length);
    linksBefore.forEach((before, index) => {
      const after = linksAfter[index] as LinkOccurrence;
      if (opens(before, note, paths) === note.vault.duplicate) expect(opens(after, note, paths)).toBe(note.vault.survivor);
      else expect(after.linkpath).toBe(before.linkpath);
    });
  });

  property("text in code is unchanged", (_note, { before, after }) => {
    expect(codeTexts(after)).toEqual(codeTexts(before));
  });

  property("removing every link leaves identical text", (_note, { before, after, linksBefore, linksAfter }) => {
    expect(withoutLinks(after, linksAfter)).toBe(withoutLinks(before, linksBefore));
  });

  property("form, display text and subpaths are preserved", (_note, { linksBefore, linksAfter }) => {
    expect(linksAfter.map(shape)).toEqual(linksBefore.map(shape));
  });

  property("retargeting twice changes nothing the second time", (note, { paths, after }) => {
    const again = retargetLinks(after, note.vault.source, { from: note.vault.duplicate, to: note.vault.survivor }, paths);
    expect(again).toEqual({ text: after, count: 0 });
  });
});
