/**
 * Document frequencies that fade: each key's count halves every `halfLife` articles. "Rare" then means rare in the
 * recent stream, the window in which stories are open, not over all history: after months of news a pair such as
 * "وزير الحج" has been seen hundreds of times, yet this week's event-specific names are still rare this week. Keys
 * whose count has faded below `floor` are dropped by `prune`, so the table holds about the recent window only and its
 * size does not grow with the stream.
 */
export class DecayedCounts {
  /** Key → count as of the article `last` had when it was last touched. */
  readonly count = new Map<number, number>();
  readonly last = new Map<number, number>();

  constructor(readonly halfLife: number) {}

  /** The count of `key` as of article number `at`. */
  value(key: number, at: number): number {
    const c = this.count.get(key);
    if (c === undefined) return 0;
    return c * Math.pow(0.5, (at - this.last.get(key)!) / this.halfLife);
  }

  /** Counts one document (article number `at`) with these distinct keys. */
  observe(keys: Iterable<number>, at: number): void {
    for (const k of keys) {
      this.count.set(k, this.value(k, at) + 1);
      this.last.set(k, at);
    }
  }

  /** Drops keys whose count has faded below `floor` as of article `at`. */
  prune(at: number, floor: number): void {
    for (const k of [...this.count.keys()]) {
      if (this.value(k, at) < floor) {
        this.count.delete(k);
        this.last.delete(k);
      }
    }
  }

  /** Flat [key, count, last, …] in key order: compact, and the same for the same state. */
  toJSON(): { halfLife: number; entries: number[] } {
    const entries: number[] = [];
    for (const k of [...this.count.keys()].sort((a, b) => a - b)) entries.push(k, this.count.get(k)!, this.last.get(k)!);
    return { halfLife: this.halfLife, entries };
  }

  static fromJSON(json: { halfLife: number; entries: number[] }): DecayedCounts {
    const d = new DecayedCounts(json.halfLife);
    for (let i = 0; i + 2 < json.entries.length; i += 3) {
      d.count.set(json.entries[i]!, json.entries[i + 1]!);
      d.last.set(json.entries[i]!, json.entries[i + 2]!);
    }
    return d;
  }
}
