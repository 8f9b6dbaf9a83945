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

/** Key families for comparing full names with full names, stricter keys included. */
export function fullNameBlockKeys(profile: PersonProfile): KeyFamily[] {
  return profile.fullNames.flatMap((name) => loosestKeys(name).flatMap((key) => familiesFiledUnder(name, key)));
}

/** Only the key families filed under `loosestKey`: what narrowing one oversized block needs of each member. */
export function fullNameBlockKeysUnder(profile: PersonProfile, loosestKey: string): KeyFamily[] {
  return profile.fullNames.flatMap((name) => (filesUnder(name, loosestKey) ? familiesFiledUnder(name, loosestKey) : []));
}

/** The keys a note is filed under: the first of each family. The definition `SharedFilingKeys` must give, shared. */
export function fullNameFilingKeys(profile: PersonProfile): string[] {
  return [...new Set(profile.fullNames.flatMap(loosestKeys))];
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
    for (const name of profile.fullNames) {
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

export interface BlockLookup {
  /** Notes sharing a usable block with the note looked up, in the order the blocks gave them. */
  members: string[];
  /** Notes in the loosest blocks that stricter keys left out. */
  unexamined: number;
}

/** A block's members by note number: one note as its number (most blocks), more as an array in filing order. */
type Block = number | number[];

const NO_MEMBERS: readonly number[] = [];
const NO_FAMILIES: readonly NarrowedFamily[] = [];

/** One of a note's key families in an oversized block: the stricter block it is compared within. */
interface NarrowedFamily {
  members: readonly number[];
  /** Still over the limit at the strictest key, so cut to the first paths. */
  truncated: boolean;
}
const NO_LEVEL = new SetMap<string, number>();

function blockSize(block: Block | undefined): number {
  if (block === undefined) return 0;
  return typeof block === "number" ? 1 : block.length;
}

function blockMembers(block: Block | undefined): readonly number[] {
  if (block === undefined) return NO_MEMBERS;
  return typeof block === "number" ? [block] : block;
}

/**
 * Blocks under their loosest key only: nearly all hold one or two notes, and a vault of 100k people files
 * over a million keys. Notes and keys are numbered as they are filed, so a lookup (a scan makes one per note,
 * over a dozen blocks each) reads arrays and marks the notes it has taken in a typed array instead of hashing
 * strings into sets: at 100k people that hashing was most of the scan. Stricter keys are worked out only for
 * the rare block that is too large, once, and forgotten when that block changes.
 */
export class BlockIndex {
  private readonly noteIds = new Map<string, number>();
  private readonly notePaths: (string | undefined)[] = [];
  private readonly freeNoteIds: number[] = [];
  private readonly keyIds = new Map<string, number>();
  private readonly keyNames: (string | undefined)[] = [];
  private readonly freeKeyIds: number[] = [];
  private readonly blocks: (Block | undefined)[] = [];
  /** Each note's loosest keys, by number. */
  private readonly filed: (number[] | undefined)[] = [];
  /** For oversized blocks, by key number: each member's families, narrowed. */
  private readonly narrowed = new Map<number, Map<number, NarrowedFamily[]>>();
  /** The lookup that last took each note: a set that needs no hashing and no clearing. */
  private takenBy = new Int32Array(1024);
  private lookups = 0;

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
    const note = this.numberNote(path);
    const keys: number[] = [];
    for (const name of this.filingKeysOf(path)) {
      const key = this.numberKey(name);
      const block = this.blocks[key];
      // A key given twice finds the note already last in its block.
      if (block === note || (Array.isArray(block) && block[block.length - 1] === note)) continue;
      if (block === undefined) this.blocks[key] = note;
      else if (typeof block === "number") this.blocks[key] = [block, note];
      else block.push(note);
      keys.push(key);
      if (this.narrowed.size > 0) this.narrowed.delete(key);
    }
    this.filed[note] = keys;
  }

  remove(path: string): void {
    const note = this.noteIds.get(path);
    if (note === undefined) return;
    for (const key of this.filed[note] ?? NO_MEMBERS) {
      const block = this.blocks[key];
      if (Array.isArray(block)) {
        const at = block.indexOf(note);
        if (at >= 0) block.splice(at, 1); // splice, not swap: members keep their filing order
        if (block.length === 1) this.blocks[key] = block[0];
      } else this.forgetKey(key);
      if (this.narrowed.size > 0) this.narrowed.delete(key);
    }
    this.noteIds.delete(path);
    this.notePaths[note] = undefined;
    this.filed[note] = undefined;
    this.freeNoteIds.push(note);
  }

  /**
   * Members of the loosest small-enough block of each of the note's key families. With `after`, only members
   * whose path sorts after it: a scan that takes each pair once from its first note skips the rest early.
   */
  lookup(path: string, stats?: BlockingStats, after?: string): BlockLookup {
    const note = this.noteIds.get(path);
    if (note === undefined) return { members: [], unexamined: 0 };
    const lookup = this.nextLookup();
    this.takenBy[note] = lookup; // never its own member
    const members: string[] = [];
    let unexamined = 0;
    for (const key of this.filed[note] ?? NO_MEMBERS) {
      const block = this.blocks[key];
      const size = blockSize(block);
      if (typeof block === "number") this.take(block, lookup, after, members);
      else if (size <= this.maxBlockSize) for (const member of block ?? NO_MEMBERS) this.take(member, lookup, after, members);
      else {
        for (const family of this.narrowedFamilies(key, note)) {
          if (stats) {
            stats.narrowedLookups++;
            if (family.truncated) stats.truncatedLookups++;
          }
          for (const member of family.members) this.take(member, lookup, after, members);
          unexamined = Math.max(unexamined, size - family.members.length);
        }
      }
    }
    return { members, unexamined };
  }

  /** Adds a member once per lookup (only when its path sorts after `after`, when given): the innermost loop of a scan. */
  private take(member: number, lookup: number, after: string | undefined, members: string[]): void {
    if (this.takenBy[member] === lookup) return;
    this.takenBy[member] = lookup;
    const memberPath = this.notePaths[member] ?? "";
    if (after === undefined || memberPath > after) members.push(memberPath);
  }

  /** A note's key families under an oversized block, each worked out once per change of the block. */
  private narrowedFamilies(key: number, note: number): readonly NarrowedFamily[] {
    let block = this.narrowed.get(key);
    if (!block) this.narrowed.set(key, (block = this.narrowBlock(key)));
    return block.get(note) ?? NO_FAMILIES;
  }

  /**
   * Every member's families under an oversized block, each narrowed to its first small-enough stricter key:
   * worked out for all members at once, since the stricter blocks come from all of them, and kept, so a
   * lookup builds no keys.
   */
  private narrowBlock(key: number): Map<number, NarrowedFamily[]> {
    const block = blockMembers(this.blocks[key]);
    const loosestKey = this.keyNames[key] ?? "";
    const familiesOfMember = block.map((member) => this.familiesOf(this.notePaths[member] ?? "", loosestKey));
    const levels: SetMap<string, number>[] = [];
    familiesOfMember.forEach((families, index) => {
      const member = block[index] ?? -1;
      for (const family of families) for (let level = 1; level < family.length; level++) (levels[level - 1] ??= new SetMap()).add(family[level] ?? "", member);
    });
    const byFamily = new Map<string, NarrowedFamily>(); // members sharing a family share its narrowed block
    const narrowed = new Map<number, NarrowedFamily[]>();
    familiesOfMember.forEach((families, index) => {
      const resolved = families.map((family) => {
        const id = family.join("\u0000");
        let found = byFamily.get(id);
        if (!found) byFamily.set(id, (found = this.narrowFamily(block, family, levels)));
        return found;
      });
      narrowed.set(block[index] ?? -1, resolved);
    });
    return narrowed;
  }

  /** The members of an oversized block that share the family's first small-enough stricter key. */
  private narrowFamily(block: readonly number[], family: KeyFamily, levels: readonly SetMap<string, number>[]): NarrowedFamily {
    let members = block;
    for (let level = 1; level < family.length && members.length > this.maxBlockSize; level++) members = [...(levels[level - 1] ?? NO_LEVEL).values(family[level] ?? "")];
    if (members.length <= this.maxBlockSize) return { members, truncated: false };
    const firstPaths = members
      .map((member) => this.notePaths[member] ?? "")
      .sort()
      .slice(0, this.maxBlockSize);
    return { members: firstPaths.map((memberPath) => this.noteIds.get(memberPath) ?? -1), truncated: true };
  }

  private numberNote(path: string): number {
    const note = this.freeNoteIds.pop() ?? this.notePaths.length;
    this.noteIds.set(path, note);
    this.notePaths[note] = path;
    if (note >= this.takenBy.length) {
      const grown = new Int32Array(this.takenBy.length * 2);
      grown.set(this.takenBy);
      this.takenBy = grown;
    }
    return note;
  }

  private numberKey(name: string): number {
    let key = this.keyIds.get(name);
    if (key === undefined) {
      key = this.freeKeyIds.pop() ?? this.keyNames.length;
      this.keyIds.set(name, key);
      this.keyNames[key] = name;
    }
    return key;
  }

  /** A block's last note left: its key's number is free for another key. */
  private forgetKey(key: number): void {
    const name = this.keyNames[key];
    if (name !== undefined) this.keyIds.delete(name);
    this.keyNames[key] = undefined;
    this.blocks[key] = undefined;
    this.freeKeyIds.push(key);
  }

  private nextLookup(): number {
    if (this.lookups === 0x7fffffff) {
      this.takenBy.fill(0);
      this.lookups = 0;
    }
    return ++this.lookups;
  }
}
