import type { LineEnding } from "../parse/layout";
import { blockLines, cloneBody, concatBodies, EMPTY_BODY, renderBody, type Block, type SectionBody } from "./blocks";
import { appendBlock, insertBlock } from "./body-edit";
import { renderPart, type BodyPart, type NoteParts } from "./note-parts";
import type { SectionReport } from "./report";
import { bodyBlocks, isPlaceholderBlock, SaidLines } from "./rules/block-presence";
import { renameInQuery } from "./rules/queries";
import { CONSOLIDATING_RULES, headingKey, ruleFor, ruleNameFor, type MergeContext, type RuleName, type RuleResult } from "./rules";
import { applyTextEdits, type TextEdit } from "./text-edits";

/**
 * Merges the duplicate's body into the survivor's, section by section (matched by heading), and sets aside
 * what fits no rule under `## Merged from <duplicate>`. Works by edits on the survivor's text: a part no
 * rule changes keeps every byte. Without a duplicate, it consolidates the survivor's own sections.
 */

export interface BodyMergeInput {
  survivor: NoteParts;
  duplicate?: NoteParts;
  /** Only sections of these rules are touched (consolidation); all when absent. */
  only?: ReadonlySet<RuleName>;
}

export interface BodyMergeOutcome {
  text: string;
  sections: SectionReport[];
}

export function mergedFromHeading(duplicateTitle: string): string {
  return `Merged from ${duplicateTitle}`;
}

interface LeftoverGroup {
  /** The duplicate's heading the blocks came from; empty for the preamble and footer. */
  heading: string;
  /** Position in the duplicate, to list leftovers in its order. */
  order: number;
  blocks: Block[];
}

interface Merger {
  input: BodyMergeInput;
  context: MergeContext;
  eol: LineEnding;
  edits: TextEdit[];
  reports: SectionReport[];
  leftovers: LeftoverGroup[];
  /** Every block the survivor holds after the merge, to tell which leftovers it already says. */
  finalBlocks: Block[];
}

export function mergeBodies(input: BodyMergeInput): BodyMergeOutcome {
  const { survivor, duplicate } = input;
  const merger: Merger = {
    input,
    context: { names: [...survivor.names, ...(duplicate?.names ?? [])], survivorTitle: survivor.title, duplicateNames: duplicate?.names ?? [] },
    eol: survivor.eol,
    edits: [],
    reports: [],
    leftovers: [],
    finalBlocks: [survivor.preamble, survivor.footer].flatMap((part) => (part ? bodyBlocks(part.body) : [])),
  };
  const mergedFromKey = duplicate ? headingKey(mergedFromHeading(duplicate.title)) : undefined;
  const survivorGroups = groupByHeading(survivor.sections.filter((part) => headingKey(part.heading) !== mergedFromKey));
  const duplicateGroups = groupByHeading(duplicate?.sections ?? []);
  for (const [key, parts] of survivorGroups) mergeSurvivorSection(merger, parts, duplicateGroups.get(key));
  if (duplicate) {
    carryOverSections(merger, survivorGroups, duplicateGroups);
    collectOuterLeftovers(merger, duplicate);
    writeMergedFrom(merger, duplicate.title, survivor.sections.find((part) => headingKey(part.heading) === mergedFromKey));
  }
  return { text: applyTextEdits(survivor.text, merger.edits, survivor.eol), sections: merger.reports };
}

/** Sections by heading key, in the order the headings first appear. */
function groupByHeading(parts: readonly BodyPart[]): Map<string, BodyPart[]> {
  const groups = new Map<string, BodyPart[]>();
  for (const part of parts) {
    const key = headingKey(part.heading);
    groups.set(key, [...(groups.get(key) ?? []), part]);
  }
  return groups;
}

