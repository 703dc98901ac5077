/**
 * Stance on the ANS corpus (Khouja 2020; ../shared/data/ans-stance, Apache-2.0): for each pair of headlines,
 * `comparePair`'s relation against the gold stance (agree ↔ consistent, disagree ↔ conflict, other ↔ unrelated).
 * Reports macro-F1, accuracy, per-class precision/recall/F1 and the confusion matrix on dev.csv. The model is
 * trained on train.csv only (scripts/train-stance.ts); dev is never used to tune it.
 */
import { comparePair } from '../src/compare/compare-pair.js';
import { readStancePairs, scoreStance, type StanceScores } from './stance-data.js';
import type { Stance } from '../src/compare/stance-model.js';
import { sharedDataPath } from './shared-data.js';

export { parseCsv, readStancePairs, scoreStance, type ClassFigures, type StancePair, type StanceScores } from './stance-data.js';

export interface StanceFigures extends StanceScores {
  pairs: number;
  pairsPerSecond: number;
}

/** The figures on dev.csv, or null when the data is not there. */
export function evaluateStance(sharedDir: string): StanceFigures | null {
  const path = sharedDataPath(sharedDir, 'ans-stance', 'dev.csv');
  if (!path) return null;
  const pairs = readStancePairs(path);
  const started = performance.now();
  const predicted = pairs.map((p) => comparePair(p.s1, p.s2).relation);
  const seconds = (performance.now() - started) / 1000;
  return {
    pairs: pairs.length,
    ...scoreStance(pairs.map((p) => p.stance), predicted),
    pairsPerSecond: Math.round(pairs.length / Math.max(seconds, 1e-9)),
  };
}
