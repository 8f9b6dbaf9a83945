import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseNote, type ParsedNote } from "../../../src/core/parse/note";
import type { MeetingRecord, NoteRecord, PersonRecord, ProjectRecord } from "../../../src/core/model/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings/settings";

/** The repository root, with a trailing slash. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The five real sample notes, copied byte for byte into examples/vault. Other notes there belong to other tests. */
export const SAMPLE_VAULT = `${REPO_ROOT}examples/vault/`;
export const SAMPLES = {
  booker: "People/Ronnie Booker.md",
  borker: "People/Ronnie Borker.md",
  kiernan: "People/Mike Kiernan.md",
  apollo: "Projects/Project Apollo.md",
  meeting: "Meetings/2025-10-29 - Dual-path Azure and bare-metal plan.md",
} as const;

/** The small fixture vault of good and bad notes this suite and the CLI tests share. */
export const FIXTURE_VAULT = `${REPO_ROOT}tests/fixtures/notes/vault/`;

export function readSample(path: string): string {
  return readFileSync(SAMPLE_VAULT + path, "utf8");
}

export function readFixture(path: string): string {
  return readFileSync(FIXTURE_VAULT + path, "utf8");
}

export function parse(path: string, text: string, settings: Settings = DEFAULT_SETTINGS): ParsedNote {
  return parseNote(path, text, settings);
}

/** A note from front matter lines and body lines, joined with `\n`. */
export function note(frontmatter: string[], body: string[] = []): string {
  return ["---", ...frontmatter, "---", ...body].join("\n") + "\n";
}

export function person(parsed: ParsedNote): PersonRecord {
  return ofKind(parsed, "person");
}

export function project(parsed: ParsedNote): ProjectRecord {
  return ofKind(parsed, "project");
}

export function meeting(parsed: ParsedNote): MeetingRecord {
  return ofKind(parsed, "meeting");
}

function ofKind<K extends NoteRecord["kind"]>(parsed: ParsedNote, kind: K): Extract<NoteRecord, { kind: K }> {
  if (parsed.record?.kind !== kind) {
    throw new Error(`${parsed.path}: expected a ${kind} record, got ${parsed.record?.kind ?? "none"} (${JSON.stringify(parsed.problems)})`);
  }
  return parsed.record as Extract<NoteRecord, { kind: K }>;
}

/** Settings with some fields replaced. */
export function settingsWith(changes: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, ...changes };
}
