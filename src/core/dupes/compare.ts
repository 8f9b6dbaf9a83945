/**
 * Compares two person notes: the name evidence (given and family levels, term-frequency adjusted) and the
 * context evidence (company, titles, links, meetings), each as a match weight in bits with a reason.
 */
import { familiesSoundNear, familyAgreement, givenAgreement, givenNamesFit, type ComparableName, type FamilyAgreement, type GivenAgreement } from "../names/agreement";
import { formalNamesOf } from "../names/nicknames";
import { companyKey } from "../people/company";
import { basenameOfKey, targetMatchesPath } from "../people/linkTargets";
import { containedIn } from "../collections/lists";
import type { FrequencyField, VaultFrequencies } from "./frequencies";
import type { Gatherings } from "./gatherings";
import { adjustedU, CONTEXT_LEVELS, FAMILY_LEVELS, GIVEN_LEVELS, matchWeight, type LevelParameters } from "./model";
import { displayToken, type PersonProfile } from "./profile";

export interface Evidence {
  weight: number;
  /**
   * What a person reads; absent for evidence too plain to mention. Written only when asked for: most
   * compared pairs are rejected, and their reasons would be wasted work.
   */
  reason?: () => string;
}

export interface ComparisonContext {
  frequencies: VaultFrequencies;
  gatherings: Gatherings;
}

const levelWeight = (level: LevelParameters, u = level.u0) => matchWeight(level.m, u);

/** Other notes (beyond the two compared) with this value in `field`. */
function othersWith(frequencies: VaultFrequencies, field: FrequencyField, value: string): number {
  return frequencies.count(field, value) - 2;
}

/**
 * Other notes that share the most common value both lists hold (codes, formal names). Asked for most compared
 * pairs, so it builds no list of the shared values, and walks by index: the lists are shared frozen tuples.
 */
function othersSharing(frequencies: VaultFrequencies, field: FrequencyField, a: readonly string[], b: readonly string[]): number {
  let most = 0;
  for (let index = 0; index < a.length; index++) {
    const value = a[index] ?? "";
    if (value !== "" && b.includes(value)) most = Math.max(most, frequencies.count(field, value));
  }
  return most - 2;
}

function givenWeight(level: GivenAgreement, x: ComparableName, y: ComparableName, frequencies: VaultFrequencies): number {
  const parameters = GIVEN_LEVELS[level];
  const population = frequencies.population;
  if (level === "exact") return levelWeight(parameters, adjustedU(parameters.u0, othersWith(frequencies, "given", x.given), population));
  if (level === "nickname") return levelWeight(parameters, adjustedU(parameters.u0, othersSharing(frequencies, "givenFormal", formalNamesOf(x.given), formalNamesOf(y.given)), population));
  if (level === "phonetic") return levelWeight(parameters, adjustedU(parameters.u0, othersSharing(frequencies, "givenCode", x.givenCodes, y.givenCodes), population));
  return levelWeight(parameters);
}

function familyWeight(level: FamilyAgreement, x: ComparableName, y: ComparableName, frequencies: VaultFrequencies): number {
  const parameters = FAMILY_LEVELS[level];
  const population = frequencies.population;
  if (level === "exact") return levelWeight(parameters, adjustedU(parameters.u0, othersWith(frequencies, "family", x.family ?? ""), population));
  if (level === "phonetic") return levelWeight(parameters, adjustedU(parameters.u0, othersSharing(frequencies, "familyCode", x.familyCodes ?? [], y.familyCodes ?? []), population));
  if (level === "close") return closeFamilyWeight(x.family ?? "", y.family ?? "", frequencies);
  return levelWeight(parameters);
}

/**
 * Term frequencies for a one-letter difference: a slip makes a spelling nobody else has ("Borker"), while two
 * spellings other people carry as well ("Fang", "Yang") are two names. u grows with how many distinct full
 * names bear each; the weight never drops below that of names that merely look similar.
 */
function closeFamilyWeight(x: string, y: string, frequencies: VaultFrequencies): number {
  const bearers = (family: string) => Math.max(1, frequencies.count("familyNames", family));
  const u = Math.min(1, FAMILY_LEVELS.close.u0 * bearers(x) * bearers(y));
  return Math.max(matchWeight(FAMILY_LEVELS.close.m, u), levelWeight(FAMILY_LEVELS.similar));
}

const GIVEN_REASONS: Record<GivenAgreement, string> = {
  exact: "given names match",
  nickname: "given names are nicknames",
  phonetic: "given names sound alike",
  close: "given names are spelled alike",
  initial: "given name is an initial",
  similar: "given names differ slightly",
  different: "given names differ",
};

