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
import { givenAgreement, givenNamesFit } from "../names/agreement";
import type { MeetingRecord, PersonRecord, ProjectRecord } from "../model/types";
import { PeopleDirectory } from "../people/directory";
import { SetMap } from "../people/setMap";
import { BlockIndex, fullNameBlockKeys, givenNameBlockKeys, type KeyFamily } from "./blocking";
import { Clusters, type Cluster, type Link } from "./cluster";
import { contextEvidence, nameEvidence, namesConflict, totalWeight, type ComparisonContext, type Evidence } from "./compare";
import { NotSamePerson } from "./decisions";
import { VaultFrequencies } from "./frequencies";
import { Gatherings, mentionKeysOfPerson } from "./gatherings";
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
  private readonly frequencies = new VaultFrequencies();
  private readonly gatherings = new Gatherings(this.directory);
  private readonly profiles = new Map<string, PersonProfile>();
  /** Insertion order: each pair is scored once, from its earlier note. */
  private readonly order = new Map<string, number>();
  private nextOrder = 0;
  private readonly fullBlocks: BlockIndex;
  private readonly givenBlocks: BlockIndex;
  private readonly blockKeys = new Map<string, { full: KeyFamily[]; given: KeyFamily[] }>();
  /** Pair scores remembered during one query, so scope building and grouping do not score twice. */
  private pairMemo: Map<string, Link> | undefined;

  constructor(
    options: DupeOptions = {},
    readonly decisions = new NotSamePerson(),
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.fullBlocks = new BlockIndex(this.options.maxBlockSize);
    this.givenBlocks = new BlockIndex(this.options.maxBlockSize);
  }

  /** Loads a whole vault: people first, so that participants lists resolve against everyone. */
  load(input: Omit<DupeInput, "notSamePerson">): void {
    for (const person of input.people) this.addPerson(person);
    for (const meeting of input.meetings) this.gatherings.setMeeting(meeting);
    for (const project of input.projects) this.gatherings.setProject(project);
  }

  get population(): number {
    return this.profiles.size;
  }

  profile(path: string): PersonProfile | undefined {
    return this.profiles.get(path);
  }

  upsertPerson(person: PersonRecord): void {
    const before = this.profiles.get(person.path);
    const mentions = before ? mentionKeysOfPerson(before) : [];
    this.dropPerson(person.path);
    const after = this.addPerson(person);
    this.gatherings.refreshMentionsOf([...mentions, ...mentionKeysOfPerson(after)]);
  }

  upsertGathering(record: MeetingRecord | ProjectRecord): void {
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
    const profile = personProfile(person);
    const keys = { full: fullNameBlockKeys(profile), given: givenNameBlockKeys(profile) };
    this.profiles.set(person.path, profile);
    this.order.set(person.path, this.nextOrder++);
    this.blockKeys.set(person.path, keys);
    this.fullBlocks.add(person.path, keys.full);
    this.givenBlocks.add(person.path, keys.given);
    this.frequencies.add(profile);
    return profile;
  }

  private dropPerson(path: string): void {
    const profile = this.profiles.get(path);
    const keys = this.blockKeys.get(path);
    if (!profile || !keys) return;
    this.directory.remove(path);
    this.fullBlocks.remove(path, keys.full);
    this.givenBlocks.remove(path, keys.given);
    this.frequencies.remove(profile);
    this.profiles.delete(path);
    this.order.delete(path);
    this.blockKeys.delete(path);
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
  scoreFullPair(a: PersonProfile, b: PersonProfile): Link {
    const key = a.path < b.path ? `${a.path}\u0000${b.path}` : `${b.path}\u0000${a.path}`;
    const remembered = this.pairMemo?.get(key);
    if (remembered) return remembered;
    const evidence = [...nameEvidence(a, b, this.frequencies), ...contextEvidence(a, b, this.comparison)];
    const weight = priorWeight(this.population) + totalWeight(evidence);
    const link = { a: a.path, b: b.path, probability: probabilityFromWeight(weight), reasons: reasonsOf(evidence) };
    this.pairMemo?.set(key, link);
    return link;
  }

  /** Fully named notes sharing a block with a fully named note. */
  fullCandidates(profile: PersonProfile, stats?: DupeStats): Set<string> {
    if (!profile.full) return new Set();
    const members = this.fullBlocks.lookup(this.blockKeys.get(profile.path)?.full ?? [], stats).members;
    members.delete(profile.path);
    return members;
  }

  /** Notes whose given name fits one of this note's given names, split into fully named and first-name-only. */
  givenCandidates(profile: PersonProfile, stats?: DupeStats): GivenCandidates {
    const lookup = this.givenBlocks.lookup(this.blockKeys.get(profile.path)?.given ?? [], stats);
    const found: GivenCandidates = { full: [], partial: [], unexamined: lookup.unexamined };
    for (const path of lookup.members) {
      const other = this.profiles.get(path);
      if (!other || path === profile.path || this.decisions.has(profile.path, path) || !givenNamesFitAny(profile, other)) continue;
      (other.full ? found.full : found.partial).push(path);
    }
    return found;
  }

  /** Accepted full-name pairs of one note: the notes it would join in stage 1. */
  acceptedFullNeighbours(profile: PersonProfile): string[] {
    const accepted: string[] = [];
    for (const path of this.fullCandidates(profile)) {
      const other = this.profiles.get(path);
      if (!other || this.decisions.has(profile.path, path)) continue;
      if (this.scoreFullPair(profile, other).probability >= this.options.reviewThreshold) accepted.push(path);
    }
    return accepted;
  }

  /** Groups among the notes in `scope` (all notes when absent), best first. */
  groups(scope?: ReadonlySet<string>, stats: DupeStats = emptyStats()): DupeGroup[] {
    const inScope = (path: string) => this.profiles.has(path) && (scope === undefined || scope.has(path));
    const paths = scope === undefined ? [...this.profiles.keys()] : [...scope].filter(inScope);
    stats.people = this.population;
    const clusters = new Clusters((a, b) => this.mayJoin(a, b), this.options.maxGroupSize);
    clusters.addAll(this.fullNameLinks(paths, inScope, stats));
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

  /** Stage 1: each blocked pair of fully named notes, scored once. */
  private fullNameLinks(paths: readonly string[], inScope: (path: string) => boolean, stats: DupeStats): Link[] {
    const links: Link[] = [];
    for (const path of paths) {
      const profile = this.profiles.get(path);
      if (!profile?.full) continue;
      const rank = this.order.get(path) ?? 0;
      for (const otherPath of this.fullCandidates(profile, stats)) {
        if ((this.order.get(otherPath) ?? 0) <= rank || !inScope(otherPath) || this.decisions.has(path, otherPath)) continue;
        const other = this.profiles.get(otherPath);
        if (!other) continue;
        stats.comparedPairs++;
        const link = this.scoreFullPair(profile, other);
        if (link.probability >= this.options.reviewThreshold) links.push(link);
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
    return [...byRoot.entries()].map(([root, notes]) => {
      const all = [...notes];
      const best = all.reduce((top, note) => (note.weight > top.weight ? note : top));
      const against = all
        .filter((note) => note !== best)
        .flatMap((note) => note.evidence.filter((item) => item.weight < 0 && item.reason !== undefined).map((item) => ({ ...item, reason: `with ${note.title}: ${item.reason}` })));
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
      const best = shares.reduce<Share | undefined>((top, share) => (top && top.likelihood >= share.likelihood ? top : share), undefined);
      if (!best || !inScope(best.member)) continue;
      if (shares.length + candidates.unexamined !== 1) continue;
      const probability = this.shareProbability(best, shares, candidates.unexamined);
      if (probability >= this.options.reviewThreshold) links.push(this.givenOnlyLink(profile, best, probability));
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
        if (!looseSet.has(share.member) || !otherView || (this.order.get(share.member) ?? 0) <= (this.order.get(path) ?? 0)) continue;
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
    const reasons: string[] = [];
    if (other) reasons.push(givenOnlyNameReason(profile, other));
    reasons.push(`only one person in the vault fits the first name ${profile.title}`);
    return { a: profile.path, b: share.member, probability, reasons: [...reasons, ...reasonsOf(share.evidence)] };
  }

  private toGroup(cluster: Cluster): DupeGroup {
    const score = Math.min(...cluster.links.map((link) => link.probability));
    const titled = (path: string) => this.profiles.get(path)?.title ?? path;
    const reasons =
      cluster.links.length === 1
        ? (cluster.links[0]?.reasons ?? [])
        : cluster.links.flatMap((link) => link.reasons.map((reason) => `${titled(link.a)} ~ ${titled(link.b)}: ${reason}`));
    return {
      notes: [...cluster.members].sort(),
      score: Math.round(score * 1000) / 1000,
      band: score >= this.options.suggestThreshold ? "suggest" : "review",
      reasons,
    };
  }
}

function reasonsOf(evidence: readonly Evidence[]): string[] {
  return evidence.flatMap((item) => (item.reason === undefined ? [] : [item.reason]));
}

function givenNamesFitAny(a: PersonProfile, b: PersonProfile): boolean {
  return a.names.some(({ name: x }) => b.names.some(({ name: y }) => givenNamesFit(x, y)));
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
