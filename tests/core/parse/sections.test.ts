import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { noteLayout } from "../../../src/core/parse/layout";
import { findSection, sectionBullets, sectionContent, splitSections } from "../../../src/core/parse/sections";

/** A note body splits into `##` sections whose text, put back together, is the body byte for byte. */

function sections(text: string) {
  return splitSections(text, noteLayout(text));
}

describe("splitSections", () => {
  it("splits at `##` headings, keeping a preamble, offsets, lines and exact text", () => {
    const text = "---\ntype: person\n---\nIntro\n## One\nfirst\n\n## Two ##\nsecond\n";
    const found = sections(text);
    expect(found.map(({ heading, line, text: body }) => ({ heading, line, body }))).toEqual([
      { heading: "", line: 4, body: "Intro\n" },
      { heading: "One", line: 5, body: "## One\nfirst\n\n" },
      { heading: "Two", line: 8, body: "## Two ##\nsecond\n" },
    ]);
    for (const section of found) expect(text.slice(section.start, section.end)).toBe(section.text);
    expect(sectionContent(found[1]!)).toBe("first\n\n");
  });

  it("drops an empty preamble, so sections map 1:1 to headings; an empty body has no sections", () => {
    expect(sections("---\na: 1\n---\n## Only\n").map((section) => section.heading)).toEqual(["Only"]);
    expect(sections("---\na: 1\n---\n")).toEqual([]);
    expect(sections("")).toEqual([]);
  });

  it("does not count headings inside ``` or ~~~ fences, nor other heading levels", () => {
    const text = [
      "## Real",
      "```md",
      "## Not a heading (code)",
      "```",
      "~~~~",
      "## Not either",
      "~~~ a shorter fence, with text after it, does not close a ~~~~ fence",
      "~~~~",
      "### Level three",
      "# Level one",
      "##No space",
      "## Real two",
      "````",
      "## Unclosed fence: everything after it is code",
    ].join("\n");
    expect(sections(text).map((section) => section.heading)).toEqual(["Real", "Real two"]);
  });

  it("strips a closing run of # only after a space, and reads tab-separated and CRLF headings", () => {
    expect(sections("## C#\n").map((s) => s.heading)).toEqual(["C#"]);
    expect(sections("## Key Facts ###   \n").map((s) => s.heading)).toEqual(["Key Facts"]);
    expect(sections("##\tTabbed\n").map((s) => s.heading)).toEqual(["Tabbed"]);
    const crlf = "---\r\na: 1\r\n---\r\n## One\r\nx\r\n## Two\r\n";
    const found = sections(crlf);
    expect(found.map((s) => s.heading)).toEqual(["One", "Two"]);
    expect(found.map((s) => s.text).join("")).toBe(crlf.slice(noteLayout(crlf).bodyStart));
  });

  it("finds a heading line with a huge run of spaces quickly (no quadratic regex)", () => {
    const text = "## A" + " ".repeat(200_000) + "b\n## Next\n";
    const started = performance.now();
    expect(sections(text).map((s) => s.heading)).toEqual(["A" + " ".repeat(200_000) + "b", "Next"]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("findSection compares headings case-insensitively and returns the first", () => {
    const found = sections("## Key Facts\n- a\n## key facts\n- b\n");
    expect(findSection(found, "KEY FACTS")?.line).toBe(1);
    expect(findSection(found, "Missing")).toBeUndefined();
  });
});

/** Lines that exercise headings, fences, bullets, CR, BOM-like and unusual characters. */
const lineArbitrary = fc.oneof(
  fc.constantFrom(
    "## Key Facts",
    "## Heading ##",
    "##",
    "## ",
    "##x",
    "### Three",
    "```",
    "```js",
    "~~~",
    "    ```",
    "- bullet",
    "  continued",
    "---",
    "",
    "text\r",
    "\uFEFF",
    "\u2028## odd",
    "🙂 ## not at start",
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 10 }),
);

const noteArbitrary = fc
  .tuple(
    fc.option(fc.array(fc.constantFrom("type: person", "title: x", "a: [1, 2]", "## not a heading in YAML"), { maxLength: 3 }), { nil: undefined }),
    fc.array(lineArbitrary, { maxLength: 40 }),
    fc.constantFrom("\n", "\r\n"),
    fc.boolean(),
  )
  .map(([frontmatter, lines, eol, bom]) => {
    const head = frontmatter === undefined ? "" : ["---", ...frontmatter, "---", ""].join(eol);
    return (bom ? "\uFEFF" : "") + head + lines.join(eol);
  });

describe("sections: properties", () => {
  it("concatenating every section's text reproduces the body byte for byte, and each text is its own slice", () => {
    fc.assert(
      fc.property(noteArbitrary, (text) => {
        const layout = noteLayout(text);
        const found = splitSections(text, layout);
        expect(found.map((section) => section.text).join("")).toBe(text.slice(layout.bodyStart));
        let offset = layout.bodyStart;
        for (const section of found) {
          expect(section.start).toBe(offset);
          expect(section.text).toBe(text.slice(section.start, section.end));
          offset = section.end;
        }
        expect(offset).toBe(found.length === 0 ? layout.bodyStart : text.length);
        // Every section but a preamble starts with its `## ` heading line.
        for (const section of found.slice(1)) expect(section.text).toMatch(/^##[ \t]/);
      }),
      { numRuns: 2_000 },
    );
  });

  it("holds for any text at all, not only note-shaped text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const layout = noteLayout(text);
        expect(splitSections(text, layout).map((section) => section.text).join("")).toBe(text.slice(layout.bodyStart));
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("sectionBullets (Key Facts)", () => {
  const keyFacts = (body: string) => sectionBullets(findSection(sections(body), "Key Facts")!);

  it("returns top-level bullets with their continuation lines, across blank lines", () => {
    const body = ["## Key Facts", "", "- First fact.", "  more about it", "* Second", "", "+ Third  ", "plain text is not a bullet", "-not a bullet", "## Next", "- not in Key Facts"].join("\n");
    expect(keyFacts(body)).toEqual(["First fact.\n  more about it", "Second", "Third"]);
  });

  it("reads CRLF bullets without their \\r", () => {
    expect(keyFacts("## Key Facts\r\n- a\r\n- b\r\n")).toEqual(["a", "b"]);
  });

  it("does not read `- lines` inside a code block as facts", () => {
    const body = ["## Key Facts", "- Real fact", "```", "- code, not a fact", "  indented code", "```", "- Another fact"].join("\n");
    expect(keyFacts(body)).toEqual(["Real fact", "Another fact"]);
  });
});
