/**
 * Blocking: which notes are worth comparing at all. Each note is filed under a few keys; only notes that
 * share a key are compared, so the work grows with the number of people, not with its square.
 *
 * A key family is a list of keys from loose to strict. The loosest key whose block is small enough is used;
 * a common name ("John Smith" among thousands) falls back to a stricter key instead of being dropped.
 */
import type { ComparableName } from "../names/agreement";
import { formalNamesOf } from "../names/nicknames";
import type { PersonProfile } from "./profile";

/** Keys from loose to strict. */
export type KeyFamily = string[];

export interface BlockingStats {
  /** Lookups whose loosest block was too large, answered with a stricter key. */
  narrowedLookups: number;
  /** Lookups too large even at the strictest key: compared only up to the size limit, in path order. */
  truncatedLookups: number;
}

/** Below this length one deletion makes too many unrelated names collide ("Lee", "Li"); sound-alike keys cover them. */
const MIN_DELETION_KEY_LENGTH = 4;

/** The name itself and every single-letter deletion of it: two names one edit apart share at least one. */
export function deletionVariants(token: string): string[] {
  const variants = new Set([token]);
  if (token.length < MIN_DELETION_KEY_LENGTH) return [...variants];
  for (let index = 0; index < token.length; index++) variants.add(token.slice(0, index) + token.slice(index + 1));
  return [...variants];
}

type KeyKind = "F" | "T" | "C" | "P" | "D";

/**
 * Key families of one full name. Each family's first key is the one filed; the stricter ones after it are
 * only built when that block proves too large, so `strict` is false on the hot path of filing a note.
 * `only` builds just one kind of key (the kind is the key's first letter), for narrowing one block.
 */
function fullNameKeys(name: ComparableName, strict: boolean, only?: string): KeyFamily[] {
  const family = name.family ?? "";
  const initial = name.given.charAt(0);
  const wanted = (kind: KeyKind) => only === undefined || only === kind;
  const levels = (loosest: string, ...stricter: string[]): KeyFamily => (strict ? [loosest, ...stricter] : [loosest]);
  const families: KeyFamily[] = [];
  if (wanted("F")) {
    // Same family name, any given name; among many Smiths, the same initial or the same nickname group.
    families.push(levels(`F|${family}`, `F|${family}|i:${initial}`, `F|${family}|g:${name.given}`));
    if (strict) for (const formal of formalNamesOf(name.given)) families.push([`F|${family}`, `F|${family}|n:${formal}`]);
  }
  if (wanted("T")) families.push([`T|${name.sorted}`]); // same words in another order ("Kim Sarah")
  if (wanted("C")) families.push([`C|${name.compact}`]); // same letters, other spacing ("Smith-Jones" / "Smith Jones")
  if (wanted("P")) {
    for (const code of new Set(name.familyCodes ?? [])) {
      if (code !== "") families.push(levels(`P|${code}`, `P|${code}|${initial}`, `P|${code}|${name.given}`)); // family names that sound alike
    }
  }
  if (wanted("D")) {
    // Family names one letter apart ("Ronnie Borker" / "Ronnie Booker"), given names starting alike.
    for (const variant of deletionVariants(family)) families.push(levels(`D|${initial}|${variant}`, `D|${initial}|${variant}|${name.given}`));
  }
  return families;
}

function fullNamesOf(profile: PersonProfile): ComparableName[] {
  return profile.names.filter((variant) => variant.name.family !== undefined).map((variant) => variant.name);
}

/** Key families for comparing full names with full names, stricter keys included. */
export function fullNameBlockKeys(profile: PersonProfile): KeyFamily[] {
  return fullNamesOf(profile).flatMap((name) => fullNameKeys(name, true));
}

/**
 * Only the key families filed under `loosestKey`: what narrowing one oversized block needs of each member.
 * Worked out from the key itself rather than by building every family of its kind and keeping one: a 100k
 * vault asks this hundreds of thousands of times, and the full set of deletion keys per ask was most of it.
 * (Same answer as filtering `fullNameBlockKeys`; a property test holds the two together.)
 */
export function fullNameBlockKeysUnder(profile: PersonProfile, loosestKey: string): KeyFamily[] {
  const families: KeyFamily[] = [];
  for (const name of fullNamesOf(profile)) families.push(...familiesUnder(name, loosestKey));
  return families;
}

