/**
 * Random notes with front matter, built piece by piece so that the generator knows exactly where each
 * value, list end and fence sits: the property tests compare an edit with these offsets, not with
 * anything the editor itself reports.
 */
import fc from "fast-check";

export type LineEnding = "\n" | "\r\n";
export type QuoteStyle = "plain" | "single" | "double";

export interface ScalarModel {
  style: QuoteStyle;
  text: string;
}

export type ValueModel =
  | { kind: "scalar"; scalar: ScalarModel; comment?: string }
  | { kind: "empty"; comment?: string }
  | { kind: "blockList"; indent: number; items: ScalarModel[]; comment?: string }
  | { kind: "flowList"; items: ScalarModel[]; tight: boolean; comment?: string }
  | { kind: "map"; entries: { key: string; scalar: ScalarModel }[] }
  | { kind: "blockScalar"; lines: string[] };

export interface EntryModel {
  key: string;
  value: ValueModel;
  /** Blank or comment lines written before the entry. */
  before: string[];
}

export interface NoteModel {
  eol: LineEnding;
  bom: boolean;
  entries: EntryModel[];
  body: string[];
}

export interface BuiltEntry {
  model: EntryModel;
  /** Offset just past the key's `:`. */
  colonEnd: number;
  /** The value's bytes: a scalar's token, an empty value's insertion point, a block scalar's header to its last line. */
  valueStart: number;
  valueEnd: number;
  /** Offset just past the entry's first line (its line ending included). */
  firstLineEnd: number;
  /** Offset just past the entry's last line. */
  entryEnd: number;
  /** Where a new list item belongs: after the last block item's line, or after the last flow item (after `[` when empty). */
  listInsertAt?: number;
}

export interface BuiltNote {
  model: NoteModel;
  text: string;
  contentStart: number;
  /** Start of the closing fence line: where a new property belongs. */
  contentEnd: number;
  entries: Map<string, BuiltEntry>;
}

export function renderModelScalar({ style, text }: ScalarModel): string {
  if (style === "plain") return text;
  if (style === "single") return `'${text.replace(/'/g, "''")}'`;
  // JSON's escapes are a subset of YAML's double-quoted escapes.
  return JSON.stringify(text);
}

/** A writer that records offsets as it appends. */
class NoteWriter {
  text = "";
  constructor(readonly eol: LineEnding) {}

  write(part: string): number {
    this.text += part;
    return this.text.length;
  }

  line(part = ""): number {
    return this.write(part + this.eol);
  }

  get offset(): number {
    return this.text.length;
  }
}

export function buildNote(model: NoteModel): BuiltNote {
  const out = new NoteWriter(model.eol);
  if (model.bom) out.write("\ufeff");
  const contentStart = out.line("---");
  const entries = new Map<string, BuiltEntry>();
  for (const entry of model.entries) {
    for (const line of entry.before) out.line(line);
    entries.set(entry.key, writeEntry(out, entry));
  }
  const contentEnd = out.offset;
  out.line("---");
  out.write(model.body.join(model.eol));
  return { model, text: out.text, contentStart, contentEnd, entries };
}

function comment(text: string | undefined): string {
  return text === undefined ? "" : ` # ${text}`;
}

function writeEntry(out: NoteWriter, model: EntryModel): BuiltEntry {
  const colonEnd = out.write(`${model.key}:`);
  const value = model.value;
  const built = { model, colonEnd, valueStart: colonEnd, valueEnd: colonEnd, firstLineEnd: 0, entryEnd: 0 };
  switch (value.kind) {
    case "scalar": {
      built.valueStart = out.write(" ");
      built.valueEnd = out.write(renderModelScalar(value.scalar));
      built.firstLineEnd = out.line(comment(value.comment));
      break;
    }
    case "empty":
      built.firstLineEnd = out.line(comment(value.comment));
      break;
    case "blockList": {
      built.firstLineEnd = out.line();
      value.items.forEach((item, index) => {
        const trailing = index === value.items.length - 1 ? comment(value.comment) : "";
        out.line(`${" ".repeat(value.indent)}- ${renderModelScalar(item)}${trailing}`);
      });
      return { ...built, entryEnd: out.offset, listInsertAt: out.offset };
    }
    case "flowList": {
      let listInsertAt = out.write(" [");
      value.items.forEach((item, index) => {
        if (index > 0) out.write(value.tight ? "," : ", ");
        listInsertAt = out.write(renderModelScalar(item));
      });
      out.write("]");
      built.firstLineEnd = out.line(comment(value.comment));
      return { ...built, entryEnd: out.offset, listInsertAt };
    }
    case "map":
      built.firstLineEnd = out.line();
      for (const entry of value.entries) out.line(`  ${entry.key}: ${renderModelScalar(entry.scalar)}`);
      break;
    case "blockScalar": {
      built.valueStart = out.write(" ");
      out.line("|");
      built.firstLineEnd = out.offset;
      value.lines.forEach((line, index) => {
        const end = out.write(`  ${line}`);
        if (index === value.lines.length - 1) built.valueEnd = end;
        out.line();
      });
      break;
    }
  }
  return { ...built, entryEnd: out.offset };
}

