/** Small builders for the records the parser would produce, so tests state only what matters to them. */
import type { LinkRef, MeetingRecord, PersonRecord, ProjectRecord } from "../../../src/core/model/types";

const links = (targets: readonly string[] = []): LinkRef[] => targets.map((target) => ({ target, line: 1 }));

export function person(path: string, options: { title?: string; aliases?: string[]; company?: string; links?: string[] } = {}): PersonRecord {
  const record: PersonRecord = {
    kind: "person",
    path,
    title: options.title ?? path.replace(/^.*\//, "").replace(/\.md$/, ""),
    aliases: options.aliases ?? [],
    tags: [],
    links: links(options.links),
  };
  if (options.company !== undefined) record.company = options.company;
  return record;
}

export function meeting(path: string, participants: string[], options: { account?: string; links?: string[] } = {}): MeetingRecord {
  const record: MeetingRecord = {
    kind: "meeting",
    path,
    title: path.replace(/^.*\//, "").replace(/\.md$/, ""),
    aliases: [],
    tags: [],
    links: links(options.links),
    participants,
  };
  if (options.account !== undefined) record.account = options.account;
  return record;
}

export function project(path: string, collaborators: string[]): ProjectRecord {
  return {
    kind: "project",
    path,
    title: path.replace(/^.*\//, "").replace(/\.md$/, ""),
    aliases: [],
    tags: [],
    links: links(collaborators),
    collaborators,
  };
}

/** People notes in `People/` from titles. */
export function people(...titles: string[]): PersonRecord[] {
  return titles.map((title) => person(`People/${title}.md`));
}
