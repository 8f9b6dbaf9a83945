import matter from "gray-matter";
import yaml from "js-yaml";
import type { NoteLayout } from "./layout";

/**
 * Reads a note's front matter as data, safely.
 *
 * gray-matter needs three guards here: it caches parses by input unless given options (we always pass
 * options), it evaluates `---js` front matter with `eval` (every engine but YAML is replaced by one that
 * refuses), and its YAML engine would turn `2026-01-03` into a UTC `Date` (we use the core schema, so dates
 * stay the text the user wrote and become calendar dates later, in any time zone).
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
} as const;

export function readFrontmatter(text: string, layout: NoteLayout): Record<string, unknown> {
  if (layout.unterminatedFence) {
    throw new FrontmatterReadError("front matter opens with --- on line 1 but is never closed with ---", 1);
  }
  const span = layout.frontmatter;
  if (!span) return {};
  if (span.language !== "" && span.language.toLowerCase() !== "yaml") refuseLanguage(span.language)();
  let data: unknown;
  try {
    // Only the fenced block is handed over, so gray-matter and our offsets agree on where it ends.
    data = matter(text.slice(span.openStart, span.closeEnd), MATTER_OPTIONS).data;
  } catch (error) {
    throw asReadError(error, span.firstContentLine);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new FrontmatterReadError("front matter is not a list of `key: value` lines", span.firstContentLine);
  }
  return data as Record<string, unknown>;
}

function asReadError(error: unknown, firstContentLine: number): FrontmatterReadError {
  if (error instanceof FrontmatterReadError) return error;
  if (error instanceof yaml.YAMLException) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const line = mark?.line === undefined ? undefined : firstContentLine + mark.line;
    return new FrontmatterReadError(`front matter is not valid YAML: ${plainYamlReason(error)}`, line);
  }
  return new FrontmatterReadError(`front matter could not be read: ${String((error as Error)?.message ?? error)}`, firstContentLine);
}

/** js-yaml's message repeats a code excerpt after the reason; the reason alone reads better in a list. */
function plainYamlReason(error: { reason?: string; message: string }): string {
  return (error.reason ?? error.message.split("\n")[0] ?? "").replace(/^duplicated mapping key$/, "the same key appears twice");
}
