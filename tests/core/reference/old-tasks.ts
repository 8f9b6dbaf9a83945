/**
 * Pre-optimisation task scanner (git 8ec6f1d:src/core/parse/tasks.ts), kept verbatim as a test oracle for
 * scanners.test.ts: the rewritten scanner in src must find the same task lines. Reading one line is src's
 * `parseTaskLine`: how owners and text are read changed on purpose since (owners end where the prose after
 * them starts), and tasks.test.ts holds that behaviour.
 */

import type { Task } from "../../../src/core/model/types";
import { isCodeLine, nextFenceState, type OpenFence } from "../../../src/core/parse/fences";
import { noteLayout } from "../../../src/core/parse/layout";
import { parseTaskLine } from "../../../src/core/parse/tasks";

/** Every task in a note's body (front matter is data, not text), skipping fenced code blocks. */
export function parseTasks(text: string): Task[] {
  const tasks: Task[] = [];
  let fence: OpenFence | undefined;
  const lines = text.split("\n");
  // Starting at the body also keeps a ``` inside a front matter value from hiding every task below it.
  for (let index = noteLayout(text).bodyStartLine - 1; index < lines.length; index++) {
    const raw = (lines[index] ?? "").replace(/\r$/, "");
    const inCode = isCodeLine(raw, fence);
    fence = nextFenceState(raw, fence);
    if (inCode || !raw.includes("[")) continue;
    const task = parseTaskLine(raw, index + 1);
    if (task) tasks.push(task);
  }
  return tasks;
}
