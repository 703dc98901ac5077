/**
 * The stance model: multinomial logistic regression over the pair features of ./pair-features.ts, three classes
 * (consistent, conflict, unrelated), plus boosted regression trees over the dense features added to its scores. Its
 * weights and trees are built by scripts/train-stance.ts from the ANS stance corpus's train split and checked in as
 * ./stance-model.generated.ts, so that this module reads no file.
 */
import type { PairFeatures } from './pair-features.js';

export const STANCES = ['consistent', 'conflict', 'unrelated'] as const;
export type Stance = (typeof STANCES)[number];

export interface StanceModel {
  /** Version of the features the weights were trained on (FEATURES_VERSION of ./pair-features.ts at training). */
  featuresVersion: number;
  /** Names of the dense features, in order (a check against the code's list). */
  dense: readonly string[];
  /** One row of weights per class, over the dense features. */
  denseWeights: ReadonlyArray<readonly number[]>;
  /** Per sparse feature, one weight per class. */
  sparseWeights: Readonly<Record<string, readonly number[]>>;
  /**
   * Boosted regression trees over the dense features, added to the linear scores: tree t adds to class t mod 3.
   * Absent in a purely linear model.
   */
  trees?: readonly StanceTree[];
  /** IDF prior of word terms, and the IDF of a word it does not know. */
  idf: Readonly<Record<string, number>>;
  unknownIdf: number;
}

/**
 * One regression tree, stored flat: node i splits on dense feature feature[i] (value <= threshold[i] goes to left[i],
 * else right[i]); a node with feature −1 is a leaf worth value[i]. Node 0 is the root.
 */
export interface StanceTree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export function treeScore(tree: StanceTree, dense: readonly number[]): number {
  let node = 0;
  while (tree.feature[node]! >= 0) node = (dense[tree.feature[node]!] ?? 0) <= tree.threshold[node]! ? tree.left[node]! : tree.right[node]!;
  return tree.value[node]!;
}

export function softmax(z: readonly number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

/**
 * The model laid out for scoring: sparse weights in a Map, and all trees in flat typed arrays (children as absolute
 * node indices), so that a pair costs a few microseconds even before the engine has optimised the code — the model
 * as generated is a large object literal, slow to walk.
 */
interface Compiled {
  sparse: Map<string, readonly number[]>;
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
}

const compiledModels = new WeakMap<StanceModel, Compiled>();

function compile(model: StanceModel): Compiled {
  let c = compiledModels.get(model);
  if (c) return c;
  const trees = model.trees ?? [];
  const size = trees.reduce((n, t) => n + t.feature.length, 0);
  c = {
    sparse: new Map(Object.entries(model.sparseWeights)),
    roots: new Int32Array(trees.length),
    feature: new Int32Array(size),
    threshold: new Float64Array(size),
    left: new Int32Array(size),
    right: new Int32Array(size),
    value: new Float64Array(size),
  };
  let at = 0;
  trees.forEach((t, i) => {
    c!.roots[i] = at;
    for (let n = 0; n < t.feature.length; n++) {
      c!.feature[at + n] = t.feature[n]!;
      c!.threshold[at + n] = t.threshold[n]!;
      c!.left[at + n] = at + t.left[n]!;
      c!.right[at + n] = at + t.right[n]!;
      c!.value[at + n] = t.value[n]!;
    }
    at += t.feature.length;
  });
  compiledModels.set(model, c);
  return c;
}

/** Class scores (before softmax) of a pair's features. */
export function logits(model: StanceModel, f: Pick<PairFeatures, 'dense' | 'sparse'>): number[] {
  const z = model.denseWeights.map((row) => {
    let sum = 0;
    for (let i = 0; i < row.length; i++) sum += row[i]! * (f.dense[i] ?? 0);
    return sum;
  });
  const c = compile(model);
  // One look-up per sparse feature for all classes (the weight table has thousands of keys).
  for (const s of f.sparse) {
    const w = c.sparse.get(s);
    if (w) for (let k = 0; k < z.length; k++) z[k]! += w[k]!;
  }
  const { roots, feature, threshold, left, right, value } = c;
  for (let t = 0; t < roots.length; t++) {
    let n = roots[t]!;
    while (feature[n]! >= 0) n = (f.dense[feature[n]!] ?? 0) <= threshold[n]! ? left[n]! : right[n]!;
    z[t % z.length]! += value[n]!;
  }
  return z;
}

export function predictStance(model: StanceModel, f: Pick<PairFeatures, 'dense' | 'sparse'>): { stance: Stance; probabilities: Record<Stance, number> } {
  const p = softmax(logits(model, f));
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  return { stance: STANCES[best]!, probabilities: { consistent: p[0]!, conflict: p[1]!, unrelated: p[2]! } };
}
