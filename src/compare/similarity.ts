/**
 * How alike two statements are, 0..1: the mean of the cosine of their term vectors and their soft containment (the
 * weight they share over the weight of the smaller one). Cosine alone punishes a long sentence that says one fact
 * and adds two more; containment alone lets a four-word clause match anything that contains its words.
 *
 * A story compares every statement with every other: vectors are packed once (./packed-vectors.ts), with the
 * same figures as Map lookups.
 */
import { packPair, spread } from './packed-vectors.js';
import type { Vector } from './vectors.js';

/** Weight a statement needs before containment counts fully (short clauses are contained in too much). */
const CONTAINMENT_MIN_TERMS = 6;

export function statementSimilarity(a: Vector, b: Vector): number {
  const packed = packPair(a, b);
  if (!packed) return mapSimilarity(a, b);
  const [pa, pb] = packed;
  let dot = 0;
  let coveredA = 0;
  let coveredB = 0;
  const [small, large] = a.size <= b.size ? [pa, pb] : [pb, pa];
  const table = spread(large);
  const { weights, stamp, current } = table;
  for (let k = 0; k < small.size; k++) {
    const id = small.ids[k]!;
    if (stamp[id] !== current) continue;
    const x = small.weights[k]!;
    const y = weights[id]!;
    dot += x * y; coveredA += x * x; coveredB += y * y;
  }
  // Unit vectors: the share of the smaller statement's squared weight that the other one has too (the mean of both
  // shares when they are the same size, so that the order of the two never matters).
  const covered = a.size === b.size ? (coveredA + coveredB) / 2 : coveredA;
  const containment = covered * Math.min(1, small.size / CONTAINMENT_MIN_TERMS);
  return Math.min(1, 0.5 * dot + 0.5 * containment);
}

/** The same figures from the Maps themselves, in the same order of summation. */
export function mapSimilarity(a: Vector, b: Vector): number {
  let dot = 0;
  let coveredA = 0;
  let coveredB = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y !== undefined) { dot += x * y; coveredA += x * x; coveredB += y * y; }
  }
  const covered = a.size === b.size ? (coveredA + coveredB) / 2 : coveredA;
  const containment = covered * Math.min(1, small.size / CONTAINMENT_MIN_TERMS);
  return Math.min(1, 0.5 * dot + 0.5 * containment);
}
