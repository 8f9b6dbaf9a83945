import { createTwoFilesPatch, diffLines } from "diff";

/**
 * What a merge or consolidation would change, for `--dry-run` and the preview modal: a unified diff as text,
 * and the same comparison as line runs the UI can render.
 */

export function previewDiff(before: string, after: string, options: { path?: string; context?: number } = {}): string {
  const path = options.path ?? "note.md";
  return createTwoFilesPatch(path, path, before, after, "before", "after", { context: options.context ?? 3 });
}

export type DiffLineKind = "added" | "removed" | "unchanged";

export interface DiffLine {
  kind: DiffLineKind;
  /** The line without its line ending. */
  text: string;
  /** 1-based line in `before` (absent for an added line). */
  beforeLine?: number;
  /** 1-based line in `after` (absent for a removed line). */
  afterLine?: number;
}

export function previewLines(before: string, after: string): DiffLine[] {
  const lines: DiffLine[] = [];
  let beforeLine = 1;
  let afterLine = 1;
  for (const change of diffLines(before, after)) {
    const kind: DiffLineKind = change.added ? "added" : change.removed ? "removed" : "unchanged";
    for (const text of splitLines(change.value)) {
      const line: DiffLine = { kind, text };
      if (kind !== "added") line.beforeLine = beforeLine++;
      if (kind !== "removed") line.afterLine = afterLine++;
      lines.push(line);
    }
  }
  return lines;
}

function splitLines(value: string): string[] {
  if (value === "") return [];
  return value.replace(/\r?\n$/, "").split(/\r?\n/);
}
