import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CST, isMap, isScalar, parseDocument, type Document } from "yaml";
import { addListItems, FrontmatterEditError, readScalar, setMapEntries, setScalar } from "../../../src/core/frontmatter";
import { noteLayout } from "../../../src/core/parse/layout";
import { builtNote, keyName, newValue, type BuiltEntry, type BuiltNote } from "./frontmatter-arbitraries";

/** Set FC_RUNS to run more (or fewer) cases; on failure fast-check prints the seed and path to replay. */
const numRuns = Number(process.env.FC_RUNS ?? 1000);
/** A property parses several documents per run: give large FC_RUNS the time they need. */
const timeout = Math.max(60_000, numRuns * 50);

// ---- an independent reading of the result: the note's layout and the yaml package, nothing from the editor

function frontmatterDocument(text: string): Document.Parsed {
  const span = noteLayout(text).frontmatter;
  if (!span) throw new Error("the result has no front matter");
  const doc = parseDocument(text.slice(span.contentStart, span.contentEnd), { keepSourceTokens: true });
  expect(doc.errors).toEqual([]);
  return doc;
}

function topLevelValues(text: string): Map<string, unknown> {
  const doc = frontmatterDocument(text);
  const values = new Map<string, unknown>();
  if (isMap(doc.contents)) for (const pair of doc.contents.items) values.set(String((pair.key as { value: unknown }).value), pair.value?.toJS(doc) ?? null);
  return values;
}

/** The value as written, unquoted: what a string-typed reader gets. */
function writtenText(text: string, key: string): string | undefined {
  const node = frontmatterDocument(text).get(key, true);
  if (node === undefined) return undefined;
  if (node === null || (isScalar(node) && !node.srcToken)) return "";
  return isScalar(node) ? CST.resolveAsScalar(node.srcToken)?.value : undefined;
}

function expectOtherValuesUnchanged(before: string, after: string, key: string): void {
  const was = topLevelValues(before);
  const now = topLevelValues(after);
  was.delete(key);
  now.delete(key);
  expect([...now.entries()]).toEqual([...was.entries()]);
}

/** `after` is `before` with bytes [start, end) replaced and nothing else touched. */
function expectOnlyReplaced(before: string, after: string, start: number, end: number): void {
  const tail = before.length - end;
  expect(after.length - tail).toBeGreaterThanOrEqual(start);
  expect(after.slice(0, start)).toBe(before.slice(0, start));
  expect(after.slice(after.length - tail)).toBe(before.slice(end));
}

function expectOnlyInserted(before: string, after: string, at: number): void {
  expectOnlyReplaced(before, after, at, at);
}

// ---- choosing what to edit

interface Choice {
  pick: number;
  fresh: boolean;
  freshKey: string;
}

const choice: fc.Arbitrary<Choice> = fc.record({ pick: fc.nat(), fresh: fc.boolean(), freshKey: keyName });

/** An existing entry of one of the kinds, or undefined to add a property. */
function pickEntry(note: BuiltNote, { pick, fresh }: Choice, kinds: string[]): BuiltEntry | undefined {
  const candidates = [...note.entries.values()].filter((entry) => kinds.includes(entry.model.value.kind));
  return fresh || candidates.length === 0 ? undefined : candidates[pick % candidates.length];
}

function unusedKey(note: BuiltNote, wanted: string): string {
  let key = wanted;
  while (note.entries.has(key)) key += "_x";
  return key;
}

function isTagsKey(key: string): boolean {
  return ["tags", "tag"].includes(key.toLowerCase());
}

function missingItems(key: string, existing: string[], items: string[]): string[] {
  const same = isTagsKey(key) ? (a: string, b: string) => a.toLowerCase() === b.toLowerCase() : (a: string, b: string) => a === b;
  const missing: string[] = [];
  for (const item of items) if (![...existing, ...missing].some((other) => same(other, item))) missing.push(item);
  return missing;
}

function existingItemTexts(entry: BuiltEntry | undefined): string[] {
  const value = entry?.model.value;
  if (value?.kind === "blockList" || value?.kind === "flowList") return value.items.map((item) => item.text);
  if (value?.kind === "scalar" && value.scalar.text !== "") return [value.scalar.text];
  return [];
}

/** Text any YAML reader takes as the same string when written plain (no indicators, numbers or keywords). */
function fitsPlain(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9/._-]*$/.test(value) && !/^(true|false|null|yes|no|on|off)$/i.test(value);
}

/** Single quotes hold one line of printable text. */
function fitsSingleQuotes(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]/u.test(value);
}

