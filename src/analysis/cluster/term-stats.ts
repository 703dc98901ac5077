/**
 * Document frequencies learned as the stream goes, for inverse-document-frequency weights. Terms are keyed by a
 * 30-bit hash rather than by their text: the table stays small and serialisable, and the rare collision (about 40
 * among 300,000 terms) only blends two weights.
 */
import { hashString, smallHash } from './hash.js';

export class TermStats {
  docs = 0;
  readonly df = new Map<number, number>();

  static key(term: string): number {
    return smallHash(hashString(term));
  }

  /** Counts one document with these (distinct) term keys. */
  observe(keys: Iterable<number>): void {
    this.docs++;
    for (const k of keys) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  /** Smoothed idf, ln((1 + N) / (1 + df)) + 1: never zero, highest for a term not seen before. */
  idf(key: number): number {
    return Math.log((1 + this.docs) / (1 + (this.df.get(key) ?? 0))) + 1;
  }

  toJSON(): { docs: number; df: number[] } {
    // Flat [key, count, key, count, …] in key order: compact and the same for the same state.
    const keys = [...this.df.keys()].sort((a, b) => a - b);
    const df: number[] = [];
    for (const k of keys) df.push(k, this.df.get(k)!);
    return { docs: this.docs, df };
  }

  static fromJSON(json: { docs: number; df: number[] }): TermStats {
    const stats = new TermStats();
    stats.docs = json.docs;
    for (let i = 0; i + 1 < json.df.length; i += 2) stats.df.set(json.df[i]!, json.df[i + 1]!);
    return stats;
  }
}
