/**
 * Wire copies: articles that are the same agency text with small edits. Compared on word 5-gram shingles of their
 * normalised words: two articles are copies when their shingle sets overlap by COPY_JACCARD, or when one is
 * contained in the other by COPY_CONTAINMENT (a reprint that cut the last paragraphs). Exact sets, not MinHash: a
 * story has tens of articles, not millions (src/analysis/cluster does the corpus-scale version).
 */
import { tokenize } from '../text/tokenize.js';

export const SHINGLE = 5;
export const COPY_JACCARD = 0.5;
export const COPY_CONTAINMENT = 0.8;

export function shingles(text: string, size = SHINGLE): Set<string> {
  const words = tokenize(text).filter((t) => t.kind === 'word' || t.kind === 'number').map((t) => t.norm);
  const out = new Set<string>();
  if (words.length < size) {
    if (words.length) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}

export interface CopyOverlap {
  jaccard: number;
  containment: number;
}

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): CopyOverlap {
  if (a.size === 0 || b.size === 0) return { jaccard: 0, containment: 0 };
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return { jaccard: shared / (a.size + b.size - shared), containment: shared / small.size };
}

export function isCopy(o: CopyOverlap): boolean {
  return o.jaccard >= COPY_JACCARD || o.containment >= COPY_CONTAINMENT;
}

export interface CopyGroups {
  /** Group index of each article: copies share one. */
  groupOf: number[];
  /** Overlap of every pair (i < j), keyed "i:j". */
  overlaps: Map<string, CopyOverlap>;
}

/** Copy groups of a list of texts (union of copy pairs). */
export function copyGroups(texts: readonly string[]): CopyGroups {
  const sets = texts.map((t) => shingles(t));
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const overlaps = new Map<string, CopyOverlap>();
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const o = overlap(sets[i]!, sets[j]!);
      overlaps.set(`${i}:${j}`, o);
      if (isCopy(o)) { const a = find(i); const b = find(j); if (a !== b) parent[Math.max(a, b)] = Math.min(a, b); }
    }
  }
  return { groupOf: texts.map((_, i) => find(i)), overlaps };
}
