import type { CachedMetadata, TFile } from "obsidian";
import type { NoteEntry } from "../core/index/vault-index";
import type { LinkRef } from "../core/model/types";
import type { BodyFacts } from "../core/parse/note";
import { buildRecord } from "../core/parse/record";
import type { Settings } from "../core/settings/settings";

/**
 * Builds an index entry from what Obsidian's metadata cache already parsed (front matter, links), so start-up
 * never re-reads every file. Body facts (Contact Information table, Collaborators, tasks) come from text only
 * when the plugin has it at hand: the text of a `changed` event, or a cached read of a note that needs it.
 */

export function entryFromCache(file: TFile, cache: CachedMetadata | null, settings: Settings, facts?: BodyFacts): NoteEntry {
  const path = file.path;
  if (cache?.frontmatterPosition && !cache.frontmatter) {
    const line = cache.frontmatterPosition.start.line + 1;
    return { path, tasks: facts?.tasks ?? [], problems: [{ path, line, message: "front matter is not valid YAML (Obsidian could not read it)" }] };
  }
  const result = buildRecord({ path, frontmatter: cache?.frontmatter ?? {}, links: linkRefsOf(cache), ...facts }, settings);
  return { path, record: result.record, tasks: facts?.tasks ?? [], problems: result.problems };
}

/** Whether a note's body holds something the cache does not give: tasks, a contact table, collaborators. */
export function needsBodyFacts(cache: CachedMetadata | null, entry: NoteEntry): boolean {
  if (cache?.listItems?.some((item) => item.task !== undefined)) return true;
  return entry.record?.kind === "person" || entry.record?.kind === "project";
}

function linkRefsOf(cache: CachedMetadata | null): LinkRef[] {
  if (!cache) return [];
  const body = [...(cache.links ?? []), ...(cache.embeds ?? [])].map((link) => ({
    target: stripSubpath(link.link),
    ...(link.displayText && link.displayText !== link.link ? { display: link.displayText } : {}),
    line: link.position.start.line + 1,
  }));
  const front = (cache.frontmatterLinks ?? []).map((link) => ({ target: stripSubpath(link.link), line: 0 }));
  return [...front, ...body];
}

function stripSubpath(link: string): string {
  return link.replace(/#.*$/, "").replace(/\.md$/i, "");
}