const FAMILY_REASONS: Record<FamilyAgreement, string> = {
  exact: "family names match",
  phonetic: "family names sound alike",
  close: "family names are spelled alike",
  sharedToken: "family names share a part",
  similar: "family names differ slightly",
  different: "family names differ",
};

/** The same name up to accents, case, punctuation, spacing and word order. */
function sameWords(x: ComparableName, y: ComparableName): boolean {
  return x.key === y.key || x.compact === y.compact || x.sorted === y.sorted;
}

interface NamePair {
  a: PersonProfile;
  b: PersonProfile;
  x: ComparableName;
  y: ComparableName;
}

function shown({ a, b }: NamePair, tokenA: string, tokenB: string): string {
  const left = displayToken(a, tokenA);
  const right = displayToken(b, tokenB);
  return left === right ? left : `${left} / ${right}`;
}

/** The name as written, saying where a composed name came from: "Tiff Chen (Tiffany Chen, alias Tiff)". */
function writtenName(profile: PersonProfile, name: ComparableName): { text: string; composed: boolean } {
  const variant = profile.names.find((each) => each.name === name);
  if (!variant) return { text: name.key, composed: false };
  if (variant.fromAlias === undefined) return { text: variant.raw, composed: false };
  return { text: `${variant.raw} (${profile.title}, alias ${variant.fromAlias})`, composed: true };
}

/**
 * The same full name, weighed by how many others bear that full name (Splink's full-name term frequency).
 * Given and family names are not independent (cultures pair them), so the full name's own frequency says
 * more than the product of its parts': two notes named "Emeka Rodriguez" are rarer than Emekas times Rodriguezes.
 */
function sameNameWeight(x: ComparableName, y: ComparableName, frequencies: VaultFrequencies): number {
  const m = GIVEN_LEVELS.exact.m * FAMILY_LEVELS.exact.m;
  const u0 = GIVEN_LEVELS.exact.u0 * FAMILY_LEVELS.exact.u0;
  const bearers = x.key === y.key ? frequencies.count("fullName", x.key) : frequencies.count("fullName", x.key) + frequencies.count("fullName", y.key);
  return matchWeight(m, adjustedU(u0, bearers - 2, frequencies.population));
}

/** Why two names count as the same words, in words. */
function sameWordsReason(pair: NamePair): string {
  const { x, y } = pair;
  const left = writtenName(pair.a, x);
  const right = writtenName(pair.b, y);
  if (left.text === right.text) return `same name: ${left.text}`;
  if (x.key === y.key && (left.composed || right.composed)) return `same name: ${left.text} / ${right.text}`;
  const how = x.sorted === y.sorted && x.compact !== y.compact ? "same name in another order" : "names match once accents, case, punctuation and titles are ignored";
  return `${how}: ${left.text} / ${right.text}`;
}

/** The evidence of one pair of full names. */
function namePairEvidence(pair: NamePair, frequencies: VaultFrequencies): Evidence[] {
  const { x, y } = pair;
  if (sameWords(x, y)) return [{ weight: sameNameWeight(x, y, frequencies), reason: () => sameWordsReason(pair) }];
  const given = givenAgreement(x, y);
  const family = familyAgreement(x, y) ?? "different";
  const familyReason = family === "close" && familiesSoundNear(x, y) ? FAMILY_REASONS.phonetic : FAMILY_REASONS[family];
  return [
    { weight: givenWeight(given, x, y, frequencies), reason: () => `${GIVEN_REASONS[given]}: ${shown(pair, x.given, y.given)}` },
    { weight: familyWeight(family, x, y, frequencies), reason: () => `${familyReason}: ${shown(pair, x.family ?? "", y.family ?? "")}` },
  ];
}

/** What `namePairEvidence` totals, without building the evidence: most compared pairs need only this. */
function namePairWeight(x: ComparableName, y: ComparableName, frequencies: VaultFrequencies): number {
  if (sameWords(x, y)) return sameNameWeight(x, y, frequencies);
  return givenWeight(givenAgreement(x, y), x, y, frequencies) + familyWeight(familyAgreement(x, y) ?? "different", x, y, frequencies);
}

const total = (evidence: readonly Evidence[]) => evidence.reduce((sum, item) => sum + item.weight, 0);

/** The total weight of `nameEvidence`, without building it: enough to reject a pair whose names rule it out. */
export function nameWeight(a: PersonProfile, b: PersonProfile, frequencies: VaultFrequencies): number {
  let best = -Infinity;
  for (const x of a.fullNames) for (const y of b.fullNames) best = Math.max(best, namePairWeight(x, y, frequencies));
  return best === -Infinity ? 0 : best;
}

