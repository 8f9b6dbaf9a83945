/** Small offset helpers for splicing a note's text without touching the bytes around an edit. */

export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

export function lineStartOf(text: string, offset: number): number {
  return offset === 0 ? 0 : text.lastIndexOf("\n", offset - 1) + 1;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** The spaces a line starts with: the block indentation of whatever the line holds, anchors and tags included. */
export function lineIndentAt(text: string, offset: number): number {
  const start = lineStartOf(text, offset);
  let end = start;
  while (text[end] === " ") end++;
  return end - start;
}

/**
 * Offset just past the line break that ends the line holding `offset`, or the end of the text.
 * An offset already at a line start counts as the end of the previous line: YAML node ranges often
 * stop just past a line break, and the edit belongs there, not one line further down.
 */
export function endOfLine(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const lineBreak = text.indexOf("\n", offset);
  return lineBreak === -1 ? text.length : lineBreak + 1;
}
