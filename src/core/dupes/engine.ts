/**
 * The duplicate finder's state and pipeline, shared by the one-off scan (`findDuplicates`) and the
 * incremental `DuplicateIndex`.
 *
 * The pipeline runs in three stages, because a first name alone cannot be weighed like a full name:
 *  1. Full names against full names (blocked, Fellegi-Sunter weights), grouped into identities.
 *  2. Each first-name-only note ("Tiff") against the identities its first name fits. With no family name to
 *     compare, its prior is a share: it is about someone in the vault with P = givenOnlyHasNote, spread over
 *     the identities that fit, each weighted by its context likelihood. It is proposed only when exactly one
 *     identity fits: with two ("Mike" beside "Mike Kiernan" and "Michael Myrah") nothing tells who it is and a
 *     merge would be a guess, even where a shared company tilts the share. The people directory applies the
 *     same rule when it resolves a first name.
 *  3. First-name-only notes that joined no identity, against each other, under the same rule.
 */
import { givenAgreement } from "../names/agreement";
import type { MeetingRecord, PersonRecord, ProjectRecord } from "../model/types";
import { PeopleDirectory } from "../people/directory";
import { mentionKeysOfPerson } from "../people/mentions";
import { SetMap } from "../collections/setMap";
import { BlockIndex } from "./blockIndex";
import { fullNameBlockKeysUnder, SharedFilingKeys } from "./blocking";
import { Clusters, type Cluster, type Link } from "./cluster";
import { contextCeiling, contextEvidence, contextMost, nameEvidence, namesConflict, nameWeight, reasonsOf, totalWeight, type ComparisonContext, type Evidence } from "./compare";
import { NotSamePerson } from "./decisions";
import { VaultFrequencies } from "./frequencies";
import { Gatherings } from "./gatherings";
import { priorWeight, PRIORS, probabilityFromWeight } from "./model";
import { displayToken, personProfile, type PersonProfile } from "./profile";
import { DEFAULT_OPTIONS, type DupeGroup, type DupeInput, type DupeOptions, type DupeStats } from "./types";

interface GivenCandidates {
  full: string[];
  partial: string[];
  /** Fitting-looking notes the blocks left unexamined (a very common first name): counted as competitors. */
  unexamined: number;
}

/** One identity a first-name-only note could be: a group of notes, represented by its best-fitting member. */
interface Share {
  root: string;
  member: string;
  likelihood: number;
  evidence: Evidence[];
}

export function emptyStats(): DupeStats {
  return { people: 0, comparedPairs: 0, narrowedLookups: 0, truncatedLookups: 0 };
}

const GIVEN_ONLY_REASONS = {
  exact: "first names match",
  nickname: "given names are nicknames",
  phonetic: "given names sound alike",
  close: "given names are spelled alike",
} as const;

export class DuplicateEngine {
  readonly directory = new PeopleDirectory();
  readonly options: Required<DupeOptions>;
  private readonly frequencies = new VaultFrequencies(this.directory);
  private readonly gatherings = new Gatherings(this.directory);
  private readonly profiles = new Map<string, PersonProfile>();
  /** Full names are blocked here; first names alone are looked up in the people directory's indexes. */
  private readonly fullBlocks: BlockIndex<PersonProfile>;
  private readonly filingKeys = new SharedFilingKeys();
  /** Pair scores remembered during one query, so scope building and grouping do not score twice. */
  private pairMemo: Map<string, Link> | undefined;

  constructor(
    options: DupeOptions = {},
    readonly decisions = new NotSamePerson(),
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.fullBlocks = new BlockIndex<PersonProfile>(
      this.options.maxBlockSize,
      (profile) => this.filingKeys.of(profile),
      (profile, loosestKey) => fullNameBlockKeysUnder(profile, loosestKey),
    );
  }

  /** Loads a whole vault: people first, so that participants lists resolve against everyone. */
  load(input: Omit<DupeInput, "notSamePerson">): void {
    for (const person of input.people) this.addPerson(person);
    for (const meeting of input.meetings) this.gatherings.setMeeting(meeting);
    for (const project of input.projects) this.gatherings.setProject(project);
    this.settle();
  }

