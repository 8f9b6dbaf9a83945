/**
 * When two pieces of text say the same thing. Two facts that differ only in whitespace, straight or curly
 * quotes, or a trailing period are one fact; nothing else is folded (case, wording and Markdown all count).
 */
import { Memo } from "../collections/memo";

const CURLY_SINGLE = /[\u2018\u2019\u201A\u201B]/g;
const CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F]/g;

/** Keys already computed: a merge compares the same lines many times. */
const keys = new Memo<string>(10_000);

/** The comparison key of a line of text. */
export function sameTextKey(text: string): string {
  return keys.get(text, computeSameTextKey);
}

function computeSameTextKey(text: string): string {
  const spaced = text.replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"').replace(/\s+/g, " ").trim();
  return spaced.endsWith(".") ? spaced.slice(0, -1).trimEnd() : spaced;
}

const BLOCK_ID = /\s+\^[A-Za-z0-9-]+\s*$/;

/** A trailing Obsidian block id (`^abc123`), if the line has one. */
export function blockIdOf(line: string): string | undefined {
  return BLOCK_ID.exec(line)?.[0].trim();
}

export function withoutBlockId(line: string): string {
  return line.replace(BLOCK_ID, "");
}

/** `**Role**` → `Role`, `_x_` → `x`: emphasis around a whole value does not make it a different value. */
export function stripEmphasis(text: string): string {
  return text
    .trim()
    .replace(/^\*\*(.*)\*\*$/, "$1")
    .replace(/^__(.*)__$/, "$1")
    .trim();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Replaces every spelling of the person's names (`Ronnie Booker`, `RonnieBooker`) with one token, so that two
 * dataview queries that differ only in whose note they sit in compare equal.
 */
export function nameNeutral(text: string, names: readonly string[]): string {
  const spellings = names.flatMap((name) => [name, name.replace(/\s+/g, "")]).filter((name) => name.trim() !== "");
  const unique = [...new Set(spellings)].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return text;
  return text.replace(new RegExp(unique.map(escapeRegExp).join("|"), "gi"), "\u0000name\u0000");
}
