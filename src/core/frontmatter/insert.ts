/** Adding whole lines to a note's front matter, or a front matter block to a note that has none. */
import { editableLayout, indentOf, rootColumn, type Frontmatter } from "./source";
import { splice } from "./text";

/** Adds properties at the end of the front matter, at the column of the existing keys. */
export function appendLines(fm: Frontmatter, lines: string[]): string {
  const indent = indentOf(rootColumn(fm));
  const block = lines.map((line) => indent + line + fm.eol).join("");
  return splice(fm.text, fm.span.contentEnd, fm.span.contentEnd, block);
}

/** Creates a front matter block at the start of a note that has none, after its byte order mark if any. */
export function createFrontmatter(text: string, lines: string[]): string {
  const layout = editableLayout(text);
  const eol = layout.eol;
  const block = ["---", ...lines, "---"].map((line) => line + eol).join("");
  return splice(text, layout.bodyStart, layout.bodyStart, block);
}
