import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BlockIndex, type Filed } from "../../../src/core/dupes/blockIndex";

const pathsOf = (notes: readonly Filed[]) => notes.map((note) => note.path);

/** Notes in path order, or backwards: a scan finds the same pairs either way. */
function inOrder(notes: Iterable<string>, backwards: boolean): string[] {
  const sorted = [...notes].sort();
  return backwards ? sorted.reverse() : sorted;
}

type Step = { op: "add"; path: string; keys: string[]; tag?: string } | { op: "remove"; path: string };

/** Plays a script of adds and removes into the index, keeping `filed` (and each note's tag) as the model sees it. */
function replay(script: readonly Step[], blocks: BlockIndex<Filed>, filed: Map<string, string[]>, tags = new Map<string, string>()): void {
  for (const each of script) {
    if (each.op === "add") {
      filed.set(each.path, each.keys);
      if (each.tag !== undefined) tags.set(each.path, each.tag);
      blocks.add({ path: each.path });
    } else {
      blocks.remove(each.path);
      filed.delete(each.path);
    }
  }
}

const path = fc.constantFrom("a.md", "b.md", "c.md", "d.md", "e.md", "f.md");
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant("add" as const), path, keys: fc.array(fc.constantFrom("k1", "k2", "k3", "k4"), { maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("remove" as const), path }) },
);

describe("block index", () => {
  it("finds exactly the notes filed under a key the note is filed under, through any adds and removes", () => {
    let shared = 0;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40, size: "max" }), fc.boolean(), fc.boolean(), (steps, scanning, backwards) => {
        const filed = new Map<string, string[]>();
        const blocks = new BlockIndex<Filed>(100, (note) => filed.get(note.path) ?? [], () => [[]]);
        replay(steps, blocks, filed);
        const scan = scanning ? blocks.startScan() : 0;
        const lookedUp = new Set<string>();
        const found = new Set<string>();
        for (const note of inOrder(filed.keys(), backwards)) {
          const keys = filed.get(note) ?? [];
          const expected = [...filed].filter(([other, otherKeys]) => other !== note && !lookedUp.has(other) && otherKeys.some((key) => keys.includes(key))).map(([other]) => other);
          if (expected.length > 0) shared++;
          const members = pathsOf(blocks.lookup(note, undefined, scan).members);
          expect([...members].sort()).toEqual(expected.sort());
          members.forEach((member) => found.add([note, member].sort().join(" ")));
          if (scanning) lookedUp.add(note);
        }
        // A scan finds every pair that shares a key once; without one, every pair twice.
        const pairs = [...filed.keys()].flatMap((a) => [...filed.keys()].filter((b) => a < b && (filed.get(a) ?? []).some((key) => (filed.get(b) ?? []).includes(key))));
        expect(found.size).toBe(pairs.length);
      }),
      { numRuns: 500 },
    );
    expect(shared).toBeGreaterThan(500);
  });
});

/** What a lookup must give, worked out from the filed notes alone: blocks over `max` narrowed by the stricter key, then cut to the first paths. */
function expectedLookup(filed: Map<string, string[]>, familiesOf: (note: string, key: string) => string[][], max: number, note: string, lookedUp: ReadonlySet<string>) {
  const found = new Set<string>();
  let unexamined = 0;
  for (const key of filed.get(note) ?? []) {
    const block = [...filed].filter(([, keys]) => keys.includes(key)).map(([other]) => other);
    if (block.length <= max) {
      block.forEach((other) => found.add(other));
      continue;
    }
    for (const family of familiesOf(note, key)) {
      let members = block;
      for (let level = 0; level < family.length && members.length > max; level++) members = block.filter((other) => familiesOf(other, key).some((each) => each[level] === family[level]));
      if (members.length > max) members = [...members].sort().slice(0, max);
      members.forEach((other) => found.add(other));
      unexamined = Math.max(unexamined, block.length - members.length);
    }
  }
  found.delete(note);
  return { members: [...found].filter((other) => !lookedUp.has(other)).sort(), unexamined };
}

