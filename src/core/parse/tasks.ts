import type { Priority, Task } from "../model/types";
import { isCalendarDay } from "./dates";
import { isCodeLine, mayBeFence, nextFenceState } from "./fences";
import { noteLayout, type NoteLayout } from "./layout";
import { repairMojibake } from "./mojibake";

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
export function parseTasks(text: string, layout: Pick<NoteLayout, "bodyStart" | "bodyStartLine"> = noteLayout(text)): Task[] {
  const tasks: Task[] = [];
  let fence: string | undefined;
  let line = layout.bodyStartLine;
  // The next `[` (text.length when none is left) is looked up once and reused until the scan passes it.
  let bracket = -1;
  // Starting at the body also keeps a ``` inside a front matter value from hiding every task below it.
  for (let start = layout.bodyStart; start < text.length; line++) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline + 1;
    if (bracket < start) bracket = indexOrEnd(text, "[", start);
    const mayBeTask = bracket < end;
    // A task needs a `[`; a line without one only matters if it opens or closes a fence.
    if (mayBeTask || mayBeFence(text, start)) {
      const raw = text.slice(start, newline === -1 ? end : newline).replace(/\r$/, "");
      const inCode = isCodeLine(raw, fence);
      fence = nextFenceState(raw, fence);
      const task = !inCode && mayBeTask ? parseTaskLine(raw, line) : undefined;
      if (task) tasks.push(task);
    }
    start = end;
  }
  return tasks;
}

function indexOrEnd(text: string, search: string, from: number): number {
  const found = text.indexOf(search, from);
  return found === -1 ? text.length : found;
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
