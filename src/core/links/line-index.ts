/**
 * Offset → 1-based line number by binary search over line starts. `lineAt` from the layout module
 * rescans the text per call, which is quadratic for a note with many links.
 */
export class LineIndex {
  /** Built on the first question: a note without links never needs it. */
  private lineStarts: number[] | undefined;

  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    const lineStarts = (this.lineStarts ??= lineStartsOf(this.text));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
  return starts;
}
