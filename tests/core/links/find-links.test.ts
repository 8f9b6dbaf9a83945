import { describe, expect, test } from "vitest";
import { findLinks, toLinkRefs, type LinkOccurrence } from "../../../src/core/links";

/** The fields a reader of `findLinks` cares about, plus the text the offsets cover. */
function described(text: string, link: LinkOccurrence) {
  return {
    text: text.slice(link.start, link.end),
    form: link.form,
    linkpath: link.linkpath,
    subpath: link.subpath,
    display: link.display,
    inFrontmatter: link.inFrontmatter,
    line: link.line,
  };
}

function linksIn(text: string) {
  return findLinks(text).map((link) => described(text, link));
}

const body = { subpath: undefined, display: undefined, inFrontmatter: false, line: 1 };

describe("findLinks: one example per form", () => {
  const examples: Array<[string, Partial<ReturnType<typeof described>>]> = [
    ["[[D]]", { form: "wikilink", linkpath: "D" }],
    ["[[D|text]]", { form: "wikilink", linkpath: "D", display: "text" }],
    ["[[D#Heading]]", { form: "wikilink", linkpath: "D", subpath: "#Heading" }],
    ["[[D#^block]]", { form: "wikilink", linkpath: "D", subpath: "#^block" }],
    ["[[D#Heading|text]]", { form: "wikilink", linkpath: "D", subpath: "#Heading", display: "text" }],
    ["[[D\\|text]]", { form: "wikilink", linkpath: "D", display: "text" }],
    ["![[D]]", { form: "embed", linkpath: "D" }],
    ["[[People/D]]", { form: "wikilink", linkpath: "People/D" }],
    ["[[People/D.md]]", { form: "wikilink", linkpath: "People/D.md" }],
    ["[[#Heading]]", { form: "wikilink", linkpath: "", subpath: "#Heading" }],
    ["[t](People/D.md)", { form: "markdown", linkpath: "People/D.md", display: "t" }],
    ["[t](People/D%20X.md)", { form: "markdown", linkpath: "People/D X.md", display: "t" }],
    ["[t](<People/D X.md>)", { form: "markdown", linkpath: "People/D X.md", display: "t" }],
    ["[t](D.md#Heading)", { form: "markdown", linkpath: "D.md", subpath: "#Heading", display: "t" }],
    ["[t](D.md#Key%20Facts)", { form: "markdown", linkpath: "D.md", subpath: "#Key Facts", display: "t" }],
    ['[t](D.md "a title")', { form: "markdown", linkpath: "D.md", display: "t" }],
    ["[t](Caf%C3%A9.md)", { form: "markdown", linkpath: "Café.md", display: "t" }],
    ["[t](100%.md)", { form: "markdown", linkpath: "100%.md", display: "t" }],
    ["[t](D\\(1\\).md)", { form: "markdown", linkpath: "D(1).md", display: "t" }],
    ["[t](D(1).md)", { form: "markdown", linkpath: "D(1).md", display: "t" }],
    ["[see `x]`](D.md)", { form: "markdown", linkpath: "D.md", display: "see `x]`" }],
    ["[](D.md)", { form: "markdown", linkpath: "D.md", display: "" }],
  ];
  for (const [text, expected] of examples) {
    test(text, () => expect(linksIn(text)).toEqual([{ ...body, text, ...expected }]));
  }

  test("a markdown image-style embed is flagged", () => {
    const [link] = findLinks("![alt](D.md)");
    expect(link).toMatchObject({ form: "markdown", linkpath: "D.md", start: 0, markdownEmbed: true });
  });
});

describe("findLinks: not links", () => {
  const examples = [
    "`[[D]]`",
    "``[[D]] ` still code``",
    "```\n[[D]]\n```",
    "~~~~\n[[D]]\n~~~\n[[D]]\n~~~~",
    "   ```js\n[[D]]\n   ```",
    "> ```\n> [[D]]\n> ```",
    "\\[[D]]",
    "\\[t](D.md)",
    "[t](https://example.com/D.md)",
    "[t](mailto:d@example.com)",
    "[t](obsidian://open?file=D)",
    "[[https://example.com]]",
    "[[]]",
    "[[D\n]]",
    "[t] (D.md)",
    "[t](D X.md)",
    "[t](<D.md)",
    "[ ] task",
    "[^1] footnote",
  ];
  for (const text of examples) test(JSON.stringify(text), () => expect(findLinks(text)).toEqual([]));
});

