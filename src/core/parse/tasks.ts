import type { Priority, Task } from "../model/types";
import { isCalendarDay } from "./dates";
import { isCodeLine, mayChangeFence, nextFenceState, type OpenFence } from "./fences";
import { noteLayout, type NoteLayout } from "./layout";
import { repairMojibake } from "./mojibake";
import { isNameParticle } from "../names/normalize";

/**
 * Tasks-format action items (the obsidian-tasks plugin's emoji format):
 * `- [ ] Verify RDMA timelines @Nico 📅 2025-11-15 ⏫ #task`.
 */

/** Quote markers count as indentation, as the Tasks plugin reads them: a task in a callout is a task. */
const TASK_LINE = /^[ \t>]*(?:[-*+]|\d+[.)])[ \t]+\[(.)\][ \t]+(.*)$/;
const PRIORITIES: Record<string, Priority> = { "🔺": "highest", "⏫": "high", "🔼": "medium", "🔽": "low", "⏬": "lowest" };
const DATE_SIGNIFIERS = "📅⏳🛫➕✅❌";
const SIGNIFIER = /📅|⏳|🛫|➕|✅|❌|🔁|🔺|⏫|🔼|🔽|⏬/u;
const DUE = /📅\uFE0F?\s*(\d{4})-(\d{2})-(\d{2})/u;
const DATED_SIGNIFIER = new RegExp(`(?:${[...DATE_SIGNIFIERS].join("|")})\\uFE0F?\\s*\\d{4}-\\d{2}-\\d{2}`, "gu");
/** A mention is `@` at a word start, then text up to the next signifier, tag, mention or end of line. */
const OWNER = /(?:^|(?<=\s))@([^\s@#][^@#]*)/gu;
/** Words that carry a name on: capitalised ("@Nico Vargas", "@VAST Engineering"), or particles before one (`isNameParticle`). */
const NAME_WORD = /^\p{Lu}/u;
/** What ends a name in prose: punctuation ("@Nico, please") and a possessive ("@Nico's team"). */
const NAME_END = /(?:['’]s)?[,;:.!?)\]"'’”]*$/u;
/** What may stand between trailing owners: "@Nico and @Trevor", "@Ann, @Lee", "@A & @B". */
const OWNER_SEPARATORS = /(?:\band\b|[,&/+;])/giu;
const TAG = /(?:^|(?<=\s))#[^\s#]+/gu;
/** Statuses the Tasks plugin treats as not open: done and cancelled. */
const CLOSED_STATUSES = new Set(["x", "X", "-"]);

/** Reads one line as a task, or returns undefined when it is not one. `line` is 1-based. */
export function parseTaskLine(rawLine: string, line: number): Task | undefined {
  const match = TASK_LINE.exec(rawLine);
  if (!match) return undefined;
  const status = match[1] ?? " ";
  const description = repairMojibake(match[2] ?? "");
  const owners = mentions(description);
  const task: Task = { done: CLOSED_STATUSES.has(status), text: plainText(description, owners), owners: owners.map((owner) => owner.name), line };
  const due = dueDate(description);
  if (due) task.due = due;
  const priority = [...description].map((char) => PRIORITIES[char]).find(Boolean);
  if (priority) task.priority = priority;
  return task;
}

/** Every task in a note's body (front matter is data, not text), skipping fenced code blocks. */
export function parseTasks(text: string, layout: Pick<NoteLayout, "bodyStart" | "bodyStartLine"> = noteLayout(text)): Task[] {
  const tasks: Task[] = [];
  let fence: OpenFence | undefined;
  let line = layout.bodyStartLine;
  // The next `[` (text.length when none is left) is looked up once and reused until the scan passes it.
  let bracket = -1;
  // Starting at the body also keeps a ``` inside a front matter value from hiding every task below it.
  for (let start = layout.bodyStart; start < text.length; line++) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline + 1;
    if (bracket < start) bracket = indexOrEnd(text, "[", start);
    const mayBeTask = bracket < end;
    // A task needs a `[`; a line without one only matters if it can open or end a fence.
    if (mayBeTask || mayChangeFence(text, start, fence)) {
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

/** An `@` mention of a person: the name, and where "@name" is in the description. */
interface Mention {
  name: string;
  start: number;
  end: number;
}

/**
 * Every owner mention. A name is the word after `@`, then the capitalised words after it, so that prose after
 * a mention stays prose: "@Nico and @Trevor" is Nico and Trevor, "@Jan re: budget" is Jan.
 */
function mentions(description: string): Mention[] {
  const found: Mention[] = [];
  for (const match of description.matchAll(OWNER)) {
    const run = (match[1] ?? "").split(SIGNIFIER)[0] ?? "";
    const positions = [...run.matchAll(/\S+/gu)];
    const words = positions.map((word) => word[0]);
    let nameLength = 0;
    for (let index = 0; index < words.length; index++) {
      const word = words[index] ?? "";
      if (index > 0 && !NAME_WORD.test(word) && !particlesBeforeName(words, index)) break;
      const trimmed = word.replace(NAME_END, "");
      if (trimmed !== "") nameLength = (positions[index]?.index ?? 0) + trimmed.length;
      if (trimmed.length < word.length) break;
    }
    const name = run.slice(0, nameLength).trim();
    const start = match.index ?? 0; // the "@"
    if (name !== "") found.push({ name, start, end: start + 1 + nameLength });
  }
  return found;
}

/** Whether the words from `index` on are name particles, then a capitalised word ("van Dijk", "de la Cruz"). */
function particlesBeforeName(words: readonly string[], index: number): boolean {
  let at = index;
  while (at < words.length && isNameParticle(words[at] ?? "")) at++;
  return at > index && NAME_WORD.test(words[at] ?? "");
}

/**
 * The task's text. Owners written last, as the Tasks format has them ("… @Nico 📅 …"), are left out; a name
 * mentioned in the middle of the text keeps its words and loses the `@` ("Email Nico, Trevor about it").
 */
function plainText(description: string, found: readonly Mention[]): string {
  let textEnd = description.length;
  for (let at = found.length - 1; at >= 0; at--) {
    const mention = found[at] as Mention;
    const between = withoutSignifiers(description.slice(mention.end, found[at + 1]?.start ?? description.length));
    if (between.replace(OWNER_SEPARATORS, "").trim() !== "") break;
    textEnd = mention.start;
  }
  let text = "";
  let from = 0;
  for (const mention of found) {
    if (mention.start >= textEnd) break;
    text += description.slice(from, mention.start);
    from = mention.start + 1; // the "@"
  }
  text += description.slice(from, textEnd);
  return withoutSignifiers(text).replace(/\s+/g, " ").trim();
}

/** Text without dates, recurrence, priorities and tags. */
function withoutSignifiers(text: string): string {
  return text
    .replace(DATED_SIGNIFIER, "")
    .replace(/🔁[^📅⏳🛫➕✅❌🔺⏫🔼🔽⏬#]*/gu, "")
    .replace(/[🔺⏫🔼🔽⏬]\uFE0F?/gu, "")
    .replace(TAG, "");
}
