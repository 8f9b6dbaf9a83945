/**
 * The blocks themselves: which notes share a key, kept up to date note by note and looked up once per note in
 * a scan. Which keys a note has, and which stricter keys narrow a block, is decided in blocking.ts.
 */
/**
 * Stricter keys, from loose to strict, that narrow one block a note is filed under when it is too large. They
 * are compared only among that block's members, so they need not repeat its key: "i:r" (given initial)
 * rather than "F|borker|i:r", and many notes can share one family. No stricter key: the whole block.
 */
export type KeyFamily = readonly string[];

export interface BlockingStats {
  /** Lookups whose loosest block was too large, answered with a stricter key. */
  narrowedLookups: number;
  /** Lookups too large even at the strictest key: compared only up to the size limit, in path order. */
  truncatedLookups: number;
}

/** What a block index files: anything with a path (the duplicate finder files person profiles). */
export interface Filed {
  readonly path: string;
}

export interface BlockLookup<Note extends Filed> {
  /** Notes sharing a usable block with the note looked up, in the order the blocks gave them. */
  members: Note[];
  /** Notes in the loosest blocks that stricter keys left out. */
  unexamined: number;
}

/** One of a note's key families in an oversized block: the stricter block it is compared within. */
interface NarrowedFamily {
  members: readonly number[];
  /** Still over the limit at the strictest key, so cut to the first paths. */
  truncated: boolean;
}

/**
 * A block's members by note number: one note as its number (most blocks), more as an array in filing order.
 * `SetMap` keeps values the same way, but behind a map: blocks are indexed by key number instead, which made
 * a scan at 100k people about 20% faster than blocks in a `SetMap<number, number>`.
 */
type Block = number | number[];

const NO_NUMBERS: readonly number[] = [];
const NO_FAMILIES: readonly NarrowedFamily[] = [];
const NO_KEY_FAMILIES: readonly KeyFamily[] = [];
const NO_KEYS: KeyFamily = [];

/** Marks grown to cover every number given so far. */
function covering(marks: Int32Array<ArrayBuffer>, span: number): Int32Array<ArrayBuffer> {
  if (span <= marks.length) return marks;
  const grown = new Int32Array(Math.max(marks.length * 2, span));
  grown.set(marks);
  return grown;
}

/**
 * The stricter blocks inside one oversized block, level by level: members by the key their families have at
 * that level, in block order. Plain lists, not `SetMap`s: a member's families come one after another, so a key
 * it gives twice finds it last in the list, and the lists of an oversized block are long (Sets were most of
 * narrowing at 100k people).
 */
function stricterBlocks(block: readonly number[], familiesOfMember: readonly (readonly KeyFamily[])[]): Map<string, number[]>[] {
  const levels: Map<string, number[]>[] = [];
  // Indexed loops: families are shared frozen lists, and for-of over them allocated an iterator each time.
  block.forEach((member, index) => {
    const families = familiesOfMember[index] ?? NO_KEY_FAMILIES;
    for (let which = 0; which < families.length; which++) {
      const family = families[which] ?? NO_KEYS;
      for (let level = 0; level < family.length; level++) {
        const byKey = (levels[level] ??= new Map());
        const key = family[level] ?? "";
        const members = byKey.get(key);
        if (members === undefined) byKey.set(key, [member]);
        else if (members[members.length - 1] !== member) members.push(member);
      }
    }
  });
  return levels;
}

/** Names numbered as they come; the number of a name let go is given to the next new name. */
class Numbering {
  private readonly numbers = new Map<string, number>();
  private readonly names: (string | undefined)[] = [];
  private readonly free: number[] = [];

  /** How many numbers are in use or free: every number given is below it. */
  get span(): number {
    return this.names.length;
  }

  numberOf(name: string): number | undefined {
    return this.numbers.get(name);
  }

  nameOf(number: number): string | undefined {
    return this.names[number];
  }

  number(name: string): number {
    let number = this.numbers.get(name);
    if (number === undefined) {
      number = this.free.pop() ?? this.names.length;
      this.numbers.set(name, number);
      this.names[number] = name;
    }
    return number;
  }