describe("generated notes", () => {
  test("parse as YAML with the values the generator meant", () => {
    fc.assert(
      fc.property(builtNote, (note) => {
        const values = topLevelValues(note.text);
        expect([...values.keys()]).toEqual(note.model.entries.map((entry) => entry.key));
        for (const entry of note.model.entries) {
          if (entry.value.kind === "scalar") expect(writtenText(note.text, entry.key)).toBe(entry.value.scalar.text);
        }
      }),
      { numRuns },
    );
  }, timeout);
});

describe("setScalar", () => {
  test("changes only the value's bytes, reads back, keeps every other value, and is idempotent", () => {
    fc.assert(
      fc.property(builtNote, choice, newValue, (note, chosen, value) => {
        const entry = pickEntry(note, chosen, ["scalar", "empty", "blockScalar"]);
        const key = entry?.model.key ?? unusedKey(note, chosen.freshKey);
        const after = setScalar(note.text, key, value);

        if (entry) expectOnlyReplaced(note.text, after, entry.valueStart, entry.valueEnd);
        else expectOnlyInserted(note.text, after, note.contentEnd);
        expect(writtenText(after, key)).toBe(value);
        expect(readScalar(after, key)?.value).toBe(value);
        expectOtherValuesUnchanged(note.text, after, key);
        expect(setScalar(after, key, value)).toBe(after);
      }),
      { numRuns },
    );
  }, timeout);

  test("keeps the value's quote style whenever the new value can be written in it", () => {
    fc.assert(
      fc.property(builtNote, choice, newValue, (note, chosen, value) => {
        const entry = pickEntry(note, { ...chosen, fresh: false }, ["scalar"]);
        fc.pre(entry?.model.value.kind === "scalar");
        const style = entry.model.value.kind === "scalar" ? entry.model.value.scalar.style : "plain";
        const after = setScalar(note.text, entry.model.key, value);
        const fits = { plain: fitsPlain(value), single: fitsSingleQuotes(value), double: true }[style];
        if (fits) expect(readScalar(after, entry.model.key)?.style).toBe(style);
      }),
      { numRuns },
    );
  }, timeout);

  test("returns the same string when the value is already there", () => {
    fc.assert(
      fc.property(builtNote, choice, (note, chosen) => {
        const entry = pickEntry(note, { ...chosen, fresh: false }, ["scalar"]);
        fc.pre(entry?.model.value.kind === "scalar");
        const value = entry.model.value.kind === "scalar" ? entry.model.value.scalar.text : "";
        expect(setScalar(note.text, entry.model.key, value)).toBe(note.text);
      }),
      { numRuns },
    );
  }, timeout);
});

describe("addListItems", () => {
  const items = fc.record({
    fresh: fc.array(newValue, { maxLength: 3 }),
    again: fc.array(fc.record({ pick: fc.nat(), upper: fc.boolean() }), { maxLength: 3 }),
  });

  test("appends only what is missing, where the list ends, without duplicates, and is idempotent", () => {
    fc.assert(
      fc.property(builtNote, choice, items, (note, chosen, { fresh, again }) => {
        const entry = pickEntry(note, chosen, ["blockList", "flowList", "scalar", "empty"]);
        const key = entry?.model.key ?? unusedKey(note, chosen.freshKey);
        const existing = existingItemTexts(entry);
        // Items the list already holds, some in another case: tags must match them anyway, aliases must not.
        const repeated = existing.length === 0 ? [] : again.map(({ pick, upper }) => {
          const item = existing[pick % existing.length] ?? "";
          return upper ? item.toUpperCase() : item;
        });
        const wanted = [...repeated, ...fresh];
        const missing = missingItems(key, existing, wanted);
        const before = topLevelValues(note.text).get(key);
        const after = addListItems(note.text, key, wanted);

        if (missing.length === 0) {
          expect(after).toBe(note.text);
          return;
        }
        const kind = entry?.model.value.kind;
        if (!entry) expectOnlyInserted(note.text, after, note.contentEnd);
        else if (entry.listInsertAt !== undefined) {
          expectOnlyInserted(note.text, after, entry.listInsertAt);
          expectInsertedInListStyle(entry, after.slice(entry.listInsertAt, entry.listInsertAt + after.length - note.text.length), note.model.eol);
        }
        else {
          expect(after.startsWith(note.text.slice(0, entry.colonEnd))).toBe(true);
          expect(after.endsWith(note.text.slice(entry.firstLineEnd))).toBe(true);
        }
        const kept = kind === "blockList" || kind === "flowList" ? (before as unknown[]) : existing.length > 0 ? [before] : [];
        expect(topLevelValues(after).get(key)).toEqual([...kept, ...missing]);
        expectOtherValuesUnchanged(note.text, after, key);
        expect(addListItems(after, key, wanted)).toBe(after);
      }),
      { numRuns },
    );
  }, timeout);
});