describe("findLinks: code boundaries", () => {
  test("an unmatched backtick is literal and the link after it counts", () => {
    expect(linksIn("a ` b [[D]]")).toEqual([{ ...body, text: "[[D]]", form: "wikilink", linkpath: "D" }]);
  });

  test("a code span does not cross a blank line", () => {
    expect(linksIn("a `b\n\n[[D]] c`").map((link) => link.linkpath)).toEqual(["D"]);
  });

  test("an escaped backtick does not open a span", () => {
    expect(linksIn("\\`[[D]]`").map((link) => link.linkpath)).toEqual(["D"]);
  });

  test("a fence closes only with the same character and at least its length", () => {
    const text = "````\n```\n[[A]]\n~~~~\n````\n[[B]]";
    expect(linksIn(text).map((link) => link.linkpath)).toEqual(["B"]);
  });

  test("backticks in a fence's info string make it inline code instead", () => {
    expect(linksIn("```a``` [[D]]").map((link) => link.linkpath)).toEqual(["D"]);
  });

  test("the innermost [[ opens the link", () => {
    expect(linksIn("[[a [[B]]").map((link) => link.text)).toEqual(["[[B]]"]);
  });
});

describe("findLinks: front matter", () => {
  const note = [
    "---",
    'related: "[[D]]"',
    "people:",
    "  - '[[O''Brien|Pat]]'",
    '  - "[[Ann \\"Jo\\" Lee#Role]]"',
    'flow: ["[[E]]", "[[F]]"]',
    "note: see ![[G]] here",
    "block: |",
    "  [[H]]",
    "# [[NotALink]]",
    "url: '[t](D.md)'",
    "---",
    "[[Body]]",
  ].join("\n");

  test("wikilinks in values, read through YAML quoting, with their lines", () => {
    expect(findLinks(note).map((link) => [link.form, link.linkpath, link.subpath, link.display, link.inFrontmatter, link.line])).toEqual([
      ["wikilink", "D", undefined, undefined, true, 2],
      ["wikilink", "O'Brien", undefined, "Pat", true, 4],
      ["wikilink", 'Ann "Jo" Lee', "#Role", undefined, true, 5],
      ["wikilink", "E", undefined, undefined, true, 6],
      ["wikilink", "F", undefined, undefined, true, 6],
      ["embed", "G", undefined, undefined, true, 7],
      ["wikilink", "H", undefined, undefined, true, 9],
      ["wikilink", "Body", undefined, undefined, false, 13],
    ]);
  });

  test("offsets cover the link as written", () => {
    expect(findLinks(note).map((link) => note.slice(link.start, link.end))).toEqual([
      "[[D]]",
      "[[O''Brien|Pat]]",
      '[[Ann \\"Jo\\" Lee#Role]]',
      "[[E]]",
      "[[F]]",
      "![[G]]",
      "[[H]]",
      "[[Body]]",
    ]);
  });

  test("with a BOM and CRLF", () => {
    const text = '\uFEFF---\r\nrelated: "[[D]]"\r\n---\r\n\r\n[[E]]\r\n';
    expect(linksIn(text).map((link) => [link.text, link.line, link.inFrontmatter])).toEqual([
      ["[[D]]", 2, true],
      ["[[E]]", 5, false],
    ]);
  });

  test("tags, anchors, comments after a block header and CRLF do not shift offsets", () => {
    const text = '---\r\na: !!str "[[A]]"\r\nb: &x \'[[B]]\'\r\nc: >- # folded\r\n  see [[C]]\r\n---\r\n';
    expect(linksIn(text).map((link) => [link.text, link.linkpath, link.line])).toEqual([
      ["[[A]]", "A", 2],
      ["[[B]]", "B", 3],
      ["[[C]]", "C", 5],
    ]);
  });

  test("a YAML error elsewhere does not hide the links", () => {
    const text = '---\nbroken: [unclosed\nrelated: "[[D]]"\n---\n';
    expect(linksIn(text).map((link) => link.linkpath)).toEqual(["D"]);
  });

  test("an unterminated fence is body text", () => {
    expect(linksIn("---\nrelated: [[D]]\n").map((link) => link.inFrontmatter)).toEqual([false]);
  });

  test("code rules do not apply inside front matter, and body code does not reach into it", () => {
    const text = "---\na: '`[[D]]`'\n---\n`x`";
    expect(linksIn(text).map((link) => link.linkpath)).toEqual(["D"]);
  });
});

describe("toLinkRefs", () => {
  test("targets without .md or subpath, display kept, real lines, self links left out", () => {
    const text = '---\nrelated: "[[People/D.md|Dee]]"\n---\n[[#Top]] [t](E%20F.md#H)\n![[G#^b]]';
    expect(toLinkRefs(text)).toEqual([
      { target: "People/D", display: "Dee", line: 2 },
      { target: "E F", display: "t", line: 4 },
      { target: "G", line: 5 },
    ]);
  });
});
