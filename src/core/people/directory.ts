/**
 * Finds the person note a name or link stands for. Used for meeting attendance, the relationship panel,
 * last-contact refresh and the duplicate finder's context, so all of them agree on who "Roni" is.
 * It never guesses: when more than one person fits, the answer is "ambiguous" with the candidates.
 */
import { comparableName, givenAgreement, givenNamesFit, type ComparableName } from "../names/agreement";
import { formalNamesOf } from "../names/nicknames";
import { compactKey, normalizeName } from "../names/normalize";
import type { PersonRecord } from "../model/types";
import { companyKey } from "./company";
import { basenameOfKey, linkKey, linkKeysOfPath, targetMatchesPath } from "./linkTargets";
import { personNames, rawNamesOf } from "./personNames";
import { SetMap } from "./setMap";

export type Resolution = { kind: "person"; path: string } | { kind: "ambiguous"; candidates: string[] } | { kind: "unknown" };

export interface ResolveContext {
  /** The company or account the name was written for (a meeting's account): it breaks ties between candidates. */
  company?: string;
}

interface Entry {
  person: PersonRecord;
  names: ComparableName[];
  company?: string;
  rawNameKeys: string[];
  pathKey: string;
  basenameKey: string;
}

const UNKNOWN: Resolution = { kind: "unknown" };

