/**
 * Lists that name several people as distinct: a meeting's participants and a project's collaborators.
 * Two notes named in one list are probably two people, though a transcript can spell one person twice.
 * Kept current as people change: a new "Mike" note can change who "Mike" in a participants list is.
 */
import { formalNamesOf } from "../names/nicknames";
import { normalizeName } from "../names/normalize";
import { phoneticCodes } from "../names/similarity";
import type { MeetingRecord, ProjectRecord } from "../model/types";
import { resolveParticipants } from "../people/attendance";
import type { PeopleDirectory } from "../people/directory";
import { basenameOfKey, linkKey, linkKeysOfPath } from "../people/linkTargets";
import { SetMap } from "../people/setMap";
import type { PersonProfile } from "./profile";

export type GatheringKind = "meeting" | "project";

interface Gathering {
  kind: GatheringKind;
  record: MeetingRecord | ProjectRecord;
  mentionKeys: string[];
  /** For each name in the list, the people it can be: one when resolved, several when ambiguous. */
  mentions: ReadonlySet<string>[];
  /** Everyone any mention can be. */
  members: Set<string>;
}

/** Keys under which a written name is filed, so that a person change finds every list that might mean them. */
function mentionKeysOfName(written: string): string[] {
  const keys = [`l:${basenameOfKey(linkKey(written))}`];
  const name = normalizeName(written);
  if (name.given === "") return keys;
  keys.push(`k:${name.key}`);
  if (name.family !== undefined) return [...keys, `f:${name.family}`];
  for (const formal of formalNamesOf(name.given)) keys.push(`g:${formal}`);
  for (const code of phoneticCodes(name.given)) if (code !== "") keys.push(`c:${code}`);
  return keys;
}

/** The keys a person could be mentioned under: by link, by full name, by family name, or by first name alone. */
export function mentionKeysOfPerson(profile: PersonProfile): string[] {
  const keys = new Set([`l:${profile.basenameKey}`]);
  for (const { raw, name } of profile.names) {
    keys.add(`l:${linkKey(raw)}`);
    keys.add(`k:${name.key}`);
    if (name.family !== undefined) keys.add(`f:${name.family}`);
    for (const formal of formalNamesOf(name.given)) keys.add(`g:${formal}`);
    for (const code of name.givenCodes) if (code !== "") keys.add(`c:${code}`);
  }
  return [...keys];
}

export class Gatherings {
  private readonly gatherings = new Map<string, Gathering>();
  private readonly byPerson = new SetMap<string, string>();
  private readonly byMention = new SetMap<string, string>();
  private readonly kindsByLinkKey = new Map<string, GatheringKind>();
  /**
   * Work put off until someone asks: lists are resolved lazily, so loading a vault note by note (people after
   * meetings, in any order) resolves each list once rather than once per person added.
   */
  private readonly staleLists = new Set<string>();
  private readonly staleMentionKeys = new Set<string>();

  constructor(private readonly directory: PeopleDirectory) {}

  setMeeting(meeting: MeetingRecord): void {
    this.set(meeting.path, { kind: "meeting", record: meeting, mentionKeys: meeting.participants.flatMap(mentionKeysOfName), mentions: [], members: new Set() });
  }

  setProject(project: ProjectRecord): void {
    this.set(project.path, { kind: "project", record: project, mentionKeys: project.collaborators.flatMap(mentionKeysOfName), mentions: [], members: new Set() });
  }

  remove(path: string): void {
    const gathering = this.gatherings.get(path);
    if (!gathering) return;
    for (const member of gathering.members) this.byPerson.delete(member, path);
    for (const key of gathering.mentionKeys) this.byMention.delete(key, path);
    const { pathKey, basenameKey } = linkKeysOfPath(path);
    this.kindsByLinkKey.delete(pathKey);
    this.kindsByLinkKey.delete(basenameKey);
    this.gatherings.delete(path);
    this.staleLists.delete(path);
  }

  /** Marks for re-resolving the lists that might mention a person whose note was added, changed or removed. */
  refreshMentionsOf(mentionKeys: Iterable<string>): void {
    for (const key of mentionKeys) this.staleMentionKeys.add(key);
  }

  /** Meetings and projects whose lists name this person (or a name that may be this person). */
  of(personPath: string): ReadonlySet<string> {
    this.catchUp();
    return this.byPerson.get(personPath);
  }

  private catchUp(): void {
    if (this.staleMentionKeys.size === 0 && this.staleLists.size === 0) return;
    for (const key of this.staleMentionKeys) for (const path of this.byMention.get(key)) this.staleLists.add(path);
    this.staleMentionKeys.clear();
    for (const path of this.staleLists) this.resolve(path);
    this.staleLists.clear();
  }

  /**
   * Meetings and projects whose lists name the two apart: one name that can be `a` but not `b`, another that
   * can be `b` but not `a`. "Hannah Schultz" and "Hannah Schulz" in one list separate the two notes even when
   * "Hannah Schultz" fits two notes of that title; "Mike" fitting both Mike Kiernan and Michael Myrah does not.
   */
  namingApart(a: string, b: string): string[] {
    this.catchUp();
    const ofA = this.byPerson.get(a);
    const ofB = this.byPerson.get(b);
    const [smaller, larger] = ofA.size <= ofB.size ? [ofA, ofB] : [ofB, ofA];
    const apart: string[] = [];
    for (const path of smaller) {
      const mentions = larger.has(path) ? (this.gatherings.get(path)?.mentions ?? []) : [];
      const onlyA = mentions.some((mention) => mention.has(a) && !mention.has(b));
      const onlyB = mentions.some((mention) => mention.has(b) && !mention.has(a));
      if (onlyA && onlyB) apart.push(path);
    }
    return apart;
  }

  kindOf(path: string): GatheringKind | undefined {
    return this.gatherings.get(path)?.kind;
  }

  /** Whether a link target key names a meeting or project note of the vault. */
  kindOfLinkTarget(key: string): GatheringKind | undefined {
    return this.kindsByLinkKey.get(key);
  }

  private set(path: string, gathering: Gathering): void {
    this.remove(path);
    this.gatherings.set(path, gathering);
    for (const key of gathering.mentionKeys) this.byMention.add(key, path);
    const { pathKey, basenameKey } = linkKeysOfPath(path);
    this.kindsByLinkKey.set(pathKey, gathering.kind);
    this.kindsByLinkKey.set(basenameKey, gathering.kind);
    this.staleLists.add(path);
  }

  private resolve(path: string): void {
    const gathering = this.gatherings.get(path);
    if (!gathering) return;
    for (const member of gathering.members) this.byPerson.delete(member, path);
    gathering.mentions = this.mentionsOf(gathering.record);
    gathering.members = new Set(gathering.mentions.flatMap((mention) => [...mention]));
    for (const member of gathering.members) this.byPerson.add(member, path);
  }

  private mentionsOf(record: MeetingRecord | ProjectRecord): ReadonlySet<string>[] {
    const resolutions =
      record.kind === "meeting"
        ? resolveParticipants(record, this.directory).map(({ resolution }) => resolution)
        : record.collaborators.map((target) => this.directory.resolveLink(target));
    return resolutions.flatMap((resolution) => {
      if (resolution.kind === "person") return [new Set([resolution.path])];
      return resolution.kind === "ambiguous" ? [new Set(resolution.candidates)] : [];
    });
  }
}
