/**
 * The decision for one pair of words that the weighted edit distance (./word-distance.ts) finds close: a logistic
 * model over what the cheapest alignment of the two spellings changes (which letters, of which class, at the first
 * letter, inside or at the last), trained discriminatively by `npm run train:names` (scripts/train-name-pairs.ts)
 * on the tuning half of ../shared/data/name-variants: spellings of one name against near spellings of other names,
 * the near-homographs the distance alone accepts (بيري / بيرو، كايلا / كايلي). The distance stays the gate (a pair
 * must score PAIR_GATE or more to be asked), so the model only ranks pairs that are already close.
 */
import { PAIR_TREE_COLUMNS, PAIR_TREES, PAIR_WEIGHTS } from './pair-model.generated.js';
import { FINAL, INITIAL, MEDIAL, type LetterPosition } from './letter-costs.js';
import { letterSkeleton } from './letters.js';
import { alignmentEdits, type WordComparison } from './word-distance.js';

/**
 * Word pairs whose distance score (./word-distance.ts) is under this are rejected without asking the model. The
 * loosest cut of the evaluation's curve: it keeps about 0.86 of the positives of the name-variant groups.
 */
export const PAIR_GATE = 0.6;

/** The aligned pair in a fixed order, so that a decision does not depend on which spelling came first. */
function canonical([a, b]: readonly [string, string]): readonly [string, string] {
  return a <= b ? [a, b] : [b, a];
}

/**
 * True when every edit between the two spellings `c` aligned is one the letter rules explain outright: a doubled
 * letter written once (هللو / هيليو), the g of "ng" (نغوين / نوين / نجوين), or a swap of PINNED letters. Such a close
 * pair is accepted without the model, which has too few of them to learn from.
 */
export function onlyExplainedEdits(c: WordComparison): boolean {
  const [a, b] = canonical(c.aligned);
  const edits = alignmentEdits(a, b);
  return edits.length > 0 && edits.every((e) => {
    if (e.kind === 'sub') return PINNED.has(sorted2(e.x, e.y));
    if (e.kind !== 'gap') return false;
    const letter = e.x || e.y;
    return letter === e.before || letter === e.after || (e.before === 'ن' && (letter === 'غ' || letter === 'ج' || letter === 'ك'));
  });
}

/** Feature name → value, the model's input. */
export type PairFeatures = Map<string, number>;

/**
 * A regression tree over the dense columns of a model, stored flat: node k is a leaf when feature[k] is −1 (its
 * value is added to the log-odds), else it sends a value ≤ threshold[k] to left[k] and the others to right[k].
 */
export interface PairTree {
  feature: readonly number[];
  threshold: readonly number[];
  left: readonly number[];
  right: readonly number[];
  value: readonly number[];
}

/** A linear model over the features, plus boosted trees over some of them (dense columns). */
export interface PairModel {
  /** Weights by feature name ('bias' for the intercept). */
  weights: ReadonlyMap<string, number>;
  /** The features the trees read, in column order. */
  columns: readonly string[];
  trees: readonly PairTree[];
}

export const SHIPPED_PAIR_MODEL: PairModel = {
  weights: new Map(Object.entries(PAIR_WEIGHTS)),
  columns: PAIR_TREE_COLUMNS,
  trees: PAIR_TREES,
};

const columnIndexes = new WeakMap<PairModel, Map<string, number>>();

function treeValue(tree: PairTree, dense: Float64Array): number {
  let node = 0;
  while (tree.feature[node]! >= 0) node = dense[tree.feature[node]!]! <= tree.threshold[node]! ? tree.left[node]! : tree.right[node]!;
  return tree.value[node]!;
}

/**
 * Swaps of sounds the training data hardly has, kept out of the letter features (as ./letters.ts keeps their cost
 * hand-set): the Vietnamese d written د or ز (نان دان / نيان زان).
 */
const PINNED = new Set(['دز']);

const POSITION_NAME = ['i', 'm', 'f'] as const;

/** Class of a folded letter: V a vowel letter, A hamza, H ه (also final ة), E ayn, C any other consonant. */
function letterClass(c: string): string {
  if (c === 'ا' || c === 'و' || c === 'ي') return 'V';
  if (c === 'ء') return 'A';
  if (c === 'ه') return 'H';
  if (c === 'ع') return 'E';
  return 'C';
}

const sorted2 = (x: string, y: string) => (x < y ? x + y : y + x);

function add(f: PairFeatures, key: string, value = 1): void {
  f.set(key, (f.get(key) ?? 0) + value);
}

/**
 * The features of a pair of folded words, from their comparison `c` (which must not be strict) and the cheapest
 * alignment of the spellings it aligned. `joined`: one side is several words written together.
 */
