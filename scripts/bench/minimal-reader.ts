/**
 * A lower bound for the parse target, not a parser: the fewest steps any reader must take to get from a
 * synthetic note what Rapport's records hold, in one pass. It reads `key: value` and `- item` front matter
 * lines, `## ` headings, `[[links]]` with their lines and task lines, and builds a record of them.
 *
 * It leaves out everything that makes a reader correct on a user's notes: YAML quoting and escapes, fenced
 * code, callouts, CRLF and BOM, mojibake, calendar checks, problems with their lines, tables, owners,
 * due dates and priorities, and the copy that lets a note's text be freed. So Rapport's reader cannot be
 * faster than this one; where this one alone is near 2x the floor, a 2x target is out of reach for any reader.
 */

const TASK = /^[ \t>]*(?:[-*+]|\d+[.)])[ \t]+\[(.)\][ \t]+(.*)$/;
const LINK = /\[\[([^\]|#]+)[^\]]*\]\]/g;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `[[Ann\|Annie]]` in a table escapes its pipe; `[[Meetings/x.md]]` names the file. */
function linkTarget(inside: string): string {
  return inside.replace(/\\$/, "").replace(/\.md$/, "");
}

function unquoted(value: string): string {
  return value.trim().replace(/^["']|["']$/g, "");
}

interface MinimalNote {
  record: Record<string, unknown>;
  tasks: { done: boolean; text: string; line: number }[];
}

export function minimalRead(path: string, text: string): MinimalNote {
  const { data, bodyStart } = frontmatterLines(text);
  const sections: { heading: string; start: number; end: number }[] = [];
  const links: { target: string; line: number }[] = [];
  const tasks: MinimalNote["tasks"] = [];
  // Links are read from the front matter too (`participants: ["[[Ann]]"]`), headings and tasks from the body only.
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const inBody = start >= bodyStart;
    if (inBody && text.startsWith("## ", start)) {
      const previous = sections[sections.length - 1];
      if (previous) previous.end = start;
      sections.push({ heading: text.slice(start + 3, end), start, end: text.length });
    }
    const bracket = text.indexOf("[", start);
    if (bracket !== -1 && bracket < end) {
      const lineText = text.slice(start, end);
      const task = inBody ? TASK.exec(lineText) : null;
      if (task) tasks.push({ done: task[1] !== " ", text: task[2] ?? "", line });
      for (const link of lineText.matchAll(LINK)) links.push({ target: linkTarget(link[1] ?? ""), line });
    }
    start = end + 1;
  }
  const tags = Array.isArray(data.tags) ? (data.tags as string[]) : [];
  const record = {
    title: typeof data.title === "string" ? data.title : path.slice(path.lastIndexOf("/") + 1, -".md".length),
    aliases: data.aliases ?? [],
    tags,
    created: DATE.test(String(data.created)) ? data.created : undefined,
    lastContact: DATE.test(String(data.last_contact)) ? data.last_contact : undefined,
    company: tags.find((tag) => tag.startsWith("company/")),
    participants: data.participants ?? [],
    sections,
    links,
  };
  return { record, tasks };
}

function frontmatterLines(text: string): { data: Record<string, unknown>; bodyStart: number } {
  const data: Record<string, unknown> = {};
  if (!text.startsWith("---")) return { data, bodyStart: 0 };
  const close = text.indexOf("\n---", 3);
  if (close === -1) return { data, bodyStart: 0 };
  let key = "";
  for (const line of text.slice(text.indexOf("\n") + 1, close).split("\n")) {
    const item = line.indexOf("- ");
    if (item !== -1 && line.slice(0, item).trim() === "") {
      const list = data[key];
      if (Array.isArray(list)) list.push(unquoted(line.slice(item + 2)));
      continue;
    }
    const colon = line.indexOf(":");
    if (colon === -1) continue;
    key = line.slice(0, colon);
    const value = line.slice(colon + 1).trim();
    if (value === "") data[key] = [];
    else data[key] = value.startsWith("[") ? value.slice(1, -1).split(",").map(unquoted) : unquoted(value);
  }
  const afterFence = text.indexOf("\n", close + 1);
  return { data, bodyStart: afterFence === -1 ? text.length : afterFence + 1 };
}
