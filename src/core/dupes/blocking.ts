/**
 * Blocking: which notes are worth comparing at all. Each note is filed under a few keys; only notes that
 * share a key are compared, so the work grows with the number of people, not with its square.
 *
 * A key family is a list of keys from loose to strict. The loosest key whose block is small enough is used;
 * a common name ("John Smith" among thousands) falls back to a stricter key instead of being dropped.
 */
import type { ComparableName } from "../names/agreement";
import { formalNamesOf } from "../names/nicknames";
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
 * The families of a name filed under `key`, stricter keys after it, for a block that proves too large: among
 * many Smiths the same initial, given name or nickname group; among sound-alikes and slips, the same given name.
 */
function familiesFiledUnder(name: ComparableName, key: string): KeyFamily[] {
  const initial = name.given.charAt(0);
  switch (key.charAt(0)) {
    case "F":
      return [[key, `${key}|i:${initial}`, `${key}|g:${name.given}`], ...formalNamesOf(name.given).map((formal) => [key, `${key}|n:${formal}`])];
    case "P":
      return [[key, `${key}|${initial}`, `${key}|${name.given}`]];
    case "D":
      return [[key, `${key}|${name.given}`]];
    default:
      return [[key]];
  }
}

function fullNamesOf(profile: PersonProfile): ComparableName[] {
  return profile.names.filter((variant) => variant.name.family !== undefined).map((variant) => variant.name);
}

/** Key families for comparing full names with full names, stricter keys included. */
export function fullNameBlockKeys(profile: PersonProfile): KeyFamily[] {
  return fullNamesOf(profile).flatMap((name) => loosestKeys(name).flatMap((key) => familiesFiledUnder(name, key)));
}

/** Only the key families filed under `loosestKey`: what narrowing one oversized block needs of each member. */
export function fullNameBlockKeysUnder(profile: PersonProfile, loosestKey: string): KeyFamily[] {
  return fullNamesOf(profile).flatMap((name) => (filesUnder(name, loosestKey) ? familiesFiledUnder(name, loosestKey) : []));
}

/** The keys a note is filed under: the first of each family. The definition `SharedFilingKeys` must give, shared. */
export function fullNameFilingKeys(profile: PersonProfile): string[] {
  return [...new Set(fullNamesOf(profile).flatMap(loosestKeys))];
}

/**
 * `fullNameFilingKeys` with the keys a family name and given initial give (family, sound, slips: most of a
 * note's keys) built once and shared by every note that carries them. Loading a vault of 100k people
 * otherwise builds and hashes over a million short strings, most of them already in the block map.
 */
export class SharedFilingKeys {
  /** Family name → given initial → [family key, sound and slip keys]. */
  private readonly byFamily = new Map<string, Map<string, readonly string[]>>();

  of(profile: PersonProfile): string[] {
    const keys = new Set<string>();
    for (const name of fullNamesOf(profile)) {
      const [family, ...rest] = this.familyKeys(name);
      keys.add(family ?? familyKey(name)).add(wordsKey(name)).add(lettersKey(name));
      for (const key of rest) keys.add(key);
    }
    return [...keys];
  }

  /** Forgets the shared keys once a bulk load is done; notes edited afterwards fill it again with their own names only. */
  clear(): void {
    this.byFamily.clear();
  }

  private familyKeys(name: ComparableName): readonly string[] {
    const family = name.family ?? "";
    const initial = name.given.charAt(0);
    let byInitial = this.byFamily.get(family);
    if (!byInitial) this.byFamily.set(family, (byInitial = new Map()));
    let keys = byInitial.get(initial);
    if (!keys) byInitial.set(initial, (keys = [familyKey(name), ...soundAndSlipKeys(name)]));
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

/** Adds the block's members (only those sorting after `after`, when given): the innermost loop of a scan. */
function takeInto(members: Set<string>, block: Iterable<string>, after: string | undefined): void {
  for (const member of block) if (after === undefined || member > after) members.add(member);
}

export interface BlockLookup {
  /** Notes sharing a usable block with the note looked up. */
  members: Set<string>;
  /** Notes in the loosest blocks that stricter keys left out. */
  unexamined: number;
}

const NO_KEYS: readonly string[] = [];
const NO_BLOCKS = new SetMap<string, string>();

/**
 * Blocks under their loosest key only: nearly all hold one or two notes, and a vault of 100k people files
 * over a million keys, so the lighter structure matters (a `SetMap` keeps a block of one note as the note's
 * path). Stricter keys are worked out only for the rare block that is too large, once, and forgotten when that
 * block changes.
 */
export class BlockIndex {
  private readonly blocks = new SetMap<string, string>();
  /** Each note's loosest keys (the very strings the block map holds, so keeping them costs little). */
  private readonly filed = new Map<string, string[]>();
  /** For oversized blocks: the members under each stricter key, one map per stricter level. */
  private readonly narrowed = new Map<string, SetMap<string, string>[]>();

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
      this.blocks.add(key, path);
      if (this.narrowed.size > 0) this.narrowed.delete(key);
    }
  }

  remove(path: string): void {
    const keys = this.filed.get(path);
    if (!keys) return;
    this.filed.delete(path);
    for (const key of keys) {
      this.blocks.delete(key, path);
      if (this.narrowed.size > 0) this.narrowed.delete(key);
    }
  }

  /**
   * Members of the loosest small-enough block of each of the note's key families. With `after`, only members
   * whose path sorts after it: a scan that takes each pair once from its first note skips the rest early.
   */
  lookup(path: string, stats?: BlockingStats, after?: string): BlockLookup {
    const members = new Set<string>();
    let unexamined = 0;
    for (const key of this.filed.get(path) ?? NO_KEYS) {
      const size = this.blocks.sizeOf(key);
      if (size <= this.maxBlockSize) {
        takeInto(members, this.blocks.values(key), after);
        continue;
      }
      for (const family of this.familiesOf(path, key)) {
        const narrowed = this.narrow(family, stats);
        takeInto(members, narrowed, after);
        unexamined = Math.max(unexamined, size - narrowed.length);
      }
    }
    members.delete(path);
    return { members, unexamined };
  }

  /** The members of an oversized block that share the family's first small-enough stricter key. */
  private narrow(family: KeyFamily, stats?: BlockingStats): readonly string[] {
    if (stats) stats.narrowedLookups++;
    const loosestKey = family[0] ?? "";
    const levels = this.narrowedLevels(loosestKey);
    let blocks = this.blocks;
    let key = loosestKey;
    for (let level = 1; level < family.length && blocks.sizeOf(key) > this.maxBlockSize; level++) {
      blocks = levels[level - 1] ?? NO_BLOCKS;
      key = family[level] ?? "";
    }
    const block = [...blocks.values(key)];
    if (block.length <= this.maxBlockSize) return block;
    if (stats) stats.truncatedLookups++;
    return block.sort().slice(0, this.maxBlockSize);
  }

  /** The stricter keys of an oversized block's members, indexed once per change of the block. */
  private narrowedLevels(loosestKey: string): SetMap<string, string>[] {
    const known = this.narrowed.get(loosestKey);
    if (known) return known;
    const levels: SetMap<string, string>[] = [];
    for (const member of this.blocks.values(loosestKey)) {
      for (const family of this.familiesOf(member, loosestKey)) {
        for (let level = 1; level < family.length; level++) (levels[level - 1] ??= new SetMap()).add(family[level] ?? "", member);
      }
    }
    this.narrowed.set(loosestKey, levels);
    return levels;
  }
}
