import type { LineEnding } from "../parse/layout";

/**
 * Splices replacements and insertions into a note's text in one pass, leaving every byte outside them as it
 * was. Text inserted at the very end follows the note's convention: a note without a final line break keeps
 * none.
 */

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export function applyTextEdits(text: string, edits: readonly TextEdit[], eol: LineEnding): string {
  const ordered = joinInsertions(
    edits
      .map((edit, order) => ({ ...edit, order }))
      .sort((a, b) => a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || a.order - b.order),
  );
  let out = "";
  let cursor = 0;
  for (const edit of ordered) {
    if (edit.start < cursor) throw new Error(`overlapping edits at ${edit.start}`);
    out += text.slice(cursor, edit.start);
    out += edit.start === text.length && edit.end === edit.start ? atEnd(out, edit.text, text, eol) : edit.text;
    cursor = edit.end;
  }
  return keepFinalNewline(out + text.slice(cursor), text, eol);
}

/**
 * Removing a note's last section (a second Key Facts folded into the first) can leave the text ending in
 * the line breaks of the section before it; the note keeps its own convention instead.
 */
function keepFinalNewline(result: string, original: string, eol: LineEnding): string {
  if (result === original || result === "") return result;
  const hadFinalNewline = original === "" || original.endsWith("\n");
  if (!hadFinalNewline) return result.replace(/(?:\r?\n)+$/, "");
  return result.endsWith("\n") ? result : result + eol;
}

/** Insertions at one offset, in order, become one, so that text inserted at the end is fitted once. */
function joinInsertions(edits: TextEdit[]): TextEdit[] {
  const joined: TextEdit[] = [];
  for (const edit of edits) {
    const last = joined.at(-1);
    const bothInsertions = last && last.start === last.end && edit.start === edit.end && last.start === edit.start;
    if (bothInsertions) joined[joined.length - 1] = { ...last, text: last.text + edit.text };
    else joined.push(edit);
  }
  return joined;
}

function atEnd(out: string, inserted: string, original: string, eol: LineEnding): string {
  const finalNewline = original === "" || original.endsWith("\n");
  const body = inserted.replace(/(?:\r?\n)+$/, "");
  const separator = out === "" || out.endsWith("\n") ? "" : eol;
  return separator + body + (finalNewline ? eol : "");
}
