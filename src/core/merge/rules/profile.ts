import { isPlaceholder } from "../../parse/body-facts";
import { cloneBody, type Block, type ListItem, type SectionBody } from "../blocks";
import { placeItem } from "../list-items";
import { addBlocks, sortOtherBlocks, unionListItems } from "./absorb";
import { emptyResult, type RuleResult, type SectionRule } from "./rule";
import { mergeFieldValue } from "./value-parts";

/**
 * Profile: `**Role**: …` lines and labelled lists (`**Background**:` followed by bullets). Per label a known
 * value once; two different known values are both kept on the survivor's line, joined with `; `. A labelled
 * list gets the duplicate's items it lacks. A label only the duplicate has is added after the survivor's
 * last label line (a list label at the end). Other text is merged like any other section.
 */
export const mergeProfile: SectionRule = (survivor, duplicate, context) => {
  const out = cloneBody(survivor);
  const result = emptyResult(out);
  if (!duplicate) return result;
  const dupLabels = readLabels(duplicate);
  const trailing: Block[] = [];
  for (const label of dupLabels) mergeLabel(out, label, duplicate, trailing, result);
  const attached = new Set(dupLabels.flatMap((label) => (label.list === undefined ? [] : [label.list])));
  const loose = duplicate.blocks.filter((placed, index) => placed.block.kind === "list" && !attached.has(index));
  const toAdd = sortOtherBlocks(out, otherThanLabels(duplicate), "when-missing", context, result);
  result.added += toAdd.length;
  const newList = unionListItems(out, loose.flatMap(({ block }) => (block.kind === "list" ? block.items : [])), result);
  addBlocks(out, [...toAdd, ...trailing, ...(newList ? [newList] : [])], result.added > 0);
  return result;
};

const LABEL_LINE = /^(\*\*([^*]+?)\*\*[ \t]*:|\*\*([^*]+?):\*\*)[ \t]*(.*)$/;

interface LabelRef {
  /** Index of the text block holding the label line. */
  block: number;
  line: number;
  key: string;
  label: string;
  value: string;
  /** Offset in the line where the value starts. */
  valueStart: number;
  /** Index of the list block under the label, when the label line ends its paragraph. */
  list?: number;
}

function readLabels(body: SectionBody): LabelRef[] {
  const labels: LabelRef[] = [];
  body.blocks.forEach(({ block }, blockIndex) => {
    if (block.kind !== "text") return;
    block.lines.forEach((line, lineIndex) => {
      const match = LABEL_LINE.exec(line);
      if (!match) return;
      const label = (match[2] ?? match[3] ?? "").trim();
      const value = match[4] ?? "";
      const ref: LabelRef = { block: blockIndex, line: lineIndex, key: label.toLowerCase(), label, value, valueStart: line.length - value.length };
      const next = body.blocks[blockIndex + 1];
      if (lineIndex === block.lines.length - 1 && next?.block.kind === "list" && next.gap.length <= 1) ref.list = blockIndex + 1;
      labels.push(ref);
    });
  });
  return labels;
}

function mergeLabel(out: SectionBody, incoming: LabelRef, duplicate: SectionBody, trailing: Block[], result: RuleResult): void {
  const dupLine = lineOf(duplicate, incoming);
  const dupItems = listItems(duplicate, incoming.list);
  const existing = readLabels(out).find((label) => label.key === incoming.key);
  if (!existing) {
    addLabel(out, dupLine, dupItems, incoming, trailing, result);
    return;
  }
  const merged = mergeFieldValue(existing.label, existing.value, incoming.value, result);
  const block = out.blocks[existing.block]?.block;
  if (merged !== undefined && block?.kind === "text") block.lines[existing.line] = dupSafeLine(block.lines[existing.line] ?? "", existing.valueStart, merged);
  if (dupItems.length > 0) mergeLabelList(out, existing, dupItems, result);
}

function dupSafeLine(line: string, valueStart: number, value: string): string {
  const separator = valueStart > 0 && !/\s$/.test(line.slice(0, valueStart)) ? " " : "";
  return line.slice(0, valueStart) + separator + value;
}

/** A label the survivor lacks: a value line after its last label line; a labelled list at the end. */
function addLabel(out: SectionBody, dupLine: string, dupItems: ListItem[], incoming: LabelRef, trailing: Block[], result: RuleResult): void {
  if (dupItems.length > 0) {
    // One block, so the list sits right under its label, as the duplicate wrote it.
    trailing.push({ kind: "text", lines: [dupLine, ...dupItems.flatMap((item) => item.lines)] });
    result.added += dupItems.length;
    return;
  }
  if (isPlaceholder(incoming.value)) return;
  result.added++;
  // After the last `**Label**: value` line; never after a list label, whose list must stay right under it.
  const last = readLabels(out)
    .filter((label) => label.list === undefined && !isPlaceholder(label.value))
    .at(-1);
  const block = last === undefined ? undefined : out.blocks[last.block]?.block;
  if (last && block?.kind === "text") block.lines.splice(last.line + 1, 0, dupLine);
  else trailing.push({ kind: "text", lines: [dupLine] });
}

function mergeLabelList(out: SectionBody, existing: LabelRef, dupItems: ListItem[], result: RuleResult): void {
  const list = existing.list === undefined ? undefined : out.blocks[existing.list]?.block;
  if (list?.kind === "list") {
    for (const item of dupItems) {
      if (placeItem(list.items, item) === "added") result.added++;
      else result.folded++;
    }
    return;
  }
  // The label's lines after it (if any) move below the new list, so the list sits right under its label.
  const block = out.blocks[existing.block]?.block;
  const after = block?.kind === "text" ? block.lines.splice(existing.line + 1) : [];
  const moved = after.length > 0 ? [{ gap: [], block: { kind: "text" as const, lines: after } }] : [];
  out.blocks.splice(existing.block + 1, 0, { gap: [], block: { kind: "list", items: dupItems } }, ...moved);
  result.added += dupItems.length;
}

function lineOf(body: SectionBody, label: LabelRef): string {
  const block = body.blocks[label.block]?.block;
  return block?.kind === "text" ? (block.lines[label.line] ?? "") : "";
}

function listItems(body: SectionBody, index: number | undefined): ListItem[] {
  const block = index === undefined ? undefined : body.blocks[index]?.block;
  return block?.kind === "list" ? block.items : [];
}

/** The duplicate's blocks with label lines taken out: the text between labels, tables and code. */
function otherThanLabels(body: SectionBody): Block[] {
  const blocks: Block[] = [];
  for (const { block } of body.blocks) {
    if (block.kind === "list") continue;
    if (block.kind !== "text") blocks.push(block);
    else {
      const lines = block.lines.filter((line) => !LABEL_LINE.test(line));
      if (lines.length > 0) blocks.push({ kind: "text", lines });
    }
  }
  return blocks;
}