  letGo(number: number): void {
    const name = this.names[number];
    if (name === undefined) return;
    this.numbers.delete(name);
    this.names[number] = undefined;
    this.free.push(number);
  }
}

/**
 * Blocks under their loosest key only: nearly all hold one or two notes, and a vault of 100k people files
 * over a million keys. Notes and keys are numbered as they are filed, so a lookup (a scan makes one per note,
 * over a dozen blocks each) reads small integers and marks the notes it has taken in a typed array instead of
 * hashing paths into sets: at 100k people that hashing was most of the scan. A lookup gives the filed notes
 * themselves, so a scan reads each member's profile without a map lookup by path. Stricter keys are worked
 * out only for the rare block that is too large, once, and forgotten when that block changes.
 */
export class BlockIndex<Note extends Filed> {
  private readonly notes = new Numbering();
  /** The filed notes, by number. */
  private readonly filedNotes: (Note | undefined)[] = [];
  private readonly keys = new Numbering();
  /** Notes by key, both by number. */
  private readonly blocks: (Block | undefined)[] = [];
  /** Each note's loosest keys, by number. */
  private readonly filed: (readonly number[] | undefined)[] = [];
  /** For oversized blocks, by key number: each member's families, narrowed. */
  private readonly narrowed = new Map<number, Map<number, readonly NarrowedFamily[]>>();
  /** The lookup that last took each note: a set that needs no hashing and no clearing. */
  private takenBy = new Int32Array(1024);
  /** The scan that last looked each note up. */
  private scannedBy = new Int32Array(1024);
  private lookups = 0;
  private scans = 0;

  /**
   * `filingKeysOf` gives a note's filing keys (a key given twice is filed once); `familiesOf` its key families
   * under one of those keys (asked for only to narrow an oversized block).
   */
  constructor(
    private readonly maxBlockSize: number,
    private readonly filingKeysOf: (note: Note) => string[],
    private readonly familiesOf: (note: Note, loosestKey: string) => readonly KeyFamily[],
  ) {}

