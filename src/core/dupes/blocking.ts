/**
 * Blocking: which notes are worth comparing at all. Each note is filed under a few keys; only notes that
 * share a key are compared, so the work grows with the number of people, not with its square.
 *
 * A key family is a list of keys from loose to strict. The loosest key whose block is small enough is used;
 * a common name ("John Smith" among thousands) falls back to a stricter key instead of being dropped.
 */
import type { ComparableName } from "../names/agreement";
import { formalNamesOf } from "../names/nicknames";
import { compactKey, sortedTokenKey } from "../names/normalize";
import { SetMap } from "../people/setMap";
import type { PersonProfile } from "./profile";

/** Keys from loose to strict. */
export type KeyFamily = string[];

export interface BlockingStats {
  /** Lookups whose loosest block was too large, answered with a stricter key. */
  narrowedLookups: number;
  /** Lookups too large even at the strictest key: compared only up to the size limit, in path order. */
  truncatedLookups: number;
}

/** Below this length a one-letter deletion makes too many unrelated names collide. */
const MIN_DELETION_KEY_LENGTH = 4;

/** The name itself and every single-letter deletion of it: two names one edit apart share at least one. */
export function deletionVariants(token: string): string[] {
  const variants = new Set([token]);
  if (token.length < MIN_DELETION_KEY_LENGTH) return [...variants];
  for (let index = 0; index < token.length; index++) variants.add(token.slice(0, index) + token.slice(index + 1));
  return [...variants];
}

function fullNameKeys(name: ComparableName): KeyFamily[] {
  const family = name.family ?? "";
  const initial = name.given.charAt(0);
  const families: KeyFamily[] = [
    [`F|${family}`, `F|${family}|${initial}`, `F|${family}|${name.given}`], // same family name, any given name
    [`T|${sortedTokenKey(name)}`], // same words in another order ("Kim Sarah")
    [`C|${compactKey(name)}`], // same letters, other spacing ("Smith-Jones" / "Smith Jones")
  ];
  for (const code of new Set(name.familyCodes ?? [])) {
    if (code !== "") families.push([`P|${code}`, `P|${code}|${initial}`, `P|${code}|${name.given}`]); // family names that sound alike
  }
  for (const variant of deletionVariants(family)) families.push([`D|${initial}|${variant}`, `D|${initial}|${variant}|${name.given}`]); // one letter apart
  return families;
}

function givenNameKeys(name: ComparableName, company: string): KeyFamily[] {
  const families: KeyFamily[] = formalNamesOf(name.given).map((formal) => [`G|${formal}`, `G|${formal}|${company}`]);
  for (const code of new Set(name.givenCodes)) if (code !== "") families.push([`GP|${code}`, `GP|${code}|${company}`]);
  return families;
}

/** Keys for comparing full names with full names. */
export function fullNameBlockKeys(profile: PersonProfile): KeyFamily[] {
  return profile.names.filter((variant) => variant.name.family !== undefined).flatMap((variant) => fullNameKeys(variant.name));
}

/** Keys for comparing a first name alone with everyone it could stand for. */
export function givenNameBlockKeys(profile: PersonProfile): KeyFamily[] {
  return profile.names.flatMap((variant) => givenNameKeys(variant.name, profile.company ?? "-"));
}

export interface BlockLookup {
  /** Notes sharing a usable block with the note looked up. */
  members: Set<string>;
  /** Notes in the loosest blocks that the stricter keys left out: still competitors, never compared. */
  unexamined: number;
}

export class BlockIndex {
  private readonly blocks = new SetMap<string, string>();

  constructor(private readonly maxBlockSize: number) {}

  add(path: string, families: readonly KeyFamily[]): void {
    for (const family of families) for (const key of family) this.blocks.add(key, path);
  }

  remove(path: string, families: readonly KeyFamily[]): void {
    for (const family of families) for (const key of family) this.blocks.delete(key, path);
  }

  /** Members of the loosest small-enough block of each family. */
  lookup(families: readonly KeyFamily[], stats?: BlockingStats): BlockLookup {
    const members = new Set<string>();
    let unexamined = 0;
    for (const family of families) {
      const loosest = family[0];
      if (loosest === undefined) continue;
      const chosen = family.find((key) => this.blocks.sizeOf(key) <= this.maxBlockSize) ?? family[family.length - 1] ?? loosest;
      if (chosen !== loosest && stats) stats.narrowedLookups++;
      const block = this.blocks.get(chosen);
      if (block.size > this.maxBlockSize) {
        if (stats) stats.truncatedLookups++;
        for (const path of [...block].sort().slice(0, this.maxBlockSize)) members.add(path);
      } else {
        for (const path of block) members.add(path);
      }
      unexamined = Math.max(unexamined, this.blocks.sizeOf(loosest) - Math.min(block.size, this.maxBlockSize));
    }
    return { members, unexamined };
  }
}