// ---- pieces -------------------------------------------------------------------------------------

const PLAIN_WORD = fc.stringMatching(/^[A-Za-z][A-Za-z0-9/._-]{0,10}(?: [A-Za-z0-9/._-]{1,6})?$/);
const PLAIN_CONSTANTS = fc.constantFrom("2025-10-27", "2026-01-03", "42", "3.5", "true", "null", "people", "type/people");

/** Characters that trouble YAML writers: quotes, indicators, comment and mapping marks, tabs, non-ASCII. */
const AWKWARD_CHARS = ["a", "B", "z", "0", " ", "'", '"', ":", "#", "-", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "?", "\\", "\t", "é", "😀", "\u00a0"];
const AWKWARD_TEXT = fc.array(fc.constantFrom(...AWKWARD_CHARS), { maxLength: 12 }).map((chars) => chars.join(""));

/** Adds what no existing value in the generated notes holds: line breaks, control characters, any code point. */
const NEW_VALUE_EXTRAS = fc.oneof(
  fc.array(fc.constantFrom(...AWKWARD_CHARS, "\n", "\r\n", "\r", "\u0001", "\u007f", "\u0085", "\u2028", "\ufeff"), { maxLength: 10 }).map((chars) => chars.join("")),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.constantFrom("", " leading", "trailing ", "- dash", "key: value", "a #b", "~", "yes", "1e3", "0x1F", ".nan"),
);

const COMMENT = fc.stringMatching(/^[A-Za-z0-9 '":#-]{0,12}$/);

export const plainText = fc.oneof(PLAIN_WORD, PLAIN_CONSTANTS);

export const scalarModel: fc.Arbitrary<ScalarModel> = fc.oneof(
  plainText.map((text) => ({ style: "plain" as const, text })),
  fc.oneof(AWKWARD_TEXT, PLAIN_CONSTANTS).map((text) => ({ style: "single" as const, text })),
  fc.oneof(AWKWARD_TEXT, PLAIN_CONSTANTS, NEW_VALUE_EXTRAS).map((text) => ({ style: "double" as const, text })),
);

/** Any value an edit might write. */
export const newValue: fc.Arbitrary<string> = fc.oneof(plainText, AWKWARD_TEXT, NEW_VALUE_EXTRAS);

const optionalComment = fc.option(COMMENT, { nil: undefined });

/** List items unique case-insensitively, so a list starts without duplicates under either comparison. */
const listItems = (minLength: number) =>
  fc.uniqueArray(scalarModel, { minLength, maxLength: 5, selector: (item) => item.text.toLowerCase() });

const valueModel: fc.Arbitrary<ValueModel> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("scalar" as const), scalar: scalarModel, comment: optionalComment }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("empty" as const), comment: optionalComment }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("blockList" as const), indent: fc.constantFrom(0, 2, 4), items: listItems(1), comment: optionalComment }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("flowList" as const), items: listItems(0), tight: fc.boolean(), comment: optionalComment }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("map" as const),
      entries: fc.uniqueArray(fc.record({ key: fc.stringMatching(/^[a-z][a-z_]{0,6}$/), scalar: scalarModel }), {
        minLength: 1,
        maxLength: 3,
        selector: (entry) => entry.key,
      }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("blockScalar" as const), lines: fc.array(PLAIN_WORD, { minLength: 1, maxLength: 3 }) }) },
);

export const KEY_POOL = ["type", "title", "created", "date", "last_contact", "aliases", "tags", "participants", "status", "merged_values"];
export const keyName = fc.oneof(fc.constantFrom(...KEY_POOL), fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/));

const beforeLines = fc.array(fc.oneof(fc.constant(""), COMMENT.map((text) => `# ${text}`)), { maxLength: 2 });

const bodyLines = fc.array(fc.constantFrom("", "# Heading", "---", "text: not yaml", "- item", "Body [[Link]]"), { maxLength: 4 });

export const noteModel: fc.Arbitrary<NoteModel> = fc.record({
  eol: fc.constantFrom<LineEnding>("\n", "\r\n"),
  bom: fc.boolean(),
  entries: fc.uniqueArray(fc.record({ key: keyName, value: valueModel, before: beforeLines }), {
    maxLength: 7,
    selector: (entry) => entry.key,
  }),
  body: bodyLines,
});

export const builtNote: fc.Arbitrary<BuiltNote> = noteModel.map(buildNote);
