import fc from "fast-check";

/**
 * Generators for the merge properties: two person notes about one person, drawn from shared pools so that
 * they overlap the way real duplicates do — the same facts in other spellings (spacing, curly quotes, a
 * trailing period), facts with children or block ids, dated entries, topics across paragraphs, a Contact
 * Information table with `_Unknown_` cells, placeholders, dataview queries naming the person, sections in
 * another order or only on one side; and either note in LF or CRLF, with or without a BOM and a final
 * line break.
 */

export interface GeneratedNote {
  path: string;
  title: string;
  text: string;
  hasFooter: boolean;
}

const FACTS = [
  'Leads the "Apollo" storage rollout',
  "Prefers written updates over calls",
  "Reports to Dana in Redmond",
  "Owns the GPU allocation budget",
  "Joined Microsoft in 2019",
  "Sponsors the liquid-cooled SKU",
  "Runs the Phoenix lab",
  "Approved the 'Falcon' POC",
  "Skeptical of marketplace VM offers",
  "Wants observability in the deck",
];

const TOPICS = ["GPU allocation", "Power constraints (Phoenix, Dallas)", "Hiring plan", "Roadmap for Q1", "Budget review", "[[Apollo, phase 2]] status", "Blob vs S3"];

const ENTRIES = [
  { date: "2025-10-27", text: "Weekly sync about the roadmap" },
  { date: "2025-10-27", text: "Second call the same day" },
  { date: "2025-10-28", text: "Discussed the MAI landscape" },
  { date: "2025-10-30", text: "Reviewed the testing path" },
  { date: "2025-11-02", text: "Looked at POC results" },
];

const FIELD_VALUES: Record<string, string[]> = {
  Role: ["Owns chassis decisions", "Runs Azure hardware"],
  Company: ["Microsoft", "Contoso"],
  Email: ["ann@example.com", "a.b@example.com"],
  Location: ["Redmond", "Seattle"],
};

const LABEL_VALUES: Record<string, string[]> = {
  Role: ["CVP, Azure hardware", "Owns chassis decisions at Microsoft"],
  Relationship: ["Key decision-maker", "Target stakeholder for hardware"],
};

const BACKGROUND = ["Twenty years in hardware", "Former Intel architect", "Sponsors the storage SKU"];
const DECISIONS = ["✅ Pursue the BizDev-led path", "✅ Treat the marketplace offer as a checkbox", "✅ Prioritize Apollo"];
const RELATED = ["[[Microsoft]]", "[[Cloud]]", "[[Apollo]]"];
const RELATIONSHIP = ["Weekly 1:1 on Tuesdays.", "Met at SC24 through Kurt."];
const NOTES = ["Prefers email over Teams.", "Has a dog named Rex.", "| Date | Note |\n|---|---|\n| 2024-05-01 | Called about pricing |"];
const TAGS = ["type/people", "needs-review", "company/microsoft", "vip"];
const DATES = ["2024-11-20", "2025-03-01", "2025-10-27", "2025-10-30", "2026-01-03"];

export const SECTION_KINDS = ["contact", "relationship", "background", "openTasks", "keyFacts", "topics", "recent", "profile", "decisions", "notes", "related"] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** How a fact is spelled this time: the same fact to the merge. */
const spelling = fc.record({ doubleSpace: fc.boolean(), curly: fc.boolean(), period: fc.boolean(), trailingSpace: fc.boolean() });
type Spelling = typeof spelling extends fc.Arbitrary<infer T> ? T : never;

function spell(text: string, how: Spelling): string {
  let out = how.curly ? text.replace(/"([^"]*)"/g, "“$1”").replace(/'([^']*)'/g, "‘$1’") : text;
  if (how.doubleSpace) out = out.replace(" ", "  ");
  if (how.period) out += ".";
  if (how.trailingSpace) out += " ";
  return out;
}

