/**
 * Trains the stance model of `tabayyun pairs` and writes src/compare/stance-model.generated.ts.
 *
 * Data: the ANS stance corpus (Khouja 2020, Apache-2.0), ../shared/data/ans-stance/train.csv ONLY. dev.csv is the
 * reported figure (eval/stance.ts) and is never read here; hyper-parameters are chosen by 5-fold cross-validation
 * on train, folds grouped by headline (pairs that share a headline on either side never straddle folds).
 * The model is a multinomial logistic regression over dense and sparse pair features, with gradient-boosted trees
 * (./boost.ts) on the dense features added to its scores, and class offsets tuned for macro-F1 on the out-of-fold
 * scores. Deterministic: fixed fold assignment, fixed grid, full-batch training with a fixed step count, trees with a
 * fixed-seed feature sampler.
 *
 *   node dist/scripts/train-stance.js          cross-validate, train on all of train.csv, write the model
 *   node dist/scripts/train-stance.js --cv     cross-validate only (prints the grid)
 *   options: --l2 a,b  --power a,b  --boost '<JSON list of tree options or null>'  --families u,x,r,q,n  --dump FILE
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findSharedDir } from '../eval/news-corpus.js';
import { readStancePairs, scoreStance, type StancePair } from '../eval/stance-data.js';
import { DENSE_FEATURES, FEATURES_VERSION, pairFeatures, pairSide, pairSides } from '../src/compare/pair-features.js';
import { keyContext } from '../src/compare/match-key.js';
import { gazetteerNameTest } from '../src/compare/name-test.js';
import { loadGazetteer } from '../src/analysis/entities/load.js';
import { STANCES, softmax, treeScore, type StanceModel, type StanceTree } from '../src/compare/stance-model.js';
import { boost, type BoostOptions } from './boost.js';
import { statementTerms } from '../src/compare/vectors.js';
import { tokenize } from '../src/text/tokenize.js';

const OUTPUT = new URL('../../src/compare/stance-model.generated.ts', import.meta.url);
/** A word term must occur in this many training headlines to get a prior IDF. */
const MIN_DF = 2;
/** A sparse feature must fire on this many training pairs to get weights. */
const MIN_SPARSE = 3;
const FOLDS = 5;
const STEPS = 300;
const GRID = {
  /** L2 of the linear model: 0.003 was best of 0.001 / 0.003 / 0.01 in CV, with and without trees. */
  l2: [0.003],
  sparse: [true],
  /** Class weights ∝ frequency^-power: 0 leaves them alone, 1 balances the classes. */
  classPower: [0.5, 0.75, 1],
  /** Trees boosted on the linear model's scores (null: none). */
  boost: [
    { rounds: 100, depth: 2, rate: 0.1, lambda: 1, minChild: 2, colsample: 1, stack: 'insample' },
    { rounds: 100, depth: 4, rate: 0.05, lambda: 1, minChild: 3, colsample: 0.5, stack: 'insample' },
    { rounds: 200, depth: 3, rate: 0.05, lambda: 1, minChild: 3, colsample: 0.5, stack: 'insample' },
  ] as Options['boost'][],
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

/**
 * The fold group of each pair: pairs joined by a shared headline (on either side) are one group, so that no headline
 * is seen in training and in the held-out fold at once (ANS pairs a headline with its rewrites, and a rewrite is
 * often the first headline of other pairs). Groups are numbered in order of first appearance.
 */
function headlineGroups(pairs: readonly StancePair[]): number[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    while (parent.get(x) !== r) { const next = parent.get(x)!; parent.set(x, r); x = next; }
    return r;
  };
  for (const p of pairs) {
    for (const s of [p.s1, p.s2]) if (!parent.has(s)) parent.set(s, s);
    const ra = find(p.s1); const rb = find(p.s2);
    if (ra !== rb) parent.set(rb, ra);
  }
  const numbers = new Map<string, number>();
  return pairs.map((p) => {
    const root = find(p.s1);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
    return numbers.get(root)!;
  });
}

