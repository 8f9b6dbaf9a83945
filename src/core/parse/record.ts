import * as z from "zod/mini";
import type { LinkRef, NoteKind, NoteRecord, Problem } from "../model/types";
import type { Settings } from "../settings/settings";
import { describe, readCalendarDate } from "./dates";
import { linkNameOf } from "../links/vault-paths";
import type { PersonBodyFacts } from "./body-facts";

/**
 * Turns a note's front matter (and what its body states) into a typed record. Shared by both shells: the CLI
 * feeds it from the file text, the plugin from Obsidian's metadata cache. A field that cannot be read becomes a
 * problem and is left out; the rest of the record still stands.
 */

export interface RecordInput {
  path: string;
  frontmatter: Record<string, unknown>;
  links: LinkRef[];
  /** Company and role from the body's Contact Information table or Profile, where the body was read. */
  personFacts?: PersonBodyFacts;
  /** Owner and Collaborators-table links of a project, where the body was read. */
  projectFacts?: { owner?: string; collaborators: string[] };
  /** The 1-based line of a front matter key, where the text is at hand. */
  keyLine?: (key: string) => number | undefined;
}

export interface RecordResult {
  kind: NoteKind;
  record?: NoteRecord;
  problems: Problem[];
}

const text = z.pipe(z.union([z.string(), z.number()]), z.transform((value) => String(value).trim()));
const textList = z.pipe(
  z.union([text, z.array(z.union([text, z.null()]))]),
  z.transform((value) => (Array.isArray(value) ? value : [value]).filter((item): item is string => !!item)),
);
const calendarDate = z.pipe(
  z.unknown(),
  z.transform((value, context) => {
    const reading = readCalendarDate(value);
    if (reading.ok) return reading.date;
    context.issues.push({ code: "custom", message: reading.reason, input: value });
    return z.NEVER;
  }),
);

export function noteKind(frontmatter: Record<string, unknown>, settings: Settings): NoteKind {
  const types = textList.safeParse(frontmatter.type);
  if (!types.success) return "other";
  const has = (list: string[]) => types.data.some((type) => list.some((wanted) => wanted.toLowerCase() === type.toLowerCase()));
  if (has(settings.personTypes)) return "person";
  if (has(settings.projectTypes)) return "project";
  if (has(settings.meetingTypes)) return "meeting";
  return "other";
}

export function buildRecord(input: RecordInput, settings: Settings): RecordResult {
  const kind = noteKind(input.frontmatter, settings);
  if (kind === "other") return { kind, problems: [] };
  const reader = new FieldReader(input);
  const base = {
    path: input.path,
    title: reader.read("title", text) || linkNameOf(input.path),
    aliases: [...(reader.read("aliases", textList) ?? []), ...(reader.read("alias", textList) ?? [])],
    tags: (reader.read("tags", textList) ?? []).map((tag) => tag.replace(/^#/, "")),
    links: input.links,
    created: reader.read("created", calendarDate),
    lastContact: reader.read("last_contact", calendarDate),
  };
  const record = specificRecord(kind, base, reader, input);
  return { kind, record: withoutUndefined(record), problems: reader.problems };
}

type Base = Omit<NoteRecord, "kind"> & Record<string, unknown>;

/** Adds the kind's own fields to `base` (a fresh object, so it is extended in place rather than copied). */
function specificRecord(kind: Exclude<NoteKind, "other">, base: Base, reader: FieldReader, input: RecordInput): NoteRecord {
  base.kind = kind;
  if (kind === "person") {
    base.company = linkText(reader.read("company", text)) || input.personFacts?.company || companyFromTags(base.tags);
    base.role = reader.read("role", text) || input.personFacts?.role;
  } else if (kind === "project") {
    base.status = reader.read("status", text) || undefined;
    base.owner = linkText(reader.read("owner", text)) || input.projectFacts?.owner;
    base.collaborators = input.projectFacts?.collaborators ?? [];
  } else {
    base.date = reader.read("date", calendarDate) ?? dateFromFileName(input.path);
    base.account = linkText(reader.read("account", text)) || undefined;
    base.participants = (reader.read("participants", textList) ?? []).map(linkText).filter((name): name is string => !!name);
  }
  return base as unknown as NoteRecord;
}

class FieldReader {
  readonly problems: Problem[] = [];
  constructor(private readonly input: RecordInput) {}

  read<T>(key: string, schema: z.ZodMiniType<T>): T | undefined {
    const value = this.input.frontmatter[key];
    if (value === undefined || value === null) return undefined;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const reason = issue?.code === "custom" ? issue.message : `expected text, found ${describe(value)}`;
    this.problems.push({ path: this.input.path, line: this.input.keyLine?.(key), message: `\`${key}\`: ${reason}` });
    return undefined;
  }
}

/** `[[Microsoft]]` or `[[People/Ann|Ann]]` as plain text: the display text, else the link target. */
export function linkText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const link = /^\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]$/.exec(value.trim());
  if (!link) return value.trim();
  return (link[2] ?? linkNameOf(link[1] ?? "")).trim();
}

/** `company/microsoft` → "Microsoft", `company/vast-data` → "Vast Data". */
function companyFromTags(tags: string[]): string | undefined {
  const tag = tags.find((candidate) => /^company\/./i.test(candidate));
  if (!tag) return undefined;
  return tag
    .slice("company/".length)
    .split(/[-_]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

/** Meeting notes are often named `2025-10-29 - Title.md`. */
function dateFromFileName(path: string): string | undefined {
  const reading = readCalendarDate(/^(\d{4}-\d{2}-\d{2})\b/.exec(linkNameOf(path))?.[1]);
  return reading.ok ? reading.date : undefined;
}

/** A copy without the fields that hold undefined: built afresh, since deleting fields slows every later use of an object. */
function withoutUndefined<T extends object>(record: T): T {
  const defined: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) defined[key] = value;
  return defined as T;
}
