/**
 * Emission scores computed with caches per word type: a word's intrinsic features are summed once per model, and
 * the rows of its neighbour features (n-1=word, w+1=word, …) are looked up once, so that a token costs a dozen map
 * lookups instead of fifty. Gives the same scores as `emissionScores(model, sentenceFeatures(…))` (a test checks).
 */
import { contextPairs, NEIGHBOUR_FEATURES, SHAPE_NAMES, wordAt, type SentenceInfo, type WordInfo } from './features.js';
import { withLookup, type TaggerModel } from './perceptron.js';
import { TAGS } from './types.js';

const T = TAGS.length;

interface WordScores {
  /** Sum of the intrinsic feature weights (unscaled). */
  intrinsic: Float32Array;
  /** Row of this word's form for each NEIGHBOUR_FEATURES template, -1 if none. */
  neighbourRows: Int32Array;
  /** Rows of the bigram features with this word on the right (`n-1|n`), by the word on the left; -1 if none. */
  afterWord: Map<WordInfo, number>;
  /** Rows of the bigram features with this word on the left (`n|n+1`), by the word on the right. */
  beforeWord: Map<WordInfo, number>;
}

const SHAPES = SHAPE_NAMES.length;
// Bigram rows cached per word: enough for the neighbours of frequent words, bounded for the rest.
const MAX_PAIRS = 1000;

const caches = new WeakMap<TaggerModel, Map<WordInfo, WordScores>>();
const MAX_CACHED = 200_000;

function wordScores(model: TaggerModel, cache: Map<WordInfo, WordScores>, w: WordInfo): WordScores {
  let ws = cache.get(w);
  if (ws) return ws;
  const lookup = model.lookup!;
  const intrinsic = new Float32Array(T);
  for (let k = 0; k < w.intrinsic.length; k += 2) {
    const row = lookup.get(w.intrinsic[k]!)?.get(w.intrinsic[k + 1]!);
    if (row === undefined) continue;
    for (let t = 0; t < T; t++) intrinsic[t]! += model.weights[row * T + t]!;
  }
  const neighbourRows = new Int32Array(NEIGHBOUR_FEATURES.length);
  NEIGHBOUR_FEATURES.forEach(([template, , form], k) => {
    neighbourRows[k] = lookup.get(template)?.get(w[form]) ?? -1;
  });
  ws = { intrinsic, neighbourRows, afterWord: new Map(), beforeWord: new Map() };
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(w, ws);
  return ws;
}

const shapeCaches = new WeakMap<TaggerModel, Int32Array>();

/** Rows of every `sh3` value (shape before | shape | shape after), -1 if none. */
function shapeTripleRows(model: TaggerModel): Int32Array {
  let rows = shapeCaches.get(model);
  if (rows) return rows;
  const k = SHAPES;
  rows = new Int32Array(k * k * k).fill(-1);
  const values = model.lookup!.get('sh3');
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) for (let c = 0; c < k; c++) {
    rows[(b + a * k) * k + c] = values?.get(`${SHAPE_NAMES[a]}|${SHAPE_NAMES[b]}|${SHAPE_NAMES[c]}`) ?? -1;
  }
  shapeCaches.set(model, rows);
  return rows;
}

/** Emission scores (tokens × T) of an analysed sentence. */
export function fastEmissionScores(model: TaggerModel, s: SentenceInfo): Float32Array {
  withLookup(model);
  let cache = caches.get(model);
  if (!cache) { cache = new Map(); caches.set(model, cache); }
  const n = s.words.length;
  const { weights, scale } = model;
  const lookup = model.lookup!;
  const perWord = s.words.map((w) => wordScores(model, cache!, w));
  // Sentence-edge neighbours have the empty form: looked up once.
  const edgeRows = NEIGHBOUR_FEATURES.map(([template]) => lookup.get(template)?.get('') ?? -1);
  const left = lookup.get('n-1|n');
  const right = lookup.get('n|n+1');
  const shapeRows = shapeTripleRows(model);
  const scores = new Float32Array(n * T);
  const add = (base: number, row: number) => {
    if (row < 0) return;
    const o = row * T;
    for (let t = 0; t < T; t++) scores[base + t]! += weights[o + t]!;
  };
  for (let i = 0; i < n; i++) {
    const base = i * T;
    const intrinsic = perWord[i]!.intrinsic;
    for (let t = 0; t < T; t++) scores[base + t] = intrinsic[t]!;
    for (let k = 0; k < NEIGHBOUR_FEATURES.length; k++) {
      const j = i + NEIGHBOUR_FEATURES[k]![1];
      const row = j < 0 || j >= n ? edgeRows[k]! : perWord[j]!.neighbourRows[k]!;
      if (row < 0) continue;
      const o = row * T;
      for (let t = 0; t < T; t++) scores[base + t]! += weights[o + t]!;
    }
    const w = wordAt(s, i);
    const p1 = wordAt(s, i - 1);
    const n1 = wordAt(s, i + 1);
    const own = perWord[i]!;
    let row = own.afterWord.get(p1);
    if (row === undefined) {
      row = left?.get(p1.bare + '|' + w.bare) ?? -1;
      if (own.afterWord.size < MAX_PAIRS) own.afterWord.set(p1, row);
    }
    add(base, row);
    row = own.beforeWord.get(n1);
    if (row === undefined) {
      row = right?.get(w.bare + '|' + n1.bare) ?? -1;
      if (own.beforeWord.size < MAX_PAIRS) own.beforeWord.set(n1, row);
    }
    add(base, row);
    add(base, shapeRows[(w.shapeIndex + p1.shapeIndex * SHAPES) * SHAPES + n1.shapeIndex]!);
    const pairs = contextPairs(s, i);
    for (let k = 0; k < pairs.length; k += 2) {
      const row = lookup.get(pairs[k]!)?.get(pairs[k + 1]!);
      if (row === undefined) continue;
      const o = row * T;
      for (let t = 0; t < T; t++) scores[base + t]! += weights[o + t]!;
    }
    if (scale !== 1) for (let t = 0; t < T; t++) scores[base + t]! *= scale;
  }
  return scores;
}
