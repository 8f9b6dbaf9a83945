/**
 * Blocking: which notes are worth comparing at all. Each note is filed under a few keys; only notes that
 * share a key are compared, so the work grows with the number of people, not with its square.
 *
 * Under each key, a note has families of stricter keys, from loose to strict: when a block is too large, the
 * loosest of them whose block is small enough is used, so a common name ("John Smith" among thousands) falls
 * back to a stricter key instead of being dropped.
 * This file decides the keys; the blocks that hold notes under them are in blockIndex.ts.
 */
import type { ComparableName } from "../names/agreement";
import { Memo } from "../collections/memo";
import { formalNamesOf } from "../names/nicknames";
import type { KeyFamily } from "./blockIndex";
import type { PersonProfile } from "./profile";

/** Below this length one deletion makes too many unrelated names collide ("Lee", "Li"); sound-alike keys cover them. */
const MIN_DELETION_KEY_LENGTH = 4;

/** The name itself and every single-letter deletion of it: two names one edit apart share at least one. */
export function deletionVariants(token: string): string[] {
  const variants = new Set([token]);
  if (token.length < MIN_DELETION_KEY_LENGTH) return [...variants];
  for (let index = 0; index < token.length; index++) variants.add(token.slice(0, index) + token.slice(index + 1));
  return [...variants];
}

/**
 * Each kind of key, built in one place: F same family name, T same words in another order ("Kim Sarah"),
 * C same letters with other spacing ("Smith-Jones" / "Smith Jones"), P family names that sound alike, and D
 * family names one letter apart ("Ronnie Borker" / "Ronnie Booker") with given names starting alike.
 */
const familyKey = (name: ComparableName) => `F|${name.family ?? ""}`;
const wordsKey = (name: ComparableName) => `T|${name.sorted}`;
const lettersKey = (name: ComparableName) => `C|${name.compact}`;
const soundKey = (code: string) => `P|${code}`;
const slipKey = (name: ComparableName, variant: string) => `D|${name.given.charAt(0)}|${variant}`;

/** The keys one full name is filed under: the loosest key of each of its families. */
function loosestKeys(name: ComparableName): string[] {
  return [familyKey(name), wordsKey(name), lettersKey(name), ...soundAndSlipKeys(name)];
}

/** The keys that depend only on the family name and the given initial, which many notes share. */
function soundAndSlipKeys(name: ComparableName): string[] {
  const codes = new Set((name.familyCodes ?? []).filter((code) => code !== ""));
  return [...[...codes].map(soundKey), ...deletionVariants(name.family ?? "").map((variant) => slipKey(name, variant))];
}

/** Whether a full name is filed under `key`, answered from the key (building every deletion key per ask was most of a large scan). */
function filesUnder(name: ComparableName, key: string): boolean {
  switch (key.charAt(0)) {
    case "F":
      return key === familyKey(name);
    case "T":
      return key === wordsKey(name);
    case "C":
      return key === lettersKey(name);
    case "P":
      return (name.familyCodes ?? []).some((code) => code !== "" && key === soundKey(code));
    case "D": {
      const prefix = slipKey(name, "");
      return key.startsWith(prefix) && isDeletionVariant(name.family ?? "", key.slice(prefix.length));
    }
    default:
      return false;
  }
}

/**
 * The key families a given name brings to a block of each kind, stricter keys only (see `KeyFamily`): the same
 * frozen lists for every note with that given name, so narrowing an oversized block builds none.
 */
interface StricterFamilies {
  /** Among one family name: the initial then the given name, and each nickname group ("n:michael"). */
  underFamily: readonly KeyFamily[];
  /** Among sound-alike family names: the initial then the given name. */
  underSound: readonly KeyFamily[];
  /** Among family names one letter apart: the given name. */
  underSlip: readonly KeyFamily[];
}

/**
 * By given name: a stricter key depends on the given name alone (it is compared within one block, see
 * `KeyFamily`), and narrowing a large vault's oversized blocks asks for those of 169k members with a few
 * thousand given names between them.
 */
const stricterFamilies = new Memo<StricterFamilies>(50_000);

