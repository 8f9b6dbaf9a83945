import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { runInThisContext } from "node:vm";
import yaml from "js-yaml";
import { MAX_FRONTMATTER_VALUES } from "../../../src/core/parse/frontmatter";
import { noteLayout } from "../../../src/core/parse/layout";
import { readStructure } from "../../../src/core/parse/note";
import type { Problem } from "../../../src/core/model/types";
import { note, parse, person, readFixture } from "./helpers";

/**
 * Notes are untrusted input. Each hostile or broken note is either read correctly or yields a problem (path,
 * line where known, a reason in plain words), never an exception, a hang or executed code.
 */

function onlyProblem(path: string, text: string): Problem {
  const parsed = parse(path, text);
  expect(parsed.problems, JSON.stringify(parsed.problems)).toHaveLength(1);
  return parsed.problems[0]!;
}

describe("broken front matter gives one problem with path, line and reason, and no record", () => {
  it("invalid YAML: the line where the YAML gives out (not the closing fence)", () => {
    const parsed = parse("Bad/Invalid YAML.md", readFixture("Bad/Invalid YAML.md"));
    expect(parsed.kind).toBe("other");
    expect(parsed.record).toBeUndefined();
    expect(parsed.problems).toEqual([
      { path: "Bad/Invalid YAML.md", line: 4, message: "front matter is not valid YAML: unexpected end of the stream within a flow collection" },
    ]);
  });

  it("YAML error lines are the note's own lines", () => {
    expect(onlyProblem("a.md", "---\ntype: person\nlist:\n  - a\n - b\n---\n").line).toBe(5);
    expect(onlyProblem("a.md", "---\ntype: person\ntitle: ok\nkey: : :\n---\n").line).toBe(4);
    // A byte order mark adds no line.
    expect(onlyProblem("a.md", "\uFEFF---\na: 1\na: 2\n---\n").line).toBe(3);
  });

  it("an unterminated fence", () => {
    expect(onlyProblem("Bad/Unterminated fence.md", readFixture("Bad/Unterminated fence.md"))).toEqual({
      path: "Bad/Unterminated fence.md",
      line: 1,
      message: "front matter opens with --- on line 1 but is never closed with ---",
    });
    expect(onlyProblem("a.md", "---").line).toBe(1);
  });

  it("duplicate keys: the line of the second one", () => {
    expect(onlyProblem("Bad/Duplicate keys.md", readFixture("Bad/Duplicate keys.md"))).toEqual({
      path: "Bad/Duplicate keys.md",
      line: 4,
      message: "front matter is not valid YAML: the same key appears twice",
    });
  });

  it("front matter that is a list or a bare value", () => {
    expect(onlyProblem("a.md", "---\n- a\n- b\n---\n")).toMatchObject({ line: 2, message: "front matter is not a list of `key: value` lines" });
    expect(onlyProblem("a.md", "---\njust words\n---\n")).toMatchObject({ line: 2 });
  });

  it("nesting deep enough to overflow the parser's stack", () => {
    expect(onlyProblem("a.md", `---\ntype: person\nx: ${"[".repeat(100_000)}\n---\n`).message).toBe("front matter could not be read: it is nested too deeply");
  });

  it("a line inside the front matter that starts with --- is a problem on its line, never silently cut short", () => {
    // gray-matter would end the block at `---odd`, dropping `title`; Rapport says so instead of losing the key.
    expect(onlyProblem("a.md", note(["type: person", "---odd: 1", "title: Kept"]))).toEqual({
      path: "a.md",
      line: 3,
      message: "a line inside the front matter starts with ---, which ends front matter early: rename that key or quote it",
    });
    expect(onlyProblem("a.md", note(["type: person", "----", "title: X"])).line).toBe(3);
    expect(person(parse("a.md", note(["type: person", "'---odd': 1", "title: Kept"]))).title).toBe("Kept");
  });

  it("a note opening with ---- (a thematic break) has no front matter at all", () => {
    expect(parse("a.md", "----\nhello\n---\nmore\n")).toMatchObject({ kind: "other", problems: [] });
    expect(parse("a.md", "-----\n")).toMatchObject({ kind: "other", problems: [] });
  });
});