function mergeSurvivorSection(merger: Merger, parts: BodyPart[], duplicateParts: BodyPart[] | undefined): void {
  const first = parts[0] as BodyPart;
  const rule = ruleNameFor(first.heading);
  const consolidates = CONSOLIDATING_RULES.has(rule);
  if (merger.input.only && !merger.input.only.has(rule)) {
    for (const part of parts) merger.finalBlocks.push(...bodyBlocks(part.body));
    return;
  }
  const own = consolidates ? concatBodies(parts.map((part) => part.body)) : first.body;
  const incoming = duplicateParts ? concatBodies(duplicateParts.map((part) => part.body)) : undefined;
  const result = ruleFor(rule)(own, incoming, merger.context);
  const lines = renderBody(result.body);
  const changed = !sameLines(lines, renderBody(first.body)) || (consolidates && parts.length > 1);
  if (changed) merger.edits.push({ start: first.start, end: first.end, text: renderPart(first, lines, merger.eol) });
  merger.finalBlocks.push(...bodyBlocks(result.body), ...(consolidates ? [] : parts.slice(1).flatMap((part) => bodyBlocks(part.body))));
  merger.reports.push(sectionReport(first.heading, rule, changed ? "merged" : "unchanged", result));
  if (consolidates) foldLaterSections(merger, parts.slice(1), rule);
  const order = merger.input.duplicate?.sections.indexOf(duplicateParts?.[0] as BodyPart) ?? -1;
  merger.leftovers.push({ heading: duplicateParts?.[0]?.heading ?? first.heading, order, blocks: result.leftovers });
}

function foldLaterSections(merger: Merger, later: BodyPart[], rule: RuleName): void {
  for (const part of later) {
    merger.edits.push({ start: part.start, end: part.end, text: "" });
    merger.reports.push({ heading: part.heading, rule, outcome: "folded-into-first", added: 0, folded: 0, leftovers: 0, conflicts: [] });
  }
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, index) => line === b[index]);
}

function sectionReport(heading: string, rule: RuleName, outcome: SectionReport["outcome"], result: RuleResult): SectionReport {
  return { heading, rule, outcome, added: result.added, folded: result.folded, leftovers: result.leftovers.length, conflicts: result.conflicts };
}

/**
 * A section only the duplicate has is carried over, after the survivor's section that precedes it in the
 * duplicate. Key Facts, Recent Context and Topics are consolidated on the way, so merging again adds nothing;
 * other sections come over as written.
 */
function carryOverSections(merger: Merger, survivorGroups: Map<string, BodyPart[]>, duplicateGroups: Map<string, BodyPart[]>): void {
  const keys = [...duplicateGroups.keys()];
  const mergedFromKey = headingKey(mergedFromHeading(merger.input.duplicate?.title ?? ""));
  keys.forEach((key, index) => {
    const parts = duplicateGroups.get(key) as BodyPart[];
    if (survivorGroups.has(key)) return;
    if (key === mergedFromKey) {
      // The duplicate's own "Merged from <itself>" cannot be a section beside ours: its blocks join ours.
      merger.leftovers.push({ heading: "", order: -1, blocks: parts.flatMap((part) => bodyBlocks(part.body)) });
      return;
    }
    const first = parts[0] as BodyPart;
    const rule = ruleNameFor(first.heading);
    const incoming = concatBodies(parts.map((part) => part.body));
    const result = CONSOLIDATING_RULES.has(rule) ? ruleFor(rule)(EMPTY_BODY, incoming, merger.context) : asCarried(incoming, merger.context);
    const at = insertionPoint(merger, keys.slice(0, index), survivorGroups);
    merger.edits.push({ start: at, end: at, text: renderNewSection(merger, at, first.headingLine, renderBody(result.body)) });
    merger.finalBlocks.push(...bodyBlocks(result.body));
    merger.reports.push(sectionReport(first.heading, rule, "carried-over", result));
    const order = merger.input.duplicate?.sections.indexOf(first) ?? -1;
    merger.leftovers.push({ heading: first.heading, order, blocks: result.leftovers });
  });
}

/** A section carried as written, except that its queries name the survivor. */
function asCarried(body: SectionBody, context: MergeContext): RuleResult {
  const carried = { ...body, blocks: body.blocks.map((placed) => ({ ...placed, block: renameInQuery(placed.block, context) })) };
  return { body: carried, leftovers: [], added: body.blocks.length, folded: 0, conflicts: [] };
}

/** After the survivor's section matching the nearest earlier duplicate section; else before its first section. */
function insertionPoint(merger: Merger, earlierKeys: string[], survivorGroups: Map<string, BodyPart[]>): number {
  for (const key of [...earlierKeys].reverse()) {
    const parts = survivorGroups.get(key);
    if (parts?.[0]) return parts[0].end;
  }
  const survivor = merger.input.survivor;
  const firstSection = survivor.sections[0];
  if (firstSection) return firstSection.start;
  return survivor.footer?.start ?? survivor.text.length;
}