export function pairFeatures(c: WordComparison, joined: boolean): PairFeatures {
  const [a, b] = canonical(c.aligned);
  const f: PairFeatures = new Map();
  const meanLength = (a.length + b.length) / 2;
  f.set('bias', 1);
  f.set('score', c.score);
  f.set('cost', c.cost);
  f.set('hard', c.hardEdits);
  f.set('len', meanLength / 10);
  f.set('dlen', Math.abs(a.length - b.length));
  const lengthBucket = meanLength <= 4 ? 'short' : meanLength <= 6 ? 'mid' : 'long';
  f.set(`lenb:${Math.min(Math.round(meanLength), 9)}`, 1);
  f.set(`scoreb:${Math.min(7, Math.floor((c.score - 0.6) / 0.05))}`, 1);
  if (a[0] === b[0]) f.set('sameFirst', 1);
  if (a[a.length - 1] === b[b.length - 1]) f.set('sameLast', 1);
  if (c.article) f.set('article', 1);
  if (joined) f.set('joined', 1);
  if (letterSkeleton(a) === letterSkeleton(b)) f.set('skeleton', 1);
  const edits = alignmentEdits(a, b);
  f.set(`edits:${Math.min(edits.length, 4)}`, 1);
  f.set(`edits:${Math.min(edits.length, 4)}:${lengthBucket}`, 1);
  f.set('editsPerLetter', edits.length / Math.max(1, meanLength));
  let onlyVowels = true;
  let consonantChanges = 0;
  let previous = -2;
  for (const e of edits) {
    const at = e.x ? e.i : e.j;
    if (at === previous + 1) add(f, 'adjacent');
    previous = at;
    if (e.kind === 'sub') {
      const position: LetterPosition = e.i === 0 && e.j === 0 ? INITIAL : e.i === a.length - 1 && e.j === b.length - 1 ? FINAL : MEDIAL;
      const p = POSITION_NAME[position];
      if (PINNED.has(sorted2(e.x, e.y))) { add(f, 'pinned'); continue; }
      const cx = letterClass(e.x);
      const cy = letterClass(e.y);
      add(f, `s:${sorted2(cx, cy)}:${p}`);
      add(f, `s:${sorted2(cx, cy)}:${p}:${lengthBucket}`);
      add(f, `s:${sorted2(e.x, e.y)}:${p}`);
      add(f, `s:${sorted2(e.x, e.y)}`);
      add(f, 'subCost', e.cost);
      if (cx === 'C' || cy === 'C' || cx === 'E' || cy === 'E') { onlyVowels = false; consonantChanges++; }
    } else if (e.kind === 'gap') {
      const letter = e.x || e.y;
      const length = e.x ? a.length : b.length;
      const index = e.x ? e.i : e.j;
      const p = POSITION_NAME[index === 0 ? INITIAL : index === length - 1 ? FINAL : MEDIAL];
      const cls = letterClass(letter);
      add(f, `g:${cls}:${p}`);
      add(f, `g:${cls}:${p}:${lengthBucket}`);
      add(f, `g:${letter}:${p}`);
      add(f, 'gapCost', e.cost);
      if (letter === e.before || letter === e.after) add(f, 'g:double');
      else if (e.before === 'ن' && (letter === 'غ' || letter === 'ج' || letter === 'ك')) add(f, 'g:ng');
      else if (cls === 'V' && (letterClass(e.before) === 'V' || letterClass(e.after) === 'V')) add(f, 'g:glide');
      else if (cls === 'C' || cls === 'E') { onlyVowels = false; consonantChanges++; }
    } else {
      add(f, 'digraph');
      onlyVowels = false;
    }
  }
  if (onlyVowels) f.set('onlyVowels', 1);
  f.set(`consonants:${Math.min(consonantChanges, 2)}`, 1);
  if (consonantChanges > 0 && meanLength <= 4.5) f.set('shortConsonant', 1);
  return f;
}

/** The model's log-odds for features `f`. */
export function pairLogit(f: PairFeatures, model: PairModel = SHIPPED_PAIR_MODEL): number {
  let z = 0;
  for (const [k, v] of f) z += (model.weights.get(k) ?? 0) * v;
  if (model.trees.length === 0) return z;
  let index = columnIndexes.get(model);
  if (!index) columnIndexes.set(model, (index = new Map(model.columns.map((c, i) => [c, i]))));
  const dense = new Float64Array(model.columns.length);
  for (const [k, v] of f) {
    const i = index.get(k);
    if (i !== undefined) dense[i] = v;
  }
  for (const tree of model.trees) z += treeValue(tree, dense);
  return z;
}

/**
 * The model's score for a close pair, in (0, 1): the probability that the two words are one name, its intercept
 * moved so that the threshold chosen on the tuning half is WORD_THRESHOLD (./same-name.ts).
 */
export function pairScore(c: WordComparison, joined: boolean, model: PairModel = SHIPPED_PAIR_MODEL): number {
  return 1 / (1 + Math.exp(-pairLogit(pairFeatures(c, joined), model)));
}
