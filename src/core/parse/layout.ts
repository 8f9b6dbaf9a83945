/**
 * Where a note's parts are: byte order mark, line ending, front matter block and body.
 * Everything else that reads or edits a note works from these offsets, so that an edit can leave
 * every other byte exactly as it was.
 */

export type LineEnding = "\n" | "\r\n";

export interface FrontmatterSpan {
  /** Offset of the opening `---` line. */
  openStart: number;
  /** Offset of the first character of the YAML content (just past the opening fence's line ending). */
  contentStart: number;
  /** Offset just past the YAML content: the start of the closing fence line. */
  contentEnd: number;
  /** Offset just past the closing fence line, including its line ending when there is one. */
  closeEnd: number;
  /** The language named after the opening fence (`---js` gives `js`); empty for plain `---`. */
  language: string;
  /** 1-based line number of the first YAML line. */
  firstContentLine: number;
}

export interface NoteLayout {
  /** The text starts with U+FEFF. Offsets below still index the full text, BOM included. */
  hasBom: boolean;
  /** The note's dominant line ending, used when an edit must add a line. */
  eol: LineEnding;
  /** Absent when the note has no front matter, or its fence never closes (see `unterminatedFence`). */
  frontmatter?: FrontmatterSpan;
  /** The note opens a front matter fence on line 1 but never closes it. */
  unterminatedFence: boolean;
  /** Offset where the body starts. */
  bodyStart: number;
  /** 1-based line number of the body's first line. */
  bodyStartLine: number;
}

/** `---`, or `---lang`; a fourth dash makes a thematic break (`----`), never a front matter fence. */
const OPENING_FENCE = /^---(?!-)([A-Za-z0-9_-]*)[ \t]*(\r?\n|$)/;
const CLOSING_FENCE = /^---[ \t]*(\r?\n|$)/gm;

export function dominantLineEnding(text: string): LineEnding {
  // Most notes hold no carriage return at all, which one native search tells without counting lines.
  if (!text.includes("\r")) return "\n";
  let crlf = 0;
  let lf = 0;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
    if (index > 0 && text.charCodeAt(index - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? "\r\n" : "\n";
}

/** 1-based line number of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) line++;
  return line;
}

export function noteLayout(text: string): NoteLayout {
  const hasBom = text.charCodeAt(0) === 0xfeff;
  const start = hasBom ? 1 : 0;
  const eol = dominantLineEnding(text);
  const none: NoteLayout = { hasBom, eol, unterminatedFence: false, bodyStart: start, bodyStartLine: 1 };
  const opening = OPENING_FENCE.exec(text.slice(start, start + 200));
  if (!opening) return none;
  const contentStart = start + opening[0].length;
  if (opening[2] === "") return { ...none, unterminatedFence: true };
  CLOSING_FENCE.lastIndex = contentStart;
  const closing = CLOSING_FENCE.exec(text);
  if (!closing) return { ...none, unterminatedFence: true };
  const closeEnd = closing.index + closing[0].length;
  return {
    hasBom,
    eol,
    unterminatedFence: false,
    frontmatter: {
      openStart: start,
      contentStart,
      contentEnd: closing.index,
      closeEnd,
      language: opening[1] ?? "",
      firstContentLine: 2,
    },
    bodyStart: closeEnd,
    bodyStartLine: lineAt(text, closeEnd),
  };
}
