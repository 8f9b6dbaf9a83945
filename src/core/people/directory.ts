/**
 * Finds the person note a name or link stands for. Used for meeting attendance, the relationship panel,
 * last-contact refresh and the duplicate finder's context, so all of them agree on who "Roni" is.
 * It never guesses: when more than one person fits, the answer is "ambiguous" with the candidates.
 */
import { comparableName, givenAgreement, givenNamesFit, type ComparableName } from "../names/agreement";
import { formalNamesOf } from "../names/nicknames";
import { normalizeName } from "../names/normalize";
import type { PersonRecord } from "../model/types";
import { companyKey } from "./company";
import { basenameOfKey, linkKey, targetMatchesPath } from "./linkTargets";
import { personFacts, type PersonFacts } from "./personFacts";
import { rawNameKey } from "./personNames";
import { mentionKeysOfName, mentionKeysOfPerson } from "./mentions";
import { anyBefore } from "../collections/lists";
import { ListMap, SetMap } from "../collections/setMap";

export type Resolution = { kind: "person"; path: string } | { kind: "ambiguous"; candidates: string[] } | { kind: "unknown" };

export interface ResolveContext {
  /** The company or account the name was written for (a meeting's account): it breaks ties between candidates. */
  company?: string;
}

interface Entry {
  person: PersonRecord;
  facts: PersonFacts;
  names: ComparableName[];
}

const UNKNOWN: Resolution = { kind: "unknown" };

function resolutionOf(people: readonly string[]): Resolution {
  if (people.length === 0) return UNKNOWN;
  if (people.length === 1) return { kind: "person", path: people[0] ?? "" };
  return { kind: "ambiguous", candidates: [...people] }; // a copy: callers may keep it
}

/** What was asked: a name as a person wrote it (`resolve`) or a link target (`resolveLink`). */
type AnswerKind = "name" | "link";
const ANSWER_KINDS: readonly AnswerKind[] = ["name", "link"];

/** One remembered answer, as the mention index files it. */
function answerId(kind: AnswerKind, written: string): string {
  return `${kind}\u0000${written}`;
}

function parseAnswerId(id: string): { kind: AnswerKind; written: string } {
  const at = id.indexOf("\u0000");
  return { kind: id.slice(0, at) === "link" ? "link" : "name", written: id.slice(at + 1) };
}

/** The people a written name could be, sorted; grouped by company once asked. */
interface Candidates {
  paths: string[];
  byCompany?: Map<string, string[]>;
}

