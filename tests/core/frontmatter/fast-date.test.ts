import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { setDateQuickly } from "../../../src/core/frontmatter/fast-date";
import { FrontmatterEditError, setScalar } from "../../../src/core/frontmatter";

// Each row: the front matter lines, and what the quick path must do with `last_contact` set to 2025-11-12
// (the replaced text, or undefined when it must leave the edit to the full editor).
const cases: [string, string[], string | undefined][] = [
  ["single quotes kept", ["type: people", "last_contact: '2025-10-27'"], "last_contact: '2025-11-12'"],
  ["double quotes kept", ['last_contact: "2025-10-27"'], 'last_contact: "2025-11-12"'],
  ["plain kept, comment kept", ["last_contact: 2025-10-27   # from import"], "last_contact: 2025-11-12   # from import"],
  ["a plain value continued on the next line is not simple", ["last_contact: 2025-10-27", "  more", "x: 1"], undefined],
  ["a key written twice is left to the full editor", ["last_contact: '2025-10-27'", "last_contact: '2025-10-28'"], undefined],
  ["an empty value is left to the full editor", ["last_contact:", "x: 1"], undefined],
  ["text that is not a date is left to the full editor", ["last_contact: 'soon'"], undefined],
  ["a nested key of the same name is not the top-level key", ["meta:", "  last_contact: '2025-10-27'"], undefined],
];

describe("setting a date the quick way", () => {
  for (const [name, lines, expected] of cases) {
    it(name, () => {
      const text = ["---", ...lines, "---", "body", ""].join("\n");
      const quick = setDateQuickly(text, "last_contact", "2025-11-12");
      if (expected === undefined) return expect(quick).toBeUndefined();
      expect(quick).toBe(text.replace(lines.find((line) => line.startsWith("last_contact"))!, expected));
      // The quick path and the full editor agree byte for byte.
      expect(quick).toBe(setScalar(text, "last_contact", "2025-11-12"));
    });
  }

  it("keeps CRLF and a BOM, and changes nothing when the date is already there", () => {
    const text = "\uFEFF---\r\ntitle: A\r\nlast_contact: '2025-10-27'\r\n---\r\nbody\r\n";
    expect(setDateQuickly(text, "last_contact", "2025-11-12")).toBe(text.replace("2025-10-27", "2025-11-12"));
    expect(setScalar(text, "last_contact", "2025-10-27")).toBe(text);
  });
});

describe("front matter the full editor refuses", () => {
  it("is refused by the quick path too, though js-yaml would read it", () => {
    // A quoted value left open on its line and closed on a later one, then a `#` with no space before it.
    const text = "---\nb: 'x'' y\n# '#z\ncreated: '2025-01-02'\n---\nbody\n";
    expect(() => yaml.safeLoad(text.slice(4, text.indexOf("---", 4)))).not.toThrow();
    expect(setDateQuickly(text, "last_contact", "2025-11-12")).toBeUndefined();
    expect(() => setScalar(text, "last_contact", "2025-11-12")).toThrow(FrontmatterEditError);
  });
});

describe("adding a missing date the quick way", () => {
  it("adds the line last, quoted like the note's other dates, with the fence's line ending", () => {
    const text = "---\r\ntype: people\r\ncreated: '2025-01-02'\r\n---\r\nbody\r\n";
    expect(setDateQuickly(text, "last_contact", "2025-11-12")).toBe("---\r\ntype: people\r\ncreated: '2025-01-02'\r\nlast_contact: '2025-11-12'\r\n---\r\nbody\r\n");
    const plain = "---\ncreated: 2025-01-02\n---\n";
    expect(setDateQuickly(plain, "last_contact", "2025-11-12")).toBe("---\ncreated: 2025-01-02\nlast_contact: 2025-11-12\n---\n");
  });

  it("leaves a note without another date to the full editor", () => {
    expect(setDateQuickly("---\ntype: people\n---\n", "last_contact", "2025-11-12")).toBeUndefined();
  });

  it("leaves a block with a lone carriage return to the full editor, which refuses YAML it cannot read", () => {
    // Found by the front matter property at 2000 runs: js-yaml took the lone \r for a line break and passed the edit.
    const text = '---\r\naa0: "2025-10-27"\r  \na:\r\n  - \'aaaa\'\r\n---\r\nbody';
    expect(setDateQuickly(text, "type", "2025-11-06")).toBeUndefined();
    expect(setDateQuickly(text, "aa0", "2025-11-06")).toBeUndefined();
    expect(() => setScalar(text, "type", "2025-11-06")).toThrow(FrontmatterEditError);
  });
});
