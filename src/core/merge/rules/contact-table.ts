import { isPlaceholder } from "../../parse/body-facts";
import { bodyListItems } from "../list-items";
import { cloneBody, type Block } from "../blocks";
import { sameTextKey, stripEmphasis } from "../normalize";
import { addBlocks, sortOtherBlocks, unionListItems } from "./absorb";
import { emptyResult, type RuleResult, type SectionRule } from "./rule";
import { isDelimiterRow, replaceCell, rowCells } from "./table-rows";
import { mergeFieldValue } from "./value-parts";

/**
 * Contact Information: the `| **Field** | Value |` table, field by field. A known value beats `_Unknown_`; two
 * different known values are both kept in the survivor's cell, joined with `; ` (one row per field keeps
 * the table readable and the field findable). A field only the duplicate has becomes a new row at the end.
 * Anything else in the section is merged like any other section.
 */
export const mergeContactTable: SectionRule = (survivor, duplicate, context) => {
  const out = cloneBody(survivor);
  const result = emptyResult(out);
  if (!duplicate) return result;
  const incoming = duplicate.blocks.map((placed) => placed.block);
  const table = out.blocks.find((placed) => placed.block.kind === "table")?.block;
  const dupTables = incoming.filter((block) => block.kind === "table");
  const others = incoming.filter((block) => block.kind !== "table" && block.kind !== "list");
  const toAdd = sortOtherBlocks(out, table ? others : [...dupTables.slice(0, 1), ...others], "when-missing", context, result);
  if (table && table.kind === "table") for (const dupTable of dupTables) mergeTableRows(table.lines, dupTable, result);
  else sortOtherBlocks(out, dupTables.slice(1), "leftover", context, result);
  result.added += toAdd.length;
  const newList = unionListItems(out, bodyListItems(duplicate), result);
  addBlocks(out, newList ? [...toAdd, newList] : toAdd, result.added > 0);
  return result;
};

function hasHeader(lines: readonly string[]): boolean {
  return lines.length >= 2 && isDelimiterRow(rowCells(lines[1] ?? ""));
}

function fieldName(line: string): string | undefined {
  const cells = rowCells(line);
  if (cells.length !== 2 || isDelimiterRow(cells)) return undefined;
  return stripEmphasis(cells[0]?.text ?? "").toLowerCase();
}

/**
 * Merges the duplicate's rows into the survivor's table lines (changed in place). The duplicate's header and
 * delimiter rows are the table's frame, not data: the survivor's frame stays.
 */
function mergeTableRows(lines: string[], dupTable: Block, result: RuleResult): void {
  if (dupTable.kind !== "table") return;
  const framed = hasHeader(lines) && hasHeader(dupTable.lines);
  for (const [index, row] of dupTable.lines.entries()) {
    if (framed && index < 2) continue;
    const field = fieldName(row);
    if (field === undefined) addRowIfMissing(lines, row, result);
    else mergeFieldRow(lines, field, row, result);
  }
}

function mergeFieldRow(lines: string[], field: string, row: string, result: RuleResult): void {
  const at = lines.findIndex((line) => fieldName(line) === field);
  const incoming = rowCells(row)[1]?.text ?? "";
  if (at === -1) {
    addRowIfMissing(lines, row, result);
    return;
  }
  const line = lines[at] as string;
  const cell = rowCells(line)[1];
  if (!cell) return;
  const merged = mergeFieldValue(stripEmphasis(rowCells(line)[0]?.text ?? field), cell.text, incoming, result);
  if (merged !== undefined) lines[at] = replaceCell(line, cell, merged);
}

/** A row that is not a field (a header, a wider table's row) is added when the table lacks it. */
function addRowIfMissing(lines: string[], row: string, result: RuleResult): void {
  const key = rowKey(row);
  if (lines.some((line) => rowKey(line) === key)) return;
  // A field the survivor lacks, with nothing known in it, adds nothing worth a row.
  if (fieldName(row) !== undefined && isPlaceholder(rowCells(row)[1]?.text ?? "")) return;
  lines.push(row);
  result.added++;
}

function rowKey(line: string): string {
  const cells = rowCells(line);
  if (isDelimiterRow(cells)) return "|-|";
  return cells.map((cell) => sameTextKey(stripEmphasis(cell.text))).join("|");
}
