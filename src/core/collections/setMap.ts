/**
 * A map from a key to a set of values, for the lookup indexes that people and duplicates keep up to date.
 * Most keys hold one value, so one value is kept as itself and a few as an array: a vault of 100k people
 * has millions of keys, and a Set (or even an array) for each would dominate memory and garbage collection.
 */
const SMALL = 8;

/** Values are strings, numbers or plain records: never arrays or Sets, which would be mistaken for the map's own. */
type Value = string | number | Record<string, unknown>;

export class SetMap<K, V extends Value> {
  private readonly map = new Map<K, V | V[] | Set<V>>();

  add(key: K, value: V): void {
    const values = this.map.get(key);
    if (values === undefined) this.map.set(key, value);
    else if (values instanceof Set) values.add(value);
    else if (!Array.isArray(values)) {
      if (values !== value) this.map.set(key, [values, value]);
    } else if (!values.includes(value)) {
      if (values.length < SMALL) values.push(value);
      else this.map.set(key, new Set([...values, value]));
    }
  }

  delete(key: K, value: V): void {
    const values = this.map.get(key);
    if (values === undefined) return;
    if (values instanceof Set) values.delete(value);
    else if (!Array.isArray(values)) {
      if (values === value) this.map.delete(key);
      return;
    } else {
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
    if (values instanceof Set) return values.has(value);
    return Array.isArray(values) ? values.includes(value) : values === value;
  }

  /** The values under a key; do not change the map while iterating them. */
  values(key: K): Iterable<V> {
    const values = this.map.get(key);
    if (values === undefined) return EMPTY;
    return values instanceof Set || Array.isArray(values) ? values : [values];
  }

  sizeOf(key: K): number {
    const values = this.map.get(key);
    if (values === undefined) return 0;
    if (values instanceof Set) return values.size;
    return Array.isArray(values) ? values.length : 1;
  }

  keys(): IterableIterator<K> {
    return this.map.keys();
  }
}

const EMPTY: readonly never[] = [];

/**
 * A map from a key to a list of values, for indexes whose caller files each value under a key at most once:
 * it adds without looking for the value first, and keeps a list however many values a key has, where `SetMap`
 * turns to a Set ("john" among 100k people has thousands: filling Sets was a third of filing people). One
 * value is kept as itself. Removing a value searches its key's list; a list is iterated in filing order.
 */
export class ListMap<K, V extends Value> {
  private readonly map = new Map<K, V | V[]>();

  /** Files `value` under `key`; the caller never files one value twice under one key. */
  add(key: K, value: V): void {
    const values = this.map.get(key);
    if (values === undefined) this.map.set(key, value);
    else if (Array.isArray(values)) values.push(value);
    else this.map.set(key, [values, value]);
  }

  delete(key: K, value: V): void {
    const values = this.map.get(key);
    if (values === undefined) return;
    if (!Array.isArray(values)) {
      if (values === value) this.map.delete(key);
      return;
    }
    const at = values.indexOf(value);
    if (at >= 0) values.splice(at, 1);
    if (values.length === 1) this.map.set(key, values[0] as V);
  }

  /** The values under a key; do not change the map while iterating them. */
  values(key: K): Iterable<V> {
    const values = this.map.get(key);
    if (values === undefined) return EMPTY;
    return Array.isArray(values) ? values : [values];
  }

  sizeOf(key: K): number {
    const values = this.map.get(key);
    if (values === undefined) return 0;
    return Array.isArray(values) ? values.length : 1;
  }
}