/** The target of `[[target|display]]` or `[[target#heading]]`; other text unchanged. */
function linkTargetOf(written: string): string {
  const match = /^\s*!?\[\[([^\]|#]*)(?:[#|][^\]]*)?\]\]\s*$/.exec(written);
  return match?.[1] ?? written;
}

export class PeopleDirectory {
  private readonly entries = new Map<string, Entry>();
  private readonly byBasename = new ListMap<string, string>();
  private readonly byRawName = new ListMap<string, string>();
  /** By compact key: the same name up to accents, case, punctuation and spacing. */
  private readonly byNameKey = new ListMap<string, string>();
  private readonly byFamily = new ListMap<string, string>();
  /** People by given name, and given names by nickname group and by sound: a first name is checked per name, not per person. */
  private readonly byGiven = new ListMap<string, string>();
  private readonly givenNamesByFormal = new SetMap<string, string>();
  private readonly givenNamesByCode = new SetMap<string, string>();
  private readonly givenNames = new Map<string, ComparableName>();
  private readonly byCompany = new ListMap<string, string>();
  /**
   * Candidates already worked out, by name: meetings repeat the same few names many times. Each answer is filed
   * under the mention keys of the name asked, and a change to a person drops just the answers that share its keys.
   * That filing is made on the first change after answers exist: a one-off scan never changes a person and never
   * needs it. Names and links have a map each, keyed by the text as written: a key built by joining the two
   * would be a new string per call, hashed afresh, and meetings ask well over a hundred thousand times.
   */
  private readonly answers: Record<AnswerKind, Map<string, Candidates>> = { name: new Map(), link: new Map() };
  /** Answers by mention key, each as `answerId` (kind and text). */
  private answersByMention: SetMap<string, string> | undefined;

  constructor(people: Iterable<PersonRecord> = []) {
    for (const person of people) this.upsert(person);
  }

  get size(): number {
    return this.entries.size;
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  person(path: string): PersonRecord | undefined {
    return this.entries.get(path)?.person;
  }

  /** The note's normalised names (title and aliases). */
  namesOf(path: string): readonly ComparableName[] {
    return this.entries.get(path)?.names ?? [];
  }

  /** What the directory worked out about the note, for other indexes to share rather than work out again. */
  factsOf(path: string): PersonFacts | undefined {
    return this.entries.get(path)?.facts;
  }

  companyOf(path: string): string | undefined {
    return this.entries.get(path)?.facts.company;
  }

  upsert(person: PersonRecord): void {
    this.remove(person.path);
    const facts = personFacts(person);
    const entry: Entry = { person, facts, names: facts.variants.map((variant) => variant.name) };
    this.entries.set(person.path, entry);
    this.forgetAnswersAbout(entry);
    this.index(entry, (map, key) => map.add(key, person.path));
    for (const name of entry.names) this.fileGivenName(name);
  }

  remove(path: string): void {
    const entry = this.entries.get(path);
    if (!entry) return;
    this.forgetAnswersAbout(entry);
    this.index(entry, (map, key) => map.delete(key, path));
    for (const name of entry.names) if (this.byGiven.sizeOf(name.given) === 0) this.unfileGivenName(name.given);
    this.entries.delete(path);
  }

  /** Drops the remembered answers a change to this person could alter. */
  private forgetAnswersAbout(entry: Entry): void {
    if (this.answers.name.size === 0 && this.answers.link.size === 0) return;
    const byMention = this.answerIndex();
    for (const mention of mentionKeysOfPerson({ basenameKey: entry.facts.basenameKey, names: entry.facts.variants })) {
      for (const id of byMention.values(mention)) {
        const { kind, written } = parseAnswerId(id);
        this.answers[kind].delete(written);
      }
      byMention.deleteKey(mention);
    }
  }

  /** Files the answers now rather than on the first person change: for a directory kept to follow changes. */
  prepareForChanges(): void {
    this.answerIndex();
  }

  private answerIndex(): SetMap<string, string> {
    if (!this.answersByMention) {
      this.answersByMention = new SetMap();
      for (const kind of ANSWER_KINDS) for (const written of this.answers[kind].keys()) this.fileAnswer(kind, written);
    }
    return this.answersByMention;
  }

  /** Files one answer under its mention keys, once answers are filed at all (see `answerIndex`). */
  private fileAnswer(kind: AnswerKind, written: string): void {
    const byMention = this.answersByMention;
    if (!byMention) return; // a one-off scan: working out the keys of every name asked would be wasted
    const id = answerId(kind, written);
    for (const mention of mentionKeysOfName(linkTargetOf(written))) byMention.add(mention, id);
  }

  private fileGivenName(name: ComparableName): void {
    if (this.givenNames.has(name.given)) return;
    const given = comparableName(normalizeName(name.given));
    this.givenNames.set(name.given, given);
    for (const formal of formalNamesOf(given.given)) this.givenNamesByFormal.add(formal, given.given);
    for (const code of new Set(given.givenCodes)) if (code !== "") this.givenNamesByCode.add(code, given.given);
  }

  private unfileGivenName(given: string): void {
    const name = this.givenNames.get(given);
    if (!name) return;
    this.givenNames.delete(given);
    for (const formal of formalNamesOf(name.given)) this.givenNamesByFormal.delete(formal, given);
    for (const code of new Set(name.givenCodes)) if (code !== "") this.givenNamesByCode.delete(code, given);
  }

  /** Given names in the vault that share a nickname group or a sound with this one. */
  private givenNamesNear(name: ComparableName): Set<string> {
    const near = new Set<string>();
    for (const formal of formalNamesOf(name.given)) for (const given of this.givenNamesByFormal.values(formal)) near.add(given);
    for (const code of new Set(name.givenCodes)) if (code !== "") for (const given of this.givenNamesByCode.values(code)) near.add(given);
    return near;
  }

  /** Applies `visit` to every lookup key of an entry, so adding and removing can never drift apart. */
  private index(entry: Entry, visit: (map: ListMap<string, string>, key: string) => void): void {
    const { basenameKey, company, rawNameKeys } = entry.facts;
    visit(this.byBasename, basenameKey);
    if (company !== undefined) visit(this.byCompany, company);
    for (const key of rawNameKeys) visit(this.byRawName, key); // distinct: `keyedRawNamesOf` drops repeats
    // A note's names can share a given name, a family name or their letters: each is filed once (see `ListMap`).
    const { names } = entry;
    names.forEach((name, index) => {
      if (!anyBefore(names, index, (other) => other.compact === name.compact)) visit(this.byNameKey, name.compact);
      if (name.family !== undefined && !anyBefore(names, index, (other) => other.family === name.family)) visit(this.byFamily, name.family);
      if (!anyBefore(names, index, (other) => other.given === name.given)) visit(this.byGiven, name.given);
    });
  }

  /** A link target as written (`People/Ronnie Booker`, `ronnie booker`): by path or file name only, like Obsidian. */
  resolveLink(target: string): Resolution {
    return resolutionOf(this.peopleLinked(target));
  }

  /** A name or link as a person wrote it: link target, title, alias, full name, or a first name that only one person fits. */
  resolve(written: string, context: ResolveContext = {}): Resolution {
    return resolutionOf(this.peopleNamed(written, companyKey(context.company)));
  }

  /**
   * `resolve` as the people it leaves: one when resolved, several when ambiguous, none when unknown. `company`
   * is a `companyKey`. The list is shared by every caller that asks the same, and must not be changed: meetings
   * of a large vault ask over a hundred thousand times, mostly the same few names.
   */
  peopleNamed(written: string, company: string | undefined): readonly string[] {
    return this.narrowed(this.remembered("name", written), company);
  }

  /** `resolveLink` as the people it leaves, shared like `peopleNamed`. */
  peopleLinked(target: string): readonly string[] {
    return this.remembered("link", target).paths;
  }

  /** The people a written name could be, worked out once per name: only the company's narrowing differs per call. */
  private remembered(kind: AnswerKind, written: string): Candidates {
    const answers = this.answers[kind];
    let candidates = answers.get(written);
    if (!candidates) {
      candidates = { paths: (kind === "link" ? this.linkCandidates(written) : this.nameCandidates(written)).sort() };
      answers.set(written, candidates);
      this.fileAnswer(kind, written);
    }
    return candidates;
  }

  private linkCandidates(written: string): string[] {
    const key = linkKey(linkTargetOf(written));
    if (key === "") return [];
    // Found by file name, the exact path first: a note's path key ends in its file name, so no map by path is needed.
    const sameName = [...this.byBasename.values(basenameOfKey(key))];
    const pathKeyOf = (path: string) => this.entries.get(path)?.facts.pathKey ?? "";
    const exact = sameName.filter((path) => pathKeyOf(path) === key);
    if (exact.length > 0) return exact;
    return key.includes("/") ? sameName.filter((path) => targetMatchesPath(key, pathKeyOf(path))) : sameName;
  }

  /** The first rule that finds anyone decides: link target, then title or alias, then the same name, then fitting names. */
  private nameCandidates(written: string): string[] {
    const byLink = this.linkCandidates(written);
    if (byLink.length > 0) return byLink;
    const target = linkTargetOf(written);
    const byTitle = [...this.byRawName.values(rawNameKey(target))];
    if (byTitle.length > 0) return byTitle;
    const name = comparableName(normalizeName(target));
    if (name.given === "") return [];
    const byKey = [...this.byNameKey.values(name.compact)];
    if (byKey.length > 0) return byKey;
    return [...(name.family === undefined ? this.firstNameCandidates(name) : this.fullNameCandidates(name))];
  }

  /** Everyone a first name alone could stand for: same name, a nickname, or a near spelling ("Roni" for "Ronnie"). */
  firstNameCandidates(name: ComparableName): Set<string> {
    const found = new Set<string>();
    for (const given of this.givenNamesNear(name)) {
      const known = this.givenNames.get(given);
      if (known && givenNamesFit(name, known)) for (const path of this.byGiven.values(given)) found.add(path);
    }
    return found;
  }

  /** An upper bound on `firstNameCandidates(name).size`, without checking any name: tells a caller when to narrow. */
  firstNamePoolSize(name: ComparableName): number {
    let size = 0;
    for (const given of this.givenNamesNear(name)) size += this.byGiven.sizeOf(given);
    return size;
  }

  /** `firstNameCandidates` among the people at one company: the narrower question for a very common first name. */
  firstNameCandidatesAt(name: ComparableName, company: string): Set<string> {
    const found = new Set<string>();
    for (const path of this.byCompany.values(company)) this.considerFirstName(name, path, found);
    return found;
  }

  /** How many people carry a value in one of the directory's indexes: the vault's term frequencies. */
  countOf(index: "given" | "givenFormal" | "givenCode" | "family" | "company", value: string): number {
    if (index === "given") return this.byGiven.sizeOf(value);
    if (index === "family") return this.byFamily.sizeOf(value);
    if (index === "company") return this.byCompany.sizeOf(value);
    let count = 0; // people counted once per given name they carry: near enough for a frequency
    for (const given of (index === "givenFormal" ? this.givenNamesByFormal : this.givenNamesByCode).values(value)) count += this.byGiven.sizeOf(given);
    return count;
  }

  /** How many people the directory has at a company (by `companyKey`). */
  companySize(company: string): number {
    return this.byCompany.sizeOf(company);
  }

  private considerFirstName(name: ComparableName, path: string, found: Set<string>): void {
    if (!found.has(path) && this.namesOf(path).some((known) => givenNamesFit(name, known))) found.add(path);
  }

  /** People with the same family name whose given name fits or is abbreviated ("Mike Kiernan" for "Michael Kiernan", "J. Smith"). */
  private fullNameCandidates(name: ComparableName): Set<string> {
    const found = new Set<string>();
    for (const path of this.byFamily.values(name.family ?? "")) {
      const fits = this.namesOf(path).some(
        (known) => known.family === name.family && (givenNamesFit(name, known) || givenAgreement(name, known) === "initial"),
      );
      if (fits) found.add(path);
    }
    return found;
  }

  /** One path or none decides; several are narrowed to those at the company, when any are, and stay as they are otherwise. */
  private narrowed(candidates: Candidates, company: string | undefined): readonly string[] {
    const { paths } = candidates;
    if (paths.length <= 1 || company === undefined) return paths;
    const atCompany = this.atCompany(candidates).get(company);
    return atCompany ?? paths;
  }

  /** Candidates grouped by company, worked out on first need: a common first name is asked about in many accounts. */
  private atCompany(candidates: Candidates): Map<string, string[]> {
    if (candidates.byCompany) return candidates.byCompany;
    const byCompany = new Map<string, string[]>();
    for (const path of candidates.paths) {
      const company = this.companyOf(path);
      if (company === undefined) continue;
      const list = byCompany.get(company);
      if (list) list.push(path);
      else byCompany.set(company, [path]);
    }
    candidates.byCompany = byCompany;
    return byCompany;
  }
}
