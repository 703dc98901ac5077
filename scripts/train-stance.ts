/**
 * Trains the stance model of `tabayyun pairs` and writes src/compare/stance-model.generated.ts.
 *
 * Data: the ANS stance corpus (Khouja 2020, Apache-2.0), ../shared/data/ans-stance/train.csv ONLY. dev.csv is the
 * reported figure (eval/stance.ts) and is never read here; hyper-parameters are chosen by 5-fold cross-validation
 * on train, folds grouped by the first headline (ANS pairs one headline with up to three rewrites, which must not
 * straddle folds). Deterministic: fixed fold assignment, fixed grid, full-batch training with a fixed step count.
 *
 *   node dist/scripts/train-stance.js          cross-validate, train on all of train.csv, write the model
 *   node dist/scripts/train-stance.js --cv     cross-validate only (prints the grid)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findSharedDir } from '../eval/saudinewsnet.js';
import { readStancePairs, scoreStance, type StancePair } from '../eval/stance-data.js';
import { DENSE_FEATURES, FEATURES_VERSION, pairFeatures, pairSide, pairSides } from '../src/compare/pair-features.js';
import { keyContext } from '../src/compare/match-key.js';
import { STANCES, softmax, type Stance, type StanceModel } from '../src/compare/stance-model.js';
import { statementTerms } from '../src/compare/vectors.js';
import { tokenize } from '../src/text/tokenize.js';

const OUTPUT = new URL('../../src/compare/stance-model.generated.ts', import.meta.url);
/** A word term must occur in this many training headlines to get a prior IDF. */
const MIN_DF = 2;
/** A sparse feature must fire on this many training pairs to get weights. */
const MIN_SPARSE = 3;
const FOLDS = 5;
const STEPS = 400;
const GRID = {
  l2: [0.0003, 0.001, 0.003],
  sparse: [true, false],
  /** Class weights ∝ frequency^-power: 0 leaves them alone, 1 balances the classes. */
  classPower: [0, 0.5],
};

interface Example {
  dense: number[];
  sparse: number[];
  label: number;
  group: number;
}