function workOutStricterFamilies(given: string): StricterFamilies {
  const initialThenGiven = Object.freeze([`i:${given.charAt(0)}`, `g:${given}`]);
  const nicknames = formalNamesOf(given).map((formal) => Object.freeze([`n:${formal}`]));
  return {
    underFamily: Object.freeze([initialThenGiven, ...nicknames]),
    underSound: Object.freeze([initialThenGiven]),
    underSlip: Object.freeze([Object.freeze([`g:${given}`])]),
  };
}

/** Words in another order and spacing variants have no stricter key: the whole block is compared. */
const WHOLE_BLOCK: readonly KeyFamily[] = Object.freeze([Object.freeze([])]);
const NO_FAMILIES: readonly KeyFamily[] = Object.freeze([]);

/**
 * The families of a name filed under `key`, for a block that proves too large: among many Smiths the same
 * initial, given name or nickname group; among sound-alikes the same initial, then given name; among slips,
 * the same given name.
 */
function familiesFiledUnder(name: ComparableName, key: string): readonly KeyFamily[] {
  switch (key.charAt(0)) {
    case "F":
      return stricterFamilies.get(name.given, workOutStricterFamilies).underFamily;
    case "P":
      return stricterFamilies.get(name.given, workOutStricterFamilies).underSound;
    case "D":
      return stricterFamilies.get(name.given, workOutStricterFamilies).underSlip;
    default:
      return WHOLE_BLOCK;
  }
}

/** Every loosest key of a profile's full names with the key families under it. */
export function fullNameBlockKeys(profile: PersonProfile): { key: string; families: readonly KeyFamily[] }[] {
  return profile.fullNames.flatMap((name) => loosestKeys(name).map((key) => ({ key, families: familiesFiledUnder(name, key) })));
}

/**
 * Only the key families under `loosestKey`: what narrowing one oversized block needs of each member. Nearly
 * always one name of the note files under the key, and its shared list is given as it is.
 */
export function fullNameBlockKeysUnder(profile: PersonProfile, loosestKey: string): readonly KeyFamily[] {
  let families = NO_FAMILIES;
  for (const name of profile.fullNames) {
    if (!filesUnder(name, loosestKey)) continue;
    const more = familiesFiledUnder(name, loosestKey);
    families = families.length === 0 ? more : [...families, ...more];
  }
  return families;
}

/** The keys a note is filed under: the first of each family. The definition `SharedFilingKeys` must give, shared. */
export function fullNameFilingKeys(profile: PersonProfile): string[] {
  return [...new Set(profile.fullNames.flatMap(loosestKeys))];
}

/**
 * `fullNameFilingKeys` with the keys a family name and given initial give (family, sound, slips: most of a
 * note's keys) built once and shared by every note that carries them. Loading a vault of 100k people
 * otherwise builds and hashes over a million short strings, most of them already in the block map.
 * A key two of a note's names share comes twice: the block index files a note once per key.
 */
export class SharedFilingKeys {
  /** Family name → given initial → its keys. */
  private readonly byFamily = new Map<string, Map<string, { family: string; soundsAndSlips: readonly string[] }>>();

  of(profile: PersonProfile): string[] {
    const keys: string[] = [];
    for (const name of profile.fullNames) {
      const shared = this.familyKeys(name);
      keys.push(shared.family, wordsKey(name), lettersKey(name), ...shared.soundsAndSlips);
    }
    return keys;
  }

  /** Forgets the shared keys once a bulk load is done; notes edited afterwards fill it again with their own names only. */
  clear(): void {
    this.byFamily.clear();
  }

  private familyKeys(name: ComparableName): { family: string; soundsAndSlips: readonly string[] } {
    const family = name.family ?? "";
    const initial = name.given.charAt(0);
    let byInitial = this.byFamily.get(family);
    if (!byInitial) this.byFamily.set(family, (byInitial = new Map()));
    let keys = byInitial.get(initial);
    if (!keys) byInitial.set(initial, (keys = { family: familyKey(name), soundsAndSlips: soundAndSlipKeys(name) }));
    return keys;
  }
}

/** Whether `variant` is among `deletionVariants(token)`, without building them. */
function isDeletionVariant(token: string, variant: string): boolean {
  if (variant === token) return true;
  if (token.length < MIN_DELETION_KEY_LENGTH || variant.length !== token.length - 1) return false;
  let at = 0;
  while (at < variant.length && variant.charCodeAt(at) === token.charCodeAt(at)) at++;
  return variant.slice(at) === token.slice(at + 1);
}
