/**
 * A small seeded PRNG (mulberry32) and the draws the synthetic vault needs. Same seed, same sequence, on
 * every machine: nothing here reads the clock or Math.random.
 */

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[this.int(items.length)] as T;
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const wanted = Math.min(count, copy.length);
    for (let index = 0; index < wanted; index++) {
      const other = index + this.int(copy.length - index);
      [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
    }
    return copy.slice(0, wanted);
  }

  shuffle<T>(items: T[]): T[] {
    for (let index = items.length - 1; index > 0; index--) {
      const other = this.int(index + 1);
      [items[index], items[other]] = [items[other] as T, items[index] as T];
    }
    return items;
  }
}

/**
 * Draws from a fixed list with fixed weights in O(log n): cumulative weights and a binary search.
 * `zipf(n, offset, exponent)` gives the long-tailed weights of names and companies.
 */
export class Weighted<T> {
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (items.length === 0 || items.length !== weights.length) throw new Error("Weighted needs one weight per item");
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    weights.forEach((weight, index) => {
      sum += weight;
      this.cumulative[index] = sum;
    });
    this.total = sum;
  }

  draw(rng: Rng): T {
    const target = rng.float() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low] as T;
  }
}

/** Weight of rank r (1-based): (r + offset)^-exponent, a Zipf-Mandelbrot law. */
export function zipf(count: number, offset: number, exponent: number): number[] {
  return Array.from({ length: count }, (_, index) => (index + 1 + offset) ** -exponent);
}
