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
 * `gold[i]` and `predicted[i]` are the labels of item i. Only the items passed are scored: to score a subset (half
 * of the stories), pass the labels of that subset; the predicted clusters are cut down to it.
 */
export function scoreClustering(gold: readonly string[], predicted: readonly string[]): ClusteringScores {
  if (gold.length !== predicted.length) throw new Error('gold and predicted differ in length');
  const n = gold.length;
  const { goldSize, predSize, both } = contingency(gold, predicted);
  // B-cubed: an item in cell (g, p) of size c has precision c/|p| and recall c/|g|; the c items of the cell share it.
  let bp = 0;
  let br = 0;
  let truePairs = 0;
  for (const [key, c] of both) {
    const [g, p] = key.split('\u0000') as [string, string];
    bp += (c * c) / predSize.get(p)!;
    br += (c * c) / goldSize.get(g)!;
    truePairs += (c * (c - 1)) / 2;
  }
  const pairs = (sizes: Map<string, number>) => [...sizes.values()].reduce((s, k) => s + (k * (k - 1)) / 2, 0);
  const goldPairs = pairs(goldSize);
  const predictedPairs = pairs(predSize);
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
