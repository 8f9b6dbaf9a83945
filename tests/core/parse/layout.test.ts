import { describe, expect, it } from "vitest";
import { noteLayout } from "../../../src/core/parse/layout";
import { readStructure } from "../../../src/core/parse/note";

/** Where a note's parts are; every reader and writer works from these offsets. */

describe("noteLayout", () => {
  it("finds the front matter block and the body", () => {
    const text = "---\ntype: person\n---\n# Body\n";
    expect(noteLayout(text)).toEqual({
      hasBom: false,
      eol: "\n",
      unterminatedFence: false,
      frontmatter: { openStart: 0, contentStart: 4, contentEnd: 17, closeEnd: 21, language: "", firstContentLine: 2 },
      bodyStart: 21,
      bodyStartLine: 4,
    });
    expect(text.slice(4, 17)).toBe("type: person\n");
  });

  it("with a byte order mark and CRLF, offsets still index the full text", () => {
    const text = "\uFEFF---\r\na: 1\r\n---\r\nbody\r\n";
    const layout = noteLayout(text);
    expect(layout).toMatchObject({ hasBom: true, eol: "\r\n", bodyStartLine: 4 });
    expect(text.slice(layout.frontmatter!.contentStart, layout.frontmatter!.contentEnd)).toBe("a: 1\r\n");
    expect(text.slice(layout.bodyStart)).toBe("body\r\n");
  });

  it("a closing fence at the very end of the text, with trailing spaces, or right after the opening", () => {
    expect(noteLayout("---\na: 1\n---").bodyStart).toBe(12);
    expect(noteLayout("---\na: 1\n---  \nx").frontmatter?.closeEnd).toBe(15);
    expect(readStructure("---\n---\nx").frontmatter).toEqual({});
  });

  it("names the language after the opening fence", () => {
    expect(noteLayout("---js\n{}\n---\n").frontmatter?.language).toBe("js");
    expect(noteLayout("--- \na: 1\n---\n").frontmatter?.language).toBe("");
  });

  it("no front matter unless line 1 is the fence; `----` is a thematic break; an unclosed fence is flagged", () => {
    expect(noteLayout("text\n---\na: 1\n---\n").frontmatter).toBeUndefined();
    expect(noteLayout(" ---\na: 1\n---\n").frontmatter).toBeUndefined();
    expect(noteLayout("----\na: 1\n---\n")).toMatchObject({ unterminatedFence: false, bodyStart: 0 });
    expect(noteLayout("----\na: 1\n---\n").frontmatter).toBeUndefined();
    expect(noteLayout("---\na: 1\n")).toMatchObject({ unterminatedFence: true, bodyStart: 0 });
  });
});