function featurize(pairs: readonly StancePair[], idf: Map<string, number>, unknownIdf: number, families: ReadonlySet<string>) {
  const isName = gazetteerNameTest(loadGazetteer());
  const groups = headlineGroups(pairs);
  const raw = pairs.map((p, i) => {
    const [a, b] = pairSides(p.s1, p.s2);
    const f = pairFeatures(a, b, idf, unknownIdf, isName);
    return { f, label: STANCES.indexOf(p.stance), group: groups[i]! };
  });
  const counts = new Map<string, number>();
  for (const r of raw) r.f.sparse = r.f.sparse.filter((s) => families.has(s.slice(0, s.indexOf(':'))));
  for (const r of raw) for (const s of new Set(r.f.sparse)) counts.set(s, (counts.get(s) ?? 0) + 1);
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
  /** K × D, row-major. */
  dense: Float64Array;
  /** V × K, row-major. */
  sparse: Float64Array;
}

const K = STANCES.length;

function scoresOf(w: Weights, e: Example, out: number[]): void {
  const D = e.dense.length;
  for (let c = 0; c < K; c++) {
    let z = 0;
    for (let i = 0; i < D; i++) z += w.dense[c * D + i]! * e.dense[i]!;
    for (const j of e.sparse) z += w.sparse[j * K + c]!;
    out[c] = z;
  }
}

/** Multinomial logistic regression, full batch, Adam, L2 on everything but the bias. */
function train(examples: readonly Example[], vocabSize: number, opts: Pick<Options, 'l2' | 'sparse' | 'classPower'>): Weights {
  const D = DENSE_FEATURES.length;
  const w: Weights = { dense: new Float64Array(K * D), sparse: new Float64Array(opts.sparse ? vocabSize * K : 0) };
  const classWeight = classWeights(examples, opts.classPower);
  const total = examples.reduce((s, e) => s + classWeight[e.label]!, 0);
  const moments = (n: number) => ({ m: new Float64Array(n), v: new Float64Array(n) });
  const md = moments(w.dense.length);
  const ms = moments(w.sparse.length);
  const z = [0, 0, 0];
  const adam = (weights: Float64Array, grad: Float64Array, mo: { m: Float64Array; v: Float64Array }, step: number, regularize: (i: number) => boolean) => {
    for (let i = 0; i < weights.length; i++) {
      const g = grad[i]! + (regularize(i) ? opts.l2 * weights[i]! : 0);
      mo.m[i] = 0.9 * mo.m[i]! + 0.1 * g;
      mo.v[i] = 0.999 * mo.v[i]! + 0.001 * g * g;
      weights[i]! -= (0.05 * (mo.m[i]! / (1 - 0.9 ** step))) / (Math.sqrt(mo.v[i]! / (1 - 0.999 ** step)) + 1e-8);
    }
  };
  for (let step = 1; step <= STEPS; step++) {
    const gd = new Float64Array(w.dense.length);
    const gs = new Float64Array(w.sparse.length);
    for (const e of examples) {
      if (!opts.sparse) { const saved = e.sparse; (e as { sparse: number[] }).sparse = []; scoresOf(w, e, z); (e as { sparse: number[] }).sparse = saved; }
      else scoresOf(w, e, z);
      const p = softmax(z);
      const cw = classWeight[e.label]! / total;
      for (let c = 0; c < K; c++) {
        const g = (p[c]! - (c === e.label ? 1 : 0)) * cw;
        for (let i = 0; i < D; i++) gd[c * D + i]! += g * e.dense[i]!;
        if (opts.sparse) for (const j of e.sparse) gs[j * K + c]! += g;
      }
    }
    adam(w.dense, gd, md, step, (i) => i % D !== 0);
    if (opts.sparse) adam(w.sparse, gs, ms, step, () => true);
  }
  return w;
}

interface Options {
  l2: number;
  sparse: boolean;
  classPower: number;
  /** Boosted trees on the dense features over the linear scores, or none. */
  boost: (BoostOptions & { stack: 'oof' | 'insample' }) | null;
}

interface Trained {
  w: Weights;
  trees: StanceTree[];
}

function linearScores(w: Weights, e: Example, sparse: boolean): number[] {
  const out = [0, 0, 0];
  scoresOf(sparse ? w : { ...w, sparse: new Float64Array(0) }, sparse ? e : { ...e, sparse: [] }, out);
  return out;
}

