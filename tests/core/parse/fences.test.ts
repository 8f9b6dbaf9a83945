import { describe, expect, it } from "vitest";
import { findCodeRegions } from "../../../src/core/links/code-regions";
import { toLinkRefs } from "../../../src/core/links/find-links";
import { isCodeLine, nextFenceState, type OpenFence } from "../../../src/core/parse/fences";
import { noteLayout } from "../../../src/core/parse/layout";
import { splitSections } from "../../../src/core/parse/sections";
import { parseTasks } from "../../../src/core/parse/tasks";

/**
 * One fence definition for every scanner. Each example is a note body, with the lines that are code marked:
 * the fence reader must mark exactly those, and the task reader, the section splitter and the link finder
 * must all agree with it.
 */
const EXAMPLES: { name: string; lines: string[]; code: number[] }[] = [
  { name: "backticks and tildes, closed by a run as long or longer", lines: ["```js", "x", "````", "~~~~", "~~~", "y", "~~~~~", "after"], code: [0, 1, 2, 3, 4, 5, 6] },
  { name: "a closing run of the other character does not close", lines: ["```", "~~~", "```", "after"], code: [0, 1, 2] },
  { name: "an unclosed top-level fence runs to the end", lines: ["text", "```", "a", "", "b"], code: [1, 2, 3, 4] },
  { name: "``` with a backtick in its info string is inline code, not a fence", lines: ["```js```", "after"], code: [] },
  { name: "a fence in a list item, indented past three", lines: ["- Notes", "    ```", "    - [ ] in code", "    ```", "- [ ] after"], code: [1, 2, 3] },
  { name: "a list item's unclosed fence ends where the item does", lines: ["- Notes", "    ```", "    code", "", "- [ ] next item", "## Heading"], code: [1, 2, 3] },
  { name: "a less indented line still in the item keeps the fence open", lines: ["1. Step", "     ```", "  still code", "     ```", "after"], code: [1, 2, 3] },
  { name: "a quoted fence (callout) ends with the quote", lines: ["> [!note]", "> ```", "> - [ ] in code", "## Heading", "- [ ] after"], code: [1, 2] },
  { name: "a quoted fence closed inside the quote", lines: ["> ```", "> x", "> ```", "> - [ ] after"], code: [0, 1, 2] },
  { name: "a line leaving a quoted fence may open a fence of its own", lines: ["> ```", "> x", "```", "y"], code: [0, 1, 2, 3] },
  { name: "blank lines do not end a container's fence", lines: ["> ```", "", "> x", "> ```"], code: [0, 1, 2, 3] },
];

function codeLines(lines: readonly string[]): number[] {
  const code: number[] = [];
  let fence: OpenFence | undefined;
  lines.forEach((line, index) => {
    if (isCodeLine(line, fence)) code.push(index);
    fence = nextFenceState(line, fence);
  });
  return code;
}

/** Line indices (0-based) that the link finder's code regions cover with their line ending: fenced lines, not inline code. */
function regionLines(text: string): number[] {
  const starts = [0, ...[...text.matchAll(/\n/g)].map((match) => (match.index ?? 0) + 1)];
  const regions = findCodeRegions(text, 0);
  return starts.flatMap((start, index) => {
    const next = starts[index + 1] ?? text.length;
    return start < text.length && regions.some((region) => region.start <= start && region.end >= next) ? [index] : [];
  });
}

describe("fenced code blocks", () => {
  for (const example of EXAMPLES) {
    it(example.name, () => {
      expect(codeLines(example.lines)).toEqual(example.code);
      const text = example.lines.join("\n") + "\n";
      expect(regionLines(text), "link finder").toEqual(example.code);
    });
  }

  it("the task reader skips exactly the code lines, and reads tasks in callouts", () => {
    for (const example of EXAMPLES) {
      const text = example.lines.join("\n");
      const taskLines = example.lines.flatMap((line, index) => (/^[ \t>]*- \[.\] /.test(line) && !example.code.includes(index) ? [index + 1] : []));
      expect(parseTasks(text).map((task) => task.line), example.name).toEqual(taskLines);
    }
    expect(parseTasks("> [!todo] Actions\n> - [ ] Email @Bob 📅 2025-11-15\n>> - [x] Nested").map(({ text, owners, done, due }) => ({ text, owners, done, due }))).toEqual([
      { text: "Email", owners: ["Bob"], done: false, due: "2025-11-15" },
      { text: "Nested", owners: [], done: true, due: undefined },
    ]);
  });

  it("a heading right after a quoted fence starts a section", () => {
    const text = "> ```\n> ## not a heading\n## Heading\ntext\n";
    expect(splitSections(text, noteLayout(text)).map((section) => section.heading)).toEqual(["", "Heading"]);
  });

  it("a link after a list item's unclosed fence is a link", () => {
    const text = "- Notes\n    ```\n    [[In code]]\n[[Person]]\n";
    expect(toLinkRefs(text).map((link) => link.target)).toEqual(["Person"]);
  });
});
