/**
 * Pre-optimisation implementation (git 8ec6f1d:src/core/parse/fences.ts), kept verbatim as a test oracle for
 * scanners.test.ts: the rewritten scanner in src must give the same output. Only the imports differ.
 * (The new fences.ts only adds `mayBeFence`; the old copy keeps the oracles independent of it.)
 */

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
