import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simpleLinkScalars } from "../../../src/core/links/simple-yaml";
import { yamlValueScalars } from "../../../src/core/links/yaml-scalars";
import { frontmatterBlocks, quotedForms } from "../../helpers/frontmatter-blocks";

/** What the full syntax tree says: every value scalar holding `[[`, with offset, source and quoting. */
function fromSyntaxTree(yaml: string) {
  return yamlValueScalars(yaml).filter((scalar) => scalar.source.includes("[["));
}

describe("simpleLinkScalars reads the front matter notes usually have", () => {
  const read: [string, string][] = [
    ["quoted values", 'type: people\ncompany: "[[Microsoft]]"\nmanager: \'[[O\'\'Brien]]\'\n'],
    ["a one-line flow list", 'participants: ["Dong-min Lê", "[[Chinedu Ogunbodun]]", \'[[Xu]]\', plain]\n'],
    ["a block list, compact and indented", "related:\n- \"[[A]]\"\n- see [[B]] later\nother:\n  - '[[C]]'\n  - \"[[D|Dee]]\"\n"],
    ["comments and blank lines", '# a comment with [[Not a link]]\n\nkey: "[[A]]" # trailing\nlist:\n\n  - "[[B]]"\n'],
    ["CRLF", 'company: "[[Acme]]"\r\ntags:\r\n  - "[[T]]"\r\n'],
    ["a comment after a plain value", "manager: see [[Bo]] # from import\nlist:\n- see [[C]] # c\n"],
    ["escapes in double quotes", 'a: "[[Say \\"hi\\"]]"\nb: "C:\\\\[[D]]"\n'],
  ];
  it.each(read)("%s: the same scalars as the syntax tree", (_name, yaml) => {
    const fast = simpleLinkScalars(yaml);
    expect(fast).toBeDefined();
    expect(fast).toEqual(fromSyntaxTree(yaml));
    expect(fast?.length).toBeGreaterThan(0);
  });

  const leftToTheParser: [string, string][] = [
    ["a block scalar", "notes: |\n  [[A]]\n"],
    ["a quoted value on two lines", 'a: "[[A]]\n  and more"\n'],
    ["a plain value that runs on", "a: see\n  [[A]]\n"],
    ["a nested map", 'a:\n  b: "[[A]]"\n'],
    ["a nested flow list", "a: [[A]]\n"],
    ["an anchor", 'a: &x "[[A]]"\n'],
    ["a list item under a key with a value", 'a: b\n- "[[A]]"\n'],
    ["a list of maps", 'a:\n- b: "[[A]]"\n'],
    ["a list of lists", 'a:\n- - "[[A]]"\n'],
    ["tab indentation", 'a:\n\t- "[[A]]"\n'],
    ["a flow map", 'a: {b: "[[A]]"}\n'],
  ];
  it.each(leftToTheParser)("%s: left to the full parser", (_name, yaml) => {
    expect(simpleLinkScalars(yaml)).toBeUndefined();
  });
});

// Pieces of front matter, the ordinary and the awkward, so that the lexer meets what the full parser meets.
const ordinary = fc.constantFrom("a", "Ann", "[[A]]", "[[B|Bee]]", "x[[C#h]]y", " ", "-", " #[[Z]]");
const awkward = fc.constantFrom("it''s", "O'Brien", "#", " #c", ": ", ":", "\\\"", "\\\\", "&a", "*a", "!t", "|", ">", "[", "]", "{", "}", ",", "?", "%", "@", "`", "\t");
const word = fc.oneof({ arbitrary: ordinary, weight: 4 }, { arbitrary: awkward, weight: 1 });
const text = fc.array(word, { minLength: 0, maxLength: 5 }).map((parts) => parts.join(""));
const key = fc.constantFrom("type", "company", "related", "a b", "x.y", "-k", "k:", '"k"', "ключ", "k ");
const frontmatter = frontmatterBlocks({ scalar: quotedForms(text), text, key, maxLines: 5 });

describe("simpleLinkScalars against the full syntax tree", () => {
  it("whenever it reads a front matter, it finds exactly the scalars the syntax tree holds", () => {
    let read = 0;
    fc.assert(
      fc.property(frontmatter, (yaml) => {
        const fast = simpleLinkScalars(yaml);
        if (fast === undefined) return;
        read++;
        expect(fast).toEqual(fromSyntaxTree(yaml));
      }),
      { numRuns: Math.max(2000, Number(process.env.FC_RUNS ?? 0)) },
    );
    // The generator must reach the lexer's own path often, or the property says nothing. About 540 is usual at
    // 2000 runs; the bound sits far enough below that a seed cannot fail it.
    expect(read).toBeGreaterThan(400);
  });
});
