/**
 * Pre-optimisation implementation (git 8ec6f1d:src/core/parse/body-facts.ts), kept verbatim as a test oracle for
 * scanners.test.ts: the rewritten scanner in src must give the same output. Only the imports differ.
 * `linkText` still comes from src/core/parse/record.ts, whose only change since then is `withoutUndefined`.
 */

import type { Section } from "../../../src/core/model/types";
import { linkText } from "../../../src/core/parse/record";
import { findSection, sectionContent } from "./old-sections";

/**
 * Facts a person note states in its body rather than its front matter: the Contact Information table
 * (`| **Company** | Microsoft |`) or a Profile line (`**Role**: CVP at Microsoft`).
 */

export interface PersonBodyFacts {
  company?: string;
  role?: string;
}

/** Values a template leaves behind when nobody filled the field in. */
export function isPlaceholder(value: string): boolean {
  const plain = value.trim();
  return plain === "" || /^_.*_$/.test(plain) || /^(unknown|n\/a|tbd|-+)$/i.test(plain);
}

export function personBodyFacts(sections: readonly Section[]): PersonBodyFacts {
  const table = tableFields(findSection(sections, "Contact Information"));
  const profile = profileFields(findSection(sections, "Profile"));
  const facts: PersonBodyFacts = {};
  // `| **Company** | [[Microsoft]] |` names the company Microsoft, as `company: "[[Microsoft]]"` does in front matter.
  const company = linkText(table.get("company") ?? profile.get("company"));
  const role = table.get("role") ?? profile.get("role");
  if (company) facts.company = company;
  if (role) facts.role = role;
  return facts;
}

/** `| **Field** | Value |` rows, keyed by lower-case field name, placeholders left out. */
export function tableFields(section: Section | undefined): Map<string, string> {
  const fields = new Map<string, string>();
  if (!section) return fields;
  for (const line of sectionContent(section).split("\n")) {
    const cells = tableCells(line);
    if (cells.length < 2) continue;
    const [field = "", value = ""] = cells;
    const name = stripEmphasis(field).toLowerCase();
    if (name === "field" || /^:?-+:?$/.test(name) || isPlaceholder(value)) continue;
    if (!fields.has(name)) fields.set(name, stripEmphasis(value));
  }
  return fields;
}

/** `**Role**: value` lines, keyed by lower-case label. */
function profileFields(section: Section | undefined): Map<string, string> {
  const fields = new Map<string, string>();
  if (!section) return fields;
  for (const line of sectionContent(section).split("\n")) {
    // The value is trimmed after matching: a lazy `(.*?)\s*$` took time quadratic in a run of spaces.
    const match = /^\s*\*\*([^*]+)\*\*\s*:([\s\S]*)$/.exec(line);
    if (!match) continue;
    const [, label = ""] = match;
    const value = (match[2] ?? "").trim();
    if (!isPlaceholder(value) && !fields.has(label.trim().toLowerCase())) fields.set(label.trim().toLowerCase(), value);
  }
  return fields;
}

/** The cells of a Markdown table row, split on `|` that are not escaped or inside a `[[link|alias]]`. */
export function tableCells(line: string): string[] {
  const row = line.replace(/\r$/, "").trim();
  if (!row.startsWith("|")) return [];
  const cells: string[] = [];
  let cell = "";
  let linkDepth = 0;
  for (let index = 1; index < row.length; index++) {
    const char = row[index];
    if (char === "\\" && row[index + 1] === "|") {
      cell += "|";
      index++;
    } else if (row.startsWith("[[", index)) {
      linkDepth++;
      cell += "[[";
      index++;
    } else if (row.startsWith("]]", index) && linkDepth > 0) {
      linkDepth--;
      cell += "]]";
      index++;
    } else if (char === "|" && linkDepth === 0) {
      cells.push(cell.trim());
      cell = "";
    } else {
      cell += char;
    }
  }
  if (cell.trim() !== "") cells.push(cell.trim());
  return cells;
}

function stripEmphasis(text: string): string {
  return text.replace(/^\*\*(.*)\*\*$/, "$1").replace(/^__(.*)__$/, "$1").trim();
}