/** A fact, sometimes with a block id or a child line (such an item is never dropped). */
const factItem = fc
  .record({ fact: fc.nat(FACTS.length - 1), how: spelling, extra: fc.constantFrom("none", "none", "none", "blockId", "child", "otherChild") })
  .map(({ fact, how, extra }) => {
    const line = `- ${spell(FACTS[fact] ?? "", how)}`;
    if (extra === "blockId") return [`${line.trimEnd()} ^f${fact}`];
    if (extra === "child") return [line, `  - detail of fact ${fact}`];
    if (extra === "otherChild") return [line, `  - another detail of fact ${fact}`];
    return [line];
  });

const noteShape = fc.record({
  bom: fc.boolean(),
  crlf: fc.boolean(),
  finalNewline: fc.boolean(),
  created: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
  lastContact: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
  quoteDates: fc.boolean(),
  company: fc.option(fc.constantFrom("Microsoft", "Contoso"), { nil: undefined }),
  tags: fc.subarray(TAGS),
  sections: fc.subarray([...SECTION_KINDS], { minLength: 1 }),
  shuffle: fc.boolean(),
  order: fc.shuffledSubarray([...SECTION_KINDS], { minLength: SECTION_KINDS.length }),
  facts: fc.array(factItem, { maxLength: 7 }),
  factSplit: fc.nat(7),
  factsNote: fc.option(fc.constantFrom("Unverified as of 2024.", "Source: the 2023 CRM export."), { nil: undefined }),
  secondKeyFacts: fc.array(factItem, { maxLength: 3 }),
  sortTasks: fc.boolean(),
  topics: fc.array(fc.array(fc.record({ topic: fc.nat(TOPICS.length - 1), period: fc.boolean() }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 2 }),
  entries: fc.array(fc.record({ entry: fc.nat(ENTRIES.length - 1), how: spelling }), { maxLength: 5 }),
  undated: fc.boolean(),
  fields: fc.subarray(Object.keys(FIELD_VALUES)).chain((fields) => fc.tuple(...fields.map((field) => fc.record({ field: fc.constant(field), value: fc.constantFrom(...(FIELD_VALUES[field] ?? []), "_Unknown_") })))),
  labels: fc.subarray(Object.keys(LABEL_VALUES)).chain((labels) => fc.tuple(...labels.map((label) => fc.record({ label: fc.constant(label), value: fc.constantFrom(...(LABEL_VALUES[label] ?? [])) })))),
  background: fc.subarray(BACKGROUND),
  relationship: fc.constantFrom("_How do you work with this person?_", ...RELATIONSHIP),
  decisions: fc.subarray(DECISIONS),
  related: fc.subarray(RELATED),
  notes: fc.constantFrom(...NOTES),
  preambleLine: fc.option(fc.constantFrom("Imported from the old CRM.", "See also the team page."), { nil: undefined }),
  footer: fc.boolean(),
});
type NoteShape = typeof noteShape extends fc.Arbitrary<infer T> ? T : never;

function renderNote(title: string, shape: NoteShape): { text: string; hasFooter: boolean } {
  const eol = shape.crlf ? "\r\n" : "\n";
  const kinds = shape.shuffle ? shape.order.filter((kind) => shape.sections.includes(kind)) : shape.sections;
  const lines = [...frontmatter(title, shape), `# ${title}`, "", ...(shape.preambleLine ? [shape.preambleLine, ""] : [])];
  for (const kind of kinds) lines.push(...section(kind, title, shape), "");
  // A second Key Facts section, as an earlier naive merge can leave one.
  if (shape.secondKeyFacts.length > 0) lines.push("## Key Facts", "", ...shape.secondKeyFacts.flat(), "");
  if (shape.footer) lines.push("---", "*Last updated: *");
  else lines.pop();
  const text = (shape.bom ? "\uFEFF" : "") + lines.join(eol) + (shape.finalNewline ? eol : "");
  return { text, hasFooter: shape.footer };
}

function frontmatter(title: string, shape: NoteShape): string[] {
  const date = (value: string) => (shape.quoteDates ? `'${value}'` : value);
  return [
    "---",
    "type: people",
    `title: ${title}`,
    ...(shape.created ? [`created: ${date(shape.created)}`] : []),
    ...(shape.lastContact ? [`last_contact: ${date(shape.lastContact)}`] : []),
    ...(shape.company ? [`company: ${shape.company}`] : []),
    ...(shape.tags.length > 0 ? ["tags:", ...shape.tags.map((tag) => `  - ${tag}`)] : []),
    "---",
    "",
  ];
}

function section(kind: SectionKind, title: string, shape: NoteShape): string[] {
  switch (kind) {
    case "contact":
      return ["## Contact Information", "", "| Field | Value |", "|-------|-------|", ...shape.fields.map(({ field, value }) => `| **${field}** | ${value} |`)];
    case "relationship":
      return ["## Relationship", "", shape.relationship];
    case "background":
      return ["## Background", "", "_Career history, expertise, interests, personal details shared..._"];
    case "openTasks":
      return ["## Open Tasks", "", "```dataview", "TASK", `WHERE !completed AND contains(text, "${title}")`, ...(shape.sortTasks ? ["SORT due ASC"] : []), "```"];
    case "keyFacts":
      return ["## Key Facts", "", ...keyFacts(shape), ...(shape.factsNote ? ["", shape.factsNote] : [])];
    case "topics":
      return ["## Topics Discussed", "", ...shape.topics.flatMap((paragraph, index) => [...(index > 0 ? [""] : []), paragraph.map(({ topic, period }) => TOPICS[topic] + (period ? "." : "")).join(", ")])];
    case "recent":
      return ["## Recent Context", "", ...shape.entries.map(({ entry, how }) => recentLine(entry, how)), ...(shape.undated ? ["- Undated note about the team"] : [])];
    case "profile":
      return ["## Profile", "", ...shape.labels.map(({ label, value }) => `**${label}**: ${value}`), "", "**Background**:", ...shape.background.map((line) => `- ${line}`)];
    case "decisions":
      return ["## Key Decisions", "", ...shape.decisions.map((line) => `- ${line}`)];
    case "notes":
      return ["## Notes", "", ...shape.notes.split("\n")];
    case "related":
      return ["## Related", "", ...shape.related.map((link) => `- ${link}`)];
  }
}

/** Facts in one list, or split in two by blank lines as an earlier naive merge left them. */
function keyFacts(shape: NoteShape): string[] {
  const items = shape.facts;
  const split = shape.factSplit % (items.length + 1);
  if (split === 0 || split === items.length) return items.flat();
  return [...items.slice(0, split).flat(), "", "", ...items.slice(split).flat()];
}

function recentLine(index: number, how: Spelling): string {
  const entry = ENTRIES[index] ?? { date: "2025-01-01", text: "" };
  return `- ${entry.date}: [[${entry.date} - Meeting]] - ${spell(entry.text, how)}`;
}

const TITLES: [string, string][] = [
  ["Ronnie Booker", "Ronnie Borker"],
  ["Ann Example", "Anne Example"],
];

/** A survivor and a duplicate about the same person. */
export const notePairArbitrary: fc.Arbitrary<{ survivor: GeneratedNote; duplicate: GeneratedNote }> = fc
  .record({ names: fc.constantFrom(...TITLES), survivor: noteShape, duplicate: noteShape })
  .map(({ names: [survivorTitle, duplicateTitle], survivor, duplicate }) => ({
    survivor: { path: `People/${survivorTitle}.md`, title: survivorTitle, ...renderNote(survivorTitle, survivor) },
    duplicate: { path: `People/${duplicateTitle}.md`, title: duplicateTitle, ...renderNote(duplicateTitle, duplicate) },
  }));
