import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { addListItems, FrontmatterEditError, readScalar, setMapEntries, setScalar } from "../../../src/core/frontmatter";

/**
 * The front matter editor by example: each row is a test and documents one rule. `before` and `after`
 * are whole notes; `lines` joins its arguments with LF, `crlf` with CRLF.
 */
const lines = (...parts: string[]): string => parts.join("\n");
const crlf = (...parts: string[]): string => parts.join("\r\n");

interface Example {
  title: string;
  before: string;
  edit: (text: string) => string;
  after: string;
}

function runExamples(examples: Example[]): void {
  test.each(examples)("$title", ({ before, edit, after }) => {
    expect(edit(before)).toBe(after);
  });
}

describe("setScalar", () => {
  const lastContact = (text: string) => setScalar(text, "last_contact", "2025-11-06");

  runExamples([
    {
      title: "a single-quoted date stays single-quoted",
      before: lines("---", "last_contact: '2025-10-27'", "---", "Body"),
      edit: lastContact,
      after: lines("---", "last_contact: '2025-11-06'", "---", "Body"),
    },
    {
      title: "a double-quoted date stays double-quoted",
      before: lines("---", 'last_contact: "2025-10-27"', "---", ""),
      edit: lastContact,
      after: lines("---", 'last_contact: "2025-11-06"', "---", ""),
    },
    {
      title: "a plain date stays plain",
      before: lines("---", "last_contact: 2025-10-27", "---", ""),
      edit: lastContact,
      after: lines("---", "last_contact: 2025-11-06", "---", ""),
    },
    {
      title: "a trailing comment and the spacing before it stay",
      before: lines("---", "last_contact:   2025-10-27    # from the 1:1", "next: x", "---", ""),
      edit: lastContact,
      after: lines("---", "last_contact:   2025-11-06    # from the 1:1", "next: x", "---", ""),
    },
    {
      title: "the key keeps its place among the others",
      before: lines("---", "a: 1", "last_contact: '2025-10-27'", "z: 2", "---", ""),
      edit: lastContact,
      after: lines("---", "a: 1", "last_contact: '2025-11-06'", "z: 2", "---", ""),
    },
    {
      title: "CRLF line endings and a byte order mark stay",
      before: "\ufeff" + crlf("---", "created: '2026-01-03'", "last_contact: '2025-10-27'", "---", "Body", ""),
      edit: lastContact,
      after: "\ufeff" + crlf("---", "created: '2026-01-03'", "last_contact: '2025-11-06'", "---", "Body", ""),
    },
    {
      title: "an empty value is filled after the colon, quoted like the note's other dates",
      before: lines("---", "created: '2026-01-03'", "last_contact: # unknown", "---", ""),
      edit: lastContact,
      after: lines("---", "created: '2026-01-03'", "last_contact: '2025-11-06' # unknown", "---", ""),
    },
    {
      title: "a missing key is added at the end, single-quoted when the note's dates are",
      before: lines("---", "created: '2026-01-03'", "tags:", "- type/people", "---", "Body"),
      edit: lastContact,
      after: lines("---", "created: '2026-01-03'", "tags:", "- type/people", "last_contact: '2025-11-06'", "---", "Body"),
    },
    {
      title: "a missing key is added double-quoted when the note's dates are",
      before: lines("---", 'date: "2025-10-29"', "---", ""),
      edit: lastContact,
      after: lines("---", 'date: "2025-10-29"', 'last_contact: "2025-11-06"', "---", ""),
    },
    {
      title: "a missing key is added plain when the note's dates are plain, or it has none",
      before: lines("---", "title: Ronnie Booker", "---", ""),
      edit: lastContact,
      after: lines("---", "title: Ronnie Booker", "last_contact: 2025-11-06", "---", ""),
    },
    {
      title: "a missing key in a CRLF note gets a CRLF line",
      before: crlf("---", "created: 2026-01-03", "---", ""),
      edit: lastContact,
      after: crlf("---", "created: 2026-01-03", "last_contact: 2025-11-06", "---", ""),
    },
    {
      title: "a missing key in an indented block is indented like its neighbours",
      before: lines("---", "  title: x", "---", ""),
      edit: lastContact,
      after: lines("---", "  title: x", "  last_contact: 2025-11-06", "---", ""),
    },
    {
      title: "a note without front matter gets a block at the start",
      before: lines("# Ronnie", "Body"),
      edit: lastContact,
      after: lines("---", "last_contact: 2025-11-06", "---", "# Ronnie", "Body"),
    },
    {
      title: "a new block goes after the byte order mark and uses the note's line ending",
      before: "\ufeff" + crlf("# Ronnie", "Body"),
      edit: lastContact,
      after: "\ufeff" + crlf("---", "last_contact: 2025-11-06", "---", "# Ronnie", "Body"),
    },
    {
      title: "an empty front matter block gets the property",
      before: lines("---", "---", "Body"),
      edit: lastContact,
      after: lines("---", "last_contact: 2025-11-06", "---", "Body"),
    },
    {
      title: "a plain value that would be misread is quoted, with the note's quote",
      before: lines("---", "created: '2026-01-03'", "title: Ronnie", "---", ""),
      edit: (text) => setScalar(text, "title", "Ronnie: the builder #1"),
      after: lines("---", "created: '2026-01-03'", "title: 'Ronnie: the builder #1'", "---", ""),
    },
    {
      title: "a plain value that would read as a number or a boolean is quoted, double when the note quotes nothing",
      before: lines("---", "title: Ronnie", "---", ""),
      edit: (text) => setScalar(text, "title", "true"),
      after: lines("---", 'title: "true"', "---", ""),
    },
    {
      title: "a plain number stays a plain number",
      before: lines("---", "meetings: 4", "---", ""),
      edit: (text) => setScalar(text, "meetings", "5"),
      after: lines("---", "meetings: 5", "---", ""),
    },
    {
      title: "single quotes are escaped by doubling",
      before: lines("---", "title: 'Ron'", "---", ""),
      edit: (text) => setScalar(text, "title", "Ron's"),
      after: lines("---", "title: 'Ron''s'", "---", ""),
    },
    {
      title: "double quotes escape quotes, backslashes and line breaks",
      before: lines("---", 'title: "Ron"', "---", ""),
      edit: (text) => setScalar(text, "title", 'Ron "RB"\\Booker\nline two'),
      after: lines("---", 'title: "Ron \\"RB\\"\\\\Booker\\nline two"', "---", ""),
    },
    {
      title: "a line break cannot be single-quoted, so the value falls back to double quotes",
      before: lines("---", "title: 'Ron'", "---", ""),
      edit: (text) => setScalar(text, "title", "a\nb"),
      after: lines("---", 'title: "a\\nb"', "---", ""),
    },
    {
      title: "a plain value folded over lines becomes one line",
      before: lines("---", "summary: first", "  second", "next: 1", "---", ""),
      edit: (text) => setScalar(text, "summary", "short"),
      after: lines("---", "summary: short", "next: 1", "---", ""),
    },
    {
      title: "a block scalar becomes a one-line value; the blank line after it stays",
      before: lines("---", "summary: |", "  first", "  second", "", "next: 1", "---", ""),
      edit: (text) => setScalar(text, "summary", "short"),
      after: lines("---", "summary: short", "", "next: 1", "---", ""),
    },
    {
      title: "a tag before the value stays",
      before: lines("---", "code: !!str 0012", "---", ""),
      edit: (text) => setScalar(text, "code", "0013"),
      after: lines("---", "code: !!str 0013", "---", ""),
    },
    {
      title: "a key that needs quotes is added quoted",
      before: lines("---", "a: 1", "---", ""),
      edit: (text) => setScalar(text, "odd: key", "x"),
      after: lines("---", "a: 1", '"odd: key": x', "---", ""),
    },
  ]);

  test("returns the very same string when the value is already there", () => {
    const note = lines("---", "last_contact: '2025-11-06' # kept", "---", "");
    expect(setScalar(note, "last_contact", "2025-11-06")).toBe(note);
    const empty = lines("---", "last_contact:", "---", "");
    expect(setScalar(empty, "last_contact", "")).toBe(empty);
  });
});

