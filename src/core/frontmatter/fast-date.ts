import { noteLayout } from "../parse/layout";
import { readSimpleFrontmatter } from "../parse/simple-frontmatter";

/**
 * The common case of `setScalar`, done cheaply: a top-level `key: '2025-10-01'` line (quoted either way, or a
 * plain date) set to another date. Only the date's digits are replaced, then the front matter is read again
 * and compared with what it was; anything unusual returns undefined and the full editor (which builds a
 * syntax tree twice) takes over. A last_contact refresh of a large vault is made of such edits.
 *
 * Both readings are the simple front matter reader's, which reads only the one-line shapes every YAML parser
 * reads alike. js-yaml, used here before, also read blocks the full editor's parser refuses (a quoted value
 * left open, then closed on a later line), and let an edit through that the full editor would have refused.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SIMPLE_VALUE = /^('[\d-]*'|"[\d-]*"|\d[\d-]*)([ \t]+#[^\r\n]*)?[ \t]*\r?$/;

export function setDateQuickly(text: string, key: string, value: string): string | undefined {
  if (!DATE.test(value) || !/^[A-Za-z_][\w-]*$/.test(key)) return undefined;
  const span = noteLayout(text).frontmatter;
  if (!span || span.language !== "") return undefined;
  const block = text.slice(span.contentStart, span.contentEnd);
  if (countLinesOf(block, `${key}:`) === 0) return addDateLine(text, span.contentStart, span.contentEnd, key, value);
  const line = onlyLineOf(block, `${key}:`);
  if (!line) return undefined;
  const afterKey = line.text.slice(key.length + 1);
  const spacing = /^[ \t]+/.exec(afterKey)?.[0];
  const match = spacing ? SIMPLE_VALUE.exec(afterKey.slice(spacing.length)) : null;
  if (!spacing || !match) return undefined;
  const written = match[1]!;
  const quote = written[0] === "'" || written[0] === '"' ? written[0] : "";
  const valueStart = span.contentStart + line.start + key.length + 1 + spacing.length;
  const edited = text.slice(0, valueStart) + quote + value + quote + text.slice(valueStart + written.length);
  return sameExceptKey(block, edited.slice(span.contentStart, span.contentEnd + edited.length - text.length), key, value) ? edited : undefined;
}

/**
 * A missing key is added as the block's last line, quoted like the note's other dates (`created: '…'`), with
 * the opening fence's line ending: what the full editor writes. A note with no other date is left to it.
 */
function addDateLine(text: string, contentStart: number, contentEnd: number, key: string, value: string): string | undefined {
  const block = text.slice(contentStart, contentEnd);
  const otherDate = /^[A-Za-z_][\w-]*:[ \t]+(['"]?)\d{4}-\d{2}-\d{2}\1[ \t]*\r?$/m.exec(block);
  if (!otherDate) return undefined;
  const quote = otherDate[1] ?? "";
  const eol = text[contentStart - 2] === "\r" ? "\r\n" : "\n";
  const edited = text.slice(0, contentEnd) + `${key}: ${quote}${value}${quote}${eol}` + text.slice(contentEnd);
  const editedBlock = edited.slice(contentStart, contentEnd + edited.length - text.length);
  return sameExceptKey(block, editedBlock, key, value) ? edited : undefined;
}

function countLinesOf(block: string, prefix: string): number {
  let count = block.startsWith(prefix) ? 1 : 0;
  for (let index = block.indexOf("\n" + prefix); index !== -1; index = block.indexOf("\n" + prefix, index + 1)) count++;
  return count;
}

/** The one line of the block starting with `prefix` at column 0, or undefined when there is none or several. */
function onlyLineOf(block: string, prefix: string): { start: number; text: string } | undefined {
  let found: { start: number; text: string } | undefined;
  for (let start = 0; start < block.length; ) {
    const end = block.indexOf("\n", start);
    const lineEnd = end === -1 ? block.length : end;
    if (block.startsWith(prefix, start)) {
      if (found) return undefined;
      found = { start, text: block.slice(start, lineEnd) };
    }
    start = lineEnd + 1;
  }
  return found;
}

function sameExceptKey(before: string, after: string, key: string, value: string): boolean {
  const was = readSimpleFrontmatter(before);
  const now = readSimpleFrontmatter(after);
  if (!was || !now || now[key] !== value) return false;
  if (Object.keys(now).length !== Object.keys({ ...was, [key]: null }).length) return false;
  return JSON.stringify({ ...was, [key]: null }) === JSON.stringify({ ...now, [key]: null });
}
