/**
 * How closely two names agree, as ordered levels: the comparison vectors of record linkage.
 * The duplicate finder weighs each level; the people directory uses `givenNamesFit` to decide
 * whether a first name alone ("Roni") can stand for a person ("Ronnie Booker").
 */
import { areNicknames, isKnownGivenName } from "./nicknames";
import { compactKey, sortedTokenKey, type NormalizedName } from "./normalize";
import { Memo, PairMemo } from "../collections/memo";
import { codesMatch, damerauLevenshtein, jaroWinkler, phoneticCodes } from "./similarity";

/** A normalised name with its phonetic codes and comparison keys worked out once. */
export interface ComparableName extends NormalizedName {
  givenCodes: readonly [string, string];
  familyCodes?: readonly [string, string];
  /** `compactKey`: the same name whatever the spacing. */
  compact: string;
  /** `sortedTokenKey`: the same name whatever the word order. */
  sorted: string;
  /** Given and family name with umlaut digraphs read as plain vowels ("mueller" → "muller"). */
  givenPlain: string;
  familyPlain?: string;
  /** Given and family name with doubled letters written once ("kappur" → "kapur"). */
  givenUndoubled: string;
  familyUndoubled?: string;
}

export type GivenAgreement = "exact" | "nickname" | "phonetic" | "close" | "initial" | "similar" | "different";
export type FamilyAgreement = "exact" | "phonetic" | "close" | "sharedToken" | "similar" | "different";

/** Below this length metaphone codes and one-letter edits say little ("Jan", "Jon", "Jen"). */
const MIN_FUZZY_GIVEN_LENGTH = 4;
const MIN_CLOSE_FAMILY_LENGTH = 4;

/** What comparisons read of one name token besides the token itself. */
interface TokenForms {
  codes: readonly [string, string];
  plain: string;
  undoubled: string;
}

/** Forms by token, shared by every name holding the token: 100k people have under ten thousand distinct given and family names. */
const forms = new Memo<TokenForms>(50_000);

function formsOf(token: string): TokenForms {
  return forms.get(token, workOutForms);
}

function workOutForms(token: string): TokenForms {
  return { codes: phoneticCodes(token), plain: withoutUmlautDigraphs(token), undoubled: undoubled(token) };
}

/** One literal per shape (with and without a family name), not a spread: every person's names pass through here. */
export function comparableName(name: NormalizedName): ComparableName {
  const { given, family, middle, tokens, key } = name;
  const compact = compactKey(name);
  const sorted = sortedTokenKey(name);
  const { codes: givenCodes, plain: givenPlain, undoubled: givenUndoubled } = formsOf(given);
  if (family === undefined) return { given, middle, tokens, key, givenCodes, compact, sorted, givenPlain, givenUndoubled };
  const { codes: familyCodes, plain: familyPlain, undoubled: familyUndoubled } = formsOf(family);
  return { given, family, middle, tokens, key, givenCodes, compact, sorted, givenPlain, givenUndoubled, familyCodes, familyPlain, familyUndoubled };
}

function isInitialOf(initial: string, name: string): boolean {
  return initial.length === 1 && name.length > 1 && name.startsWith(initial);
}

/**
 * Spelled within one edit ("Borker"/"Booker"), two for long names. Edit distance rather than Jaro-Winkler
 * here: Jaro-Winkler rates a name that starts another one ("Park"/"Parker") as close as a slip.
 */
function spelledClose(a: string, b: string, minLength: number): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < minLength) return false;
  return damerauLevenshtein(a, b, 2) <= (shorter >= 8 ? 2 : 1);
}

function undoubled(token: string): string {
  return token.replace(/(.)\1+/g, "$1");
}

/** In a short given name a different first letter makes a different name ("Seth"/"Beth"); longer ones tolerate it ("Yevgeny"/"Evgeny"). */
function givenSpelledClose(a: ComparableName, b: ComparableName): boolean {
  // The same letters once doubled letters count once ("Linn"/"Lin"): a slip at any length.
  if (a.givenUndoubled === b.givenUndoubled) return true;
  const sameStart = a.given.charAt(0) === b.given.charAt(0) || Math.min(a.given.length, b.given.length) >= 6;
  return sameStart && spelledClose(a.given, b.given, MIN_FUZZY_GIVEN_LENGTH);
}

