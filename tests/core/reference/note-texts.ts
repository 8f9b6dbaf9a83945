import fc from "fast-check";

/**
 * Note texts for the differential scanner properties (scanners.test.ts): built from fragments that sit
 * on the edges the scanners care about — brackets, backticks, fences, headings, task and table lines,
 * line endings, a BOM — and weighted so that they meet on the same or neighbouring lines.
 */

const weighted = <T>(pairs: ReadonlyArray<[number, T]>): fc.Arbitrary<T> =>
  fc.oneof(...pairs.map(([weight, value]) => ({ weight, arbitrary: fc.constant(value) })));

/** Mostly `\n`, often `\r\n`, sometimes a lone `\r` (a line break to some scanners, plain text to others). */
export const lineEnding = weighted<string>([
  [10, "\n"],
  [4, "\r\n"],
  [1, "\r"],
]);

/** Pieces of prose and link or code syntax, to be run together without spaces. */
const INLINE = [
  "word",
  "Ann Lee",
  " ",
  " ",
  "\t",
  "[",
  "]",
  "[",
  "]",
  "[[",
  "]]",
  "[[",
  "]]",
  "\\[",
  "\\]",
  "\\\\",
  "\\",
  "!",
  "(",
  ")",
  "|",
  "#",
  "`",
  "`",
  "``",
  "```",
  "~~~",
  "<",
  ">",
  "[[Note]]",
  "![[Embed.png]]",
  "[[Note#Head|Alias]]",
  "[[a|b]]",
  "[[Folder/Deep Note.md#^b1]]",
  "[[https://x.io]]",
  "[[#Local]]",
  '[t](dest.md "title")',
  "[t](<a b.md>)",
  "![alt](img.png)",
  "[x](https://e.com)",
  "[a](b%20c.md#Sec)",
  "[a\\]b](c.md)",
  "[`co]de`](d.md)",
  "[t](d.md 'single')",
  "[t](d(1).md)",
  "<https://example.com>",
  "https://e.com/a_(b)",
  "`[[In code]]`",
  "``a ` [[b]]``",
  "`x`",
  "\\`",
  "@Owner",
  "📅 2025-11-15",
  "⏫",
  "#task",
  "**",
  "\u00a0",
  "\u2003",
  "\ufeff",
  "é",
];

const inlineLine = fc.array(fc.constantFrom(...INLINE), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(""));

const heading = fc
  .tuple(
    fc.constantFrom("## ", "## ", "## ", "## ", "##", "##\t", "##\t", "### ", "# ", " ## ", "##x", "####"),
    fc.constantFrom("Heading", "C#", "Status", "Contact Information", "Collaborators", "Profile", "a ##", "", "[[Link]] `c`", "Notes #", "x ## y"),
  )
  .map(([marker, title]) => marker + title);

/** ``` or ~~~ openers and closers: indented 0-5 spaces, by tabs or quote markers, of several lengths, some info strings holding backticks. */
const fenceIndent = fc.constantFrom("", "", "", " ", "  ", "   ", "    ", "     ", "\t", "\t\t", ">", "> ", " > ", "> > ");
const fenceMarker = fc.constantFrom("```", "```", "````", "`````", "~~~", "~~~", "~~~~", "~~~~~", "``", "~~");
const fenceInfo = fc.constantFrom("", "", "", "js", " yaml", "a`b", "`", " ", "\t", " x ~~~", "[[Info]]", "```");
const fence = fc.tuple(fenceIndent, fenceMarker, fenceInfo).map(([indent, marker, info]) => indent + marker + info);

const TASK_WORDS = [
  "Verify",
  "RDMA timelines",
  "@Owner",
  "@Ann Lee",
  "@",
  "📅 2025-11-15",
  "📅 2025-02-30",
  "📅 2024-02-29",
  "📅 2100-02-29",
  "📅 0000-02-29",
  "📅\ufe0f 2025-01-01",
  "üìÖ 2025-11-15",
  "‚è´",
  "⏫",
  "🔺",
  "🔽",
  "✅ 2025-01-02",
  "🔁 every week",
  "#task",
  "#a#b",
  "[[Link]]",
  "`code [[x]]`",
  "[x](y.md)",
  "",
  "a@b.com",
];

const looseTask = fc
  .tuple(
    fc.constantFrom("", "", "  ", "\t", "    ", "> "),
    fc.constantFrom("- ", "- ", "* ", "+ ", "1. ", "12) ", "-\t", "-"),
    fc.constantFrom("[ ]", "[ ]", "[x]", "[X]", "[-]", "[/]", "[]", "[[ ]"),
    fc.constantFrom(" ", " ", "\t", ""),
    fc.array(fc.constantFrom(...TASK_WORDS), { maxLength: 6 }),
  )
  .map(([indent, bullet, box, gap, words]) => indent + bullet + box + gap + words.join(" "));

/** The Tasks plugin's usual shape, `- [ ] text @Owner 📅 2025-11-15 ⏫ #task`, with a few of its variations. */
const typicalTask = fc
  .tuple(
    fc.constantFrom("- [ ] ", "* [x] ", "1. [ ] ", "  - [ ] ", "- [X] "),
    fc.constantFrom("Call Ann", "Send [[Deck]] to `ops`", "Verify RDMA timelines"),
    // Each list ends in its fullest form, the one the property shrinks away from.
    fc.constantFrom("", " @Ann Lee", " @Owner"),
    fc.constantFrom("", " üìÖ 2025-11-15", " 📅 2025-02-30", " 📅 2025-11-15"),
    fc.constantFrom("", " ‚è´", " 🔽", " ⏫"),
    fc.constantFrom("", " #task"),
  )
  .map((parts) => parts.join(""));

