import yaml from "js-yaml";
import { lineAt, type NoteLayout } from "./layout";

/**
 * Reads a note's front matter as data, safely.
 *
 * Only the YAML between the fences `noteLayout` found is parsed, with js-yaml's safe loader and its core
 * schema: no tag can build a function or any other live object, and `2026-01-03` stays the text the user wrote
 * (it becomes a calendar date later, the same in every time zone). Front matter in any other language
 * (`---js`, `---coffee`, …) is refused before anything reads it, so nothing in a note is ever executed.
 *
 * gray-matter is deliberately not in this path: it finds the closing fence on its own (any line that merely
 * starts with `---` ends its block, so `---x: 1` silently cut the keys after it) and hands the engine the
 * rest of the opening fence line too (so every YAML error line was one too high).
 */

export class FrontmatterReadError extends Error {
  constructor(
    message: string,
    /** 1-based line in the note, where known. */
    readonly line?: number,
  ) {
    super(message);
  }
}

/**
 * How many values the front matter may hold once every alias (`*name`) is expanded. A "billion laughs" block
 * is a few lines long and parses into a small shared graph, but anything that walks it as a tree (a
 * `JSON.stringify`, a merge that compares values) would build billions of strings.
 */
export const MAX_FRONTMATTER_VALUES = 100_000;

export function readFrontmatter(text: string, layout: NoteLayout): Record<string, unknown> {
  if (layout.unterminatedFence) {
    throw new FrontmatterReadError("front matter opens with --- on line 1 but is never closed with ---", 1);
  }
  const span = layout.frontmatter;
  if (!span) return {};
  if (span.language !== "" && span.language.toLowerCase() !== "yaml") {
    throw new FrontmatterReadError(`front matter in "${span.language}" is not read: only YAML is supported`, lineAt(text, span.openStart));
  }
  let data: unknown;
  try {
    data = yaml.safeLoad(text.slice(span.contentStart, span.contentEnd), { schema: yaml.CORE_SCHEMA, json: false });
  } catch (error) {
    throw asReadError(error, text, span.contentStart, span.contentEnd, span.firstContentLine);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new FrontmatterReadError("front matter is not a list of `key: value` lines", span.firstContentLine);
  }
  if (!withinValueBudget(data)) {
    throw new FrontmatterReadError(
      `front matter is too large once its aliases (*name) are expanded: more than ${MAX_FRONTMATTER_VALUES} values, or a value that contains itself`,
      span.firstContentLine,
    );
  }
  return data as Record<string, unknown>;
}

/** Counts values as a tree walk would meet them, stopping as soon as the budget is spent. */
function withinValueBudget(root: object): boolean {
  let budget = MAX_FRONTMATTER_VALUES;
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (--budget < 0) return false;
    const children: unknown[] = Array.isArray(value) ? value : typeof value === "object" && value !== null ? Object.values(value) : [];
    if (children.length > budget) return false;
    for (const child of children) pending.push(child);
  }
  return true;
}

function asReadError(error: unknown, text: string, contentStart: number, contentEnd: number, firstContentLine: number): FrontmatterReadError {
  if (error instanceof FrontmatterReadError) return error;
  if (error instanceof yaml.YAMLException) {
    const reason = (error as { reason?: string }).reason ?? error.message.split("\n")[0] ?? "";
    if (reason === "null byte is not allowed in input") {
      // js-yaml reports this one at the start of the input; the line of the NUL itself is more useful.
      return new FrontmatterReadError("front matter contains a NUL character (byte 0), which YAML does not allow", lineAt(text, text.indexOf("\0", contentStart)));
    }
    const position = (error as { mark?: { position?: number } }).mark?.position;
    // An error found only at the end of the YAML (an unclosed `[`) belongs to its last line, not the closing fence.
    const line = position === undefined ? undefined : lineAt(text, Math.min(contentStart + position, Math.max(contentStart, contentEnd - 1)));
    return new FrontmatterReadError(`front matter is not valid YAML: ${plainYamlReason(reason)}`, line);
  }
  if (error instanceof RangeError) return new FrontmatterReadError("front matter could not be read: it is nested too deeply", firstContentLine);
  return new FrontmatterReadError(`front matter could not be read: ${String((error as Error)?.message ?? error)}`, firstContentLine);
}

/** js-yaml's message repeats a code excerpt after the reason; the reason alone reads better in a list. */
function plainYamlReason(reason: string): string {
  if (reason === "duplicated mapping key") return "the same key appears twice";
  if (reason === "the stream contains non-printable characters") return "it contains a control character (such as \\x07 or \\x1b) that YAML does not allow";
  return reason;
}
