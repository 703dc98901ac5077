/**
 * Trains the pair model of the name-variant matcher (src/analysis/names/pair-model.generated.ts): a logistic
 * regression over the features of src/analysis/names/pair-model.ts, on word pairs that the weighted edit distance
 * lets through its gate.
 *
 * Data: ONLY the tuning half (splitHalf(en) === 0) of ../shared/data/name-variants/variant_groups.dev.jsonl.
 * Positives are pairs of spellings within a group; negatives are pairs of spellings of different groups with lengths
 * at most one letter apart, less the same exclusions as the evaluation (eval/names-quotes.ts: one spelling in two
 * groups, English tokens equal once accents are folded or one edit apart). Only pairs of one word each that the rules
 * leave to the model (same-name.ts `ruleDecision`: not strict, three letters or more, no forbidden letter, score at
 * least PAIR_GATE) are training rows: the hard negatives, every near pair of another name the distance accepts.
 * The shipped file holds feature weights only: no spelling of the groups (their ANETAC side has no licence).
 *
 * The threshold is chosen on held-out predictions: the tuning groups are cut into FOLDS folds (FNV-1a of "fold:" +
 * the English token); each fold's pairs are scored by a model trained without its groups, and the cut is the
 * strictest one whose held-out recall over every tuning positive (those the rules decide included) is at least
 * TARGET_RECALL. The L2 strength is picked the same way (best held-out precision at that recall). The model is then
 * trained on every row, and its intercept moved so that the cut is WORD_THRESHOLD.
 *
 * Deterministic: fixed folds, full-batch optimisation from zero for a fixed number of iterations, sorted output.
 *   node dist/scripts/train-name-pairs.js            writes the model
 *   node dist/scripts/train-name-pairs.js --print    prints the figures and the file instead
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { findSharedDir } from '../eval/shared-data.js';
import { fnv1a, foldEnglish, loadVariantGroups, splitHalf, withinOneEdit } from '../eval/name-variant-groups.js';
import { compareNameWords, nameKey, nameWords, ruleDecision, wordPairMaxCost, WORD_THRESHOLD } from '../src/analysis/names/same-name.js';
import { pairFeatures, pairLogit, type PairFeatures, type PairModel, type PairTree } from '../src/analysis/names/pair-model.js';
import { compareWords } from '../src/analysis/names/word-distance.js';
import { boost } from './boost.js';

/** Boosting rounds (two trees a round, one per class, folded into one signed list), depth and learning rate. */
const TREE_ROUNDS = 150;
const TREE_DEPTH = 3;
const TREE_RATE = 0.1;
/** A feature becomes a tree column when at least this many training rows have it. */
const TREE_MIN_ROWS = 20;

/** Dense columns for the trees: features seen in at least this many rows. */
function treeColumns(d: Design, use: readonly number[]): number[] {
  const seen = new Int32Array(d.names.length);
  for (const r of use) for (const k of d.index[r]!) seen[k]!++;
  return [...seen.keys()].filter((k) => seen[k]! >= TREE_MIN_ROWS);
}

function denseRow(d: Design, r: number, columns: readonly number[]): number[] {
  const out = new Array<number>(columns.length).fill(0);
  const at = new Map(columns.map((c, i) => [c, i]));
  const idx = d.index[r]!;
  for (let k = 0; k < idx.length; k++) { const i = at.get(idx[k]!); if (i !== undefined) out[i] = d.value[r]![k]!; }
  return out;
}

/**
 * Trees boosted on top of the linear model's logits, as a two-class softmax; the class-0 trees are returned negated,
 * so that the log-odds of "same name" is the linear part plus the sum of every tree.
 */
function fitTrees(d: Design, use: readonly number[], w: Float64Array): { columns: number[]; trees: PairTree[] } {
  const columns = treeColumns(d, use);
  const rows = use.map((r) => denseRow(d, r, columns));
  const trees = boost(rows, use.map((r) => d.label[r]!), use.map(() => 1), use.map((r) => [0, logit(d, w, r)]), 2,
    { rounds: TREE_ROUNDS, depth: TREE_DEPTH, rate: TREE_RATE, lambda: 1, minChild: 5, colsample: 1 });
  return { columns, trees: trees.map((t, i) => (i % 2 === 1 ? t : { ...t, value: t.value.map((v) => -v) })) };
}

function toModel(d: Design, w: Float64Array, trees: { columns: number[]; trees: PairTree[] }): PairModel {
  return { weights: new Map(d.names.map((n, i) => [n, w[i]!])), columns: trees.columns.map((c) => d.names[c]!), trees: trees.trees };
}