  /** Files a note under its keys, replacing what was filed under its path before. */
  add(filed: Note): void {
    this.remove(filed.path);
    const note = this.notes.number(filed.path);
    this.filedNotes[note] = filed;
    this.makeRoomFor();
    const keys: number[] = [];
    for (const name of this.filingKeysOf(filed)) {
      const key = this.keys.number(name);
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
    const note = this.notes.numberOf(path);
    if (note === undefined) return;
    for (const key of this.filed[note] ?? NO_NUMBERS) {
      const block = this.blocks[key];
      if (Array.isArray(block)) {
        const at = block.indexOf(note);
        if (at >= 0) block.splice(at, 1); // splice, not swap: members keep their filing order
        if (block.length === 1) this.blocks[key] = block[0];
      } else {
        this.blocks[key] = undefined;
        this.keys.letGo(key);
      }
      if (this.narrowed.size > 0) this.narrowed.delete(key);
    }
    this.filed[note] = undefined;
    this.filedNotes[note] = undefined;
    this.notes.letGo(note);
  }

  /**
   * Members of the loosest small-enough block of each of the note's key families. With a `scan` (from
   * `startScan`), members that scan has looked up already are left out, and this note counts as looked up: a
   * scan finds each pair once, from whichever of its notes it looks up first, and skips the rest early.
   */
  lookup(path: string, stats?: BlockingStats, scan = 0): BlockLookup<Note> {
    const note = this.notes.numberOf(path);
    if (note === undefined) return { members: [], unexamined: 0 };
    const lookup = this.nextLookup();
    this.takenBy[note] = lookup; // never its own member
    const members: Note[] = [];
    let unexamined = 0;
    for (const key of this.filed[note] ?? NO_NUMBERS) {
      const block = this.blocks[key];
      if (block === undefined) continue;
      if (typeof block === "number") {
        this.take(block, lookup, scan, members);
        continue;
      }
      const size = block.length;
      if (size <= this.maxBlockSize) {
        for (const member of block) this.take(member, lookup, scan, members);
        continue;
      }
      for (const family of this.narrowedFamilies(key, note)) {
        if (stats) {
          stats.narrowedLookups++;
          if (family.truncated) stats.truncatedLookups++;
        }
        for (const member of family.members) this.take(member, lookup, scan, members);
        unexamined = Math.max(unexamined, size - family.members.length);
      }
    }
    if (scan !== 0) this.scannedBy[note] = scan;
    return { members, unexamined };
  }

  /** A new scan for `lookup`, in which no note has been looked up yet. Notes are not added or removed during a scan. */
  startScan(): number {
    if (this.scans === 0x7fffffff) {
      this.scannedBy.fill(0);
      this.scans = 0;
    }
    return ++this.scans;
  }

  /** Adds a member once per lookup, unless the scan (when there is one) looked it up already: the innermost loop of a scan. */
  private take(member: number, lookup: number, scan: number, members: Note[]): void {
    if (this.takenBy[member] === lookup) return;
    this.takenBy[member] = lookup;
    const filed = this.filedNotes[member];
    if (filed !== undefined && (scan === 0 || this.scannedBy[member] !== scan)) members.push(filed);
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
   * lookup builds no keys. A family's narrowed block is that of the key it stops at, so members whose families
   * stop at one key share one list, found by that key without joining the family's keys into one.
   */
  private narrowBlock(key: number): Map<number, readonly NarrowedFamily[]> {
    const held = this.blocks[key];
    const block = held === undefined ? NO_NUMBERS : typeof held === "number" ? [held] : held;
    const loosestKey = this.keys.nameOf(key) ?? "";
    const familiesOfMember = block.map((member) => {
      const filed = this.filedNotes[member];
      return filed === undefined ? NO_KEY_FAMILIES : this.familiesOf(filed, loosestKey);
    });
    const levels = stricterBlocks(block, familiesOfMember);
    const stoppedAt: Map<string, NarrowedFamily>[] = []; // by level, then by the key stopped at
    let whole: NarrowedFamily | undefined; // families with no stricter key keep the whole block
    const narrowFamily = (family: KeyFamily): NarrowedFamily => {
      if (family.length === 0) return (whole ??= this.cut(block));
      let level = 0;
      while (level < family.length - 1 && (levels[level]?.get(family[level] ?? "")?.length ?? 0) > this.maxBlockSize) level++;
      const stopKey = family[level] ?? "";
      const atLevel = (stoppedAt[level] ??= new Map());
      let found = atLevel.get(stopKey);
      if (!found) atLevel.set(stopKey, (found = this.cut(levels[level]?.get(stopKey) ?? NO_NUMBERS)));
      return found;
    };
    const narrowed = new Map<number, readonly NarrowedFamily[]>();
    block.forEach((member, index) => {
      const families = familiesOfMember[index] ?? NO_KEY_FAMILIES;
      const resolved: NarrowedFamily[] = [];
      for (let which = 0; which < families.length; which++) resolved.push(narrowFamily(families[which] ?? NO_KEYS));
      narrowed.set(member, resolved);
    });
    return narrowed;
  }

  /** Members as they are when within the limit; otherwise the first of them by path, up to it. */
  private cut(members: readonly number[]): NarrowedFamily {
    if (members.length <= this.maxBlockSize) return { members, truncated: false };
    const pathOf = (member: number) => this.filedNotes[member]?.path ?? "";
    const byPath = [...members].sort((x, y) => (pathOf(x) < pathOf(y) ? -1 : pathOf(x) > pathOf(y) ? 1 : 0));
    return { members: byPath.slice(0, this.maxBlockSize), truncated: true };
  }

  /** Grows the lookup and scan marks to cover every note number. */
  private makeRoomFor(): void {
    this.takenBy = covering(this.takenBy, this.notes.span);
    this.scannedBy = covering(this.scannedBy, this.notes.span);
  }

  private nextLookup(): number {
    if (this.lookups === 0x7fffffff) {
      this.takenBy.fill(0);
      this.lookups = 0;
    }
    return ++this.lookups;
  }
}
