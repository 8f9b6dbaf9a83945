import fc from "fast-check";
import { relativeVaultPath } from "../../../src/core/links/vault-paths";

/**
 * Generators for the retargeting properties: a small vault with a duplicate, its survivor and a
 * different note sharing the duplicate's file name, and notes that mix prose, code and every link
 * form pointing at those notes.
 */

/** Person names with characters that need care: quotes for YAML, spaces, `%` and parentheses for URLs. */
const NAMES = ["Ronnie Borker", "Ronnie Booker", "O'Brien", 'Ann "Jo" Lee', "Zoë 100%", "Kim (Ops)", "Mike", "mike"];

export interface Vault {
  duplicate: string;
  survivor: string;
  /** A different note with the duplicate's file name, in another folder. */
  namesake: string;
  source: string;
  paths: string[];
}

export const vaultArbitrary: fc.Arbitrary<Vault> = fc
  .record({
    duplicateName: fc.constantFrom(...NAMES),
    survivorName: fc.constantFrom(...NAMES),
    survivorFolder: fc.constantFrom("People", "Contacts", ""),
    survivorNameShared: fc.boolean(),
    sourceFolder: fc.constantFrom("Meetings", "People", "Archive", "", "Archive/Deep"),
  })
  .filter(({ duplicateName, survivorName, survivorFolder }) => survivorFolder !== "People" || duplicateName !== survivorName)
  .map(({ duplicateName, survivorName, survivorFolder, survivorNameShared, sourceFolder }) => {
    const duplicate = `People/${duplicateName}.md`;
    const survivor = inFolder(survivorFolder, `${survivorName}.md`);
    const namesake = `Archive/${duplicateName}.md`;
    const source = inFolder(sourceFolder, "Source note.md");
    const extras = ["Meetings/Weekly.md", "People/Mike Kiernan.md", ...(survivorNameShared ? [`Old/${survivorName}.md`] : [])];
    const paths = [...new Set([duplicate, survivor, namesake, source, ...extras])];
    return { duplicate, survivor, namesake, source, paths };
  });

function inFolder(folder: string, name: string): string {
  return folder === "" ? name : `${folder}/${name}`;
}

const withoutMd = (path: string) => path.replace(/\.md$/, "");
const nameOf = (path: string) => withoutMd(path.slice(path.lastIndexOf("/") + 1));

/** Prose built from characters that come close to link and code syntax without being either on purpose. */
const prose = fc.string({
  unit: fc.constantFrom(..."ab cd xy Z \n\n- # [ ] ( ) ! | \\ % < > ' \" ` ~ : * _".split(" "), " ", "\n"),
  maxLength: 40,
});

const subpath = fc.constantFrom("", "#Key Facts", "#Profile", "#^a1b2c3");
const display = fc.constantFrom(undefined, "Ronnie", "the CVP", "O'Brien", "a]b");

/** How a link spells the path to a note: by name, vault path, relative path, with or without `.md`. */
function spellings(target: string, source: string): fc.Arbitrary<string> {
  const relative = relativeVaultPath(source.includes("/") ? source.slice(0, source.lastIndexOf("/")) : "", target);
  return fc.constantFrom(
    nameOf(target),
    `${nameOf(target)}.md`,
    nameOf(target).toLowerCase(),
    withoutMd(target),
    target,
    relative,
    relative.startsWith("../") ? relative : `./${relative}`,
  );
}

function wikilink(target: string, source: string): fc.Arbitrary<string> {
  return fc
    .record({ path: spellings(target, source), subpath, display, embed: fc.boolean(), inTable: fc.boolean() })
    .map(({ path, subpath, display, embed, inTable }) => {
      const pipe = inTable ? "\\|" : "|";
      const alias = display === undefined || display.includes("]") ? "" : `${pipe}${display}`;
      return `${embed ? "!" : ""}[[${path}${subpath}${alias}]]`;
    });
}

