import { describe, expect, test } from "vitest";
import { LinkTargetIndex, retargetLinks, type RetargetPlan } from "../../../src/core/links";

/**
 * Retargeting by example: each row is a test and documents one link form. Unless a row says
 * otherwise, the note being edited is `Meetings/Sync.md`, the duplicate `People/Ronnie Borker.md`
 * merges into the survivor `People/Ronnie Booker.md`, and `Archive/Ronnie Borker.md` is a
 * different person who happens to share the duplicate's file name.
 */
const VAULT = [
  "People/Ronnie Borker.md",
  "People/Ronnie Booker.md",
  "Archive/Ronnie Borker.md",
  "People/Mike Kiernan.md",
  "Meetings/Sync.md",
];
const MERGE: RetargetPlan = { from: "People/Ronnie Borker.md", to: "People/Ronnie Booker.md" };

interface Example {
  title: string;
  before: string;
  after: string;
  count: number;
  source?: string;
  vault?: string[];
  plan?: RetargetPlan;
}

const WIKILINKS: Example[] = [
  { title: "bare name", before: "Met [[Ronnie Borker]] today.", after: "Met [[Ronnie Booker]] today.", count: 1 },
  { title: "display text kept", before: "[[Ronnie Borker|Ronnie]]", after: "[[Ronnie Booker|Ronnie]]", count: 1 },
  { title: "heading subpath kept", before: "[[Ronnie Borker#Key Facts]]", after: "[[Ronnie Booker#Key Facts]]", count: 1 },
  { title: "block subpath kept", before: "[[Ronnie Borker#^a1b2c3]]", after: "[[Ronnie Booker#^a1b2c3]]", count: 1 },
  {
    title: "subpath and display",
    before: "[[Ronnie Borker#Profile|his profile]]",
    after: "[[Ronnie Booker#Profile|his profile]]",
    count: 1,
  },
  { title: "name written in another case", before: "[[ronnie borker]]", after: "[[Ronnie Booker]]", count: 1 },
  { title: ".md suffix kept", before: "[[Ronnie Borker.md]]", after: "[[Ronnie Booker.md]]", count: 1 },
  { title: "path-qualified stays path-qualified", before: "[[People/Ronnie Borker]]", after: "[[People/Ronnie Booker]]", count: 1 },
  {
    title: "path-qualified with .md",
    before: "[[People/Ronnie Borker.md|R]]",
    after: "[[People/Ronnie Booker.md|R]]",
    count: 1,
  },
  { title: "vault-absolute path", before: "[[/People/Ronnie Borker]]", after: "[[/People/Ronnie Booker]]", count: 1 },
  {
    title: "escaped pipe inside a table",
    before: "| Person | Role |\n|---|---|\n| [[Ronnie Borker\\|Ronnie]] | CVP |",
    after: "| Person | Role |\n|---|---|\n| [[Ronnie Booker\\|Ronnie]] | CVP |",
    count: 1,
  },
  {
    title: "every link on a line",
    before: "- [[Ronnie Borker]], [[Mike Kiernan]] and [[Ronnie Borker|RB]]",
    after: "- [[Ronnie Booker]], [[Mike Kiernan]] and [[Ronnie Booker|RB]]",
    count: 2,
  },
];

const EMBEDS: Example[] = [
  { title: "embed", before: "![[Ronnie Borker]]", after: "![[Ronnie Booker]]", count: 1 },
  { title: "embed of a section", before: "![[Ronnie Borker#Key Facts]]", after: "![[Ronnie Booker#Key Facts]]", count: 1 },
  { title: "escaped bang is a plain link", before: "\\![[Ronnie Borker]]", after: "\\![[Ronnie Booker]]", count: 1 },
];

const MARKDOWN_LINKS: Example[] = [
  {
    title: "percent-encoded path",
    before: "[Ronnie](People/Ronnie%20Borker.md)",
    after: "[Ronnie](People/Ronnie%20Booker.md)",
    count: 1,
  },
  {
    title: "angle brackets keep spaces",
    before: "[Ronnie](<People/Ronnie Borker.md>)",
    after: "[Ronnie](<People/Ronnie Booker.md>)",
    count: 1,
  },
  {
    title: "heading subpath kept as written",
    before: "[facts](People/Ronnie%20Borker.md#Key%20Facts)",
    after: "[facts](People/Ronnie%20Booker.md#Key%20Facts)",
    count: 1,
  },
  {
    title: "bare name resolved by file name",
    before: "[R](Ronnie%20Borker.md)",
    after: "[R](Ronnie%20Booker.md)",
    count: 1,
  },
  {
    title: "relative path stays relative",
    before: "[R](../People/Ronnie%20Borker.md)",
    after: "[R](../People/Ronnie%20Booker.md)",
    count: 1,
  },
  { title: "without .md", before: "[R](People/Ronnie%20Borker)", after: "[R](People/Ronnie%20Booker)", count: 1 },
  {
    title: "title kept",
    before: '[R](People/Ronnie%20Borker.md "Ronnie\'s note")',
    after: '[R](People/Ronnie%20Booker.md "Ronnie\'s note")',
    count: 1,
  },
  {
    title: "image-style embed",
    before: "![card](People/Ronnie%20Borker.md)",
    after: "![card](People/Ronnie%20Booker.md)",
    count: 1,
  },
  {
    title: "a space in the new name is encoded even where the old one needed none",
    before: "[R](People/Borker.md)",
    after: "[R](People/Ronnie%20Booker.md)",
    count: 1,
    vault: ["People/Borker.md", "People/Ronnie Booker.md"],
    plan: { from: "People/Borker.md", to: "People/Ronnie Booker.md" },
  },
];