describe("addListItems", () => {
  runExamples([
    {
      title: "block items at column 0 get new items at column 0",
      before: lines("---", "tags:", "- type/people", "- needs-review", "next: 1", "---", ""),
      edit: (text) => addListItems(text, "tags", ["person/ronnie"]),
      after: lines("---", "tags:", "- type/people", "- needs-review", "- person/ronnie", "next: 1", "---", ""),
    },
    {
      title: "indented, double-quoted block items get new items alike",
      before: lines("---", "tags:", '  - "type/customer"', "---", ""),
      edit: (text) => addListItems(text, "tags", ["generated"]),
      after: lines("---", "tags:", '  - "type/customer"', '  - "generated"', "---", ""),
    },
    {
      title: "tags compare without regard to case",
      before: lines("---", "tags:", "- Needs-Review", "---", ""),
      edit: (text) => addListItems(text, "tags", ["needs-review", "NEW", "new"]),
      after: lines("---", "tags:", "- Needs-Review", "- NEW", "---", ""),
    },
    {
      title: "aliases compare exactly",
      before: lines("---", "aliases:", "- Ron", "---", ""),
      edit: (text) => addListItems(text, "aliases", ["ron", "Ron"]),
      after: lines("---", "aliases:", "- Ron", "- ron", "---", ""),
    },
    {
      title: "a comment on the last item stays on its line",
      before: lines("---", "aliases:", "- Ron # nickname", "# about the next key", "next: 1", "---", ""),
      edit: (text) => addListItems(text, "aliases", ["Ronnie"]),
      after: lines("---", "aliases:", "- Ron # nickname", "- Ronnie", "# about the next key", "next: 1", "---", ""),
    },
    {
      title: "a flow list gets items before `]`, quoted like its items",
      before: lines("---", 'participants: ["Roni", "Tiff"] # from the transcript', "---", ""),
      edit: (text) => addListItems(text, "participants", ["Ronnie Booker"]),
      after: lines("---", 'participants: ["Roni", "Tiff", "Ronnie Booker"] # from the transcript', "---", ""),
    },
    {
      title: "a tight flow list stays tight",
      before: lines("---", "aliases: [Ron,Ronnie]", "---", ""),
      edit: (text) => addListItems(text, "aliases", ["RB"]),
      after: lines("---", "aliases: [Ron,Ronnie,RB]", "---", ""),
    },
    {
      title: "an empty flow list gets its first item",
      before: lines("---", "aliases: []", "---", ""),
      edit: (text) => addListItems(text, "aliases", ["Ron", "RB"]),
      after: lines("---", "aliases: [Ron, RB]", "---", ""),
    },
    {
      title: "an item that a plain flow list would misread is quoted",
      before: lines("---", "aliases: [Ron]", "---", ""),
      edit: (text) => addListItems(text, "aliases", ["Booker, Ronnie"]),
      after: lines("---", 'aliases: [Ron, "Booker, Ronnie"]', "---", ""),
    },
    {
      title: "a single value becomes a block list only when an item must be added; its comment stays on the key line",
      before: lines("---", "tags:", "- a", "aliases: 'Ron' # nickname", "---", ""),
      edit: (text) => addListItems(text, "aliases", ["Ron", "Ronnie"]),
      after: lines("---", "tags:", "- a", "aliases: # nickname", "- 'Ron'", "- Ronnie", "---", ""),
    },
    {
      title: "an empty value gets block items under it",
      before: lines("---", "aliases:", "next: 1", "---", ""),
      edit: (text) => addListItems(text, "aliases", ["Ron"]),
      after: lines("---", "aliases:", "  - Ron", "next: 1", "---", ""),
    },
    {
      title: "a missing key is added as a block list indented like the note's other lists",
      before: lines("---", "tags:", "- type/people", "---", ""),
      edit: (text) => addListItems(text, "aliases", ["Ronnie Borker"]),
      after: lines("---", "tags:", "- type/people", "aliases:", "- Ronnie Borker", "---", ""),
    },
    {
      title: "a missing key in a note without lists is indented two spaces, as Obsidian writes it",
      before: crlf("---", "title: Ronnie", "---", ""),
      edit: (text) => addListItems(text, "aliases", ["Ronnie Borker", "#rb"]),
      after: crlf("---", "title: Ronnie", "aliases:", "  - Ronnie Borker", '  - "#rb"', "---", ""),
    },
  ]);

  test("returns the very same string when every item is there", () => {
    const note = lines("---", "aliases: Ron", "tags: [A, b]", "---", "");
    expect(addListItems(note, "aliases", ["Ron"])).toBe(note);
    expect(addListItems(note, "tags", ["a", "B"])).toBe(note);
    expect(addListItems(note, "other", [])).toBe(note);
  });
});