function markdownLink(target: string, source: string): fc.Arbitrary<string> {
  return fc
    .record({
      path: spellings(target, source),
      subpath,
      text: fc.constantFrom("Ronnie", "", "see [this]", "`code]`"),
      encoding: fc.constantFrom("minimal", "full", "angle"),
      embed: fc.boolean(),
      title: fc.constantFrom("", ' "title"', " 'tip'", " (note)"),
    })
    .map(({ path, subpath, text, encoding, embed, title }) => {
      const destination =
        encoding === "angle"
          ? `<${path}${subpath}>`
          : encoding === "full"
            ? path.split("/").map(encodeURIComponent).join("/") + encodeURI(subpath)
            : (path + subpath).replace(/[%() ]/g, (char) => encodeURIComponent(char).replace("(", "%28").replace(")", "%29"));
      return `${embed ? "!" : ""}[${text}](${destination}${title})`;
    });
}

function anyLink(vault: Vault): fc.Arbitrary<string> {
  const target = fc.constantFrom(vault.duplicate, vault.survivor, vault.namesake, "Meetings/Weekly.md", "Nowhere/Missing.md");
  return target.chain((path) => fc.oneof(wikilink(path, vault.source), markdownLink(path, vault.source)));
}

function codeSpan(link: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.record({ link, ticks: fc.constantFrom("`", "``", "```") }).map(({ link, ticks }) => `${ticks} ${link} ${ticks}`);
}

function fencedBlock(link: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .record({ links: fc.array(link, { maxLength: 3 }), fence: fc.constantFrom("```", "~~~", "````"), indent: fc.constantFrom("", "  ", "    ") })
    .map(({ links, fence, indent }) => `\n${indent}${fence}\n${links.map((l) => indent + l).join("\n")}\n${indent}${fence}\n`);
}

const notLinks = fc.constantFrom("\\[[Ronnie Borker]]", "[site](https://example.com/People/Ronnie%20Borker.md)", "[[#Profile]]");

function bodyPiece(vault: Vault): fc.Arbitrary<string> {
  const link = anyLink(vault);
  return fc.oneof(
    { arbitrary: link, weight: 5 },
    { arbitrary: prose, weight: 4 },
    { arbitrary: codeSpan(link), weight: 1 },
    { arbitrary: fencedBlock(link), weight: 1 },
    { arbitrary: notLinks, weight: 1 },
  );
}

/** A front matter value holding a wikilink, escaped the way its YAML quoting needs. */
function frontmatterEntry(vault: Vault): fc.Arbitrary<string> {
  const link = fc.constantFrom(vault.duplicate, vault.survivor, vault.namesake).chain((path) => wikilink(path, vault.source));
  return fc
    .record({ links: fc.array(link, { minLength: 1, maxLength: 3 }), shape: fc.constantFrom("double", "single", "plain", "list", "flow") })
    .map(({ links, shape }) => {
      const first = links[0] ?? "";
      if (shape === "double") return `related: ${doubleQuoted(first)}`;
      if (shape === "single") return `related: ${singleQuoted(first)}`;
      if (shape === "plain") return `note: see ${first} here`;
      if (shape === "list") return `people:\n${links.map((l, i) => `  - ${i % 2 ? singleQuoted(l) : doubleQuoted(l)}`).join("\n")}`;
      return `flow: [${links.map(doubleQuoted).join(", ")}]`;
    });
}

const doubleQuoted = (value: string) => `"${value.replace(/["\\]/g, (char) => `\\${char}`)}"`;
const singleQuoted = (value: string) => `'${value.replace(/'/g, "''")}'`;

export interface GeneratedNote {
  vault: Vault;
  text: string;
}

export const noteArbitrary: fc.Arbitrary<GeneratedNote> = vaultArbitrary.chain((vault) =>
  fc
    .record({
      frontmatter: fc.option(fc.array(frontmatterEntry(vault), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      pieces: fc.array(bodyPiece(vault), { maxLength: 14 }),
      separators: fc.array(fc.constantFrom(" ", "\n", "", "\n\n", ", "), { minLength: 14, maxLength: 14 }),
      crlf: fc.boolean(),
      bom: fc.boolean(),
    })
    .map(({ frontmatter, pieces, separators, crlf, bom }) => {
      // Keys numbered so that no two entries share one.
      const entries = frontmatter?.map((entry, index) => entry.replace(/^\w+/, (key) => `${key}${index}`));
      const head = entries ? `---\n${entries.join("\n")}\n---\n` : "";
      const body = pieces.map((piece, index) => piece + (separators[index] ?? "")).join("");
      const text = `${head}# Note\n${body}\n`;
      return { vault, text: (bom ? "\uFEFF" : "") + (crlf ? text.replace(/\n/g, "\r\n") : text) };
    }),
);