describe("fields of the wrong type or value: a problem each, the rest of the record stands", () => {
  it("`title: [a, b]` and `last_contact: {a: 1}`", () => {
    const parsed = parse("Bad/Wrong types.md", readFixture("Bad/Wrong types.md"));
    expect(parsed.problems).toEqual([
      { path: "Bad/Wrong types.md", line: 3, message: "`title`: expected text, found a list" },
      { path: "Bad/Wrong types.md", line: 4, message: "`last_contact`: expected a date like 2025-10-30, found a group of keys" },
    ]);
    expect(person(parsed)).toMatchObject({ title: "Wrong types" });
    expect(person(parsed).lastContact).toBeUndefined();
  });

  it("`created: 2025-13-45` is not a calendar date; neither is 2025-02-29 or a word", () => {
    const parsed = parse("Bad/Impossible date.md", readFixture("Bad/Impossible date.md"));
    expect(parsed.problems).toEqual([{ path: "Bad/Impossible date.md", line: 4, message: '`created`: "2025-13-45" is not a real calendar date' }]);
    expect(person(parsed)).toMatchObject({ title: "Impossible Date" });
    expect(person(parsed).created).toBeUndefined();
    expect(onlyProblem("a.md", note(["type: person", "created: '2025-02-29'"])).message).toBe('`created`: "2025-02-29" is not a real calendar date');
    expect(onlyProblem("a.md", note(["type: person", "last_contact: soon"])).message).toBe('`last_contact`: "soon" is not a date like 2025-10-30');
    expect(onlyProblem("a.md", note(["type: person", "created: 20260103"])).message).toBe("`created`: expected a date like 2025-10-30, found number 20260103");
  });

  it("a date value carrying control characters is quoted with escapes, so the message stays one safe line", () => {
    const { message } = onlyProblem("a.md", note(["type: person", 'created: "\\e[2J2025\\n13"']));
    expect(message).toBe('`created`: "\\u001b[2J2025\\n13" is not a date like 2025-10-30');
    expect([...message].filter((char) => char < " ")).toEqual([]);
  });
});

describe("odd but valid notes are read correctly", () => {
  it("an empty file is an ordinary note with no record and no problem", () => {
    expect(parse("Bad/Empty.md", readFixture("Bad/Empty.md"))).toEqual({ path: "Bad/Empty.md", kind: "other", tasks: [], problems: [] });
    expect(readFixture("Bad/Empty.md")).toBe("");
    expect(parse("a.md", "---\n---\n")).toMatchObject({ kind: "other", problems: [] });
  });

  it("CRLF line endings: same record, sections and task lines as LF", () => {
    const lf = note(["type: person", "title: Crlf Person", "created: 2026-01-03", "aliases:", "  - CP"], ["## Contact Information", "| **Company** | Contoso |", "## Key Facts", "- [ ] Call @Ann 📅 2025-11-15"]);
    const crlf = lf.replace(/\n/g, "\r\n");
    const [a, b] = [parse("p.md", lf), parse("p.md", crlf)];
    expect(b.problems).toEqual([]);
    expect(b.record).toEqual(a.record);
    expect(b.tasks).toEqual(a.tasks);
    expect(person(b)).toMatchObject({ title: "Crlf Person", aliases: ["CP"], company: "Contoso", created: "2026-01-03" });
    expect(readStructure(crlf).sections.map((s) => s.heading)).toEqual(["Contact Information", "Key Facts"]);
    expect(noteLayout(crlf).eol).toBe("\r\n");
  });

  it("a byte order mark: same record, line numbers unchanged", () => {
    const text = note(["type: person", "title: Bom Person"], ["- [ ] t"]);
    const parsed = parse("p.md", "\uFEFF" + text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.record).toEqual(parse("p.md", text).record);
    expect(parsed.tasks[0]?.line).toBe(5);
    expect(noteLayout("\uFEFF" + text).hasBom).toBe(true);
    expect(person(parse("p.md", "\uFEFF" + text.replace(/\n/g, "\r\n"))).title).toBe("Bom Person");
  });

  it("a 20,000-line note, quickly", () => {
    const lines: string[] = [];
    for (let index = 0; index < 20_000; index++) {
      if (index % 1000 === 0) lines.push(`## Section ${index / 1000}`);
      else if (index % 10 === 0) lines.push(`- [ ] Task ${index} @Ann 📅 2025-11-15 ⏫ #task`);
      else lines.push(`Line ${index} mentions [[Person ${index % 50}]] and ordinary words.`);
    }
    const text = note(["type: person", "title: Long"], lines);
    expect(text.split("\n").length).toBeGreaterThan(20_000);
    const started = performance.now();
    const parsed = parse("long.md", text);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(parsed.problems).toEqual([]);
    expect(person(parsed).title).toBe("Long");
    expect(parsed.tasks).toHaveLength(1_980);
    // Body line i of the list is note line i + 5 (four front matter lines before it, counted from 1).
    expect(parsed.tasks.at(-1)).toMatchObject({ text: "Task 19990", line: 19_995 });
    expect(readStructure(text).sections).toHaveLength(20);
  });

  it("a huge single line (2 MB) in the body and another in the front matter", () => {
    const line = "[[Ann Lee]] said the plan is fine, see [notes](Notes/x.md) and a few more words here. ".repeat(24_000);
    expect(line.length).toBeGreaterThan(2_000_000);
    const started = performance.now();
    const parsed = parse("huge.md", note(["type: person", `title: ${"T".repeat(2_000_000)}`, "company: Contoso"], [line]));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(parsed.problems).toEqual([]);
    expect(person(parsed)).toMatchObject({ company: "Contoso" });
    expect(person(parsed).title).toHaveLength(2_000_000);
  });

  it.each([
    ["[[", "[[".repeat(500_000)],
    ["[", "[".repeat(1_000_000)],
    ["]]", "]]".repeat(500_000)],
    ["[x](", "[x](".repeat(250_000)],
    ["![[a|", "![[a|".repeat(200_000)],
    ["`", "`".repeat(1_000_000)],
    ["| [[a", "| [[a".repeat(200_000)],
    ["- [ ] @@@…", "- [ ] " + "@".repeat(1_000_000)],
    ["- [ ] 📅 📅 …", "- [ ] " + "📅 ".repeat(300_000)],
    ["## ###…", "## " + "#".repeat(1_000_000)],
  ])("a megabyte line of %s is read in reasonable time", (_label, line) => {
    const started = performance.now();
    const parsed = parse("p.md", note(["type: person", "title: Punctuation"], ["## Profile", line, "**Role**: Lead"]));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(parsed.problems).toEqual([]);
    expect(person(parsed).title).toBe("Punctuation");
  });

  it("huge runs of spaces in a heading or a Profile line take linear time", () => {
    const spaces = " ".repeat(300_000);
    const started = performance.now();
    const text = note(["type: person"], [`## Notes${spaces}x`, "## Profile", `**Role**: Lead${spaces}x`, `**Company**: Contoso${spaces}`]);
    const parsed = parse("p.md", text);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(readStructure(text).sections[0]!.heading === `Notes${spaces}x`).toBe(true);
    expect(person(parsed).role === `Lead${spaces}x`).toBe(true);
    expect(person(parsed).company).toBe("Contoso");
  });
});

