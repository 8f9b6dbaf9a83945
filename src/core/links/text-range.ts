/** A half-open span of offsets, `[start, end)`. */
export interface TextRange {
  start: number;
  end: number;
}

/** Sorted, non-overlapping ranges with lookups by offset (binary search, no rescans). */
export class SortedRanges {
  constructor(readonly ranges: readonly TextRange[]) {}

  /** The range holding `offset`, if any. */
  containing(offset: number): TextRange | undefined {
    const candidate = this.ranges[this.lastStartingAtOrBefore(offset)];
    return candidate && offset < candidate.end ? candidate : undefined;
  }

  /** Whether any range shares an offset with `[start, end)`. */
  overlaps(start: number, end: number): boolean {
    if (this.containing(start)) return true;
    const next = this.ranges[this.lastStartingAtOrBefore(start) + 1];
    return next !== undefined && next.start < end;
  }

  /** Index of the last range starting at or before `offset`; -1 when none does. */
  private lastStartingAtOrBefore(offset: number): number {
    let low = -1;
    let high = this.ranges.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.ranges[middle]?.start ?? Infinity) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
