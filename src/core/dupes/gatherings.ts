/**
 * Lists that name several people as distinct: a meeting's participants and a project's collaborators.
 * Two notes named in one list are probably two people, though a transcript can spell one person twice.
 * Kept current as people change: a new "Mike" note can change who "Mike" in a participants list is.
 */
import type { MeetingRecord, ProjectRecord } from "../model/types";
import { participantNames } from "../people/attendance";
import { companyKey } from "../people/company";
import type { PeopleDirectory } from "../people/directory";
import { linkKeysOfPath } from "../people/linkTargets";
import { containedIn, distinctItems } from "../collections/lists";
import { mentionKeysOfName } from "../people/mentions";
import { SetMap } from "../collections/setMap";

export type GatheringKind = "meeting" | "project";

/** A name that fits more people than this ("John" in a big vault) says nothing about who was there. */
const MAX_MENTION_CANDIDATES = 8;

interface Gathering {
  kind: GatheringKind;
  record: MeetingRecord | ProjectRecord;
  /** The meeting's account (`companyKey`), which decides between people a name fits. */
  account?: string;
  /** The names of the list as they are resolved: participants, or the collaborators' link targets. */
  names: readonly string[];
  /** The mention keys of each of `names`, worked out on first need (a one-off scan never needs them). */
  nameKeys?: readonly (readonly string[])[];
  /** For each of `names`, the people it can be: one when resolved, several when ambiguous, none when unknown. */
  byName: (readonly string[])[];
  /** For each name that can be someone, the people it can be (`byName` without the empty ones). */
  mentions: (readonly string[])[];
  /** Everyone any mention can be. */
  members: readonly string[];
}

/** The mention keys of every name in a list. */
function mentionKeysOfList(gathering: Gathering): Set<string> {
  return new Set(keysOfNames(gathering).flat());
}

/** Kept with the list once worked out: a large vault has more distinct names than the shared cache of keys holds. */
function keysOfNames(gathering: Gathering): readonly (readonly string[])[] {
  return (gathering.nameKeys ??= gathering.names.map((name) => mentionKeysOfName(name)));
}

function emptyGathering(record: MeetingRecord | ProjectRecord): Gathering {
  const names = record.kind === "meeting" ? participantNames(record) : record.collaborators;
  return { kind: record.kind, record, names, byName: [], mentions: [], members: [] };
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
    const gathering = emptyGathering(meeting);
    const account = companyKey(meeting.account);
    if (account !== undefined) gathering.account = account;
    this.set(meeting.path, gathering);
  }

  setProject(project: ProjectRecord): void {
    this.set(project.path, emptyGathering(project));
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

  /** Builds now what the first person change would build: for an index that is kept to follow changes. */
  prepareForChanges(): void {
    this.mentionIndex();
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

  /**
   * Resolves what was put off. A new or rewritten list is resolved whole; in a list found through a person's
   * mention keys only the names with one of those keys are, since no other name can be that person. With a
   * common family name that is a few names in each of thousands of lists, not every name in them.
   */
  private catchUp(): void {
    if (this.staleMentionKeys.size === 0 && this.staleLists.size === 0 && this.staleAtAccounts.length === 0) return;
    const byMention = this.byMention ?? new SetMap<string, string>(); // built by the first person change, if any
    const staleNames = new SetMap<string, string>(); // list → mention keys whose names are stale in it
    for (const key of this.staleMentionKeys) for (const path of byMention.values(key)) staleNames.add(path, key);
    this.staleMentionKeys.clear();
    for (const { keys, accounts } of this.staleAtAccounts.splice(0)) {
      for (const key of keys) {
        for (const path of byMention.values(key)) {
          const account = this.gatherings.get(path)?.account;
          if (account !== undefined && accounts.has(account)) staleNames.add(path, key);
        }
      }
    }
    for (const path of this.staleLists) this.resolve(path);
    for (const path of staleNames.keys()) if (!this.staleLists.has(path)) this.resolve(path, new Set(staleNames.values(path)));
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

  /** Resolves the list's names: all of them, or only those with one of `staleKeys`. */
  private resolve(path: string, staleKeys?: ReadonlySet<string>): void {
    const gathering = this.gatherings.get(path);
    if (!gathering) return;
    const { names, byName } = gathering;
    const nameKeys = staleKeys ? keysOfNames(gathering) : [];
    let changed = byName.length !== names.length;
    names.forEach((name, index) => {
      const before = byName[index];
      if (staleKeys && before && !nameKeys[index]?.some((key) => staleKeys.has(key))) return;
      const now = this.peopleNamed(gathering, name);
      if (!before || !sameItems(before, now)) changed = true;
      byName[index] = now;
    });
    // Most lists a change reaches still name the same people: nothing else to redo.
    if (!changed) return;
    gathering.mentions = byName.filter((people) => people.length > 0);
    const members = distinctItems(gathering.mentions); // a few names, each fitting at most MAX_MENTION_CANDIDATES
    const stillMember = containedIn(members);
    for (const member of gathering.members) if (!stillMember(member)) this.byPerson.delete(member, path);
    for (const member of members) this.byPerson.add(member, path);
    gathering.members = members;
  }

  /**
   * The people one name of a list can be; none for a name that fits nobody, or too many to say anything.
   * A participant is resolved as `resolveParticipant` does, in the meeting's account; a collaborator as a link.
   */
  private peopleNamed(gathering: Gathering, name: string): readonly string[] {
    const people = gathering.kind === "meeting" ? this.directory.peopleNamed(name, gathering.account) : this.directory.peopleLinked(name);
    return people.length <= MAX_MENTION_CANDIDATES ? people : NO_ONE;
  }
}

const NO_ONE: readonly string[] = [];

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a === b || a.length === b.length && a.every((item, index) => item === b[index]);
}