function familiesUnder(name: ComparableName, key: string): KeyFamily[] {
  const family = name.family ?? "";
  const initial = name.given.charAt(0);
  switch (key.charAt(0)) {
    case "F":
      if (key !== `F|${family}`) return [];
      return [[key, `${key}|i:${initial}`, `${key}|g:${name.given}`], ...formalNamesOf(name.given).map((formal) => [key, `${key}|n:${formal}`])];
    case "T":
      return key === `T|${name.sorted}` ? [[key]] : [];
    case "C":
      return key === `C|${name.compact}` ? [[key]] : [];
    case "P":
      return (name.familyCodes ?? []).some((code) => code !== "" && key === `P|${code}`) ? [[key, `${key}|${initial}`, `${key}|${name.given}`]] : [];
    case "D": {
      const prefix = `D|${initial}|`;
      return key.startsWith(prefix) && isDeletionVariant(family, key.slice(prefix.length)) ? [[key, `${key}|${name.given}`]] : [];
    }
    default:
      return [];
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

/** The keys a note is filed under: the first of each family. */
export function fullNameFilingKeys(profile: PersonProfile): string[] {
  const keys = new Set<string>();
  for (const name of fullNamesOf(profile)) for (const [key] of fullNameKeys(name, false)) if (key !== undefined) keys.add(key);
  return [...keys];
}

export interface BlockLookup {
  /** Notes sharing a usable block with the note looked up. */
  members: Set<string>;
  /** Notes in the loosest blocks that stricter keys left out. */
  unexamined: number;
}

/**
 * Blocks as plain arrays under their loosest key only: nearly all hold one or two notes, and a vault of
 * 100k people files millions of keys, so the lighter structure matters. Stricter keys are worked out
 * only for the rare block that is too large, once, and forgotten when that block changes.
 */
export class BlockIndex {
  private readonly blocks = new Map<string, string[]>();
  /** Each note's loosest keys (the very strings the block map holds, so keeping them costs little). */
  private readonly filed = new Map<string, string[]>();
  /** For oversized blocks: stricter key → members, one map per stricter level. */
  private readonly narrowed = new Map<string, Map<string, string[]>[]>();

  /**
   * `filingKeysOf` gives a note's filing keys; `familiesOf` its key families filed under one key, stricter
   * keys included (asked for only to narrow an oversized block).
   */
  constructor(
    private readonly maxBlockSize: number,
    private readonly filingKeysOf: (path: string) => string[],
    private readonly familiesOf: (path: string, loosestKey: string) => readonly KeyFamily[],
  ) {}

  /** Files a note under its keys, replacing what it was filed under before. */
  add(path: string): void {
    this.remove(path);
    const keys = this.filingKeysOf(path);
    this.filed.set(path, keys);
    for (const key of keys) {
      const block = this.blocks.get(key);
      if (block) block.push(path);
      else this.blocks.set(key, [path]);
      if (this.narrowed.size > 0) this.narrowed.delete(key);
    }
  }

  remove(path: string): void {
    const keys = this.filed.get(path);
    if (!keys) return;
    this.filed.delete(path);
    for (const key of keys) {
      const block = this.blocks.get(key);
      const at = block?.indexOf(path) ?? -1;
      if (!block || at < 0) continue;
      block[at] = block[block.length - 1] as string;
      block.pop();
      if (block.length === 0) this.blocks.delete(key);
      if (this.narrowed.size > 0) this.narrowed.delete(key);
    }
  }

  /**
   * Members of the loosest small-enough block of each of the note's key families. With `after`, only members
   * whose path sorts after it: a scan that takes each pair once from its first note skips the rest early.
   */
  lookup(path: string, stats?: BlockingStats, after?: string): BlockLookup {
    const members = new Set<string>();
    const take = (member: string) => {
      if (after === undefined || member > after) members.add(member);
    };
    let unexamined = 0;
    for (const key of this.filed.get(path) ?? []) {
      const block = this.blocks.get(key) ?? [];
      if (block.length <= this.maxBlockSize) {
        block.forEach(take);
        continue;
      }
      for (const family of this.familiesOf(path, key)) {
        const narrowed = this.narrow(family, block, stats);
        narrowed.forEach(take);
        unexamined = Math.max(unexamined, block.length - narrowed.length);
      }
    }
    members.delete(path);
    return { members, unexamined };
  }

  /** The members of an oversized block that share the family's first small-enough stricter key. */
  private narrow(family: KeyFamily, loosest: readonly string[], stats?: BlockingStats): readonly string[] {
    if (stats) stats.narrowedLookups++;
    const levels = this.narrowedLevels(family[0] ?? "", loosest);
    let block: readonly string[] = loosest;
    for (let level = 1; level < family.length && block.length > this.maxBlockSize; level++) {
      block = levels[level - 1]?.get(family[level] ?? "") ?? [];
    }
    if (block.length <= this.maxBlockSize) return block;
    if (stats) stats.truncatedLookups++;
    return [...block].sort().slice(0, this.maxBlockSize);
  }

  /** The stricter keys of an oversized block's members, indexed once per change of the block. */
  private narrowedLevels(loosestKey: string, members: readonly string[]): Map<string, string[]>[] {
    const known = this.narrowed.get(loosestKey);
    if (known) return known;
    const levels: Map<string, string[]>[] = [];
    for (const member of members) {
      for (const family of this.familiesOf(member, loosestKey)) {
        family.slice(1).forEach((key, index) => {
          const level = (levels[index] ??= new Map());
          const block = level.get(key);
          if (!block) level.set(key, [member]);
          else if (!block.includes(member)) block.push(member);
        });
      }
    }
    this.narrowed.set(loosestKey, levels);
    return levels;
  }
}
