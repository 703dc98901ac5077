/**
 * Gradient-boosted regression trees for a K-class softmax (second-order boosting, as in XGBoost/LightGBM), small
 * enough to write here: features are cut into at most MAX_BINS quantile bins, trees grow level by level to a fixed
 * depth, leaves get −G/(H+λ) shrunk by the learning rate. Used by scripts/train-stance.ts on the dense pair features;
 * the trees it returns are evaluated by treeScore in src/compare/stance-model.ts.
 */
import { seededRandom } from '../src/analysis/entities/perceptron.js';
import { softmax, treeScore, type StanceTree } from '../src/compare/stance-model.js';

export interface BoostOptions {
  rounds: number;
  depth: number;
  rate: number;
  /** L2 on leaf values. */
  lambda: number;
  /** Least hessian weight in a leaf. */
  minChild: number;
  /** Share of features looked at per tree (1 = all); picked by a fixed-seed generator. */
  colsample: number;
}

const MAX_BINS = 32;

/** Thresholds per feature: a value goes left when value <= threshold. */
export function cutPoints(rows: readonly (readonly number[])[], d: number): number[][] {
  const cuts: number[][] = [];
  for (let j = 0; j < d; j++) {
    const values = [...new Set(rows.map((r) => r[j]!))].sort((a, b) => a - b);
    if (values.length <= 1) { cuts.push([]); continue; }
    const mids: number[] = [];
    for (let i = 0; i + 1 < values.length; i++) mids.push((values[i]! + values[i + 1]!) / 2);
    if (mids.length <= MAX_BINS - 1) { cuts.push(mids); continue; }
    const sorted = rows.map((r) => r[j]!).sort((a, b) => a - b);
    const picked = new Set<number>();
    for (let q = 1; q < MAX_BINS; q++) {
      const v = sorted[Math.floor((q * sorted.length) / MAX_BINS)]!;
      // The midpoint between v and the next distinct value.
      const next = values.find((x) => x > v);
      if (next !== undefined) picked.add((v + next) / 2);
    }
    cuts.push([...picked].sort((a, b) => a - b));
  }
  return cuts;
}

function binOf(cuts: readonly number[], v: number): number {
  let lo = 0; let hi = cuts.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (v <= cuts[mid]!) hi = mid; else lo = mid + 1; }
  return lo;
}

/**
 * One tree on gradients g and hessians h of the examples in `index`. Nodes are stored flat: an internal node has
 * feature ≥ 0 and children left/right; a leaf has feature −1 and its value.
 */
function growTree(bins: readonly Uint8Array[], cuts: readonly number[][], g: Float64Array, h: Float64Array, index: readonly number[], features: readonly number[], opts: BoostOptions): StanceTree {
  const tree: StanceTree = { feature: [], threshold: [], left: [], right: [], value: [] };
  const leaf = (G: number, H: number) => {
    tree.feature.push(-1); tree.threshold.push(0); tree.left.push(-1); tree.right.push(-1);
    tree.value.push(-(G / (H + opts.lambda)) * opts.rate);
    return tree.feature.length - 1;
  };
  const grow = (rows: readonly number[], depth: number): number => {
    let G = 0; let H = 0;
    for (const i of rows) { G += g[i]!; H += h[i]!; }
    if (depth >= opts.depth || rows.length < 2) return leaf(G, H);
    const parentScore = (G * G) / (H + opts.lambda);
    let best = { gain: 1e-9, feature: -1, bin: -1 };
    for (const j of features) {
      const nb = cuts[j]!.length + 1;
      if (nb <= 1) continue;
      const gs = new Float64Array(nb); const hs = new Float64Array(nb);
      const col = bins[j]!;
      for (const i of rows) { gs[col[i]!]! += g[i]!; hs[col[i]!]! += h[i]!; }
      let gl = 0; let hl = 0;
      for (let b = 0; b + 1 < nb; b++) {
        gl += gs[b]!; hl += hs[b]!;
        const gr = G - gl; const hr = H - hl;
        if (hl < opts.minChild || hr < opts.minChild) continue;
        const gain = (gl * gl) / (hl + opts.lambda) + (gr * gr) / (hr + opts.lambda) - parentScore;
        if (gain > best.gain) best = { gain, feature: j, bin: b };
      }
    }
    if (best.feature < 0) return leaf(G, H);
    const col = bins[best.feature]!;
    const left = rows.filter((i) => col[i]! <= best.bin);
    const right = rows.filter((i) => col[i]! > best.bin);
    const at = tree.feature.length;
    tree.feature.push(best.feature); tree.threshold.push(cuts[best.feature]![best.bin]!); tree.left.push(-1); tree.right.push(-1); tree.value.push(0);
    tree.left[at] = grow(left, depth + 1);
    tree.right[at] = grow(right, depth + 1);
    return at;
  };
  grow(index, 0);
  return tree;
}

/**
 * Boosts K-class softmax trees on `rows` (dense features), starting from the class scores `init` (e.g. a linear
 * model's, or zeros). `weights` are per-example weights (class balance). Returns the trees, round by round, K a round.
 */
export function boost(rows: readonly (readonly number[])[], labels: readonly number[], weights: readonly number[], init: readonly (readonly number[])[], K: number, opts: BoostOptions): StanceTree[] {
  const n = rows.length; const d = rows[0]?.length ?? 0;
  const cuts = cutPoints(rows, d);
  const bins = cuts.map((c, j) => Uint8Array.from(rows, (r) => binOf(c, r[j]!)));
  const scores = init.map((s) => [...s]);
  const trees: StanceTree[] = [];
  const index = Array.from({ length: n }, (_, i) => i);
  const rand = seededRandom(12345);
  const wsum = weights.reduce((a, b) => a + b, 0);
  const g = new Float64Array(n); const h = new Float64Array(n);
  for (let round = 0; round < opts.rounds; round++) {
    const probs = scores.map((s) => softmax(s));
    let features = Array.from({ length: d }, (_, j) => j);
    if (opts.colsample < 1) features = features.filter(() => rand() < opts.colsample);
    for (let k = 0; k < K; k++) {
      for (let i = 0; i < n; i++) {
        const p = probs[i]![k]!; const w = (weights[i]! * n) / wsum;
        g[i] = (p - (labels[i] === k ? 1 : 0)) * w;
        h[i] = Math.max(p * (1 - p), 1e-6) * w;
      }
      const tree = growTree(bins, cuts, g, h, index, features, opts);
      trees.push(tree);
      for (let i = 0; i < n; i++) scores[i]![k]! += treeScore(tree, rows[i]!);
    }
  }
  return trees;
}
