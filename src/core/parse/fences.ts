/** Fenced code blocks (``` and ~~~): text inside them is never read as headings, tasks or links. */

const FENCE = /^[ \t]{0,3}(```+|~~~+)/;

/** The fence state after a line: the open fence's marker, or undefined outside a block. */
export function nextFenceState(line: string, fence: string | undefined): string | undefined {
  const match = FENCE.exec(line);
  if (!match) return fence;
  const marker = match[1] ?? "";
  if (fence === undefined) return marker;
  const closes = marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker;
  return closes ? undefined : fence;
}

/** Whether a line opens, closes or sits inside a fenced block, given the state before it. */
export function isCodeLine(line: string, fenceBefore: string | undefined): boolean {
  return fenceBefore !== undefined || FENCE.test(line);
}

/**
 * Whether the line starting at `start` could open or close a fence (up to three spaces or tabs, then a backtick
 * or tilde), read without copying the line: scanners use it to pass over ordinary lines cheaply.
 */
export function mayBeFence(text: string, start: number): boolean {
  let at = start;
  while (at < start + 3 && isSpaceOrTab(text.charCodeAt(at))) at++;
  const char = text.charCodeAt(at);
  return char === 96 || char === 126;
}

function isSpaceOrTab(char: number): boolean {
  return char === 32 || char === 9;
}