/** Name evidence for two fully named notes: the best-agreeing pair of their names (titles and aliases). */
export function nameEvidence(a: PersonProfile, b: PersonProfile, frequencies: VaultFrequencies): Evidence[] {
  let best: Evidence[] = [];
  let bestWeight = -Infinity;
  for (const x of a.fullNames) {
    for (const y of b.fullNames) {
      const evidence = namePairEvidence({ a, b, x, y }, frequencies);
      const weight = total(evidence);
      if (weight > bestWeight) [best, bestWeight] = [evidence, weight];
    }
  }
  return best;
}

/** What the two notes' companies weigh: nothing when either has none, for when they agree (more for a small company), against when they differ. */
function companyWeight(a: PersonProfile, b: PersonProfile, frequencies: VaultFrequencies): number {
  if (a.company === undefined || b.company === undefined) return 0;
  if (a.company !== b.company) return levelWeight(CONTEXT_LEVELS.otherCompany);
  const level = CONTEXT_LEVELS.sameCompany;
  return matchWeight(level.m, adjustedU(level.u0, frequencies.count("company", a.company) - 2, frequencies.population));
}

function companyEvidence(a: PersonProfile, b: PersonProfile, frequencies: VaultFrequencies): Evidence[] {
  if (a.company === undefined || b.company === undefined) return [];
  const weight = companyWeight(a, b, frequencies);
  if (a.company === b.company) return [{ weight, reason: () => `both at ${a.companyDisplay ?? a.company}` }];
  return [{ weight, reason: () => `at different companies: ${a.companyDisplay} / ${b.companyDisplay}` }];
}

/**
 * Identical titles are worth saying but weigh nothing beyond the names: given two notes with the same name,
 * one person and two namesakes are about equally likely to have their titles written identically.
 */
function titleEvidence(a: PersonProfile, b: PersonProfile): Evidence[] {
  if (a.titleKey !== b.titleKey) return [];
  return [{ weight: 0, reason: () => (a.basenameKey === b.basenameKey ? "same title in two folders" : `same title: ${a.title}`) }];
}

function linksTo(from: PersonProfile, to: PersonProfile): boolean {
  for (const target of from.links) if (target === to.basenameKey || targetMatchesPath(target, to.pathKey)) return true;
  return false;
}

function linkEvidence(a: PersonProfile, b: PersonProfile): Evidence[] {
  if (linksTo(a, b)) return [{ weight: levelWeight(CONTEXT_LEVELS.linked), reason: () => `${a.title}'s note links to ${b.title}` }];
  if (linksTo(b, a)) return [{ weight: levelWeight(CONTEXT_LEVELS.linked), reason: () => `${b.title}'s note links to ${a.title}` }];
  return [];
}

/** The weight of both notes linking to `target`: high when few other notes link there, nothing when many do. */
function sharedLinkWeight(target: string, frequencies: VaultFrequencies): number {
  const level = CONTEXT_LEVELS.sharedLink;
  const others = frequencies.count("linkTarget", target) - 2;
  const u = Math.max(level.u0, (others + 0.5) / Math.max(1, frequencies.population - 1));
  return Math.max(0, matchWeight(level.m, u)); // a link everyone shares (the company) says nothing either way
}