describe("setMapEntries", () => {
  runExamples([
    {
      title: "a missing map is added at the end, two spaces in, values quoted",
      before: lines("---", "created: '2026-01-03'", "---", ""),
      edit: (text) => setMapEntries(text, "merged_values", { last_contact: "2025-10-30", title: "Ronnie Borker" }),
      after: lines("---", "created: '2026-01-03'", "merged_values:", "  last_contact: '2025-10-30'", "  title: 'Ronnie Borker'", "---", ""),
    },
    {
      title: "values are double-quoted when the note quotes nothing, and always quoted so they stay text",
      before: lines("---", "title: Ronnie", "---", ""),
      edit: (text) => setMapEntries(text, "merged_values", { last_contact: "2025-10-30", auto_created: "true" }),
      after: lines("---", "title: Ronnie", "merged_values:", '  last_contact: "2025-10-30"', '  auto_created: "true"', "---", ""),
    },
    {
      title: "an existing entry is updated in its style and a new one is added after the last",
      before: lines("---", "merged_values:", "    title: 'Ronnie Borker'", "    # kept", "next: 1", "---", ""),
      edit: (text) => setMapEntries(text, "merged_values", { title: "Ron Borker", role: "Runs Azure hardware" }),
      after: lines("---", "merged_values:", "    title: 'Ron Borker'", "    role: 'Runs Azure hardware'", "    # kept", "next: 1", "---", ""),
    },
    {
      title: "an empty value gets the entries under it",
      before: lines("---", "merged_values: # from the merge", "next: 1", "---", ""),
      edit: (text) => setMapEntries(text, "merged_values", { title: "x" }),
      after: lines("---", "merged_values: # from the merge", '  title: "x"', "next: 1", "---", ""),
    },
    {
      title: "an empty entry gets its value after the colon",
      before: lines("---", "merged_values:", "  title: # was empty", "---", ""),
      edit: (text) => setMapEntries(text, "merged_values", { title: "x" }),
      after: lines("---", "merged_values:", '  title: "x" # was empty', "---", ""),
    },
    {
      title: "a flow map gets the entry before `}`",
      before: lines("---", "merged_values: {title: 'x'}", "---", ""),
      edit: (text) => setMapEntries(text, "merged_values", { role: "y" }),
      after: lines("---", "merged_values: {title: 'x', role: 'y'}", "---", ""),
    },
    {
      title: "an entry of a flow map is updated with the quoting a flow map needs",
      before: lines("---", "merged_values: {title: x}", "---", ""),
      edit: (text) => setMapEntries(text, "merged_values", { title: "Booker, Ronnie" }),
      after: lines("---", 'merged_values: {title: "Booker, Ronnie"}', "---", ""),
    },
  ]);

  test("returns the very same string when every entry holds its value", () => {
    const note = lines("---", "merged_values:", "  title: 'x'", "---", "");
    expect(setMapEntries(note, "merged_values", { title: "x" })).toBe(note);
    expect(setMapEntries(note, "merged_values", {})).toBe(note);
  });
});

