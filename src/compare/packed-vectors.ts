/**
 * Term vectors packed for the all-pairs comparisons of a story: each vector once as term numbers and weights, in its
 * Map's order, and the larger vector of a pair spread into a table indexed by term number. Sums taken over a packed
 * vector in that order give exactly the figures of Map iteration and lookups. A vector must not be changed once it
 * has been compared (a changed size is noticed and the vector packed again).
 */
import type { Vector } from './vectors.js';

export interface Packed {
  generation: number;
  size: number;
  ids: Int32Array;
  weights: Float64Array;
  /** The word and skeleton terms (keys starting w or k) alone, and the sum of their squared weights, in order. */
  wordIds: Int32Array;
  wordWeights: Float64Array;
  wordNorm: number;
}

/** Term numbers shared by all packed vectors: started afresh (a new generation) when they grow past a bound. */
let termIds = new Map<string, number>();
let generation = 0;
const MAX_TERMS = 1 << 20;
const packs = new WeakMap<Vector, Packed>();

export function pack(v: Vector): Packed {
  const p = packs.get(v);
  if (p && p.generation === generation && p.size === v.size) return p;
  if (termIds.size + v.size > MAX_TERMS) {
    termIds = new Map();
    generation++;
    resetTables(0);
  }
  const ids = new Int32Array(v.size);
  const weights = new Float64Array(v.size);
  let k = 0;
  for (const [t, x] of v) {
    let id = termIds.get(t);
    if (id === undefined) { id = termIds.size; termIds.set(t, id); }
    ids[k] = id;
    weights[k++] = x;
  }
  let words = 0;
  for (const t of v.keys()) if (t[0] === 'w' || t[0] === 'k') words++;
  const wordIds = new Int32Array(words);
  const wordWeights = new Float64Array(words);
  let wordNorm = 0;
  let j = 0;
  k = 0;
  for (const [t, x] of v) {
    if (t[0] === 'w' || t[0] === 'k') { wordIds[j] = ids[k]!; wordWeights[j++] = x; wordNorm += x * x; }
    k++;
  }
  const packed: Packed = { generation, size: v.size, ids, weights, wordIds, wordWeights, wordNorm };
  packs.set(v, packed);
  return packed;
}

/** Two tables a packed vector is spread into, so that one vector compared with many stays spread. */
interface Table {
  vector: Packed | null;
  weights: Float64Array;
  /** stamp[id] === current stamp: the term is in the spread vector. */
  stamp: Int32Array;
  current: number;
  lastUse: number;
}

const tables: Table[] = [];
let uses = 0;

function resetTables(capacity: number): void {
  tables.length = 0;
  for (let k = 0; k < 2; k++) tables.push({ vector: null, weights: new Float64Array(capacity), stamp: new Int32Array(capacity), current: 0, lastUse: 0 });
}
resetTables(1024);

export function spread(p: Packed): Table {
  uses++;
  for (const t of tables) if (t.vector === p) { t.lastUse = uses; return t; }
  if (tables[0]!.weights.length < termIds.size) resetTables(Math.max(termIds.size, tables[0]!.weights.length * 2));
  const t = tables[0]!.lastUse <= tables[1]!.lastUse ? tables[0]! : tables[1]!;
  if (t.current >= 0x3fffffff) { t.stamp.fill(0); t.current = 0; }
  t.current++;
  for (let k = 0; k < p.size; k++) { t.weights[p.ids[k]!] = p.weights[k]!; t.stamp[p.ids[k]!] = t.current; }
  t.vector = p;
  t.lastUse = uses;
  return t;
}

/** Vectors compared once so far: packing pays only from the second comparison of a vector on. */
const seen = new WeakSet<Vector>();

function packedIfRepeated(v: Vector): Packed | undefined {
  const p = packs.get(v);
  if (p && p.generation === generation && p.size === v.size) return p;
  if (seen.has(v)) return pack(v);
  seen.add(v);
  return undefined;
}

/**
 * The packed vectors of a pair, of one generation, or undefined when one of them is compared for the first time
 * (a pair of statements compared once, as `tabayyun pairs` does, is cheaper to compare on the Maps).
 */
export function packPair(a: Vector, b: Vector): [Packed, Packed] | undefined {
  let pa = packedIfRepeated(a);
  const pb = packedIfRepeated(b);
  if (!pa || !pb) return undefined;
  if (pa.generation !== pb.generation) pa = pack(a);
  return [pa, pb];
}