const FRONT_MATTER: Example[] = [
  {
    title: "double-quoted value",
    before: '---\nrelated: "[[Ronnie Borker]]"\n---\nBody',
    after: '---\nrelated: "[[Ronnie Booker]]"\n---\nBody',
    count: 1,
  },
  {
    title: "list items",
    before: "---\nparticipants:\n  - '[[Ronnie Borker]]'\n  - \"[[Mike Kiernan]]\"\n---\n",
    after: "---\nparticipants:\n  - '[[Ronnie Booker]]'\n  - \"[[Mike Kiernan]]\"\n---\n",
    count: 1,
  },
  {
    title: "flow list",
    before: '---\nrelated: ["[[Mike Kiernan]]", "[[Ronnie Borker|Ronnie]]"]\n---\n',
    after: '---\nrelated: ["[[Mike Kiernan]]", "[[Ronnie Booker|Ronnie]]"]\n---\n',
    count: 1,
  },
  {
    title: "apostrophe doubled in a single-quoted value",
    before: "---\nrelated: '[[Ronnie Borker]]'\n---\n[[Ronnie Borker]]",
    after: "---\nrelated: '[[Ronnie O''Booker]]'\n---\n[[Ronnie O'Booker]]",
    count: 2,
    vault: ["People/Ronnie Borker.md", "People/Ronnie O'Booker.md"],
    plan: { from: "People/Ronnie Borker.md", to: "People/Ronnie O'Booker.md" },
  },
  {
    title: "quote escaped in a double-quoted value",
    before: '---\nrelated: "[[Ronnie Borker]]"\n---\n[[Ronnie Borker]]',
    after: '---\nrelated: "[[Ronnie \\"Bo\\" Booker]]"\n---\n[[Ronnie "Bo" Booker]]',
    count: 2,
    vault: ["People/Ronnie Borker.md", 'People/Ronnie "Bo" Booker.md'],
    plan: { from: "People/Ronnie Borker.md", to: 'People/Ronnie "Bo" Booker.md' },
  },
  {
    title: "escaped name in the duplicate's link is read through the quoting",
    before: "---\nrelated: '[[Ronnie O''Borker]]'\n---\n",
    after: "---\nrelated: '[[Ronnie Booker]]'\n---\n",
    count: 1,
    vault: ["People/Ronnie O'Borker.md", "People/Ronnie Booker.md"],
    plan: { from: "People/Ronnie O'Borker.md", to: "People/Ronnie Booker.md" },
  },
  {
    title: "comment and key left alone",
    before: "---\n# was [[Ronnie Borker]]\nnote: see [[Ronnie Borker]]\n---\n",
    after: "---\n# was [[Ronnie Borker]]\nnote: see [[Ronnie Booker]]\n---\n",
    count: 1,
  },
];

const LEFT_ALONE: Example[] = [
  { title: "inline code", before: "`[[Ronnie Borker]]`", after: "`[[Ronnie Borker]]`", count: 0 },
  {
    title: "inline code with a longer backtick run",
    before: "`` a ` [[Ronnie Borker]] `` then [[Ronnie Borker]]",
    after: "`` a ` [[Ronnie Borker]] `` then [[Ronnie Booker]]",
    count: 1,
  },
  {
    title: "backtick fence",
    before: "```md\n[[Ronnie Borker]]\n```\n[[Ronnie Borker]]",
    after: "```md\n[[Ronnie Borker]]\n```\n[[Ronnie Booker]]",
    count: 1,
  },
  {
    title: "tilde fence",
    before: "~~~\n[[Ronnie Borker]]\n~~~\n",
    after: "~~~\n[[Ronnie Borker]]\n~~~\n",
    count: 0,
  },
  {
    title: "indented fence inside a list item",
    before: "- item\n    ```\n    [[Ronnie Borker]]\n    ```\n- [[Ronnie Borker]]",
    after: "- item\n    ```\n    [[Ronnie Borker]]\n    ```\n- [[Ronnie Booker]]",
    count: 1,
  },
  { title: "unclosed fence runs to the end", before: "```\n[[Ronnie Borker]]", after: "```\n[[Ronnie Borker]]", count: 0 },
  { title: "escaped brackets", before: "\\[[Ronnie Borker]]", after: "\\[[Ronnie Borker]]", count: 0 },
  {
    title: "external URL",
    before: "[site](https://example.com/Ronnie%20Borker.md) [mail](mailto:ronnie@example.com)",
    after: "[site](https://example.com/Ronnie%20Borker.md) [mail](mailto:ronnie@example.com)",
    count: 0,
  },
  {
    title: "same file name in another folder, path-qualified",
    before: "[[Archive/Ronnie Borker]]",
    after: "[[Archive/Ronnie Borker]]",
    count: 0,
  },
  {
    title: "same file name, resolved to the note beside the source",
    before: "[[Ronnie Borker]]",
    after: "[[Ronnie Borker]]",
    count: 0,
    source: "Archive/Index.md",
  },
  { title: "link within the note", before: "[[#Key Facts]] [x](#Profile)", after: "[[#Key Facts]] [x](#Profile)", count: 0 },
  { title: "other people", before: "[[Mike Kiernan]] [[Nobody]]", after: "[[Mike Kiernan]] [[Nobody]]", count: 0 },
];

