/**
 * Sparse weight vectors keyed by 30-bit term hashes, in two shapes:
 *
 * - `TermWeights`: a story centroid, looked up hundreds of times per article. An open-addressing table in typed
 *   arrays (linear probing, power-of-two capacity), several times faster than a Map<number, number> for the
 *   lookups that dominate scoring, and compact in memory.
 * - `WeightList`: an article's vector, parallel arrays that are only iterated.
 *
 * Iteration follows slot order, which depends only on the sequence of operations; the table is saved slot for slot,
 * so a restored table iterates (and sums floating-point numbers) in exactly the same order as the original.
 */

const EMPTY = -1;

export interface WeightList {
  keys: number[];
  weights: number[];
}

export class TermWeights {
  keys: Int32Array;
  vals: Float64Array;
  size = 0;

  constructor(capacity = 16) {
    let c = 16;
    while (c < capacity) c *= 2;
    this.keys = new Int32Array(c).fill(EMPTY);
    this.vals = new Float64Array(c);
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (true) {
      const k = this.keys[i]!;
      if (k === key || k === EMPTY) return i;
      i = (i + 1) & mask;
    }
  }

  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.vals[i]! : 0;
  }

  has(key: number): boolean {
    return this.keys[this.slot(key)] === key;
  }

  add(key: number, weight: number): void {
    const i = this.slot(key);
    if (this.keys[i] === key) {
      this.vals[i] = this.vals[i]! + weight;
      return;
    }
    this.keys[i] = key;
    this.vals[i] = weight;
    this.size++;
    // Load factor at most 1/2 keeps probe chains short.
    if (this.size * 2 > this.keys.length) this.grow();
  }

  private grow(): void {
    const { keys, vals } = this;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.vals = new Float64Array(keys.length * 2);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) this.add(keys[i]!, vals[i]!);
  }

  forEach(fn: (key: number, weight: number) => void): void {
    const { keys, vals } = this;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) fn(keys[i]!, vals[i]!);
  }

  norm(): number {
    let s = 0;
    const { keys, vals } = this;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) s += vals[i]! * vals[i]!;
    return Math.sqrt(s);
  }

  /** Entries sorted heaviest first (ties by key): deterministic. */
  sorted(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    this.forEach((k, w) => out.push([k, w]));
    return out.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  }

  /** Keeps the `keep` heaviest entries, rebuilt into a table sized for them. */
  prune(keep: number): void {
    if (this.size <= keep) return;
    const kept = this.sorted().slice(0, keep);
    this.keys = new Int32Array(this.keys.length).fill(EMPTY);
    this.vals = new Float64Array(this.keys.length);
    this.size = 0;
    for (const [k, w] of kept) this.add(k, w);
  }

  addList(list: WeightList, scale = 1): void {
    for (let i = 0; i < list.keys.length; i++) this.add(list.keys[i]!, scale * list.weights[i]!);
  }

  addTable(other: TermWeights): void {
    other.forEach((k, w) => this.add(k, w));
  }

  /** Slot-for-slot copy for saved state: [capacity, key, weight, key, weight, …] (filled slots, with positions). */
  toFlat(): number[] {
    const out: number[] = [this.keys.length];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== EMPTY) out.push(i, this.keys[i]!, this.vals[i]!);
    return out;
  }

  static fromFlat(flat: readonly number[]): TermWeights {
    const capacity = flat[0] ?? 16;
    if (!Number.isInteger(capacity) || capacity < 16 || (capacity & (capacity - 1)) !== 0 || capacity > 1 << 24) {
      throw new RangeError('bad table capacity');
    }
    const t = new TermWeights(capacity);
    for (let i = 1; i + 2 < flat.length; i += 3) {
      const slot = flat[i]!;
      const key = flat[i + 1]!;
      if (!Number.isInteger(slot) || slot < 0 || slot >= capacity || !Number.isInteger(key) || key < 0 || t.keys[slot] !== EMPTY) {
        throw new RangeError('bad table entry');
      }
      t.keys[slot] = key;
      t.vals[slot] = flat[i + 2]!;
      t.size++;
    }
    // At most half full, as `add` keeps it: probing always meets an empty slot and ends.
    if (t.size * 2 > capacity) throw new RangeError('table over-full');
    return t;
  }
}

/** Dot product of an article's list with a table. */
export function dotList(list: WeightList, table: TermWeights): number {
  let s = 0;
  for (let i = 0; i < list.keys.length; i++) s += list.weights[i]! * table.get(list.keys[i]!);
  return s;
}

/** Dot product of two tables (iterates the smaller). */
export function dotTables(a: TermWeights, b: TermWeights): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  const { keys, vals } = a;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) s += vals[i]! * b.get(keys[i]!);
  return s;
}

/** A list scaled to unit length (an empty list stays empty). */
export function unitList(entries: Map<number, number>): WeightList {
  let s = 0;
  for (const w of entries.values()) s += w * w;
  const n = Math.sqrt(s);
  const keys: number[] = [];
  const weights: number[] = [];
  for (const [k, w] of entries) {
    keys.push(k);
    weights.push(n > 0 ? w / n : 0);
  }
  return { keys, weights };
}

/** The `n` heaviest [key, weight] entries of a list, heaviest first (ties by key). */
export function topListEntries(list: WeightList, n: number): Array<[number, number]> {
  const entries: Array<[number, number]> = list.keys.map((k, i) => [k, list.weights[i]!]);
  return entries.sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, n);
}
