/**
 * Fenced code blocks (``` and ~~~): text inside them is never read as headings, tasks, facts or links. The one
 * definition every scanner uses, so a line the task reader calls code is code to the link finder too.
 *
 * Follows CommonMark closely enough for notes. A fence may be indented (inside a list item) or quoted
 * (`> ```` in a blockquote or callout), and it ends at its closing fence or where its container ends: a quoted
 * fence at the first line outside the quote, a fence indented four or more (so surely inside a list item) at
 * the first line indented less than its item's content can be. An unclosed top-level fence runs to the end.
 */

/** An open fenced block: its marker, and what tells where its container ends. */
export interface OpenFence {
  /** The opening run of backticks or tildes: a closing run is as long or longer, of the same character. */
  readonly marker: string;
  /** Opened inside a blockquote or callout. */
  readonly quoted: boolean;
  /** Columns of indentation before the marker (tabs to the next multiple of four), when not quoted. */
  readonly indent: number;
}

/** Indentation and quote markers, then three or more backticks or tildes, then the info string. */
const OPENING = /^([ \t>]*)(`{3,}|~{3,})(.*)$/;
const CLOSING = /^[ \t>]*(`{3,}|~{3,})[ \t]*$/;
/** CommonMark lets a list item's content start at most four columns past its marker's own indentation. */
const LIST_CONTENT_REACH = 3;

/** The fence this line opens, if it opens one. */
export function openingFence(line: string): OpenFence | undefined {
  const match = OPENING.exec(line);
  const marker = match?.[2];
  if (!match || !marker) return undefined;
  // "```js```" on one line is an inline code span, not a fence: a backtick fence's info string has no backticks.
  if (marker[0] === "`" && (match[3] ?? "").includes("`")) return undefined;
  const prefix = match[1] ?? "";
  return { marker, quoted: prefix.includes(">"), indent: columns(prefix) };
}

/** Whether this line ends an open fence by closing it: the line is the block's last. */
export function closesFence(line: string, fence: OpenFence): boolean {
  const closing = CLOSING.exec(line)?.[1];
  return closing !== undefined && closing[0] === fence.marker[0] && closing.length >= fence.marker.length;
}

/** Whether this line is outside the open fence's container (quote or list item): the block ended before it. */
export function leavesFence(line: string, fence: OpenFence): boolean {
  if (!endsWithContainer(fence) || line.trim() === "") return false;
  if (fence.quoted) return !/^[ \t]*>/.test(line);
  return columns(/^[ \t]*/.exec(line)?.[0] ?? "") < fence.indent - LIST_CONTENT_REACH;
}

/** The fence state after a line: the open fence, or undefined outside a block. */
export function nextFenceState(line: string, fence: OpenFence | undefined): OpenFence | undefined {
  if (fence === undefined || leavesFence(line, fence)) return openingFence(line);
  return closesFence(line, fence) ? undefined : fence;
}

/** Whether a line opens, closes or sits inside a fenced block, given the state before it. */
export function isCodeLine(line: string, fenceBefore: OpenFence | undefined): boolean {
  return (fenceBefore !== undefined && !leavesFence(line, fenceBefore)) || openingFence(line) !== undefined;
}

/**
 * Whether the line starting at `start` can change the fence state, read without copying the line: scanners
 * pass over the other lines cheaply. Inside a fence whose container can end, every line can.
 */
export function mayChangeFence(text: string, start: number, fence: OpenFence | undefined): boolean {
  if (fence !== undefined && endsWithContainer(fence)) return true;
  let at = start;
  while (isIndentOrQuote(text.charCodeAt(at))) at++;
  const char = text.charCodeAt(at);
  return char === 96 || char === 126;
}

/** Only these fences can end without a closing fence before the note does. */
function endsWithContainer(fence: OpenFence): boolean {
  return fence.quoted || fence.indent > LIST_CONTENT_REACH;
}

function columns(indentation: string): number {
  let width = 0;
  for (const char of indentation) width = char === "\t" ? width + 4 - (width % 4) : width + 1;
  return width;
}

function isIndentOrQuote(char: number): boolean {
  return char === 32 || char === 9 || char === 62;
}
