/**
 * The cells of a Markdown table row with their offsets in the line, so that one cell can be rewritten and the
 * rest of the row keep its bytes (padding, escapes, `[[link\|alias]]`). A `|` counts as a cell border unless
 * escaped or inside `[[ ]]`.
 */

export interface CellSpan {
  /** Offsets of the cell's trimmed text in the line. */
  start: number;
  end: number;
  text: string;
}

export function rowCells(line: string): CellSpan[] {
  const borders = cellBorders(line);
  if (borders.length === 0 || line.slice(0, borders[0]).trim() !== "") return [];
  const cells: CellSpan[] = [];
  for (let index = 0; index < borders.length; index++) {
    const from = (borders[index] as number) + 1;
    const to = borders[index + 1] ?? line.length;
    const raw = line.slice(from, to);
    if (index === borders.length - 1 && raw.trim() === "") break;
    // An empty cell is written into its middle: `|  |` becomes `| x |`.
    const start = raw.trim() === "" ? from + Math.min(1, raw.length) : from + (raw.length - raw.trimStart().length);
    const end = raw.trim() === "" ? start : to - (raw.length - raw.trimEnd().length);
    cells.push({ start, end, text: line.slice(start, end) });
  }
  return cells;
}

function cellBorders(line: string): number[] {
  const borders: number[] = [];
  let linkDepth = 0;
  for (let index = 0; index < line.length; index++) {
    if (line[index] === "\\") index++;
    else if (line.startsWith("[[", index)) {
      linkDepth++;
      index++;
    } else if (line.startsWith("]]", index) && linkDepth > 0) {
      linkDepth--;
      index++;
    } else if (line[index] === "|" && linkDepth === 0) borders.push(index);
  }
  return borders;
}

export function replaceCell(line: string, cell: CellSpan, text: string): string {
  return line.slice(0, cell.start) + text + line.slice(cell.end);
}

/** `|---|:--:|`: the row under a table's header. */
export function isDelimiterRow(cells: readonly CellSpan[]): boolean {
  return cells.length > 0 && cells.every((cell) => /^:?-+:?$/.test(cell.text));
}