  /** Does the work put off while notes arrived one by one, so the next query pays none of it, and drops what only that arrival needed. */
  settle(): void {
    this.gatherings.settle();
    this.filingKeys.clear();
  }

  /**
   * Builds the indexes that let a person change reach only the answers and lists it can alter. A one-off scan
   * never changes a person and goes without them; a live index builds them here, so the first edit is as quick
   * as the rest.
   */
  prepareForChanges(): void {
    this.directory.prepareForChanges();
    this.gatherings.prepareForChanges();
  }

  get population(): number {
    return this.profiles.size;
  }

  profile(path: string): PersonProfile | undefined {
    return this.profiles.get(path);
  }

  upsertPerson(person: PersonRecord): void {
    this.gatherings.remove(person.path); // a note that was a meeting and is now a person
    const before = this.profiles.get(person.path);
    this.dropPerson(person.path);
    const after = this.addPerson(person);
    this.refreshListsAfterChange(before, after);
  }

  /**
   * Meeting and project lists are re-resolved only where the change can matter: everywhere the person's names
   * could be mentioned when names changed; only in meetings of the old and new account when just the company
   * changed; nowhere when neither did (an edit to the note's body, say).
   */
  private refreshListsAfterChange(before: PersonProfile | undefined, after: PersonProfile): void {
    const keys = mentionKeysOfPerson(after);
    if (!before || !sameNames(before, after)) {
      this.gatherings.refreshMentionsOf(before ? [...mentionKeysOfPerson(before), ...keys] : keys);
    } else if (before.company !== after.company) {
      this.gatherings.refreshMentionsAtAccounts(keys, [before.company, after.company]);
    }
  }

  upsertGathering(record: MeetingRecord | ProjectRecord): void {
    if (this.profiles.has(record.path)) this.remove(record.path); // a note that was a person and is now a meeting
    if (record.kind === "meeting") this.gatherings.setMeeting(record);
    else this.gatherings.setProject(record);
  }

  /** Forgets a person, meeting or project note. */
  remove(path: string): void {
    this.gatherings.remove(path);
    const before = this.profiles.get(path);
    if (!before) return;
    this.dropPerson(path);
    this.gatherings.refreshMentionsOf(mentionKeysOfPerson(before));
  }

  private addPerson(person: PersonRecord): PersonProfile {
    this.directory.upsert(person);
    const profile = personProfile(person, this.directory.factsOf(person.path));
    this.profiles.set(person.path, profile);
    if (profile.full) this.fullBlocks.add(profile);
    this.frequencies.add(profile);
    return profile;
  }

  private dropPerson(path: string): void {
    const profile = this.profiles.get(path);
    if (!profile) return;
    this.directory.remove(path);
    this.fullBlocks.remove(path);
    this.frequencies.remove(profile);
    this.profiles.delete(path);
  }

  private get comparison(): ComparisonContext {
    return { frequencies: this.frequencies, gatherings: this.gatherings };
  }

  /** Runs `work` remembering pair scores, for queries that look at the same pairs more than once. */
  withPairMemo<T>(work: () => T): T {
    this.pairMemo = new Map();
    try {
      return work();
    } finally {
      this.pairMemo = undefined;
    }
  }

  /** Scores two fully named notes: prior plus name and context weights, as a probability. */
  scoreFullPair(first: PersonProfile, second: PersonProfile): Link {
    const [a, b] = inPairOrder(first, second);
    return this.rememberedLink(a, b) ?? this.weighPair(a, b, nameEvidence(a, b, this.frequencies));
  }

  /**
   * `scoreFullPair` for a pair that may be proposed (probability at least `threshold`); undefined for the rest,
   * whose context is not weighed at all when their names leave them below it whatever the context.
   */
  private linkReaching(first: PersonProfile, second: PersonProfile, threshold: number): Link | undefined {
    const [a, b] = inPairOrder(first, second);
    let link = this.rememberedLink(a, b);
    if (!link) {
      const named = priorWeight(this.population) + nameWeight(a, b, this.frequencies);
      if (probabilityFromWeight(named + contextMost(this.population)) < threshold) return undefined;
      if (probabilityFromWeight(named + contextCeiling(a, b, this.comparison)) < threshold) return undefined;
      link = this.weighPair(a, b, nameEvidence(a, b, this.frequencies));
    }
    return link.probability >= threshold ? link : undefined;
  }