/** The target of `[[target|display]]` or `[[target#heading]]`; other text unchanged. */
function linkTargetOf(written: string): string {
  const match = /^\s*!?\[\[([^\]|#]*)(?:[#|][^\]]*)?\]\]\s*$/.exec(written);
  return match?.[1] ?? written;
}

function rawNameKey(raw: string): string {
  return raw.trim().normalize("NFC").toLowerCase();
}

export class PeopleDirectory {
  private readonly entries = new Map<string, Entry>();
  private readonly byPathKey = new Map<string, string>();
  private readonly byBasename = new SetMap<string, string>();
  private readonly byRawName = new SetMap<string, string>();
  /** By compact key: the same name up to accents, case, punctuation and spacing. */
  private readonly byNameKey = new SetMap<string, string>();
  private readonly byFamily = new SetMap<string, string>();
  private readonly byGivenFormal = new SetMap<string, string>();
  private readonly byGivenCode = new SetMap<string, string>();
  /** Answers already given since the last change: meetings repeat the same few names many times. */
  private readonly answers = new Map<string, Resolution>();

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

  companyOf(path: string): string | undefined {
    return this.entries.get(path)?.company;
  }

  upsert(person: PersonRecord): void {
    this.remove(person.path);
    this.answers.clear();
    const { pathKey, basenameKey } = linkKeysOfPath(person.path);
    const entry: Entry = {
      person,
      names: personNames(person),
      company: companyKey(person.company),
      rawNameKeys: rawNamesOf(person).map(rawNameKey),
      pathKey,
      basenameKey,
    };
    this.entries.set(person.path, entry);
    this.index(entry, (map, key) => map.add(key, person.path));
    this.byPathKey.set(pathKey, person.path);
  }

  remove(path: string): void {
    const entry = this.entries.get(path);
    if (!entry) return;
    this.answers.clear();
    this.index(entry, (map, key) => map.delete(key, path));
    if (this.byPathKey.get(entry.pathKey) === path) this.byPathKey.delete(entry.pathKey);
    this.entries.delete(path);
  }

  /** Applies `visit` to every lookup key of an entry, so adding and removing can never drift apart. */
  private index(entry: Entry, visit: (map: SetMap<string, string>, key: string) => void): void {
    visit(this.byBasename, entry.basenameKey);
    for (const key of entry.rawNameKeys) visit(this.byRawName, key);
    for (const name of entry.names) {
      visit(this.byNameKey, compactKey(name));
      if (name.family !== undefined) visit(this.byFamily, name.family);
      for (const formal of formalNamesOf(name.given)) visit(this.byGivenFormal, formal);
      for (const code of new Set(name.givenCodes)) if (code !== "") visit(this.byGivenCode, code);
    }
  }

  /** A link target as written (`People/Ronnie Booker`, `ronnie booker`): by path or file name only, like Obsidian. */
  resolveLink(target: string): Resolution {
    return this.remembered(`link\u0000${target}`, () => this.byLinkTarget(linkKey(linkTargetOf(target))) ?? UNKNOWN);
  }

  /** A name or link as a person wrote it: link target, title, alias, full name, or a first name that only one person fits. */
  resolve(written: string, context: ResolveContext = {}): Resolution {
    return this.remembered(`name\u0000${context.company ?? ""}\u0000${written}`, () => this.resolveAnew(written, context));
  }

  private remembered(key: string, work: () => Resolution): Resolution {
    let answer = this.answers.get(key);
    if (!answer) {
      answer = work();
      this.answers.set(key, answer);
    }
    // A copy: callers may keep or change the candidate list.
    return answer.kind === "ambiguous" ? { kind: "ambiguous", candidates: [...answer.candidates] } : answer;
  }

  private resolveAnew(written: string, context: ResolveContext): Resolution {
    const target = linkTargetOf(written);
    const byLink = this.byLinkTarget(linkKey(target));
    if (byLink) return byLink;
    const company = companyKey(context.company);
    const byTitle = this.decide(this.byRawName.get(rawNameKey(target)), company);
    if (byTitle) return byTitle;
    const name = comparableName(normalizeName(target));
    if (name.given === "") return UNKNOWN;
    const byKey = this.decide(this.byNameKey.get(compactKey(name)), company);
    if (byKey) return byKey;
    const candidates = name.family === undefined ? this.firstNameCandidates(name) : this.fullNameCandidates(name);
    return this.decide(candidates, company) ?? UNKNOWN;
  }

  /** Everyone a first name alone could stand for: same name, a nickname, or a near spelling ("Roni" for "Ronnie"). */
  firstNameCandidates(name: ComparableName): Set<string> {
    const found = new Set<string>();
    const consider = (path: string) => {
      if (!found.has(path) && this.namesOf(path).some((known) => givenNamesFit(name, known))) found.add(path);
    };
    for (const formal of formalNamesOf(name.given)) this.byGivenFormal.get(formal).forEach(consider);
    for (const code of new Set(name.givenCodes)) if (code !== "") this.byGivenCode.get(code).forEach(consider);
    return found;
  }

  /** People with the same family name whose given name fits or is abbreviated ("Mike Kiernan" for "Michael Kiernan", "J. Smith"). */
  private fullNameCandidates(name: ComparableName): Set<string> {
    const found = new Set<string>();
    for (const path of this.byFamily.get(name.family ?? "")) {
      const fits = this.namesOf(path).some(
        (known) => known.family === name.family && (givenNamesFit(name, known) || givenAgreement(name, known) === "initial"),
      );
      if (fits) found.add(path);
    }
    return found;
  }

  private byLinkTarget(key: string): Resolution | undefined {
    if (key === "") return undefined;
    const exact = this.byPathKey.get(key);
    if (exact !== undefined) return { kind: "person", path: exact };
    const sameName = [...this.byBasename.get(basenameOfKey(key))];
    const matching = key.includes("/") ? sameName.filter((path) => targetMatchesPath(key, this.entries.get(path)?.pathKey ?? "")) : sameName;
    return this.decide(matching, undefined);
  }

  /** One path decides; several are narrowed by company, and stay ambiguous unless exactly one is left; none: undefined. */
  private decide(paths: Iterable<string>, company: string | undefined): Resolution | undefined {
    const candidates = [...paths].sort();
    if (candidates.length === 0) return undefined;
    if (candidates.length === 1) return { kind: "person", path: candidates[0] ?? "" };
    const atCompany = company === undefined ? [] : candidates.filter((path) => this.companyOf(path) === company);
    if (atCompany.length === 1) return { kind: "person", path: atCompany[0] ?? "" };
    return { kind: "ambiguous", candidates: atCompany.length > 1 ? atCompany : candidates };
  }
}