describe("readScalar", () => {
  const note = lines(
    "---",
    "plain: 2025-10-27",
    "single: 'it''s'",
    'double: "a\\tb"',
    "empty:",
    "number: 5",
    "block: |-",
    "  text",
    "anchored: &a value",
    "alias: *a",
    "list: [a]",
    "---",
    "",
  );

  test.each([
    ["plain", { value: "2025-10-27", style: "plain" }],
    ["single", { value: "it's", style: "single" }],
    ["double", { value: "a\tb", style: "double" }],
    ["empty", { value: "", style: "plain" }],
    ["number", { value: "5", style: "plain" }],
    ["block", { value: "text", style: "other" }],
    ["alias", { value: "value", style: "other" }],
    ["list", undefined],
    ["missing", undefined],
  ])("%s", (key, expected) => {
    expect(readScalar(note, key)).toEqual(expected);
  });

  test("a note without front matter has no properties", () => {
    expect(readScalar("Body", "title")).toBeUndefined();
  });
});

describe("refusals: the text is never changed, a FrontmatterEditError says why", () => {
  const cases: [string, string, RegExp][] = [
    ["invalid YAML", lines("---", "title: [unclosed", "---", ""), /not valid YAML \(line 2\)/],
    ["duplicate keys", lines("---", "a: 1", "a: 2", "---", ""), /not valid YAML \(line 3\)/],
    ["another language", lines("---js", "{ title: 'x' }", "---", ""), /written in `js`/],
    ["an unterminated fence", lines("---", "title: x", "Body"), /no closing `---`/],
    ["a front matter that is a list", lines("---", "- a", "---", ""), /not a list of `key: value` properties/],
    ["a front matter that is a flow map", lines("---", "{a: 1}", "---", ""), /not a list of `key: value` properties/],
  ];

  test.each(cases)("%s", (_title, note, message) => {
    for (const edit of [
      () => setScalar(note, "last_contact", "2025-11-06"),
      () => addListItems(note, "aliases", ["Ron"]),
      () => setMapEntries(note, "merged_values", { a: "b" }),
      () => readScalar(note, "title"),
    ]) {
      expect(edit).toThrow(FrontmatterEditError);
      expect(edit).toThrow(message);
    }
  });

  test("a list or map is not a single value", () => {
    expect(() => setScalar(lines("---", "tags:", "- a", "---", ""), "tags", "x")).toThrow(/`tags` holds a list/);
    expect(() => setScalar(lines("---", "m:", "  a: 1", "---", ""), "m", "x")).toThrow(/`m` holds a map/);
  });

  test("a map or block text is not a list, and a list is not a map", () => {
    expect(() => addListItems(lines("---", "aliases:", "  a: 1", "---", ""), "aliases", ["x"])).toThrow(/not a list/);
    expect(() => addListItems(lines("---", "aliases: |", "  Ron", "---", ""), "aliases", ["x"])).toThrow(/not a list/);
    expect(() => setMapEntries(lines("---", "merged_values: [a]", "---", ""), "merged_values", { a: "b" })).toThrow(/not a map/);
  });

  test("a value other properties refer to through an alias is not changed behind their back", () => {
    const note = lines("---", "base: &b '2025-10-27'", "copy: *b", "---", "");
    expect(() => setScalar(note, "base", "2025-11-06")).toThrow(/without disturbing other front matter/);
  });

  test("a property after an explicit document end is refused rather than written outside the document", () => {
    const note = lines("---", "a: 1", "...", "---", "");
    expect(() => setScalar(note, "b", "2")).toThrow(FrontmatterEditError);
  });
});

