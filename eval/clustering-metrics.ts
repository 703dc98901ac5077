/**
 * Scores of a clustering against gold labels. B-cubed (Bagga & Baldwin 1998; Amigó et al. 2009) averages, per item,
 * the share of its predicted cluster that is in its gold story (precision) and the share of its gold story that is in
 * its predicted cluster (recall). A day full of singletons flatters B-cubed (every singleton scores 1/1), so the
 * pairwise scores sit beside it: precision and recall over the pairs of items put in one cluster.
 */

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClusteringScores {
  items: number;
  bcubed: Scores;
  pairwise: Scores & { goldPairs: number; predictedPairs: number; truePairs: number };
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Counts of items per label, and per (gold, predicted) label pair. */
function contingency(gold: readonly string[], predicted: readonly string[]) {
  const goldSize = new Map<string, number>();
  const predSize = new Map<string, number>();
  const both = new Map<string, number>();
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    const p = predicted[i]!;
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    const key = g + '\u0000' + p;
    both.set(key, (both.get(key) ?? 0) + 1);
  }
  return { goldSize, predSize, both };
}

/**
 * `gold[i]` and `predicted[i]` are the labels of item i. `scored` (default: every item) picks the items whose scores
 * count, for figures on half of the stories: a scored item's predicted cluster is taken whole, so merging it with an
 * item outside the half is still an error. This needs no label of the other half: a half holds whole stories, so an
 * item outside it is, by construction, not in the story of an item inside it.
 */
export function scoreClustering(gold: readonly string[], predicted: readonly string[], scored?: readonly boolean[]): ClusteringScores {
  if (gold.length !== predicted.length) throw new Error('gold and predicted differ in length');
  const inside = (i: number) => !scored || scored[i] === true;
  const { goldSize, predSize, both } = contingency(gold, predicted);
  const insideBoth = new Map<string, number>();
  const insidePred = new Map<string, number>();
  const insideGold = new Map<string, number>();
  let n = 0;
  for (let i = 0; i < gold.length; i++) {
    if (!inside(i)) continue;
    n++;
    const key = gold[i]! + '\u0000' + predicted[i]!;
    insideBoth.set(key, (insideBoth.get(key) ?? 0) + 1);
    insidePred.set(predicted[i]!, (insidePred.get(predicted[i]!) ?? 0) + 1);
    insideGold.set(gold[i]!, (insideGold.get(gold[i]!) ?? 0) + 1);
  }
  // B-cubed: an item in cell (g, p) of size c has precision c/|p| and recall c/|g|, with p the whole predicted
  // cluster; the scored items of the cell share it.
  let bp = 0;
  let br = 0;
  let truePairs = 0;
  for (const [key, k] of insideBoth) {
    const [g, p] = key.split('\u0000') as [string, string];
    const c = both.get(key)!;
    bp += (k * c) / predSize.get(p)!;
    br += (k * c) / goldSize.get(g)!;
    truePairs += (k * (k - 1)) / 2;
  }
  const pairs = (sizes: Map<string, number>) => [...sizes.values()].reduce((s, k) => s + (k * (k - 1)) / 2, 0);
  const goldPairs = pairs(insideGold);
  // Predicted pairs with at least one scored item: all pairs of the cluster less those wholly outside.
  let predictedPairs = 0;
  for (const [p, k] of insidePred) {
    const size = predSize.get(p)!;
    predictedPairs += (size * (size - 1)) / 2 - ((size - k) * (size - k - 1)) / 2;
  }
  const bPrecision = n ? bp / n : 1;
  const bRecall = n ? br / n : 1;
  // With no pair on one side the ratio is undefined; it is reported as 1 (nothing claimed, nothing missed).
  const pPrecision = predictedPairs ? truePairs / predictedPairs : 1;
  const pRecall = goldPairs ? truePairs / goldPairs : 1;
  return {
    items: n,
    bcubed: { precision: bPrecision, recall: bRecall, f1: f1(bPrecision, bRecall) },
    pairwise: { precision: pPrecision, recall: pRecall, f1: f1(pPrecision, pRecall), goldPairs, predictedPairs, truePairs },
  };
}

export interface Spread {
  n: number;
  mean: number;
  /** Sample standard deviation (0 for fewer than two values). */
  sd: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  const n = values.length;
  if (n === 0) return { n, mean: NaN, sd: NaN, min: NaN, max: NaN };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  return { n, mean, sd, min: Math.min(...values), max: Math.max(...values) };
}

/**
 * F1 on each half of each of several splits of the stories (`splits[k][i]`: the half, 0 or 1, of item i in split k;
 * each split must keep whole stories together, as `scoreClustering` requires). On one labelled day a half's pairwise
 * F1 rests on a few large stories, so it moves a good deal with which stories fall in it: the spread says how far.
 */
export function scoreOnSplits(gold: readonly string[], predicted: readonly string[], splits: ReadonlyArray<readonly number[]>): { pairwiseF1: Spread; bcubedF1: Spread } {
  const pairwise: number[] = [];
  const bcubed: number[] = [];
  for (const half of splits) {
    for (const h of [0, 1]) {
      const s = scoreClustering(gold, predicted, half.map((x) => x === h));
      pairwise.push(s.pairwise.f1);
      bcubed.push(s.bcubed.f1);
    }
  }
  return { pairwiseF1: spread(pairwise), bcubedF1: spread(bcubed) };
}
