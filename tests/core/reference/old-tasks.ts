/**
 * Pre-optimisation implementation (git 8ec6f1d:src/core/parse/tasks.ts), kept verbatim as a test oracle for
 * scanners.test.ts: the rewritten scanner in src must give the same output. Only the imports differ.
 */

import type { Priority, Task } from "../../../src/core/model/types";
// Calendar days come from src: the arithmetic rework of isCalendarDay is tested against date-fns in dates.test.ts.
import { isCalendarDay } from "../../../src/core/parse/dates";
import { isCodeLine, nextFenceState } from "../../../src/core/parse/fences";
import { noteLayout } from "../../../src/core/parse/layout";
import { repairMojibake } from "../../../src/core/parse/mojibake";

/**
 * Tasks-format action items (the obsidian-tasks plugin's emoji format):
 * `- [ ] Verify RDMA timelines @Nico 📅 2025-11-15 ⏫ #task`.
 */

const TASK_LINE = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[(.)\][ \t]+(.*)$/;
const PRIORITIES: Record<string, Priority> = { "🔺": "highest", "⏫": "high", "🔼": "medium", "🔽": "low", "⏬": "lowest" };
const DATE_SIGNIFIERS = "📅⏳🛫➕✅❌";
const SIGNIFIER = /📅|⏳|🛫|➕|✅|❌|🔁|🔺|⏫|🔼|🔽|⏬/u;
const DUE = /📅\uFE0F?\s*(\d{4})-(\d{2})-(\d{2})/u;
const DATED_SIGNIFIER = new RegExp(`(?:${[...DATE_SIGNIFIERS].join("|")})\\uFE0F?\\s*\\d{4}-\\d{2}-\\d{2}`, "gu");
/** An owner is `@` at a word start, then words up to the next signifier, tag, owner or end of line. */
const OWNER = /(?:^|(?<=\s))@([^\s@#][^@#]*)/gu;
const TAG = /(?:^|(?<=\s))#[^\s#]+/gu;
/** Statuses the Tasks plugin treats as not open: done and cancelled. */
const CLOSED_STATUSES = new Set(["x", "X", "-"]);

/** Reads one line as a task, or returns undefined when it is not one. `line` is 1-based. */
export function parseTaskLine(rawLine: string, line: number): Task | undefined {
  const match = TASK_LINE.exec(rawLine);
  if (!match) return undefined;
  const status = match[1] ?? " ";
  const description = repairMojibake(match[2] ?? "");
  const task: Task = { done: CLOSED_STATUSES.has(status), text: plainText(description), owners: owners(description), line };
  const due = dueDate(description);
  if (due) task.due = due;
  const priority = [...description].map((char) => PRIORITIES[char]).find(Boolean);
  if (priority) task.priority = priority;
  return task;
}

/** Every task in a note's body (front matter is data, not text), skipping fenced code blocks. */
export function parseTasks(text: string): Task[] {
  const tasks: Task[] = [];
  let fence: string | undefined;
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

function dueDate(description: string): string | undefined {
  const match = DUE.exec(description);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (!isCalendarDay(Number(year), Number(month), Number(day))) return undefined;
  return `${year}-${month}-${day}`;
}

function owners(description: string): string[] {
  const found: string[] = [];
  for (const match of description.matchAll(OWNER)) {
    const name = (match[1] ?? "").split(SIGNIFIER)[0]?.trim();
    if (name) found.push(name);
  }
  return found;
}

function plainText(description: string): string {
  const ownerStart = description.search(/(?:^|\s)@[^\s@#]/u);
  const withoutOwners = ownerStart === -1 ? description : description.slice(0, ownerStart);
  return withoutOwners
    .replace(DATED_SIGNIFIER, "")
    .replace(/🔁[^📅⏳🛫➕✅❌🔺⏫🔼🔽⏬#]*/gu, "")
    .replace(/[🔺⏫🔼🔽⏬]\uFE0F?/gu, "")
    .replace(TAG, "")
    .replace(/\s+/g, " ")
    .trim();
}
