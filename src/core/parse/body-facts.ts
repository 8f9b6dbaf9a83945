import type { Section } from "../model/types";
import { linkText } from "./record";
import { findSection, sectionContent } from "./sections";

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
  const table = tableFields(findSection(sections, "Contact Information"), PERSON_FIELDS);
  const profile = profileFields(findSection(sections, "Profile"));
  const facts: PersonBodyFacts = {};
  // `| **Company** | [[Microsoft]] |` names the company Microsoft, as `company: "[[Microsoft]]"` does in front matter.
  const company = linkText(table.get("company") ?? profile.get("company"));
  const role = table.get("role") ?? profile.get("role");
  if (company) facts.company = company;
  if (role) facts.role = role;
  return facts;
}

const PERSON_FIELDS = ["company", "role"];

/**
 * `| **Field** | Value |` rows, keyed by lower-case field name, placeholders left out; only the `wanted`
 * fields when a list is given (a Contact Information table has a dozen rows, a person record needs two).
 */
export function tableFields(section: Section | undefined, wanted?: readonly string[]): Map<string, string> {
  const fields = new Map<string, string>();
  if (!section) return fields;
  for (const line of sectionContent(section).split("\n")) {
    if (wanted && !mayBeWantedRow(line, wanted)) continue;
    const cells = tableCells(line);
    if (cells.length < 2) continue;
    const [field = "", value = ""] = cells;
    const name = stripEmphasis(field).toLowerCase();
    if (wanted && !wanted.includes(name)) continue;
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
  // A cell is copied in runs between the characters that need handling, not a character at a time.
  let cell = "";
  let runStart = 1;
  let linkDepth = 0;
  for (let index = 1; index < row.length; index++) {
    const char = row.charCodeAt(index);
    const following = row.charCodeAt(index + 1);
    if (char === BACKSLASH && following === PIPE) {
      cell += row.slice(runStart, index) + "|";
      index++;
      runStart = index + 1;
    } else if (char === OPEN && following === OPEN) {
      linkDepth++;
      index++;
    } else if (char === CLOSE && following === CLOSE && linkDepth > 0) {
      linkDepth--;
      index++;
    } else if (char === PIPE && linkDepth === 0) {
      cells.push((cell + row.slice(runStart, index)).trim());
      cell = "";
      runStart = index + 1;
    }
  }
  cell += row.slice(runStart);
  if (cell.trim() !== "") cells.push(cell.trim());
  return cells;
}

const BACKSLASH = 92;
const PIPE = 124;
const OPEN = 91;
const CLOSE = 93;

/** Whether a row could name one of the wanted fields: its text mentions one, in any case. Rows that cannot are never split. */
function mayBeWantedRow(line: string, wanted: readonly string[]): boolean {
  const lower = line.toLowerCase();
  return wanted.some((name) => lower.includes(name));
}

/** `**Role**` or `__Role__` → `Role`: one pair of markers around the whole text, on one line. */
function stripEmphasis(text: string): string {
  return withoutMarkers(withoutMarkers(text, "**"), "__").trim();
}

function withoutMarkers(text: string, marker: string): string {
  if (text.length < 2 * marker.length || !text.startsWith(marker) || !text.endsWith(marker)) return text;
  const inner = text.slice(marker.length, -marker.length);
  // The regex this replaces matched `.`, which stops at line terminators: such a cell stays as written.
  return /[\n\r\u2028\u2029]/.test(inner) ? text : inner;
}
