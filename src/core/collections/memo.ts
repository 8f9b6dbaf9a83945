/**
 * Answers remembered by key, for pure work asked again and again with the same text: a vault repeats a few
 * thousand given and family names, companies and participant names across every note, and a scan asks about
 * them hundreds of thousands of times. Each memo has a bound: past it, everything is forgotten and remembering
 * starts again, so a long session's memory stays flat whatever it reads. `undefined` is never remembered:
 * work whose answer can be "none" gives `null` for it.
 *
 * Memos live at module level, so answers outlast one scan: the plugin's next scan starts warm. Anything that
 * must start cold (a benchmark comparing runs, a test that the answers never depend on what was asked
 * before) calls `forgetEveryAnswer`. Each memo registers itself for good, so create them at module level only.
 */

interface Forgetful {
  forget(): void;
}

const everyMemo: Forgetful[] = [];

/** Empties every memo in the program: the next scan works each answer out afresh. */
export function forgetEveryAnswer(): void {
  for (const memo of everyMemo) memo.forget();
}

export class Memo<V> implements Forgetful {
  private readonly values = new Map<string, V>();

  constructor(private readonly limit: number) {
    everyMemo.push(this);
  }

  /** The remembered answer for `key`, or `work(key)` remembered. `work` is a plain function: no closure per call. */
  get(key: string, work: (key: string) => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = work(key);
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(key, value);
    }
    return value;
  }

  forget(): void {
    this.values.clear();
  }
}

/** `Memo` for answers about two keys, kept as a map of maps, so that asking builds no key for the pair. */
export class PairMemo<V> implements Forgetful {
  private readonly rows = new Map<string, Map<string, V>>();
  private size = 0;

  constructor(private readonly limit: number) {
    everyMemo.push(this);
  }

  get(first: string, second: string): V | undefined {
    return this.rows.get(first)?.get(second);
  }

  set(first: string, second: string, value: V): void {
    if (this.size >= this.limit) this.forget();
    let row = this.rows.get(first);
    if (!row) this.rows.set(first, (row = new Map()));
    row.set(second, value);
    this.size++;
  }

  forget(): void {
    this.rows.clear();
    this.size = 0;
  }
}