/**
 * German umlauts written out ("Mueller") or dropped ("Muller") are the same letters as "Müller" once folded:
 * the vowel + e digraph is read as the plain vowel.
 */
function withoutUmlautDigraphs(token: string): string {
  return token.length > 2 && token.includes("e") ? token.replace(/([aou])e/g, "$1") : token;
}

/** Levels by given name, then the other: a level depends on the two given names alone, and 100k people have 1,724 of them. */
const givenLevels = new PairMemo<GivenAgreement>(200_000);

export function givenAgreement(a: ComparableName, b: ComparableName): GivenAgreement {
  if (a.given === b.given || a.givenPlain === b.givenPlain) return "exact";
  let level = givenLevels.get(a.given, b.given);
  if (level === undefined) givenLevels.set(a.given, b.given, (level = comparedGivenNames(a, b)));
  return level;
}

/** `givenAgreement` for two given names that differ, worked out. */
function comparedGivenNames(a: ComparableName, b: ComparableName): GivenAgreement {
  if (areNicknames(a.given, b.given)) return "nickname";
  if (isInitialOf(a.given, b.given) || isInitialOf(b.given, a.given)) return "initial";
  const long = Math.min(a.given.length, b.given.length) >= MIN_FUZZY_GIVEN_LENGTH;
  const similarity = jaroWinkler(a.given, b.given);
  // Metaphone drops inner vowels, so "Roni" and "Rania" share a code: require the spelling to be near as well.
  if (long && similarity >= 0.85 && codesMatch(a.givenCodes, b.givenCodes)) return "phonetic";
  // Two real names one letter apart ("Mark", "Mary") are two names, not a slip of one.
  if (givenSpelledClose(a, b) && !(isKnownGivenName(a.given) && isKnownGivenName(b.given))) return "close";
  return similarity >= 0.8 ? "similar" : "different";
}

/** Levels of two family names alone, by family name, then the other: remembered like given-name levels. */
const familyLevels = new PairMemo<FamilyAgreement>(200_000);

/** Compares family names; undefined when either name is a first name alone. */
export function familyAgreement(a: ComparableName, b: ComparableName): FamilyAgreement | undefined {
  if (a.family === undefined || b.family === undefined) return undefined;
  if (a.family === b.family || a.familyPlain === b.familyPlain) return "exact";
  const level = familyLevel(a, b, a.family, b.family);
  if (level !== "similar" && level !== "different") return level;
  // The one level that reads more than the family names: "Garcia Marquez" / "Garcia".
  if (a.middle.includes(b.family) || b.middle.includes(a.family)) return "sharedToken";
  return level;
}

/** The level two different family names reach by themselves, leaving out the shared-token check. */
function familyLevel(a: ComparableName, b: ComparableName, aFamily: string, bFamily: string): FamilyAgreement {
  let level = familyLevels.get(aFamily, bFamily);
  if (level === undefined) familyLevels.set(aFamily, bFamily, (level = comparedFamilyNames(a, b, aFamily, bFamily)));
  return level;
}

function comparedFamilyNames(a: ComparableName, b: ComparableName, aFamily: string, bFamily: string): FamilyAgreement {
  const soundAlike = a.familyCodes !== undefined && b.familyCodes !== undefined && codesMatch(a.familyCodes, b.familyCodes);
  if (soundAlike && jaroWinkler(aFamily, bFamily) >= 0.75) return "phonetic";
  if (a.familyUndoubled === b.familyUndoubled || spelledClose(aFamily, bFamily, MIN_CLOSE_FAMILY_LENGTH)) return "close";
  return jaroWinkler(aFamily, bFamily) >= 0.85 ? "similar" : "different";
}

/** True when two family names are near in sound as well as spelling: their codes differ by at most one letter. */
export function familiesSoundNear(a: ComparableName, b: ComparableName): boolean {
  if (!a.familyCodes || !b.familyCodes) return false;
  return damerauLevenshtein(a.familyCodes[0], b.familyCodes[0], 1) <= 1;
}

const FITTING_GIVEN_LEVELS: ReadonlySet<GivenAgreement> = new Set(["exact", "nickname", "phonetic", "close"]);

/** True when one given name can stand for the other: same, nickname, or a near spelling ("Roni"/"Ronnie"). */
export function givenNamesFit(a: ComparableName, b: ComparableName): boolean {
  return FITTING_GIVEN_LEVELS.has(givenAgreement(a, b));
}