function classWeights(examples: readonly Example[], power: number): number[] {
  const freq = new Array(K).fill(0);
  for (const e of examples) freq[e.label]++;
  return freq.map((f) => (f > 0 ? (examples.length / (K * f)) ** power : 0));
}

/**
 * The linear model, then (if asked) trees boosted on its scores. With stack 'oof' the trees start from out-of-fold
 * linear scores (an inner 5-fold split), so that they correct what the linear model gets wrong on unseen pairs rather
 * than on pairs it has fitted.
 */
function fit(examples: readonly Example[], vocabSize: number, opts: Options): Trained {
  const w = train(examples, vocabSize, opts);
  if (!opts.boost) return { w, trees: [] };
  let init: number[][];
  if (opts.boost.stack === 'oof') {
    init = examples.map(() => [0, 0, 0]);
    const innerFold = (e: Example) => Math.floor(e.group / FOLDS) % FOLDS;
    for (let fold = 0; fold < FOLDS; fold++) {
      const inner = train(examples.filter((e) => innerFold(e) !== fold), vocabSize, opts);
      examples.forEach((e, i) => { if (innerFold(e) === fold) init[i] = linearScores(inner, e, opts.sparse); });
    }
  } else init = examples.map((e) => linearScores(w, e, opts.sparse));
  const cw = classWeights(examples, opts.classPower);
  const trees = boost(examples.map((e) => e.dense), examples.map((e) => e.label), examples.map((e) => cw[e.label]!), init, K, opts.boost);
  return { w, trees };
}

function predict(model: Trained, e: Example, opts: Options): number[] {
  const z = linearScores(model.w, e, opts.sparse);
  model.trees.forEach((t, i) => { z[i % K]! += treeScore(t, e.dense); });
  return z;
}

/** Out-of-fold class scores of every example (5 folds grouped by headline). */
function outOfFold(examples: readonly Example[], vocabSize: number, opts: Options): number[][] {
  const scores: number[][] = examples.map(() => [0, 0, 0]);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = fit(examples.filter((e) => e.group % FOLDS !== fold), vocabSize, opts);
    examples.forEach((e, i) => { if (e.group % FOLDS === fold) scores[i] = predict(model, e, opts); });
  }
  return scores;
}

function decide(scores: readonly number[], bias: readonly number[]): number {
  let best = 0;
  for (let c = 1; c < K; c++) if (scores[c]! + bias[c]! > scores[best]! + bias[best]!) best = c;
  return best;
}

function macroF1(examples: readonly Example[], scores: readonly number[][], bias: readonly number[]): number {
  return scoreStance(examples.map((e) => STANCES[e.label]!), scores.map((s) => STANCES[decide(s, bias)]!)).macroF1;
}

/** Class offsets added to the scores, chosen on out-of-fold scores of train (macro-F1 rewards the rare classes). */
function tuneBias(examples: readonly Example[], scores: readonly number[][]): { bias: number[]; score: number } {
  let best = { bias: [0, 0, 0], score: macroF1(examples, scores, [0, 0, 0]) };
  for (let b0 = -1.5; b0 <= 1.5; b0 += 0.25) {
    for (let b2 = -3; b2 <= 1.5; b2 += 0.25) {
      const bias = [b0, 0, b2];
      const score = macroF1(examples, scores, bias);
      if (score > best.score + 1e-9) best = { bias, score };
    }
  }
  return best;
}