const OUTPUT = new URL('../../src/analysis/names/pair-model.generated.ts', import.meta.url);
const FOLDS = 5;
/**
 * Negatives are trained on the evaluation's lengths (at most one letter apart). Training on negatives two letters
 * apart as well gave a worse held-out precision at recall 0.80 (0.771 against 0.806); pairs three letters or more
 * apart are not the model's (same-name.ts MODEL_LENGTH_GAP).
 */
const TRAINING_LENGTH_GAP = 1;
const TARGET_RECALL = 0.8;
const L2_GRID = [1];
const ITERATIONS = 600;
/** Weights that accept every pair the rules leave to the model: the pairs the gate lets through. */
const ACCEPT_ALL: PairModel = { weights: new Map([['bias', 50]]), columns: [], trees: [] };




interface Spelling { group: number; fold: number; en: string; words: string[]; letters: number; key: string }

/**
 * A pair the model decides: features, label, folds of its two groups, and whether it counts in the figures (a
 * negative whose lengths differ by more than one letter is a training row only, as the evaluation leaves it out).
 */
interface Row { f: PairFeatures; label: 0 | 1; folds: [number, number]; metric: boolean; /** For NAME_PAIR_ERRORS only. */ text: string }

/** A pair of several words: decided by compareNameWords as a whole. */
interface MultiPair { a: string[]; b: string[]; label: 0 | 1; folds: [number, number] }

interface Data {
  rows: Row[];
  multi: MultiPair[];
  positives: number;
  negatives: number;
  /** Pairs the rules accept (not the model's): fixed true and false positives. */
  ruleTP: number;
  ruleFP: number;
}

function collect(sharedDir: string): Data {
  const groups = loadVariantGroups(sharedDir);
  if (!groups) throw new Error(`name-variants data not found under ${sharedDir}`);
  const tuning = groups.filter((g) => splitHalf(g.en) === 0);
  const spellings: Spelling[] = [];
  tuning.forEach((g, group) => {
    const fold = fnv1a(`fold:${g.en}`) % FOLDS;
    for (const text of g.spellings) {
      const words = nameWords(text);
      spellings.push({ group, fold, en: foldEnglish(g.en), words, letters: words.join('').length, key: nameKey(text) });
    }
  });
  const data: Data = { rows: [], multi: [], positives: 0, negatives: 0, ruleTP: 0, ruleFP: 0 };
  const visit = (x: Spelling, y: Spelling, label: 0 | 1, metric = true) => {
    if (metric) { if (label) data.positives++; else data.negatives++; }
    const folds: [number, number] = [x.fold, y.fold];
    if (x.words.length !== 1 || y.words.length !== 1) {
      // Pairs of several words that cannot pass at the loosest cut are left out: they are rejected at every cut.
      if (!metric) return;
      if (label || compareNameWords(x.words, y.words, { decisionOnly: true, model: ACCEPT_ALL }).same) data.multi.push({ a: x.words, b: y.words, label, folds });
      return;
    }
    const a = x.words[0]!;
    const b = y.words[0]!;
    const meanLength = (a.length + b.length) / 2;
    const c = compareWords(a, b, wordPairMaxCost(meanLength));
    const rule = ruleDecision(c, meanLength, false);
    if (rule === true && metric) { if (label) data.ruleTP++; else data.ruleFP++; }
    if (rule !== null) return;
    data.rows.push({ f: pairFeatures(c, false), label, folds, metric, text: `${a} / ${b}` });
  };
  for (let i = 0; i < spellings.length; i++) {
    for (let j = i + 1; j < spellings.length && spellings[j]!.group === spellings[i]!.group; j++) visit(spellings[i]!, spellings[j]!, 1);
  }
  const byLength = [...spellings].sort((x, y) => x.letters - y.letters);
  for (let i = 0; i < byLength.length; i++) {
    const x = byLength[i]!;
    for (let j = i + 1; j < byLength.length; j++) {
      const y = byLength[j]!;
      if (y.letters - x.letters > TRAINING_LENGTH_GAP) break;
      if (x.group === y.group) continue;
      if (x.key === y.key || x.en === y.en || withinOneEdit(x.en, y.en)) continue;
      visit(x, y, 0, y.letters - x.letters <= 1);
    }
  }
  return data;
}

/** Sparse rows over a sorted feature index. */
interface Design { names: string[]; index: Int32Array[]; value: Float64Array[]; label: Uint8Array }

function design(rows: readonly Row[]): Design {
  const names = [...new Set(rows.flatMap((r) => [...r.f.keys()]))].sort();
  const at = new Map(names.map((n, i) => [n, i]));
  return {
    names,
    index: rows.map((r) => Int32Array.from([...r.f.keys()], (k) => at.get(k)!)),
    value: rows.map((r) => Float64Array.from(r.f.values())),
    label: Uint8Array.from(rows, (r) => r.label),
  };
}

