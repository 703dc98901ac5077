/** Sparse vectors keyed by term hash: the article and story representations the score is computed on. */

export type SparseVector = Map<number, number>;

export function norm(v: SparseVector): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

export function dot(a: SparseVector, b: SparseVector): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [k, w] of a) {
    const x = b.get(k);
    if (x !== undefined) s += w * x;
  }
  return s;
}

/** Cosine with known norms (0 when either side is empty). */
export function cosine(a: SparseVector, aNorm: number, b: SparseVector, bNorm: number): number {
  if (aNorm === 0 || bNorm === 0) return 0;
  return dot(a, b) / (aNorm * bNorm);
}

/** Scales to unit length in place and returns the vector. */
export function normalizeInPlace(v: SparseVector): SparseVector {
  const n = norm(v);
  if (n > 0) for (const [k, w] of v) v.set(k, w / n);
  return v;
}

/** a += scale · b, in place. */
export function addInto(a: SparseVector, b: SparseVector, scale = 1): void {
  for (const [k, w] of b) a.set(k, (a.get(k) ?? 0) + scale * w);
}

/** Keeps the `keep` heaviest entries (ties broken by key, so the result is deterministic). */
export function pruneInPlace(v: SparseVector, keep: number): void {
  if (v.size <= keep) return;
  const entries = [...v].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  v.clear();
  for (let i = 0; i < keep; i++) v.set(entries[i]![0], entries[i]![1]);
}

/** The keys of the `n` heaviest entries, heaviest first (ties by key). */
export function topKeys(v: SparseVector, n: number): number[] {
  return [...v].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, n).map((e) => e[0]);
}

/**
 * Flat [key, weight, key, weight, …] for saved state, in the map's own order: a restored map then adds up its
 * floating-point sums in the same order as the original, so a run that was saved and restored halfway gives the same
 * stories as one that never stopped.
 */
export function toFlat(v: SparseVector): number[] {
  const out: number[] = [];
  for (const [k, w] of v) out.push(k, w);
  return out;
}

export function fromFlat(flat: readonly number[]): SparseVector {
  const v: SparseVector = new Map();
  for (let i = 0; i + 1 < flat.length; i += 2) v.set(flat[i]!, flat[i + 1]!);
  return v;
}