  private rememberedLink(a: PersonProfile, b: PersonProfile): Link | undefined {
    return this.pairMemo?.get(`${a.path}\u0000${b.path}`);
  }

  /** The pair's link from its name evidence and its context, remembered while a pair memo is kept. */
  private weighPair(a: PersonProfile, b: PersonProfile, names: Evidence[]): Link {
    const evidence = [...names, ...contextEvidence(a, b, this.comparison)];
    const weight = priorWeight(this.population) + totalWeight(evidence);
    const link = { a: a.path, b: b.path, probability: probabilityFromWeight(weight), reasons: () => reasonsOf(evidence) };
    this.pairMemo?.set(`${a.path}\u0000${b.path}`, link);
    return link;
  }

  /** Fully named notes sharing a block with a fully named note (in a `scan`, only those it has not looked up yet). */
  fullCandidates(profile: PersonProfile, stats?: DupeStats, scan?: number): readonly PersonProfile[] {
    if (!profile.full) return [];
    return this.fullBlocks.lookup(profile.path, stats, scan).members;
  }

  /**
   * Notes whose given name fits one of this note's given names, split into fully named and first-name-only.
   * A very common first name is narrowed to the note's company; what that leaves out is counted as unexamined
   * competition, never silently dropped.
   */
  givenCandidates(profile: PersonProfile, stats?: DupeStats): GivenCandidates {
    const found: GivenCandidates = { full: [], partial: [], unexamined: 0 };
    const fitting = new Set<string>();
    const limit = this.options.maxFirstNamePool;
    for (const { name } of profile.names) {
      const pool = this.directory.firstNamePoolSize(name);
      if (pool <= limit) {
        this.directory.firstNameCandidates(name).forEach((path) => fitting.add(path));
        continue;
      }
      if (stats) stats.narrowedLookups++;
      const company = profile.company;
      if (company !== undefined && this.directory.companySize(company) <= limit * 4) {
        const atCompany = this.directory.firstNameCandidatesAt(name, company);
        atCompany.forEach((path) => fitting.add(path));
        found.unexamined = Math.max(found.unexamined, pool - atCompany.size);
      } else {
        if (stats) stats.truncatedLookups++;
        found.unexamined = Math.max(found.unexamined, pool);
      }
    }
    for (const path of fitting) {
      const other = this.profiles.get(path);
      if (!other || path === profile.path || this.decisions.has(profile.path, path)) continue;
      (other.full ? found.full : found.partial).push(path);
    }
    return found;
  }

  /** Accepted full-name pairs of one note: the notes it would join in stage 1. */
  acceptedFullNeighbours(profile: PersonProfile): string[] {
    const accepted: string[] = [];
    for (const other of this.fullCandidates(profile)) {
      if (this.decisions.has(profile.path, other.path)) continue;
      if (this.linkReaching(profile, other, this.options.reviewThreshold)) accepted.push(other.path);
    }
    return accepted;
  }

  /** Groups among the notes in `scope` (all notes when absent), best first. */
  groups(scope?: ReadonlySet<string>, stats: DupeStats = emptyStats()): DupeGroup[] {
    const inScope = (path: string) => this.profiles.has(path) && (scope === undefined || scope.has(path));
    const paths = scope === undefined ? [...this.profiles.keys()] : [...scope].filter(inScope);
    stats.people = this.population;
    const clusters = new Clusters((a, b) => this.mayJoin(a, b), this.options.maxGroupSize);
    clusters.addAll(this.fullNameLinks(paths, scope, stats));
    const givenOnly = paths.filter((path) => this.profiles.get(path)?.full === false);
    clusters.addAll(this.attachments(givenOnly, clusters, inScope, stats));
    const loose = givenOnly.filter((path) => !clusters.of(path).members.some((member) => this.profiles.get(member)?.full));
    clusters.addAll(this.givenOnlyLinks(loose, clusters, inScope, stats));
    return clusters
      .all()
      .map((cluster) => this.toGroup(cluster))
      .sort((x, y) => y.score - x.score || (x.notes[0] ?? "").localeCompare(y.notes[0] ?? ""));
  }