/**
 * L2-regularised logistic regression (the intercept 'bias' unpenalised) on the rows in `use`, by full-batch Adam
 * from zero. Returns the weight of every feature of `d`.
 */
function fit(d: Design, use: readonly number[], l2: number): Float64Array {
  const D = d.names.length;
  const w = new Float64Array(D);
  const m1 = new Float64Array(D);
  const m2 = new Float64Array(D);
  const bias = d.names.indexOf('bias');
  const g = new Float64Array(D);
  const rate = 0.05;
  for (let t = 1; t <= ITERATIONS; t++) {
    g.fill(0);
    for (const r of use) {
      const idx = d.index[r]!;
      const val = d.value[r]!;
      let z = 0;
      for (let k = 0; k < idx.length; k++) z += w[idx[k]!]! * val[k]!;
      const err = 1 / (1 + Math.exp(-z)) - d.label[r]!;
      for (let k = 0; k < idx.length; k++) g[idx[k]!]! += err * val[k]!;
    }
    for (let k = 0; k < D; k++) {
      const grad = g[k]! + (k === bias ? 0 : l2 * w[k]!);
      m1[k] = 0.9 * m1[k]! + 0.1 * grad;
      m2[k] = 0.999 * m2[k]! + 0.001 * grad * grad;
      const mh = m1[k]! / (1 - 0.9 ** t);
      const vh = m2[k]! / (1 - 0.999 ** t);
      w[k]! -= (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return w;
}

function logit(d: Design, w: Float64Array, r: number): number {
  const idx = d.index[r]!;
  const val = d.value[r]!;
  let z = 0;
  for (let k = 0; k < idx.length; k++) z += w[idx[k]!]! * val[k]!;
  return z;
}


interface Cut { logit: number; recall: number; precision: number; tp: number; fp: number; balancedPrecision: number }

/**
 * The strictest cut on the model rows' logits whose recall over every positive reaches TARGET_RECALL, with the
 * pairs of several words decided by `multiSame` at that cut, and its figures.
 */
function chooseCut(data: Data, scores: Float64Array, multiSame: (m: MultiPair, cut: number) => boolean): Cut {
  const pos = [...scores.keys()].filter((r) => data.rows[r]!.label === 1).map((r) => scores[r]!).sort((x, y) => y - x);
  const need = Math.ceil(TARGET_RECALL * data.positives);
  const figures = (cut: number): Cut => {
    let tp = data.ruleTP;
    let fp = data.ruleFP;
    data.rows.forEach((row, r) => { if (row.metric && scores[r]! >= cut) { if (row.label) tp++; else fp++; } });
    for (const m of data.multi) if (multiSame(m, cut)) { if (m.label) tp++; else fp++; }
    const fpr = fp / data.negatives;
    return { logit: cut, recall: tp / data.positives, precision: tp / Math.max(1, tp + fp), tp, fp,
      balancedPrecision: tp / (tp + fpr * data.positives) };
  };
  // Walk down the positives' scores until recall is reached.
  let k = Math.max(0, need - data.ruleTP - data.multi.filter((m) => m.label).length - 1);
  for (; k < pos.length; k++) {
    const cut = k + 1 < pos.length ? (pos[k]! + pos[k + 1]!) / 2 : pos[k]! - 1e-6;
    const c = figures(cut);
    if (c.recall >= TARGET_RECALL) return c;
  }
  return figures(-Infinity);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const toLogit = (p: number) => Math.log(p / (1 - p));

function train(data: Data, print: boolean): { model: PairModel; report: string[] } {
  const d = design(data.rows);
  const report: string[] = [];
  const say = (s: string) => { report.push(s); if (print) console.log(s); };
  const positiveRows = data.rows.filter((r) => r.label).length;
  say(`tuning half: ${data.positives} positives, ${data.negatives} negatives; model rows ${data.rows.length} (${positiveRows} positives), ` +
    `${d.names.length} features; rules accept ${data.ruleTP} positives and ${data.ruleFP} negatives; ${data.multi.length} pairs of several words`);
  // Held-out scores, per L2 strength.
  let best: { l2: number; cut: Cut; scores: Float64Array } | null = null;
  for (const l2 of L2_GRID) {
    const scores = new Float64Array(data.rows.length);
    const foldModels: PairModel[] = [];
    for (let k = 0; k < FOLDS; k++) {
      const use = [...data.rows.keys()].filter((r) => !data.rows[r]!.folds.includes(k));
      const w = fit(d, use, l2);
      const model = toModel(d, w, fitTrees(d, use, w));
      foldModels.push(model);
      data.rows.forEach((row, r) => { if (Math.min(...row.folds) === k) scores[r] = pairLogit(row.f, model); });
    }
    // A pair of several words is scored by the model of its (first) fold, at the cut moved to a probability.
    const cut = chooseCut(data, scores, (m, z) => compareNameWords(m.a, m.b, { threshold: sigmoid(z), model: foldModels[Math.min(...m.folds)]! }).same);
    say(`  L2 ${l2}: held-out recall ${cut.recall.toFixed(4)}, precision ${cut.precision.toFixed(4)} (TP ${cut.tp}, FP ${cut.fp}), balanced ${cut.balancedPrecision.toFixed(4)}`);
    if (!best || cut.precision > best.cut.precision) best = { l2, cut, scores };
    if (process.env.NAME_PAIR_ERRORS) {
      const ranked = [...scores.keys()].sort((x, y) => scores[y]! - scores[x]!);
      const fps = ranked.filter((r) => !data.rows[r]!.label && data.rows[r]!.metric && scores[r]! >= cut.logit).map((r) => `${data.rows[r]!.text} ${scores[r]!.toFixed(2)}`);
      const fns = ranked.filter((r) => data.rows[r]!.label && scores[r]! < cut.logit).map((r) => `${data.rows[r]!.text} ${scores[r]!.toFixed(2)}`);
      console.log(`FP (${fps.length}):`, fps.filter((_, i) => i % 8 === 0).join(' | '));
      console.log(`FN (${fns.length}):`, fns.slice(0, 60).join(' | '));
    }
  }
  const all = [...data.rows.keys()];
  const w = fit(d, all, best!.l2);
  const fitted = toModel(d, w, fitTrees(d, all, w));
  // The intercept moves so that the held-out cut is WORD_THRESHOLD.
  const weights = new Map(fitted.weights);
  weights.set('bias', weights.get('bias')! - best!.cut.logit + toLogit(WORD_THRESHOLD));
  const model: PairModel = { ...fitted, weights };
  const fixedCut = toLogit(WORD_THRESHOLD);
  let tp = data.ruleTP;
  let fp = data.ruleFP;
  data.rows.forEach((row) => { if (row.metric && pairLogit(row.f, model) >= fixedCut) { if (row.label) tp++; else fp++; } });
  for (const m of data.multi) if (compareNameWords(m.a, m.b, { threshold: WORD_THRESHOLD, model }).same) { if (m.label) tp++; else fp++; }
  say(`chosen L2 ${best!.l2}; held-out at the cut: recall ${best!.cut.recall.toFixed(4)}, precision ${best!.cut.precision.toFixed(4)}, ` +
    `balanced precision ${best!.cut.balancedPrecision.toFixed(4)}`);
  say(`final model on the whole tuning half (in-sample) at WORD_THRESHOLD ${WORD_THRESHOLD}: recall ${(tp / data.positives).toFixed(4)}, ` +
    `precision ${(tp / Math.max(1, tp + fp)).toFixed(4)} (TP ${tp}, FP ${fp})`);
  return { model, report };
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;

function render(model: PairModel, report: string[]): string {
  const entries = [...model.weights].map(([k, v]) => [k, r4(v)] as const).filter(([, v]) => v !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const tree = (t: PairTree) => `  { feature: [${t.feature.join(', ')}], threshold: [${t.threshold.map(r4).join(', ')}], ` +
    `left: [${t.left.join(', ')}], right: [${t.right.join(', ')}], value: [${t.value.map(r4).join(', ')}] },`;
  return `// Generated by \`npm run train:names\` (scripts/train-name-pairs.ts); do not edit.
// The pair model (src/analysis/names/pair-model.ts), learned on the tuning half of the name-variant groups.
// Feature weights and trees only: no spelling of the groups is stored here.
${report.map((l) => `// ${l}`).join('\n')}
import type { PairTree } from './pair-model.js';

/** Feature name → weight ('bias' is the intercept). */
export const PAIR_WEIGHTS: Readonly<Record<string, number>> = {
${entries.map(([k, v]) => `  ${JSON.stringify(k)}: ${v},`).join('\n')}
};

/** The features the trees read, in column order. */
export const PAIR_TREE_COLUMNS: readonly string[] = [
${model.columns.map((c) => `  ${JSON.stringify(c)},`).join('\n')}
];

/** Boosted trees on top of the weights: their values add to the log-odds. */
export const PAIR_TREES: readonly PairTree[] = [
${model.trees.map(tree).join('\n')}
];
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { print: { type: 'boolean', default: false } } });
  const shared = findSharedDir();
  if (!shared) throw new Error('../shared not found');
  const data = collect(shared);
  const { model, report } = train(data, true);
  const text = render(model, report);
  if (values.print) console.log(text);
  else {
    writeFileSync(OUTPUT, text);
    console.log(`wrote ${OUTPUT.pathname}`);
  }
}
