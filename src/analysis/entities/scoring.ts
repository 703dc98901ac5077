/** Entity-level precision, recall and F1 with exact span and type match (CoNLL-2003 / conlleval). */
import { spansFromTags } from './bio.js';
import { ENTITY_TYPES, type EntityType } from './types.js';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface EntityScores {
  /** Micro-averaged over `types`. */
  overall: Prf;
  byType: Record<EntityType, Prf>;
  /** The types the overall figure counts. */
  types: EntityType[];
}

export function prf(correct: number, predicted: number, gold: number): Prf {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

/** Scores predicted tag sequences against gold ones, sentence by sentence. */
export function scoreEntities(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[], types: readonly EntityType[] = ENTITY_TYPES): EntityScores {
  const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, { g: 0, p: 0, c: 0 }])) as Record<EntityType, { g: number; p: number; c: number }>;
  for (let s = 0; s < gold.length; s++) {
    const g = spansFromTags(gold[s]!);
    const p = spansFromTags(predicted[s] ?? []);
    const gk = new Set(g.map((x) => `${x.start}:${x.end}:${x.type}`));
    for (const x of g) counts[x.type].g++;
    for (const x of p) {
      counts[x.type].p++;
      if (gk.has(`${x.start}:${x.end}:${x.type}`)) counts[x.type].c++;
    }
  }
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, prf(counts[t].c, counts[t].p, counts[t].g)])) as Record<EntityType, Prf>;
  let c = 0, p = 0, g = 0;
  for (const t of types) { c += counts[t].c; p += counts[t].p; g += counts[t].g; }
  return { overall: prf(c, p, g), byType, types: [...types] };
}
