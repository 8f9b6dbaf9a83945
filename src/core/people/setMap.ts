/**
 * A map from a key to a set of values, for the lookup indexes that people and duplicates keep up to date.
 * Most keys hold one or two values, so small sets are kept as arrays: a vault of 100k people has millions
 * of keys, and a Set for each would dominate memory and garbage collection.
 */
const SMALL = 8;

export class SetMap<K, V> {
  private readonly map = new Map<K, V[] | Set<V>>();

  add(key: K, value: V): void {
    const values = this.map.get(key);
    if (!values) this.map.set(key, [value]);
    else if (values instanceof Set) values.add(value);
    else if (!values.includes(value)) {
      if (values.length < SMALL) values.push(value);
      else this.map.set(key, new Set([...values, value]));
    }
  }

  delete(key: K, value: V): void {
    const values = this.map.get(key);
    if (!values) return;
    if (values instanceof Set) values.delete(value);
    else {
      const at = values.indexOf(value);
      if (at >= 0) values.splice(at, 1);
    }
    if (this.sizeOf(key) === 0) this.map.delete(key);
  }

  /** Removes a key and everything under it. */
  deleteKey(key: K): void {
    this.map.delete(key);
  }

  has(key: K, value: V): boolean {
    const values = this.map.get(key);
    return values instanceof Set ? values.has(value) : (values?.includes(value) ?? false);
  }

  /** The values under a key; do not change the map while iterating them. */
  values(key: K): Iterable<V> {
    return this.map.get(key) ?? EMPTY;
  }

  sizeOf(key: K): number {
    const values = this.map.get(key);
    return values instanceof Set ? values.size : (values?.length ?? 0);
  }

  keys(): IterableIterator<K> {
    return this.map.keys();
  }

  *entries(): IterableIterator<[K, Iterable<V>]> {
    yield* this.map.entries();
  }
}

const EMPTY: readonly never[] = [];