/**
 * A section written into the survivor at `at`: its heading, its lines, and one blank line after it; and one
 * before it when the survivor's text there does not end with a blank line already.
 */
function renderNewSection(merger: Merger, at: number, headingLine: string, lines: readonly string[]): string {
  const { eol } = merger;
  const body = [...lines];
  while (body.length > 0 && (body.at(-1) ?? "").trim() === "") body.pop();
  const before = merger.input.survivor.text.slice(Math.max(0, at - 4), at);
  const setOff = at === merger.input.survivor.layout.bodyStart || /\n[ \t]*\r?\n$/.test(before) ? "" : eol;
  return setOff + [headingLine.replace(/\r?\n$/, ""), ...body].join(eol) + eol + eol;
}

/**
 * The duplicate's preamble (less its `# Title`) and footer have no section to go to. A footer is the
 * template's closing line (`*Last updated: *`): when the survivor has its own, the duplicate's is dropped.
 */
function collectOuterLeftovers(merger: Merger, duplicate: NoteParts): void {
  const preamble = duplicate.preamble ? bodyBlocks(duplicate.preamble.body).flatMap(withoutTitle) : [];
  const footer = duplicate.footer && !merger.input.survivor.footer ? bodyBlocks(duplicate.footer.body) : [];
  const blocks = [...preamble, ...footer].filter((block) => !isPlaceholderBlock(block));
  merger.leftovers.push({ heading: "", order: -1, blocks });
}

function withoutTitle(block: Block): Block[] {
  if (block.kind !== "text") return [block];
  const lines = block.lines.filter((line) => !/^#[ \t]/.test(line));
  return lines.length > 0 ? [{ kind: "text", lines }] : [];
}

/** Leftovers the survivor does not already say, under `## Merged from <duplicate>`, grouped by their heading. */
function writeMergedFrom(merger: Merger, duplicateTitle: string, existing: BodyPart | undefined): void {
  const said = new SaidLines([...merger.finalBlocks, ...(existing ? bodyBlocks(existing.body) : [])], merger.context);
  const groups = [...merger.leftovers]
    .sort((a, b) => a.order - b.order)
    .map((group) => ({ ...group, blocks: group.blocks.filter((block) => !said.says(block) && (said.add(block), true)) }))
    .filter((group) => group.blocks.length > 0);
  const count = groups.reduce((total, group) => total + group.blocks.length, 0);
  if (count === 0) return;
  const body = cloneBody(existing?.body ?? EMPTY_BODY);
  for (const group of groups) appendGroup(body, group);
  const lines = renderBody(body);
  const heading = mergedFromHeading(duplicateTitle);
  if (existing) merger.edits.push({ start: existing.start, end: existing.end, text: renderPart(existing, lines, merger.eol) });
  else {
    const at = merger.input.survivor.footer?.start ?? merger.input.survivor.text.length;
    merger.edits.push({ start: at, end: at, text: renderNewSection(merger, at, `## ${heading}`, lines) });
  }
  merger.reports.push({ heading, rule: "merged-from", outcome: "merged-from", added: count, folded: 0, leftovers: count, conflicts: [] });
}

/**
 * Blocks from a duplicate section go under a `### <its heading>`; blocks from outside any section (preamble)
 * go before the first such subheading, so that they never read as part of another section's group.
 */
function appendGroup(body: SectionBody, group: LeftoverGroup): void {
  if (group.heading === "") {
    const firstSubheading = body.blocks.findIndex(({ block }) => block.kind === "text" && /^###[ \t]/.test(block.lines[0] ?? ""));
    const at = firstSubheading === -1 ? body.blocks.length : firstSubheading;
    group.blocks.forEach((block, offset) => insertBlock(body, at + offset, block));
    return;
  }
  if (lastSubheading(body) !== group.heading) appendBlock(body, { kind: "text", lines: [`### ${group.heading}`] });
  for (const block of group.blocks) appendBlock(body, block);
}

function lastSubheading(body: SectionBody): string | undefined {
  const lines = bodyBlocks(body).flatMap(blockLines);
  const heading = [...lines].reverse().find((line) => /^###[ \t]/.test(line));
  return heading?.replace(/^###[ \t]+/, "").trim();
}
