import type { NoteKind, NoteRecord, Problem, Section, Task } from "../model/types";
import type { Settings } from "../settings/settings";
import { toLinkRefs } from "../links/find-links";
import { personBodyFacts, tableFields, type PersonBodyFacts } from "./body-facts";
import { FrontmatterReadError, readFrontmatter } from "./frontmatter";
import { noteLayout, type NoteLayout } from "./layout";
import { buildRecord, linkText, noteKind } from "./record";
import { findSection, splitSections } from "./sections";
import { parseTasks } from "./tasks";

/**
 * Reads one note's text into a typed record, its tasks and its problems. Never throws for anything a note
 * contains: a note that cannot be read yields a problem (path, line, reason) and no record.
 */

export interface ParsedNote {
  path: string;
  kind: NoteKind;
  record?: NoteRecord;
  tasks: Task[];
  problems: Problem[];
}

/** The parts of a note a writer needs: where things are, its data and its `##` sections. */
export interface NoteStructure {
  layout: NoteLayout;
  frontmatter: Record<string, unknown>;
  sections: Section[];
}

export function readStructure(text: string): NoteStructure {
  const layout = noteLayout(text);
  const frontmatter = readFrontmatter(text, layout);
  return { layout, frontmatter, sections: splitSections(text, layout) };
}

export function parseNote(path: string, text: string, settings: Settings): ParsedNote {
  let structure: NoteStructure;
  try {
    structure = readStructure(text);
  } catch (error) {
    if (!(error instanceof FrontmatterReadError)) throw error;
    return { path, kind: "other", tasks: [], problems: [{ path, line: error.line, message: error.message }] };
  }
  const { layout, frontmatter } = structure;
  // Most notes of a vault are neither people, projects nor meetings: only their tasks matter.
  const kind = noteKind(frontmatter, settings);
  if (kind === "other") return { path, kind: "other", tasks: parseTasks(text, layout), problems: [] };
  const facts = readBodyFacts(text, structure, kind);
  const result = buildRecord(
    { path, frontmatter, links: toLinkRefs(text, layout), ...facts, keyLine: (key) => frontmatterKeyLine(text, layout, key) },
    settings,
  );
  return { path, kind: result.kind, record: result.record, tasks: facts.tasks, problems: result.problems };
}

/** What a note's body states beyond its front matter: the part the plugin reads from text, not the cache. */
export interface BodyFacts {
  personFacts: PersonBodyFacts;
  projectFacts: { owner?: string; collaborators: string[] };
  tasks: Task[];
}

/** Reads the facts of the given kind of note only (a meeting has no Contact Information); all of them when no kind is given. */
export function readBodyFacts(text: string, structure: Pick<NoteStructure, "sections" | "layout"> = readStructureOfBody(text), kind?: NoteKind): BodyFacts {
  const { sections, layout } = structure;
  return {
    personFacts: kind === undefined || kind === "person" ? personBodyFacts(sections) : {},
    projectFacts: kind === undefined || kind === "project" ? projectBodyFacts(sections) : { collaborators: [] },
    tasks: parseTasks(text, layout),
  };
}

function projectBodyFacts(sections: readonly Section[]): BodyFacts["projectFacts"] {
  const collaborators = findSection(sections, "Collaborators");
  const owner = linkText(tableFields(findSection(sections, "Status"), ["owner"]).get("owner"));
  return { ...(owner ? { owner } : {}), collaborators: collaborators ? toLinkRefs(collaborators.text).map((link) => link.target) : [] };
}

function readStructureOfBody(text: string): Pick<NoteStructure, "sections" | "layout"> {
  const layout = noteLayout(text);
  return { layout, sections: splitSections(text, layout) };
}

/** The 1-based line where a top-level front matter key is written. */
export function frontmatterKeyLine(text: string, layout: NoteLayout, key: string): number | undefined {
  const span = layout.frontmatter;
  if (!span) return undefined;
  const lines = text.slice(span.contentStart, span.contentEnd).split("\n");
  const index = lines.findIndex((line) => line.startsWith(key) && /^\s*:/.test(line.slice(key.length)));
  return index === -1 ? undefined : span.firstContentLine + index;
}