const NAMING: Example[] = [
  {
    title: "survivor's name is shared, so its vault path is written",
    before: "[[Ronnie Borker|Ronnie]]",
    after: "[[People/Ronnie Booker|Ronnie]]",
    count: 1,
    vault: [...VAULT, "Old/Ronnie Booker.md"],
  },
  {
    title: "survivor's name is shared: vault path even where the folder tie-break would pick the survivor",
    before: "[[Ronnie Borker]]",
    after: "[[People/Ronnie Booker]]",
    count: 1,
    source: "People/Mike Kiernan.md",
    vault: [...VAULT, "Old/Ronnie Booker.md"],
  },
  {
    title: "duplicate and survivor share a file name",
    before: "[[Ronnie Booker]] and [[Inbox/Ronnie Booker]]",
    after: "[[People/Ronnie Booker]] and [[People/Ronnie Booker]]",
    count: 2,
    source: "Inbox/Call.md",
    vault: ["Inbox/Ronnie Booker.md", "People/Ronnie Booker.md", "Inbox/Call.md"],
    plan: { from: "Inbox/Ronnie Booker.md", to: "People/Ronnie Booker.md" },
  },
  {
    title: "relative markdown link from a sibling note",
    before: "[R](Ronnie%20Borker.md)",
    after: "[R](Ronnie%20Booker.md)",
    count: 1,
    source: "People/Mike Kiernan.md",
  },
  {
    title: "survivor in another folder, relative link follows it",
    before: "[R](./Ronnie%20Borker.md)",
    after: "[R](../Contacts/Ronnie%20Booker.md)",
    count: 1,
    source: "People/Mike Kiernan.md",
    vault: ["People/Ronnie Borker.md", "Contacts/Ronnie Booker.md", "Contacts/Ronnie Borker.md", "People/Mike Kiernan.md"],
    plan: { from: "People/Ronnie Borker.md", to: "Contacts/Ronnie Booker.md" },
  },
  {
    title: "parentheses and percent signs in the new name are encoded in a markdown link",
    before: "[R](People/Ronnie%20Borker.md) [[Ronnie Borker]]",
    after: "[R](People/Ronnie%20Booker%20%28100%25%29.md) [[Ronnie Booker (100%)]]",
    count: 2,
    vault: ["People/Ronnie Borker.md", "People/Ronnie Booker (100%).md"],
    plan: { from: "People/Ronnie Borker.md", to: "People/Ronnie Booker (100%).md" },
  },
];

const BYTES: Example[] = [
  {
    title: "BOM and CRLF line endings untouched",
    before: '\uFEFF---\r\nrelated: "[[Ronnie Borker]]"\r\n---\r\n# Sync\r\n\r\n- [[Ronnie Borker]]\r\n',
    after: '\uFEFF---\r\nrelated: "[[Ronnie Booker]]"\r\n---\r\n# Sync\r\n\r\n- [[Ronnie Booker]]\r\n',
    count: 2,
  },
];

const SECTIONS: Array<[string, Example[]]> = [
  ["wikilinks", WIKILINKS],
  ["embeds", EMBEDS],
  ["markdown links", MARKDOWN_LINKS],
  ["front matter", FRONT_MATTER],
  ["left alone", LEFT_ALONE],
  ["choosing the new link path", NAMING],
  ["bytes", BYTES],
];

for (const [section, examples] of SECTIONS) {
  describe(`retargetLinks: ${section}`, () => {
    for (const example of examples) {
      test(example.title, () => {
        const paths = new LinkTargetIndex(example.vault ?? VAULT);
        const result = retargetLinks(example.before, example.source ?? "Meetings/Sync.md", example.plan ?? MERGE, paths);
        expect(result.text).toBe(example.after);
        expect(result.count).toBe(example.count);
      });
    }
  });
}