describe("block index with oversized blocks", () => {
  const tagged = fc.record({ op: fc.constant("add" as const), path, keys: fc.uniqueArray(fc.constantFrom("k1", "k2"), { minLength: 1, maxLength: 2 }), tag: fc.constantFrom(...["x", "y"].flatMap((initial) => ["p", "q"].flatMap((rest) => ["", "+", "-", "="].map((shape) => `${initial}${rest}${shape}`)))) });
  const steps = fc.array(fc.oneof({ weight: 4, arbitrary: tagged }, { weight: 1, arbitrary: fc.record({ op: fc.constant("remove" as const), path }) }), { maxLength: 30, size: "max" });

  it("narrows a block over the limit by the stricter key, cuts what is still over it, and counts what it left out", () => {
    const reached = { narrowed: 0, truncated: 0 };
    fc.assert(
      fc.property(steps, fc.boolean(), fc.boolean(), (script, scanning, backwards) => {
        const filed = new Map<string, string[]>();
        const tags = new Map<string, string>();
        // Like blocking's: an initial then a given name, sometimes a nickname group too ("+"), or no stricter key ("-");
        // "=" is a note with two names under one key ("Bob Smith", "Bobby Smith"): one initial in two families.
        // Stricter keys are relative to the block: the same strings serve under k1 and k2.
        const familiesOf = (note: string) => {
          const tag = tags.get(note) ?? "";
          if (tag.endsWith("-")) return [[]];
          const families = [[`i:${tag.charAt(0)}`, `g:${tag.slice(0, 2)}`]];
          if (tag.endsWith("=")) return [...families, [`i:${tag.charAt(0)}`, `g:${tag.charAt(0)}r`]];
          return tag.endsWith("+") ? [...families, [`n:${tag.charAt(1)}`]] : families;
        };
        const blocks = new BlockIndex<Filed>(2, (note) => filed.get(note.path) ?? [], (note) => familiesOf(note.path));
        replay(script, blocks, filed, tags);
        const scan = scanning ? blocks.startScan() : 0;
        const lookedUp = new Set<string>();
        for (const note of inOrder(filed.keys(), backwards)) {
          const stats = { narrowedLookups: 0, truncatedLookups: 0 };
          const got = blocks.lookup(note, stats, scan);
          expect({ members: pathsOf(got.members).sort(), unexamined: got.unexamined }).toEqual(expectedLookup(filed, familiesOf, 2, note, lookedUp));
          if (scanning) lookedUp.add(note);
          reached.narrowed += stats.narrowedLookups;
          reached.truncated += stats.truncatedLookups;
        }
      }),
      { numRuns: 500 },
    );
    expect(reached.narrowed).toBeGreaterThan(100);
    expect(reached.truncated).toBeGreaterThan(50);
  });

  it("reuses the numbers of removed notes and emptied blocks without mixing them up", () => {
    const filed = new Map<string, string[]>([["a.md", ["k1"]], ["b.md", ["k1", "k2"]], ["c.md", ["k2"]]]);
    const blocks = new BlockIndex<Filed>(16, (note) => filed.get(note.path) ?? [], () => [[]]);
    for (const path of filed.keys()) blocks.add({ path });
    blocks.remove("a.md"); // frees a note number and empties nothing
    blocks.remove("c.md");
    blocks.remove("b.md"); // empties both blocks
    filed.set("d.md", ["k3"]);
    filed.set("e.md", ["k3", "k1"]);
    blocks.add({ path: "d.md" });
    blocks.add({ path: "e.md" });
    expect(pathsOf(blocks.lookup("d.md").members)).toEqual(["e.md"]);
    expect(pathsOf(blocks.lookup("e.md").members)).toEqual(["d.md"]);
    expect(blocks.lookup("a.md").members).toEqual([]);
  });

  it("gives the note last filed under a path, not one it replaced", () => {
    const blocks = new BlockIndex<{ path: string; title: string }>(16, () => ["k1"], () => [[]]);
    blocks.add({ path: "a.md", title: "Ronnie Borker" });
    blocks.add({ path: "b.md", title: "Ronnie Booker" });
    const renamed = { path: "b.md", title: "Ronald Booker" };
    blocks.add(renamed);
    expect(blocks.lookup("a.md").members).toEqual([renamed]);
  });
});
