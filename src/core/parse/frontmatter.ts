import matter from "gray-matter";
import yaml from "js-yaml";
import { lineAt, type FrontmatterSpan, type NoteLayout } from "./layout";
import { readSimpleFrontmatter } from "./simple-frontmatter";

/**
 * Reads a note's front matter as data, safely. Front matter of the simple shape almost every note has is read
 * directly (parse/simple-frontmatter.ts, held to js-yaml's answer by a property test); anything else goes
 * through gray-matter.
 *
 * gray-matter needs care, and gets it here:
 * - it caches parses by input unless given options: options are always passed;
 * - it evaluates `---js` front matter with `eval`: every engine but YAML is replaced by one that refuses, and
 *   a fence naming another language is refused before gray-matter sees it;
 * - its YAML engine would turn `2026-01-03` into a UTC `Date`: ours is js-yaml's safe loader with the core
 *   schema, so dates stay the text the user wrote and become calendar dates later, in any time zone;
 * - it calls `Buffer.from` on every parse: the plugin bundle injects a stand-in (src/platform/no-buffer.ts);
 * - it finds the closing fence on its own, and any line that merely starts with `---` ends its block: it is
 *   handed only the block `noteLayout` found, and when it still stops early the note gets a problem rather
 *   than silently losing the keys after that line.
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
  const data = readSimpleFrontmatter(text.slice(span.contentStart, span.contentEnd)) ?? readThroughGrayMatter(text, span);
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

function readThroughGrayMatter(text: string, span: FrontmatterSpan): unknown {
  const matterStart = openingLineEnd(text, span);
  try {
    const file = matter(text.slice(span.openStart, span.closeEnd), MATTER_OPTIONS);
    assertWholeBlockRead(file.matter, text, matterStart, span);
    return file.data;
  } catch (error) {
    throw asReadError(error, text, matterStart, span.contentEnd, span.firstContentLine);
  }
}

const refuseLanguage = (language: string) => () => {
  throw new FrontmatterReadError(`front matter in "${language}" is not read: only YAML is supported`, 1);
};

const MATTER_OPTIONS = {
  language: "yaml",
  engines: {
    yaml: { parse: (source: string) => yaml.safeLoad(source, { schema: yaml.CORE_SCHEMA, json: false }) as object },
    javascript: refuseLanguage("javascript"),
    js: refuseLanguage("js"),
    json: refuseLanguage("json"),
    coffee: refuseLanguage("coffee"),
    coffeescript: refuseLanguage("coffeescript"),
    cson: refuseLanguage("cson"),
    toml: refuseLanguage("toml"),
  },
};

/** gray-matter's block starts at the opening fence's line ending, so that is where its positions count from. */
function openingLineEnd(text: string, span: FrontmatterSpan): number {
  return span.contentStart - (text[span.contentStart - 2] === "\r" ? 2 : 1);
}

/** gray-matter ends the block at the first line starting with `---`; refuse rather than drop the keys after it. */
function assertWholeBlockRead(read: string, text: string, matterStart: number, span: FrontmatterSpan): void {
  const whole = text.slice(matterStart, Math.max(matterStart, span.contentEnd - 1));
  if (read.length >= whole.length) return;
  throw new FrontmatterReadError(
    "a line inside the front matter starts with ---, which ends front matter early: rename that key or quote it",
    lineAt(text, matterStart + read.length + 1),
  );
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

/** `start` is where the parsed text began in the note, so that js-yaml's positions become the note's lines. */
function asReadError(error: unknown, text: string, start: number, contentEnd: number, firstContentLine: number): FrontmatterReadError {
  if (error instanceof FrontmatterReadError) return error;
  if (error instanceof yaml.YAMLException) {
    const reason = (error as { reason?: string }).reason ?? error.message.split("\n")[0] ?? "";
    if (reason === "null byte is not allowed in input") {
      // js-yaml reports this one at the start of the input; the line of the NUL itself is more useful.
      return new FrontmatterReadError("front matter contains a NUL character (byte 0), which YAML does not allow", lineAt(text, text.indexOf("\0", start)));
    }
    const position = (error as { mark?: { position?: number } }).mark?.position;
    // An error found only at the end of the YAML (an unclosed `[`) belongs to its last line, not the closing fence.
    const line = position === undefined ? undefined : lineAt(text, Math.min(start + position, Math.max(start + 1, contentEnd - 1)));
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