const task = fc.oneof(looseTask, typicalTask);

const TABLE_CELLS = [
  "",
  " **Role** ",
  " CTO ",
  " **Company** ",
  " [[Acme|Acme Inc]] ",
  " a \\| b ",
  " [[x|y]] ",
  " Field ",
  "---",
  ":-:",
  " __Owner__ ",
  " [[Bob]] ",
  " _tbd_ ",
  " n/a ",
  " [[a ",
  " b]] ",
  "**x**",
  " `c|d` ",
  " \\ ",
];

const tableRow = fc
  .tuple(
    fc.constantFrom("", "", " ", "\t"),
    fc.array(fc.constantFrom(...TABLE_CELLS), { minLength: 1, maxLength: 4 }),
    fc.constantFrom("|", "|", "", " | ", "|\\"),
  )
  .map(([indent, cells, last]) => `${indent}|${cells.join("|")}${last}`);

const blank = fc.constantFrom("", "", " ", "   ", "\t", "\u00a0", " \t ", "\u2028");

const bodyLine = fc.oneof(
  { weight: 6, arbitrary: inlineLine },
  { weight: 3, arbitrary: task },
  { weight: 1, arbitrary: fence },
  { weight: 4, arbitrary: heading },
  { weight: 2, arbitrary: tableRow },
  { weight: 2, arbitrary: blank },
);

/** A line and its line ending. */
type Line = [string, string];

const oneLine: fc.Arbitrary<Line[]> = fc.tuple(bodyLine, lineEnding).map((line) => [line]);

/**
 * A fenced block: an opener, a few lines that would mean something outside it, and mostly a closer that
 * closes it (same marker or longer, any indentation), sometimes one that does not (shorter, the other
 * character, an info string) or none at all.
 */
const fencedBlock: fc.Arbitrary<Line[]> = fc
  .record({
    indent: fenceIndent,
    marker: fc.constantFrom("```", "```", "````", "~~~", "~~~~"),
    info: fenceInfo,
    inner: fc.array(fc.tuple(bodyLine, lineEnding), { maxLength: 4 }),
    closer: fc.constantFrom("same", "same", "same", "longer", "shorter", "other", "info", "none"),
    closerIndent: fenceIndent,
    endings: fc.tuple(lineEnding, lineEnding),
  })
  .map(({ indent, marker, info, inner, closer, closerIndent, endings }) => {
    const char = marker[0] ?? "`";
    const closers: Record<string, string> = {
      same: marker,
      longer: marker + char,
      shorter: marker.slice(1),
      other: (char === "`" ? "~" : "`").repeat(marker.length),
      info: `${marker} js`,
    };
    const close = closers[closer];
    const lines: Line[] = [[indent + marker + info, endings[0]], ...inner];
    if (close !== undefined) lines.push([closerIndent + close + (closer === "same" ? " " : ""), endings[1]]);
    return lines;
  });

const bodyPart = fc.oneof({ weight: 5, arbitrary: oneLine }, { weight: 1, arbitrary: fencedBlock });

const FRONTMATTER_LINES = [
  "type: person",
  'company: "[[Acme]]"',
  "company: [[Acme]]",
  "company: see [[Acme]] # note",
  "related:",
  '  - "[[A]]"',
  "  - '[[O''Brien]]'",
  "- [[B|Bee]]",
  "- plain [[C]]",
  "tags: [a, \"[[B]]\", '[[C#h]]']",
  "tags: []",
  "notes: |",
  "  [[Block]]",
  "# [[comment]]",
  'x: "```"',
  "y: ~~~",
  "b: '![[E.png]]'",
  'c: "[[https://x.io]]"',
  'd: "[[Say \\"hi\\"]]"',
  'e: {f: "[[G]]"}',
  "g: &x '[[H]]'",
  'h: "[[I]]',
  "  [[J]]\"",
  "k: [[K]] and [[L|l]]",
  "",
  "  ",
];

const frontmatter = fc
  .record({
    opener: fc.constantFrom("---", "---", "---", "---yaml", "---js", "----", "--- "),
    lines: fc.array(fc.tuple(fc.constantFrom(...FRONTMATTER_LINES), lineEnding), { maxLength: 6 }),
    closer: fc.constantFrom("---", "---", "---", "--- ", "...", undefined),
    eol: lineEnding,
  })
  .map(({ opener, lines, closer, eol }) => {
    const content = lines.map(([line, ending]) => line + ending).join("");
    return opener + eol + content + (closer === undefined ? "" : closer + eol);
  });

export interface NoteParts {
  bom: boolean;
  frontmatter: string | undefined;
  lines: Line[];
  /** How the text ends: the last line's own line ending, none, or a lone `\r` (old Mac files, pasted text). */
  ending: "kept" | "none" | "cr";
}

export const noteParts: fc.Arbitrary<NoteParts> = fc.record({
  bom: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  frontmatter: fc.option(frontmatter, { freq: 2, nil: undefined }),
  lines: fc.array(bodyPart, { maxLength: 14 }).map((parts) => parts.flat()),
  ending: fc.constantFrom("kept", "none", "cr"),
});

export function noteText(parts: NoteParts): string {
  const last = parts.lines.length - 1;
  const endingOf = (ending: string, index: number) => (index < last || parts.ending === "kept" ? ending : parts.ending === "cr" ? "\r" : "");
  const body = parts.lines.map(([line, ending], index) => line + endingOf(ending, index)).join("");
  return (parts.bom ? "\ufeff" : "") + (parts.frontmatter ?? "") + body;
}

export const noteTexts: fc.Arbitrary<string> = noteParts.map(noteText);