describe("sample vault notes", () => {
  const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
  const booker = fixture("Ronnie Booker.md");
  const meeting = fixture("2025-10-29 - Dual-path Azure and bare-metal plan.md");
  const apollo = fixture("Project Apollo.md");

  /** `after` is `before` with exactly the bytes `from` replaced by `to`, at the one place `from` occurs. */
  function expectOnlyChanged(before: string, after: string, from: string, to: string): void {
    const at = before.indexOf(from);
    expect(at).toBeGreaterThan(0);
    expect(before.indexOf(from, at + 1)).toBe(-1);
    expect(after).toBe(before.slice(0, at) + to + before.slice(at + from.length));
  }

  test("Ronnie Booker: changing last_contact alters exactly the bytes of the value", () => {
    const after = setScalar(booker, "last_contact", "2025-11-06");
    expectOnlyChanged(booker, after, "'2025-10-27'", "'2025-11-06'");
  });

  test("Ronnie Booker: a tag is appended at column 0 after the last tag", () => {
    const after = addListItems(booker, "tags", ["person/ronnie-booker", "Needs-Review"]);
    expectOnlyChanged(booker, after, "- company/microsoft\n", "- company/microsoft\n- person/ronnie-booker\n");
  });

  test("Ronnie Booker: aliases are added as a block list like its tags", () => {
    const after = addListItems(booker, "aliases", ["Ronnie Borker"]);
    expectOnlyChanged(booker, after, "- company/microsoft\n---\n", "- company/microsoft\naliases:\n- Ronnie Borker\n---\n");
  });

  test("Ronnie Booker: merged values are recorded single-quoted, like the note's dates", () => {
    const after = setMapEntries(booker, "merged_values", { last_contact: "2025-10-30" });
    expectOnlyChanged(booker, after, "- company/microsoft\n---\n", "- company/microsoft\nmerged_values:\n  last_contact: '2025-10-30'\n---\n");
  });

  test("Project Apollo: an empty quoted value keeps its quotes, and the last key can change in place", () => {
    const updated = setScalar(apollo, "last_updated", "2025-11-06");
    expectOnlyChanged(apollo, updated, "last_updated: ''", "last_updated: '2025-11-06'");
    const refreshed = setScalar(apollo, "last_contact", "2025-11-06");
    expectOnlyChanged(apollo, refreshed, "'2025-10-28'\n---", "'2025-11-06'\n---");
  });

  test("meeting: a missing last_contact is added double-quoted, like its date", () => {
    const after = setScalar(meeting, "last_contact", "2025-11-06");
    expectOnlyChanged(meeting, after, '  - "generated"\n---\n', '  - "generated"\nlast_contact: "2025-11-06"\n---\n');
  });

  test("meeting: a participant is added inside the flow list, double-quoted", () => {
    const after = addListItems(meeting, "participants", ["Ronnie Booker", "Roni"]);
    expectOnlyChanged(meeting, after, '"Ed Kim", "Roni"]', '"Ed Kim", "Roni", "Ronnie Booker"]');
  });

  test("meeting: a tag is added to the indented list, double-quoted", () => {
    const after = addListItems(meeting, "tags", ["person/ronnie-booker"]);
    expectOnlyChanged(meeting, after, '  - "generated"\n', '  - "generated"\n  - "person/ronnie-booker"\n');
  });

  test("meeting: changing the date alters exactly the bytes of the value", () => {
    const after = setScalar(meeting, "date", "2025-10-30");
    expectOnlyChanged(meeting, after, '"2025-10-29"\naccount', '"2025-10-30"\naccount');
  });
});