function main(): void {
  const { values } = parseArgs({ options: { cv: { type: 'boolean', default: false }, families: { type: 'string', default: 'u,x,r,q,n' }, dump: { type: 'string' }, l2: { type: 'string' }, power: { type: 'string' }, boost: { type: 'string' } } });
  if (values.l2) GRID.l2 = values.l2.split(',').map(Number);
  if (values.boost) GRID.boost = JSON.parse(values.boost) as Options['boost'][];
  if (values.power) GRID.classPower = values.power.split(',').map(Number);
  const families = new Set(values.families.split(','));
  const shared = findSharedDir();
  if (!shared) { console.error('train-stance: ../shared/data not found (set TABAYYUN_SHARED)'); process.exit(2); }
  const pairs = readStancePairs(join(shared, 'data', 'ans-stance', 'train.csv'));
  console.log(`train.csv: ${pairs.length} pairs`);
  const { idf, unknownIdf } = idfPrior(pairs);
  const { examples, vocab } = featurize(pairs, idf, unknownIdf, families);
  console.log(`features: ${DENSE_FEATURES.length} dense, ${vocab.length} sparse; IDF prior: ${idf.size} terms`);
  let best = { score: -1, opts: { l2: GRID.l2[0]!, sparse: true, classPower: 0, boost: null } as Options, bias: [0, 0, 0] };
  for (const l2 of GRID.l2) {
    for (const sparse of GRID.sparse) {
      for (const classPower of GRID.classPower) {
       for (const boostOpts of GRID.boost) {
        const opts: Options = { l2, sparse, classPower, boost: boostOpts };
        const scores = outOfFold(examples, vocab.length, opts);
        const plain = macroF1(examples, scores, [0, 0, 0]);
        const tuned = tuneBias(examples, scores);
        const per = scoreStance(examples.map((e) => STANCES[e.label]!), scores.map((s) => STANCES[decide(s, tuned.bias)]!));
        const perText = STANCES.map((c) => `${c.slice(0, 4)} ${per.perClass[c].f1.toFixed(3)}`).join(' ');
        console.log(`cv macro-F1 ${plain.toFixed(4)} (with class offsets ${tuned.score.toFixed(4)} ${JSON.stringify(tuned.bias)}; acc ${per.accuracy.toFixed(3)}, ${perText})  ${JSON.stringify(opts)}`);
        if (tuned.score > best.score) {
          best = { score: tuned.score, opts, bias: tuned.bias };
          if (values.dump) writeFileSync(values.dump, pairs.map((p, i) => `${p.stance}\t${STANCES[decide(scores[i]!, tuned.bias)]}\t${p.s1}\t${p.s2}`).join('\n'));
        }
       }
      }
    }
  }
  console.log(`best: ${best.score.toFixed(4)} ${JSON.stringify(best.opts)} offsets ${JSON.stringify(best.bias)}`);
  if (values.cv) return;
  const { w, trees } = fit(examples, vocab.length, best.opts);
  const D = DENSE_FEATURES.length;
  const denseWeights = STANCES.map((_, c) => Array.from(w.dense.subarray(c * D, (c + 1) * D), round));
  // The class offsets go into the bias weights (feature 0 is always 1).
  denseWeights.forEach((row, c) => { row[0] = round(row[0]! + best.bias[c]!); });
  const sparseWeights: Record<string, number[]> = {};
  if (best.opts.sparse) {
    vocab.forEach((s, j) => {
      const row = Array.from(w.sparse.subarray(j * K, (j + 1) * K), round);
      if (row.some((x) => Math.abs(x) >= 0.01)) sparseWeights[s] = row;
    });
  }
  const model: StanceModel = {
    featuresVersion: FEATURES_VERSION,
    dense: [...DENSE_FEATURES],
    denseWeights,
    sparseWeights,
    ...(trees.length ? { trees: trees.map((t) => ({ ...t, threshold: t.threshold.map((x) => Math.round(x * 1e6) / 1e6), value: t.value.map(round) })) } : {}),
    idf: Object.fromEntries(idf),
    unknownIdf,
  };
  const header = [
    '// Generated by scripts/train-stance.ts (npm run train:stance) from the ANS stance corpus, train.csv only',
    '// (Khouja 2020, https://github.com/latynt/ans, Apache-2.0). Do not edit by hand.',
    `// Cross-validated macro-F1 on train (5 folds by headline): ${best.score.toFixed(4)}; options ${JSON.stringify(best.opts)}, class offsets ${JSON.stringify(best.bias)}.`,
    "import type { StanceModel } from './stance-model.js';",
    '',
  ].join('\n');
  writeFileSync(OUTPUT, `${header}\nexport const STANCE_MODEL: StanceModel = ${JSON.stringify(model)};\n`);
  console.log(`wrote ${OUTPUT.pathname} (${Object.keys(sparseWeights).length} sparse features)`);
}

main();
