/**
 * Lists that name several people as distinct: a meeting's participants and a project's collaborators.
 * Two notes named in one list are probably two people, though a transcript can spell one person twice.
 * Kept current as people change: a new "Mike" note can change who "Mike" in a participants list is.
 */
import type { MeetingRecord, ProjectRecord } from "../model/types";
import { resolveParticipants } from "../people/attendance";
import { companyKey } from "../people/company";
import type { PeopleDirectory } from "../people/directory";
import { linkKeysOfPath } from "../people/linkTargets";
import { mentionKeysOfName } from "../people/mentions";
import { SetMap } from "../people/setMap";

export type GatheringKind = "meeting" | "project";

/** A name that fits more people than this ("John" in a big vault) says nothing about who was there. */
const MAX_MENTION_CANDIDATES = 8;

interface Gathering {
  kind: GatheringKind;
  record: MeetingRecord | ProjectRecord;
  /** The meeting's account (`companyKey`), which decides between people a name fits. */
  account?: string;
  /** For each name in the list, the people it can be: one when resolved, several when ambiguous. */
  mentions: (readonly string[])[];
  /** Everyone any mention can be. */
  members: readonly string[];
}

/** The mention keys of every name in a list. */
function mentionKeysOfList(gathering: Gathering): Set<string> {
  const names = gathering.record.kind === "meeting" ? gathering.record.participants : gathering.record.collaborators;
  return new Set(names.flatMap((name) => mentionKeysOfName(name)));
}

export class Gatherings {
  private readonly gatherings = new Map<string, Gathering>();
  private readonly byPerson = new SetMap<string, string>();
  /**
   * Lists by the mention keys of their names, so a person change finds the lists it may alter. Built on the
   * first person change only: a one-off scan never changes a person and never needs it.
   */
  private byMention: SetMap<string, string> | undefined;
  private readonly kindsByLinkKey = new Map<string, GatheringKind>();
  /**
   * Work put off until someone asks: lists are resolved lazily, so loading a vault note by note (people after
   * meetings, in any order) resolves each list once rather than once per person added.
   */
  private readonly staleLists = new Set<string>();
  private readonly staleMentionKeys = new Set<string>();
  /** Mention keys whose lists are stale only where the meeting's account is one of these companies. */
  private readonly staleAtAccounts: { keys: readonly string[]; accounts: ReadonlySet<string> }[] = [];

  constructor(private readonly directory: PeopleDirectory) {}

  setMeeting(meeting: MeetingRecord): void {
    const gathering: Gathering = { kind: "meeting", record: meeting, mentions: [], members: [] };
    const account = companyKey(meeting.account);
    if (account !== undefined) gathering.account = account;
    this.set(meeting.path, gathering);
  }

  setProject(project: ProjectRecord): void {
    this.set(project.path, { kind: "project", record: project, mentions: [], members: [] });
  }

  remove(path: string): void {
    const gathering = this.gatherings.get(path);
    if (!gathering) return;
    for (const member of gathering.members) this.byPerson.delete(member, path);
    if (this.byMention) for (const key of mentionKeysOfList(gathering)) this.byMention.delete(key, path);
    const { pathKey, basenameKey } = linkKeysOfPath(path);
    this.kindsByLinkKey.delete(pathKey);
    this.kindsByLinkKey.delete(basenameKey);
    this.gatherings.delete(path);
    this.staleLists.delete(path);
  }

  /** Marks for re-resolving the lists that might mention a person whose note was added, changed or removed. */
  refreshMentionsOf(mentionKeys: Iterable<string>): void {
    this.mentionIndex();
    for (const key of mentionKeys) this.staleMentionKeys.add(key);
  }

  private mentionIndex(): SetMap<string, string> {
    if (!this.byMention) {
      this.byMention = new SetMap();
      for (const [path, gathering] of this.gatherings) for (const key of mentionKeysOfList(gathering)) this.byMention.add(key, path);
    }
    return this.byMention;
  }

  /**
   * Marks for re-resolving only the meetings of these accounts among those that might mention the person: when
   * just a person's company changed, a name resolves differently only where the account is the old or new company.
   */
  refreshMentionsAtAccounts(mentionKeys: readonly string[], accounts: Iterable<string | undefined>): void {
    const known = new Set([...accounts].filter((account): account is string => account !== undefined));
    this.mentionIndex();
    if (known.size > 0) this.staleAtAccounts.push({ keys: mentionKeys, accounts: known });
  }

  /** How many meetings and projects name this person (or a name that may be this person). */
  listCount(personPath: string): number {
    this.catchUp();
    return this.byPerson.sizeOf(personPath);
  }

  /** Whether some meeting's participants name this person. */
  inAnyMeeting(personPath: string): boolean {
    this.catchUp();
    for (const path of this.byPerson.values(personPath)) if (this.gatherings.get(path)?.kind === "meeting") return true;
    return false;
  }

  /** Resolves every list whose resolution was put off (after loading a vault, say), so queries start quick. */
  settle(): void {
    this.catchUp();
  }

  private catchUp(): void {
    if (this.staleMentionKeys.size === 0 && this.staleLists.size === 0 && this.staleAtAccounts.length === 0) return;
    const byMention = this.byMention ?? new SetMap<string, string>(); // built by the first person change, if any
    for (const key of this.staleMentionKeys) for (const path of byMention.values(key)) this.staleLists.add(path);
    this.staleMentionKeys.clear();
    for (const { keys, accounts } of this.staleAtAccounts.splice(0)) {
      for (const key of keys) {
        for (const path of byMention.values(key)) {
          const account = this.gatherings.get(path)?.account;
          if (account !== undefined && accounts.has(account)) this.staleLists.add(path);
        }
      }
    }
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
    const [smaller, larger] = this.byPerson.sizeOf(a) <= this.byPerson.sizeOf(b) ? [a, b] : [b, a];
    const apart: string[] = [];
    for (const path of this.byPerson.values(smaller)) {
      const mentions = this.byPerson.has(larger, path) ? (this.gatherings.get(path)?.mentions ?? []) : [];
      const onlyA = mentions.some((mention) => mention.includes(a) && !mention.includes(b));
      const onlyB = mentions.some((mention) => mention.includes(b) && !mention.includes(a));
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
    if (this.byMention) for (const key of mentionKeysOfList(gathering)) this.byMention.add(key, path);
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
    gathering.members = [...new Set(gathering.mentions.flat())];
    for (const member of gathering.members) this.byPerson.add(member, path);
  }

  private mentionsOf(record: MeetingRecord | ProjectRecord): (readonly string[])[] {
    const resolutions =
      record.kind === "meeting"
        ? resolveParticipants(record, this.directory).map(({ resolution }) => resolution)
        : record.collaborators.map((target) => this.directory.resolveLink(target));
    return resolutions.flatMap((resolution) => {
      if (resolution.kind === "person") return [[resolution.path]];
      if (resolution.kind === "ambiguous" && resolution.candidates.length <= MAX_MENTION_CANDIDATES) return [resolution.candidates];
      return [];
    });
  }
}