describe("control characters", () => {
  it("NUL in front matter: a problem on the NUL's own line", () => {
    expect(onlyProblem("c.md", "---\ntype: person\ntitle: A\u0000B\n---\n")).toEqual({
      path: "c.md",
      line: 3,
      message: "front matter contains a NUL character (byte 0), which YAML does not allow",
    });
  });

  it("\\x07 and \\x1b in front matter: a problem on their line, in plain words", () => {
    for (const char of ["\u0007", "\u001b"]) {
      expect(onlyProblem("c.md", `---\ntype: person\ncompany: Con${char}toso\ntitle: A\n---\n`)).toEqual({
        path: "c.md",
        line: 3,
        message: "front matter is not valid YAML: it contains a control character (such as \\x07 or \\x1b) that YAML does not allow",
      });
    }
  });

  it("in the body they are just text: the record, sections and tasks are read", () => {
    const body = ["## Key\u0000 Facts", "- bell \u0007 and escape \u001b[31m red", "- [ ] Nul\u0000task @Ann 📅 2025-11-15"];
    const text = note(["type: person", "title: Ctrl"], body);
    const parsed = parse("c.md", text);
    expect(parsed.problems).toEqual([]);
    expect(person(parsed).title).toBe("Ctrl");
    expect(parsed.tasks).toEqual([{ done: false, text: "Nul\u0000task", owners: ["Ann"], due: "2025-11-15", line: 7 }]);
    const sections = readStructure(text).sections;
    expect(sections.map((s) => s.heading)).toEqual(["Key\u0000 Facts"]);
    expect(sections[0]!.text).toBe(body.join("\n") + "\n");
  });
});

describe("front matter is never executed", () => {
  const executed = () => (globalThis as { __rapportPwned?: unknown }).__rapportPwned;
  afterEach(() => {
    delete (globalThis as { __rapportPwned?: unknown }).__rapportPwned;
  });
  const payload = "(function () { globalThis.__rapportPwned = true; return { type: 'person', title: 'Evaluated' }; })()";

  it("the payload would set a global if evaluated (as gray-matter's default `---js` engine would)", () => {
    expect(executed()).toBeUndefined();
    expect(runInThisContext(payload)).toMatchObject({ title: "Evaluated" });
    expect(executed()).toBe(true);
  });

  it.each(["js", "javascript", "JS", "coffee", "json", "toml"])("`---%s` front matter is refused, not run", (language) => {
    const problem = onlyProblem("a.md", `---${language}\n${payload}\n---\nBody\n`);
    expect(problem).toEqual({ path: "a.md", line: 1, message: `front matter in "${language}" is not read: only YAML is supported` });
    expect(executed()).toBeUndefined();
  });

  it("the fixture `---js` note is refused and sets nothing", () => {
    expect(onlyProblem("Bad/JavaScript front matter.md", readFixture("Bad/JavaScript front matter.md")).line).toBe(1);
    expect((globalThis as { __rapportFrontmatterExecuted?: unknown }).__rapportFrontmatterExecuted).toBeUndefined();
  });

  it("`---yaml` is YAML", () => {
    expect(person(parse("a.md", "---yaml\ntype: person\ntitle: Y\n---\n")).title).toBe("Y");
  });

  it("YAML tags that would build code or objects are refused", () => {
    for (const value of ["!!js/function 'function () { globalThis.__rapportPwned = true }'", "!!js/regexp /x/", "!!js/undefined ''", "!!python/object:os.system ls", "!!timestamp 2026-01-03"]) {
      expect(onlyProblem("a.md", note(["type: person", `title: ${value}`])).message, value).toMatch(/^front matter is not valid YAML: unknown tag/);
    }
    expect(executed()).toBeUndefined();
  });
});