function idfPrior(pairs: readonly StancePair[]): { idf: Map<string, number>; unknownIdf: number } {
  const sentences = [...new Set(pairs.flatMap((p) => [p.s1, p.s2]))];
  const norms: string[] = [];
  for (const s of sentences) for (const t of tokenize(s)) if (t.kind === 'word') norms.push(t.norm);
  const context = keyContext(norms);
  const df = new Map<string, number>();
  for (const s of sentences) {
    const side = pairSide(s, 0, context);
    const terms = statementTerms(side.statement, context, () => undefined);
    for (const t of terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const n = sentences.length;
  const idf = new Map<string, number>();
  for (const [t, d] of [...df.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (d >= MIN_DF && (t.startsWith('w:') || t.startsWith('k:') || t.startsWith('c:'))) idf.set(t, round(Math.log(1 + n / d)));
  }
  return { idf, unknownIdf: round(Math.log(1 + n)) };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function featurize(pairs: readonly StancePair[], idf: Map<string, number>, unknownIdf: number) {
  const groups = new Map<string, number>();
  const raw = pairs.map((p) => {
    const [a, b] = pairSides(p.s1, p.s2);
    const f = pairFeatures(a, b, idf, unknownIdf);
    if (!groups.has(p.s1)) groups.set(p.s1, groups.size);
    return { f, label: STANCES.indexOf(p.stance), group: groups.get(p.s1)! };
  });
  const counts = new Map<string, number>();
  for (const r of raw) for (const s of r.f.sparse) counts.set(s, (counts.get(s) ?? 0) + 1);
  const vocab = [...counts.entries()].filter(([, c]) => c >= MIN_SPARSE).map(([s]) => s).sort();
  const index = new Map(vocab.map((s, i) => [s, i]));
  const examples: Example[] = raw.map((r) => ({
    dense: r.f.dense,
    sparse: r.f.sparse.map((s) => index.get(s)).filter((i): i is number => i !== undefined),
    label: r.label,
    group: r.group,
  }));
  return { examples, vocab };
}

interface Weights {
  dense: number[][];
  sparse: number[][];
}

function train(examples: readonly Example[], vocabSize: number, opts: { l2: number; sparse: boolean; classPower: number }): Weights {
  const K = STANCES.length;
  const D = DENSE_FEATURES.length;
  const w: Weights = { dense: Array.from({ length: K }, () => new Array(D).fill(0)), sparse: Array.from({ length: vocabSize }, () => new Array(K).fill(0)) };
  const freq = new Array(K).fill(0);
  for (const e of examples) freq[e.label]++;
  const classWeight = freq.map((f) => (f > 0 ? (examples.length / (K * f)) ** opts.classPower : 0));
  // Adam, full batch.
  const m = { dense: w.dense.map((r) => r.map(() => 0)), sparse: w.sparse.map((r) => r.map(() => 0)) };
  const v = { dense: w.dense.map((r) => r.map(() => 0)), sparse: w.sparse.map((r) => r.map(() => 0)) };
  const lr = 0.05; const b1 = 0.9; const b2 = 0.999; const eps = 1e-8;
  const total = examples.reduce((s, e) => s + classWeight[e.label]!, 0);
  for (let step = 1; step <= STEPS; step++) {
    const gd = w.dense.map((r) => r.map(() => 0));
    const gs = opts.sparse ? w.sparse.map((r) => r.map(() => 0)) : [];
    for (const e of examples) {
      const z = w.dense.map((row, c) => {
        let s = 0;
        for (let i = 0; i < D; i++) s += row[i]! * e.dense[i]!;
        if (opts.sparse) for (const j of e.sparse) s += w.sparse[j]![c]!;
        return s;
      });
      const p = softmax(z);
      const cw = classWeight[e.label]! / total;
      for (let c = 0; c < K; c++) {
        const g = (p[c]! - (c === e.label ? 1 : 0)) * cw;
        for (let i = 0; i < D; i++) gd[c]![i]! += g * e.dense[i]!;
        if (opts.sparse) for (const j of e.sparse) gs[j]![c]! += g;
      }
    }
    const update = (wr: number[][], gr: number[][], mr: number[][], vr: number[][], regularize: (i: number) => boolean) => {
      for (let r = 0; r < wr.length; r++) {
        for (let c = 0; c < wr[r]!.length; c++) {
          const g = gr[r]![c]! + (regularize(c) ? opts.l2 * wr[r]![c]! : 0);
          mr[r]![c] = b1 * mr[r]![c]! + (1 - b1) * g;
          vr[r]![c] = b2 * vr[r]![c]! + (1 - b2) * g * g;
          const mh = mr[r]![c]! / (1 - b1 ** step);
          const vh = vr[r]![c]! / (1 - b2 ** step);
          wr[r]![c]! -= (lr * mh) / (Math.sqrt(vh) + eps);
        }
      }
    };
    update(w.dense, gd, m.dense, v.dense, (i) => i !== 0);
    if (opts.sparse) update(w.sparse, gs, m.sparse, v.sparse, () => true);
  }
  return w;
}

function predict(w: Weights, e: Example, sparse: boolean): number {
  let best = 0;
  let bestZ = -Infinity;
  for (let c = 0; c < STANCES.length; c++) {
    let z = 0;
    for (let i = 0; i < e.dense.length; i++) z += w.dense[c]![i]! * e.dense[i]!;
    if (sparse) for (const j of e.sparse) z += w.sparse[j]![c]!;
    if (z > bestZ) { bestZ = z; best = c; }
  }
  return best;
}

function crossValidate(examples: readonly Example[], vocabSize: number, opts: { l2: number; sparse: boolean; classPower: number }): number {
  const gold: Stance[] = [];
  const predicted: Stance[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const trainSet = examples.filter((e) => e.group % FOLDS !== fold);
    const testSet = examples.filter((e) => e.group % FOLDS === fold);
    const w = train(trainSet, vocabSize, opts);
    for (const e of testSet) { gold.push(STANCES[e.label]!); predicted.push(STANCES[predict(w, e, opts.sparse)]!); }
  }
  return scoreStance(gold, predicted).macroF1;
}

function main(): void {
  const { values } = parseArgs({ options: { cv: { type: 'boolean', default: false } } });
  const shared = findSharedDir();
  if (!shared) { console.error('train-stance: ../shared/data not found (set TABAYYUN_SHARED)'); process.exit(2); }
  const pairs = readStancePairs(join(shared, 'data', 'ans-stance', 'train.csv'));
  console.log(`train.csv: ${pairs.length} pairs`);
  const { idf, unknownIdf } = idfPrior(pairs);
  const { examples, vocab } = featurize(pairs, idf, unknownIdf);
  console.log(`features: ${DENSE_FEATURES.length} dense, ${vocab.length} sparse; IDF prior: ${idf.size} terms`);
  let best = { score: -1, opts: { l2: GRID.l2[0]!, sparse: true, classPower: 0 } };
  for (const l2 of GRID.l2) {
    for (const sparse of GRID.sparse) {
      for (const classPower of GRID.classPower) {
        const opts = { l2, sparse, classPower };
        const score = crossValidate(examples, vocab.length, opts);
        console.log(`cv macro-F1 ${score.toFixed(4)}  l2=${l2} sparse=${sparse} classPower=${classPower}`);
        if (score > best.score) best = { score, opts };
      }
    }
  }
  console.log(`best: ${best.score.toFixed(4)} ${JSON.stringify(best.opts)}`);
  if (values.cv) return;
  const w = train(examples, vocab.length, best.opts);
  const sparseWeights: Record<string, number[]> = {};
  if (best.opts.sparse) {
    vocab.forEach((s, j) => {
      const row = w.sparse[j]!.map(round);
      if (row.some((x) => Math.abs(x) >= 0.01)) sparseWeights[s] = row;
    });
  }
  const model: StanceModel = {
    featuresVersion: FEATURES_VERSION,
    dense: [...DENSE_FEATURES],
    denseWeights: w.dense.map((r) => r.map(round)),
    sparseWeights,
    idf: Object.fromEntries(idf),
    unknownIdf,
  };
  const header = [
    '// Generated by scripts/train-stance.ts (npm run train:stance) from the ANS stance corpus, train.csv only',
    '// (Khouja 2020, https://github.com/latynt/ans, Apache-2.0). Do not edit by hand.',
    `// Cross-validated macro-F1 on train (5 folds by headline): ${best.score.toFixed(4)}; options ${JSON.stringify(best.opts)}.`,
    "import type { StanceModel } from './stance-model.js';",
    '',
  ].join('\n');
  writeFileSync(OUTPUT, `${header}\nexport const STANCE_MODEL: StanceModel = ${JSON.stringify(model)};\n`);
  console.log(`wrote ${OUTPUT.pathname} (${Object.keys(sparseWeights).length} sparse features)`);
}

main();