/** Both notes cite the same notes that few others cite. The two rarest count; more add little that is independent. */
function sharedLinkEvidence(a: PersonProfile, b: PersonProfile, context: ComparisonContext): Evidence[] {
  if (a.links.length === 0 || b.links.length === 0) return [];
  const { frequencies, gatherings } = context;
  // A link to the company's own note restates the company, which is weighed already.
  const isCompany = (target: string) => {
    const company = companyKey(basenameOfKey(target));
    return company !== undefined && (company === a.company || company === b.company);
  };
  const linkedFromB = containedIn(b.links); // a note can link to hundreds of meetings
  const telling = a.links
    .filter((target) => linkedFromB(target) && !isCompany(target))
    .map((target) => ({ target, weight: sharedLinkWeight(target, frequencies) }))
    .filter((link) => link.weight > 0)
    .sort((x, y) => y.weight - x.weight);
  if (telling.length === 0) return [{ weight: levelWeight(CONTEXT_LEVELS.sharedLinksNone) }];
  const weight = (telling[0]?.weight ?? 0) + (telling[1]?.weight ?? 0);
  const isMeeting = (target: string) => gatherings.kindOfLinkTarget(target) === "meeting" || /^\d{4}-\d{2}-\d{2}/.test(basenameOfKey(target));
  const count = telling.length;
  const what = telling.every((link) => isMeeting(link.target)) ? (count === 1 ? "meeting" : "meetings") : count === 1 ? "note" : "notes";
  return [{ weight, reason: () => `both notes cite the same ${count === 1 ? "" : `${count} `}${what}` }];
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Named in the same participants or collaborators list: evidence against, never a veto. */
function namedTogetherEvidence(a: PersonProfile, b: PersonProfile, gatherings: Gatherings): Evidence[] {
  if (gatherings.listCount(a.path) === 0 || gatherings.listCount(b.path) === 0) return [];
  const together = gatherings.namingApart(a.path, b.path);
  if (together.length === 0) {
    const bothMet = gatherings.inAnyMeeting(a.path) && gatherings.inAnyMeeting(b.path);
    return [{ weight: levelWeight(CONTEXT_LEVELS.namedTogetherNever), reason: () => (bothMet ? "met together in 0 meetings" : "never listed together") }];
  }
  const level = together.length === 1 ? CONTEXT_LEVELS.namedTogetherOnce : CONTEXT_LEVELS.namedTogetherOften;
  const meetings = together.filter((path) => gatherings.kindOf(path) === "meeting").length;
  const projects = together.length - meetings;
  const parts: string[] = [];
  if (meetings > 0) parts.push(`named together in ${plural(meetings, "meeting's", "meetings'")} participants`);
  if (projects > 0) parts.push(`listed together as collaborators on ${plural(projects, "project", "projects")}`);
  return [{ weight: levelWeight(level), reason: () => parts.join("; ") }];
}

/**
 * Everything but the names: company, identical titles, links between and shared, lists naming both.
 * `contextCeiling` bounds what this can add: evidence added here must be bounded there too.
 */
export function contextEvidence(a: PersonProfile, b: PersonProfile, context: ComparisonContext): Evidence[] {
  return [
    ...companyEvidence(a, b, context.frequencies),
    ...titleEvidence(a, b),
    ...linkEvidence(a, b),
    ...sharedLinkEvidence(a, b, context),
    ...namedTogetherEvidence(a, b, context.gatherings),
  ];
}

/** The strongest positive weight each of the named-together levels can give (the "never" level leans slightly for). */
const NAMED_TOGETHER_MOST = Math.max(0, ...[CONTEXT_LEVELS.namedTogetherNever, CONTEXT_LEVELS.namedTogetherOnce, CONTEXT_LEVELS.namedTogetherOften].map((level) => levelWeight(level)));
/** A shared link's weight never exceeds the one at u0 (`sharedLinkWeight` keeps u at or above u0); two count. */
const SHARED_LINKS_MOST = 2 * Math.max(0, levelWeight(CONTEXT_LEVELS.sharedLink));
const LINKED_MOST = Math.max(0, levelWeight(CONTEXT_LEVELS.linked));

/**
 * The most any pair's context can add in a vault of `population` people: `contextCeiling` with the company at
 * its strongest (two people alone at one company) and every link and list term present, summed in the same
 * order. It reads nothing of the pair, so a pair whose names leave it short even of this is rejected without
 * a single map lookup, and most compared pairs are.
 */
export function contextMost(population: number): number {
  const same = CONTEXT_LEVELS.sameCompany;
  let most = Math.max(0, levelWeight(CONTEXT_LEVELS.otherCompany), matchWeight(same.m, adjustedU(same.u0, 0, population)));
  most += LINKED_MOST;
  most += SHARED_LINKS_MOST;
  most += NAMED_TOGETHER_MOST;
  return most;
}

/**
 * The most `contextEvidence` can add for this pair, without reading links or lists: the company weighed exactly
 * (it is cheap), links and lists at their strongest. Most blocked pairs are two people whose names already say
 * so; when even this ceiling cannot lift them to a proposal, their context need not be weighed at all.
 */
export function contextCeiling(a: PersonProfile, b: PersonProfile, context: ComparisonContext): number {
  let most = companyWeight(a, b, context.frequencies);
  if (a.links.length > 0 || b.links.length > 0) most += LINKED_MOST;
  if (a.links.length > 0 && b.links.length > 0) most += SHARED_LINKS_MOST;
  if (context.gatherings.listCount(a.path) > 0 && context.gatherings.listCount(b.path) > 0) most += NAMED_TOGETHER_MOST;
  return most;
}

export function totalWeight(evidence: readonly Evidence[]): number {
  return total(evidence);
}

/** The reasons of some evidence, written out. */
export function reasonsOf(evidence: readonly Evidence[]): string[] {
  return evidence.flatMap((item) => (item.reason === undefined ? [] : [item.reason()]));
}

/**
 * True when the names rule out one person however the rest looks: no pair of their names agrees on both
 * given and family name, or a first name alone fits none of the other's given names. Groups never join such notes.
 */
export function namesConflict(a: PersonProfile, b: PersonProfile): boolean {
  if (a.full && b.full) {
    return !a.fullNames.some((x) =>
      b.fullNames.some((y) => sameWords(x, y) || (givenAgreement(x, y) !== "different" && familyAgreement(x, y) !== "different")),
    );
  }
  return !a.names.some(({ name: x }) => b.names.some(({ name: y }) => givenNamesFit(x, y)));
}
