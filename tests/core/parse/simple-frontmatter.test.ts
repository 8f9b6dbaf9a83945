import fc from "fast-check";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { readSimpleFrontmatter } from "../../../src/core/parse/simple-frontmatter";
import { frontmatterBlocks, quotedForms } from "../../helpers/frontmatter-blocks";

/** What gray-matter's YAML engine gives (js-yaml, safe loader, core schema); empty front matter is `{}` to the parser. */
function fromJsYaml(block: string): { data: unknown } | { error: true } {
  try {
    return { data: yaml.safeLoad(block, { schema: yaml.CORE_SCHEMA, json: false }) ?? {} };
  } catch {
    return { error: true };
  }
}

describe("readSimpleFrontmatter reads the front matter notes usually have", () => {
  const read: [string, string, Record<string, unknown>][] = [
    ["the sample person's keys", "type: people\ntitle: Ronnie Borker\ncreated: 2026-01-03\nlast_contact: '2025-11-01'\n", { type: "people", title: "Ronnie Borker", created: "2026-01-03", last_contact: "2025-11-01" }],
    ["lists, compact and indented, and a flow list", 'tags:\n- a\n- "b"\naliases:\n  - Ron\n  -\nparticipants: [Ann, "[[Bo]]", \'O\'\'Neill\']\n', { tags: ["a", "b"], aliases: ["Ron", null], participants: ["Ann", "[[Bo]]", "O'Neill"] }],
    ["null, booleans and a small integer", "a:\nb: null\nc: True\nd: false\ne: 42\nf: 0\n", { a: null, b: null, c: true, d: false, e: 42, f: 0 }],
    ["comments, blank lines and CRLF", "# head\r\n\r\nkey: value\r\nlist: []\r\n", { key: "value", list: [] }],
    ["only comments", "# nothing here\n", {}],
    ["comments after values, plain and quoted (a # inside a word is not one)", "a: x # note\nb: 2025-10-27   # import\nc: 'y' # z\nd: C#sharp\n", { a: "x", b: "2025-10-27", c: "y", d: "C#sharp" }],
  ];
  it.each(read)("%s", (_name, block, expected) => {
    expect(readSimpleFrontmatter(block)).toEqual(expected);
    expect(fromJsYaml(block)).toEqual({ data: expected });
  });

  const leftToJsYaml: [string, string][] = [
    ["a repeated key (js-yaml refuses it)", "a: 1\na: 2\n"],
    ["a number js-yaml reads another way", "a: 0x1F\n"],
    ["an octal-looking number", "a: 0123\n"],
    ["a float", "a: 1.5\n"],
    ["a key that is a keyword", "True: x\n"],
    ["a double-quoted escape", 'a: "line\\nbreak"\n'],
    ["a tab", "a: x\tb\n"],
    ["a lone carriage return", "a: x\rb: y\n"],
    ["a control character", "a: x\u0007\n"],
    ["a DEL or C1 control character (js-yaml refuses them)", "a: x\u007f\nb: \u0090\n"],
    ["NEL, which js-yaml drops from a plain value", "a: x\u0085y\n"],
    ["a nested map", "a:\n  b: c\n"],
    ["__proto__", "__proto__: x\n"],
    ["a space before the colon", "key : value\n"],
  ];
  it.each(leftToJsYaml)("%s: left to gray-matter and js-yaml", (_name, block) => {
    expect(readSimpleFrontmatter(block)).toBeUndefined();
  });
});

// Pieces of front matter, ordinary and awkward, so the reader meets what js-yaml meets.
const ordinary = fc.constantFrom("a", "Ann Lee", "[[A]]", "José", "2026-01-03", "42", "0", "true", "False", "null", "x y", " ");
const awkward = fc.constantFrom(
  "~", "NULL", "TRUE", "yes", "0123", "1_000", "1e3", ".5", "-2", "+3", "0x1F", ".inf", ".NaN", "12:30", "2026-1-3", "1.",
  "it''s", "O'Brien", "#", " #c", ": ", ":", "\\\"", "\\\\", "\\n", "&a", "*a", "!t", "|", ">", "[", "]", "{", "}", ",", "?", "%", "@", "`",
  "\t", "\u00a0", "\u0085", "\u007f", "\u0090", "\ufeff", "\u2028", "\u0007", "\ud83d\ude00", "\ud83d", "-", "__proto__",
);
const word = fc.oneof({ arbitrary: ordinary, weight: 12 }, { arbitrary: awkward, weight: 1 });
const text = fc.array(word, { minLength: 0, maxLength: 3 }).map((parts) => parts.join(""));
// Whole values the core schema types as something other than a string.
const typed = fc.constantFrom("~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "0", "7", "007", "123456789012345", "1234567890123456", "-1", "+1", "1_0", "0b1", "0o7", "0x1F", "1.5", "1e3", ".5", ".inf", "-.Inf", ".nan", "1:30", "2026-01-03");
const scalar = fc.oneof({ arbitrary: typed, weight: 1 }, { arbitrary: quotedForms(text), weight: 3 });
const key = fc.oneof(
  { arbitrary: fc.constantFrom("type", "title", "tags", "a b", "x.y", "created", "aliases", "_k", "2026-01-03"), weight: 6 },
  { arbitrary: fc.constantFrom("True", "null", "12", "0x1", "__proto__", "-k", "k:", '"k"', "ключ", "k ", "k  "), weight: 1 },
);
const block = frontmatterBlocks({ scalar, text, key, maxLines: 6 });

describe("readSimpleFrontmatter against js-yaml", () => {
  it("whenever it reads a block, it gives exactly js-yaml's data, and never reads one js-yaml refuses", () => {
    let read = 0;
    let nonEmpty = 0;
    fc.assert(
      fc.property(block, (source) => {
        const fast = readSimpleFrontmatter(source);
        if (fast === undefined) return;
        read++;
        if (Object.keys(fast).length > 1) nonEmpty++;
        expect(fromJsYaml(source)).toEqual({ data: fast });
      }),
      { numRuns: Math.max(3000, Number(process.env.FC_RUNS ?? 0)) },
    );
    // The generator must reach the reader's own path often, with real content, or the property says nothing.
    // About 850 and 110 are usual at 3000 runs; the bounds sit far enough below that a seed cannot fail them.
    expect(read).toBeGreaterThan(600);
    expect(nonEmpty).toBeGreaterThan(60);
  });
});
