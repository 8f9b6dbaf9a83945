/** A map from a key to a set of values, for the lookup indexes that people and duplicates keep up to date. */
export class SetMap<K, V> {
  private readonly map = new Map<K, Set<V>>();

  add(key: K, value: V): void {
    const set = this.map.get(key);
    if (set) set.add(value);
    else this.map.set(key, new Set([value]));
  }

  delete(key: K, value: V): void {
    const set = this.map.get(key);
    if (!set) return;
    set.delete(value);
    if (set.size === 0) this.map.delete(key);
  }

  get(key: K): ReadonlySet<V> {
    return this.map.get(key) ?? EMPTY;
  }

  sizeOf(key: K): number {
    return this.map.get(key)?.size ?? 0;
  }

  keys(): IterableIterator<K> {
    return this.map.keys();
  }

  entries(): IterableIterator<[K, Set<V>]> {
    return this.map.entries();
  }
}

const EMPTY: ReadonlySet<never> = new Set<never>();