describe("YAML bomb (billion laughs)", () => {
  /** Counts values as a tree walk meets them, up to a limit. */
  function expandedSize(value: unknown, limit: number): number {
    let count = 0;
    const pending = [value];
    while (pending.length > 0 && count < limit) {
      const next = pending.pop();
      count++;
      if (Array.isArray(next)) pending.push(...next);
      else if (typeof next === "object" && next !== null) pending.push(...Object.values(next));
    }
    return count;
  }

  const text = readFixture("Bad/Billion laughs.md");

  it("really is a bomb: expanded, it holds far more values than any note could", () => {
    const content = text.slice(text.indexOf("\n") + 1, text.lastIndexOf("---"));
    expect(expandedSize(yaml.safeLoad(content, { schema: yaml.CORE_SCHEMA }), 10_000_000)).toBe(10_000_000);
  });

  it("is refused quickly, without growing memory, with a problem naming the cause", () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const parsed = parse("Bad/Billion laughs.md", text);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
    expect(parsed.kind).toBe("other");
    expect(parsed.problems).toEqual([
      {
        path: "Bad/Billion laughs.md",
        line: 2,
        message: `front matter is too large once its aliases (*name) are expanded: more than ${MAX_FRONTMATTER_VALUES} values, or a value that contains itself`,
      },
    ]);
  });

  it("so whoever reads the structure can walk or serialize it safely", () => {
    expect(() => readStructure(text)).toThrow(/too large once its aliases/);
  });

  it("a value that contains itself is refused too (it would make any walk endless)", () => {
    expect(onlyProblem("a.md", note(["type: person", "loop: &loop [*loop]"])).message).toMatch(/contains itself/);
  });

  it("ordinary aliases and large but real lists are fine", () => {
    const record = person(parse("a.md", note(["type: person", "base: &name Ann", "title: *name", `tags: [${Array.from({ length: 5_000 }, (_, i) => `t${i}`).join(", ")}]`])));
    expect(record.title).toBe("Ann");
    expect(record.tags).toHaveLength(5_000);
  });

  it("a list too long to walk is refused without overflowing the stack", () => {
    const lines = Array.from({ length: MAX_FRONTMATTER_VALUES + 10 }, () => "  - x");
    expect(onlyProblem("a.md", note(["type: person", "tags:", ...lines])).message).toMatch(/too large/);
  });
});

describe("parseNote never throws", () => {
  const fragments = fc.constantFrom(
    "---",
    "---js",
    "----",
    "type: person",
    "type: meeting",
    "type: project",
    "title: [a, b]",
    "created: 2025-13-45",
    "last_contact: {a: 1}",
    "a: &a [x]",
    "b: *a",
    "c: *missing",
    "participants: [[x]]",
    "tags: '#t'",
    "## Key Facts",
    "## Collaborators",
    "| [[A]] | x |",
    "- [ ] t @A 📅 2025-11-15 ⏫",
    "```",
    "\u0000",
    "\u001b",
    "\uFEFF",
    "\r",
    "",
  );
  const noteText = fc.tuple(fc.array(fc.oneof(fragments, fc.string({ unit: "binary", maxLength: 12 })), { maxLength: 30 }), fc.constantFrom("\n", "\r\n")).map(([lines, eol]) => lines.join(eol));

  it("for note-shaped text, and every problem names the note and a line within it", () => {
    fc.assert(
      fc.property(noteText, (text) => {
        const parsed = parse("Fuzz/n.md", text);
        const lineCount = text.split("\n").length;
        for (const problem of parsed.problems) {
          expect(problem.path).toBe("Fuzz/n.md");
          expect(problem.message.length).toBeGreaterThan(0);
          expect(problem.message).not.toContain("\n");
          if (problem.line !== undefined) expect(problem.line).toBeGreaterThanOrEqual(1);
          if (problem.line !== undefined) expect(problem.line).toBeLessThanOrEqual(lineCount);
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it("for any text at all", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        parse("n.md", text);
      }),
      { numRuns: 2_000 },
    );
  });
});