/** Block items at the list's `- ` column, one per line; flow items after a comma, or first inside an empty `[]`. */
function expectInsertedInListStyle(entry: BuiltEntry, inserted: string, eol: string): void {
  const value = entry.model.value;
  if (value.kind === "blockList") {
    expect(inserted.endsWith(eol)).toBe(true);
    for (const line of inserted.slice(0, -eol.length).split(eol)) expect(line.startsWith(`${" ".repeat(value.indent)}- `)).toBe(true);
  } else if (value.kind === "flowList" && value.items.length > 0) {
    expect(inserted.startsWith(value.tight || value.items.length === 1 ? "," : ", ")).toBe(true);
  }
}

describe("setMapEntries", () => {
  const entries = fc.array(fc.tuple(fc.oneof(fc.stringMatching(/^[a-z][a-z_]{0,6}$/), fc.constantFrom("last_contact", "title")), newValue), { maxLength: 3 });

  test("sets the entries, keeps every other value and byte around the map, and is idempotent", () => {
    fc.assert(
      fc.property(builtNote, choice, entries, (note, chosen, pairs) => {
        const entry = pickEntry(note, chosen, ["map", "empty"]);
        const key = entry?.model.key ?? unusedKey(note, chosen.freshKey);
        const record = Object.fromEntries(pairs);
        const before = topLevelValues(note.text).get(key);
        const after = setMapEntries(note.text, key, record);

        if (pairs.length === 0) expect(after).toBe(note.text);
        if (!entry) {
          expect(after.startsWith(note.text.slice(0, note.contentEnd))).toBe(true);
          expect(after.endsWith(note.text.slice(note.contentEnd))).toBe(true);
        } else {
          expect(after.startsWith(note.text.slice(0, entry.firstLineEnd))).toBe(true);
          expect(after.endsWith(note.text.slice(entry.entryEnd))).toBe(true);
        }
        if (pairs.length > 0) expect(topLevelValues(after).get(key)).toEqual({ ...(before ?? {}), ...record });
        expectOtherValuesUnchanged(note.text, after, key);
        expect(setMapEntries(after, key, record)).toBe(after);
      }),
      { numRuns },
    );
  }, timeout);
});

describe("any text", () => {
  const yamlish = fc
    .array(fc.constantFrom("a", "b", ":", " ", "-", "\n", "\r\n", "'", '"', "[", "]", "{", "}", ",", "#", "|", ">", "&", "*", "!", "?", "\t", "2025-01-01", "---", "..."), { maxLength: 30 })
    .map((parts) => parts.join(""));
  /** A generated note with a few characters thrown in anywhere: valid-looking YAML gone subtly wrong. */
  const damagedNote = fc
    .tuple(builtNote, fc.array(fc.tuple(fc.nat(), fc.constantFrom(":", " ", "-", "\n", "'", '"', "[", "{", "#", "|", "&a ", "*a", "!", "?", "\t", "  ")), { maxLength: 3 }))
    .map(([note, damage]) => damage.reduce((text, [at, part]) => text.slice(0, at % (text.length + 1)) + part + text.slice(at % (text.length + 1)), note.text));
  const text = fc.oneof(
    yamlish.map((yaml) => `---\n${yaml}\n---\nbody\n`),
    yamlish.map((yaml) => `\ufeff---\r\n${yaml}`),
    yamlish,
    damagedNote,
  );
  const key = fc.oneof(fc.constant("a"), keyName);
  const edits = {
    setScalar: (note: string, name: string) => setScalar(note, name, "2025-11-06"),
    addListItems: (note: string, name: string) => addListItems(note, name, ["x", "y"]),
    setMapEntries: (note: string, name: string) => setMapEntries(note, name, { b: "c" }),
  };

  test("either edits into valid front matter, keeping the body, or throws a FrontmatterEditError", () => {
    fc.assert(
      fc.property(text, key, fc.constantFrom(...Object.values(edits)), (note, name, edit) => {
        let result: string;
        try {
          result = edit(note, name);
        } catch (error) {
          expect(error).toBeInstanceOf(FrontmatterEditError);
          return;
        }
        if (result === note) return;
        frontmatterDocument(result);
        const layout = noteLayout(note);
        const body = note.slice(layout.frontmatter ? layout.bodyStart : layout.hasBom ? 1 : 0);
        expect(result.endsWith(body)).toBe(true);
      }),
      { numRuns },
    );
  }, timeout);

  test("reads a scalar or throws a FrontmatterEditError", () => {
    fc.assert(
      fc.property(text, key, (note, name) => {
        try {
          readScalar(note, name);
        } catch (error) {
          expect(error).toBeInstanceOf(FrontmatterEditError);
        }
      }),
      { numRuns },
    );
  }, timeout);
});