  /** Whether two notes may end up in one group: no decision against it, and neither names nor companies clash. */
  private mayJoin(a: string, b: string): boolean {
    const left = this.profiles.get(a);
    const right = this.profiles.get(b);
    if (!left || !right || this.decisions.has(a, b)) return false;
    const companiesClash = left.company !== undefined && right.company !== undefined && left.company !== right.company;
    return !companiesClash && !namesConflict(left, right);
  }

  /**
   * Stage 1: each blocked pair of fully named notes, scored once, from its first path: the notes are looked up
   * in path order, and a lookup in the scan gives only notes not looked up yet. (Blocks cut to their first
   * paths are not symmetric, so which note finds a pair is fixed, not left to the order the notes came in.)
   */
  private fullNameLinks(paths: readonly string[], scope: ReadonlySet<string> | undefined, stats: DupeStats): Link[] {
    const links: Link[] = [];
    const scan = this.fullBlocks.startScan();
    for (const path of [...paths].sort()) {
      const profile = this.profiles.get(path);
      if (!profile?.full) continue;
      for (const other of this.fullCandidates(profile, stats, scan)) {
        if ((scope !== undefined && !scope.has(other.path)) || this.decisions.has(path, other.path)) continue;
        stats.comparedPairs++;
        const link = this.linkReaching(profile, other, this.options.reviewThreshold);
        if (link) links.push(link);
      }
    }
    return links;
  }

  /**
   * The identities among `candidates` (grouped by cluster), each with its likelihood from context. The notes of
   * one identity are one person seen twice, so their evidence is averaged (in bits), not multiplied; the link
   * goes to the note with the strongest evidence, and evidence against from the others stays visible.
   */
  private shares(profile: PersonProfile, candidates: readonly string[], clusters: Clusters, inScope: (path: string) => boolean, stats: DupeStats): Share[] {
    const byRoot = new SetMap<string, { member: string; title: string; evidence: Evidence[]; weight: number }>();
    for (const path of candidates) {
      const other = this.profiles.get(path);
      if (!other) continue;
      stats.comparedPairs++;
      const evidence = contextEvidence(profile, other, this.comparison);
      byRoot.add(inScope(path) ? clusters.rootOf(path) : path, { member: path, title: other.title, evidence, weight: totalWeight(evidence) });
    }
    return [...byRoot.keys()].map((root) => {
      const notes = byRoot.values(root);
      const all = [...notes];
      const best = all.reduce((top, note) => (note.weight > top.weight || (note.weight === top.weight && note.member < top.member) ? note : top));
      const against = all
        .filter((note) => note !== best)
        .flatMap((note) => note.evidence.filter((item) => item.weight < 0).map((item) => ({ ...item, reason: item.reason && (() => `with ${note.title}: ${item.reason?.()}`) })));
      const meanWeight = all.reduce((sum, note) => sum + note.weight, 0) / all.length;
      return { root, member: best.member, likelihood: 2 ** meanWeight, evidence: [...best.evidence, ...against] };
    });
  }

  /** P(the first-name-only note is this identity): its share of the note's chance of being anyone in the vault. */
  private shareProbability(share: Share, all: readonly Share[], unexamined: number): number {
    const prior = PRIORS.givenOnlyHasNote;
    const total = all.reduce((sum, each) => sum + each.likelihood, 0) + unexamined;
    return (prior * share.likelihood) / (prior * total + (1 - prior));
  }

