/**
 * comparePair: two short statements → how alike they are, whether they are consistent, in conflict or unrelated,
 * and the conflicts found between them. The same machinery as compareArticles on one statement each: matching keys,
 * figures, dates and the conflict rules, with a stance model (./stance-model.ts) deciding the relation from the pair
 * features (./pair-features.ts).
 */
import { loadGazetteer } from '../analysis/entities/load.js';
import { gazetteerNameTest } from './name-test.js';
import { pairFeatures, pairSides, FEATURES_VERSION, DENSE_FEATURES, type NameTest, type PairFeatures } from './pair-features.js';
import { predictStance, type Stance, type StanceModel } from './stance-model.js';
import { STANCE_MODEL } from './stance-model.generated.js';
import type { ConflictKind } from './types.js';

export interface PairConflictValue {
  side: 'a' | 'b';
  text: string;
  start: number;
  end: number;
  value?: number | string;
  approximate?: boolean;
}

export interface PairConflict {
  kind: ConflictKind;
  about?: string;
  values: PairConflictValue[];
  note: string;
}

export interface PairComparison {
  similarity: number;
  relation: Stance;
  /** Probability of each relation under the stance model. */
  confidence: number;
  conflicts: PairConflict[];
}

export interface ComparePairOptions {
  model?: StanceModel;
  /** Name test for the "name swapped" feature; the shipped gazetteer's by default. */
  isName?: NameTest | null;
}

let defaultNameTest: NameTest | null | undefined;

function shippedNameTest(): NameTest | null {
  if (defaultNameTest === undefined) {
    try {
      defaultNameTest = gazetteerNameTest(loadGazetteer());
    } catch {
      // Without the gazetteer the pair is still compared; only the name feature is off.
      defaultNameTest = null;
    }
  }
  return defaultNameTest;
}

function checkModel(model: StanceModel): void {
  if (model.featuresVersion !== FEATURES_VERSION || model.dense.length !== DENSE_FEATURES.length) {
    throw new Error(`stance model was trained on features v${model.featuresVersion}; the code computes v${FEATURES_VERSION}: run npm run train:stance`);
  }
}

const modelIdf = new WeakMap<StanceModel, Map<string, number>>();

function idfOf(model: StanceModel): Map<string, number> {
  let idf = modelIdf.get(model);
  if (!idf) { idf = new Map(Object.entries(model.idf)); modelIdf.set(model, idf); }
  return idf;
}

const SIDE_LABEL = (article: number) => (article === 0 ? 'أ' : 'ب');

function explain(f: PairFeatures, relation: Stance): PairConflict[] {
  const out: PairConflict[] = f.conflicts.map((c) => {
    const conflict: PairConflict = {
      kind: c.kind,
      values: c.values.map((v) => {
        const value: PairConflictValue = { side: v.statement.article === 0 ? 'a' : 'b', text: v.text, start: v.start, end: v.end };
        if (v.value !== undefined) value.value = v.value;
        if (v.approximate) value.approximate = true;
        return value;
      }),
      note: c.note(SIDE_LABEL),
    };
    if (c.about) conflict.about = c.about;
    return conflict;
  });
  if (relation !== 'conflict' || out.length) return out;
  // The model says conflict without a figure or a date to show: name the opposite words it saw, if any.
  for (const [x, y] of f.opposites) {
    out.push({ kind: 'other', about: 'معنى معاكس', values: [], note: `كلمتان متعاكستان: ${x} / ${y}` });
    break;
  }
  return out;
}

export function comparePair(a: string, b: string, options: ComparePairOptions = {}): PairComparison {
  const model = options.model ?? STANCE_MODEL;
  checkModel(model);
  const [sa, sb] = pairSides(a, b);
  const isName = options.isName === undefined ? shippedNameTest() : options.isName;
  const f = pairFeatures(sa, sb, idfOf(model), model.unknownIdf, isName ?? undefined);
  const { stance, probabilities } = predictStance(model, f);
  return {
    similarity: Math.round(f.similarity * 1000) / 1000,
    relation: stance,
    confidence: Math.round(probabilities[stance] * 1000) / 1000,
    conflicts: explain(f, stance),
  };
}