  /** Stage 2: first-name-only notes joining the one fully named identity their first name points to. */
  private attachments(givenOnly: readonly string[], clusters: Clusters, inScope: (path: string) => boolean, stats: DupeStats): Link[] {
    const links: Link[] = [];
    for (const path of givenOnly) {
      const profile = this.profiles.get(path);
      if (!profile) continue;
      const candidates = this.givenCandidates(profile, stats);
      const shares = this.shares(profile, candidates.full, clusters, inScope, stats);
      const [only] = shares;
      if (!only || shares.length !== 1 || candidates.unexamined > 0 || !inScope(only.member)) continue;
      const probability = this.shareProbability(only, shares, 0);
      if (probability >= this.options.reviewThreshold) links.push(this.givenOnlyLink(profile, only, probability));
    }
    return links;
  }

  /** Stage 3: first-name-only notes with each other, every fitting identity competing; the weaker side's view counts. */
  private givenOnlyLinks(loose: readonly string[], clusters: Clusters, inScope: (path: string) => boolean, stats: DupeStats): Link[] {
    const looseSet = new Set(loose);
    const views = new Map<string, { shares: Share[]; unexamined: number }>();
    for (const path of loose) {
      const profile = this.profiles.get(path);
      if (!profile) continue;
      const candidates = this.givenCandidates(profile, stats);
      views.set(path, { shares: this.shares(profile, [...candidates.full, ...candidates.partial], clusters, inScope, stats), unexamined: candidates.unexamined });
    }
    const links: Link[] = [];
    for (const [path, view] of views) {
      for (const share of view.shares) {
        const otherView = views.get(share.member);
        if (!looseSet.has(share.member) || !otherView || share.member <= path) continue; // each pair once, from its first path
        const back = otherView.shares.find((each) => each.member === path);
        const alone = (each: { shares: Share[]; unexamined: number }) => each.shares.length + each.unexamined === 1;
        if (!back || !alone(view) || !alone(otherView)) continue;
        const probability = Math.min(this.shareProbability(share, view.shares, view.unexamined), this.shareProbability(back, otherView.shares, otherView.unexamined));
        const profile = this.profiles.get(path);
        if (profile && probability >= this.options.reviewThreshold) links.push(this.givenOnlyLink(profile, share, probability));
      }
    }
    return links;
  }

  private givenOnlyLink(profile: PersonProfile, share: Share, probability: number): Link {
    const other = this.profiles.get(share.member);
    const reasons = () => [
      ...(other ? [givenOnlyNameReason(profile, other)] : []),
      `only one person in the vault fits the first name ${profile.title}`,
      ...reasonsOf(share.evidence),
    ];
    return { a: profile.path, b: share.member, probability, reasons };
  }

  private toGroup(cluster: Cluster): DupeGroup {
    const score = Math.min(...cluster.links.map((link) => link.probability));
    const titled = (path: string) => this.profiles.get(path)?.title ?? path;
    const reasons =
      cluster.links.length === 1
        ? (cluster.links[0]?.reasons() ?? [])
        : cluster.links.flatMap((link) => link.reasons().map((reason) => `${titled(link.a)} ~ ${titled(link.b)}: ${reason}`));
    return {
      notes: [...cluster.members].sort(),
      score: Math.round(score * 1000) / 1000,
      band: score >= this.options.suggestThreshold ? "suggest" : "review",
      reasons,
    };
  }
}

/** One orientation for every pair, so that the scan and the index word their reasons identically. */
function inPairOrder(first: PersonProfile, second: PersonProfile): [PersonProfile, PersonProfile] {
  return first.path < second.path ? [first, second] : [second, first];
}

function sameNames(a: PersonProfile, b: PersonProfile): boolean {
  return a.basenameKey === b.basenameKey && a.names.length === b.names.length && a.names.every((variant, index) => variant.raw === b.names[index]?.raw);
}

/** How the first name alone matches the other note's given name, in words. */
function givenOnlyNameReason(profile: PersonProfile, other: PersonProfile): string {
  for (const { name: x } of profile.names) {
    for (const { name: y } of other.names) {
      const level = givenAgreement(x, y);
      if (level === "exact" || level === "nickname" || level === "phonetic" || level === "close") {
        const left = displayToken(profile, x.given);
        const right = displayToken(other, y.given);
        return `${GIVEN_ONLY_REASONS[level]}: ${left === right ? left : `${left} / ${right}`}`;
      }
    }
  }
  return "first names fit";
}
