/**
 * Features of each token for the entity tagger. A feature is a (template, value) pair, named `template=value`; the
 * model keeps a weight per feature and tag. The same code serves training (NewsFANE/Wojood tokens) and run time
 * (tokenizer tokens), so both see exactly the same features. Changing what a feature means requires retraining: bump
 * FEATURES_VERSION, which the model file records and the loader checks.
 *
 * Features come in three groups, because the fast scorer (fast-scores.ts) caches the first two per word type:
 * - intrinsic: depend on the word alone (its forms, affixes, cues, lexicon and letter cues);
 * - neighbour: a neighbour's form at a fixed offset (n-1=…, w+1=…);
 * - context: everything else (pairs of words, shapes around, cue and gazetteer context).
 */
import { lightStem } from '../../text/stem.js';
import { isStopword } from '../../text/stopwords.js';
import { cuesOf, type CueKind } from './cues.js';
import { foreignCues } from './foreign.js';
import type { Gazetteer } from './gazetteer.js';
import { matchKeyOfNorm, procliticSplits, wordKey } from './word-forms.js';

export const FEATURES_VERSION = 5;

/** What the features need of a token. */
export interface FeatureToken {
  /** The token as written. */
  text: string;
  /** Its DEFAULT normalised key (Token.norm); computed from `text` when absent. */
  norm?: string;
}

export const SHAPE_NAMES = ['ar', 'lat', 'Lat', 'num', 'open', 'close', 'quote', 'punct', 'other'] as const;
type Shape = (typeof SHAPE_NAMES)[number];

/** What is known of a word type, independent of where it occurs. Shared between occurrences: never mutate. */
export interface WordInfo {
  norm: string;
  /** matchKey of the word. */
  key: string;
  /** Without clitics and article: the form names are compared on. */
  bare: string;
  /** Light stem of the normalised form (text/stem.ts). */
  stem: string;
  shape: Shape;
  /** Index of `shape` in SHAPE_NAMES. */
  shapeIndex: number;
  cues: readonly CueKind[];
  nisba: boolean;
  unknown: boolean;
  isTitle: boolean;
  /** How often Wikidata person labels use the word (gazetteer `nameWordCount`), bucketed: '' none, '1', '2', '3'. */
  nameWord: string;
  /** Intrinsic features as flat pairs [template, value, …]. */
  intrinsic: readonly string[];
}

const ARABIC = /[\u0621-\u064A\u0671-\u06D3]/;
const LATIN = /[A-Za-z]/;
const DIGIT = /[0-9]/;
const OPEN = new Set(['«', '“', '‘', '(', '[', '{', '„']);
const CLOSE = new Set(['»', '”', '’', ')', ']', '}']);

function shapeOf(text: string, norm: string): Shape {
  if (ARABIC.test(norm)) return 'ar';
  if (LATIN.test(norm)) return /^[A-Z]/.test(text) ? 'Lat' : 'lat';
  if (DIGIT.test(norm)) return 'num';
  if (OPEN.has(text)) return 'open';
  if (CLOSE.has(text)) return 'close';
  if (text === '"' || text === "'") return 'quote';
  return norm.length ? 'punct' : 'other';
}

const nameWordBucket = (n: number) => (n === 0 ? '' : n < 3 ? '1' : n < 20 ? '2' : '3');

const lengthBucket = (n: number) => (n <= 2 ? '2' : n <= 4 ? '4' : n <= 6 ? '6' : n <= 9 ? '9' : 'L');

function computeInfo(text: string, norm: string, gazetteer: Gazetteer | null): WordInfo {
  const key = matchKeyOfNorm(norm);
  const shape = shapeOf(text, norm);
  const intrinsic: string[] = ['b', '', 'w', norm, 'sh', shape];
  if (shape !== 'ar') {
    intrinsic.push('n', norm, 's', norm);
    return { norm, key, bare: norm, stem: norm, shape, shapeIndex: SHAPE_NAMES.indexOf(shape), cues: [], nisba: false, unknown: false, isTitle: false, nameWord: '', intrinsic };
  }
  const splits = procliticSplits(norm);
  const last = splits[splits.length - 1];
  const noClitic = last ? last.base : norm;
  const clitic = last ? norm.slice(0, last.letters) : '';
  const bare = noClitic.startsWith('ال') && noClitic.length >= 4 ? noClitic.slice(2) : noClitic;
  const cues = cuesOf(matchKeyOfNorm(bare), key);
  const nisba = gazetteer ? gazetteer.isNisba(key) : false;
  const unknown = gazetteer?.isKnownWord(key) === false && bare.length >= 3;
  const stem = lightStem(norm);
  intrinsic.push('n', bare, 's', stem, 'len', lengthBucket(bare.length), 'p2', bare.slice(0, 2), 'p3', bare.slice(0, 3),
    'x1', bare.slice(-1), 'x2', bare.slice(-2), 'x3', bare.slice(-3));
  if (noClitic !== norm) intrinsic.push('nc', noClitic);
  const cl = clitic + (noClitic !== bare ? 'ال' : '');
  if (cl) intrinsic.push('cl', cl);
  if (unknown) intrinsic.push('unk', '');
  for (const c of foreignCues(bare)) intrinsic.push('fr', c);
  for (const c of cues) intrinsic.push('c', c);
  if (nisba) intrinsic.push('nis', '');
  // Function words that are also name words (بين Ben, ان An, من Min) would only add noise. The word as written is
  // looked up first: the bare form cuts letters that may be the name's own (بيونغ → ب + يونغ, Young).
  const nameWord = gazetteer && !isStopword(norm) && !isStopword(bare) ? nameWordBucket(gazetteer.nameWordCount(key) || gazetteer.nameWordCount(matchKeyOfNorm(bare))) : '';
  // Many name words are also ordinary words (كمال، سعيد، من): whether the lexicon knows the word says how much the
  // list is worth, and a linear model needs the pair as one feature.
  if (nameWord) intrinsic.push('pw', nameWord + (unknown ? 'u' : 'k'));
  return { norm, key, bare, stem, shape, shapeIndex: SHAPE_NAMES.indexOf(shape), cues, nisba, unknown, isTitle: cues.includes('title'), nameWord, intrinsic };
}

// Word types repeat (Zipf): each is analysed once per gazetteer. Bounded, so a long batch cannot grow it forever.
const infoCaches = new WeakMap<object, Map<string, WordInfo>>();
const NO_GAZETTEER = {};
const MAX_CACHED = 200_000;

export function wordInfo(token: FeatureToken, gazetteer: Gazetteer | null): WordInfo {
  const owner = gazetteer ?? NO_GAZETTEER;
  let cache = infoCaches.get(owner);
  if (!cache) { cache = new Map(); infoCaches.set(owner, cache); }
  let info = cache.get(token.text);
  if (info === undefined) {
    info = computeInfo(token.text, token.norm ?? wordKey(token.text), gazetteer);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(token.text, info);
  }
  return info;
}

/** Neighbour features: [template, offset, which form]. */
export const NEIGHBOUR_FEATURES: ReadonlyArray<readonly [string, number, 'bare' | 'norm' | 'stem']> = [
  ['n-1', -1, 'bare'], ['n+1', 1, 'bare'], ['w-1', -1, 'norm'], ['w+1', 1, 'norm'], ['n-2', -2, 'bare'], ['n+2', 2, 'bare'],
];

// Gazetteer feature values, interned so that their hash is computed once.
const gazetteerValues = new Map<string, string>();
function gazetteerValue(list: string, pos: string): string {
  const k = list + ':' + pos;
  let v = gazetteerValues.get(k);
  if (v === undefined) { v = k; gazetteerValues.set(k, v); }
  return v;
}

const PAD: WordInfo = { norm: '', key: '', bare: '', stem: '', shape: 'other', shapeIndex: SHAPE_NAMES.indexOf('other'), cues: [], nisba: false, unknown: false, isTitle: false, nameWord: '', intrinsic: [] };

/** A sentence analysed for features: the word info of each token and its gazetteer hits. */
export interface SentenceInfo {
  words: WordInfo[];
  gazetteer: string[][];
}

export function sentenceInfo(tokens: readonly FeatureToken[], gazetteer: Gazetteer | null): SentenceInfo {
  const words = tokens.map((t) => wordInfo(t, gazetteer));
  const hits: string[][] = words.map(() => []);
  if (gazetteer) {
    for (const m of gazetteer.match(words.map((w) => (w.shape === 'ar' ? w.key : '')))) {
      for (let j = m.start; j < m.end; j++) {
        const pos = m.end - m.start === 1 ? 'U' : j === m.start ? 'B' : j === m.end - 1 ? 'E' : 'I';
        hits[j]!.push(gazetteerValue(m.list, pos));
      }
    }
  }
  return { words, gazetteer: hits };
}

/** The word at `j`, or the padding word beyond the sentence's edges. */
export function wordAt(s: SentenceInfo, j: number): WordInfo {
  return j < 0 || j >= s.words.length ? PAD : s.words[j]!;
}

/**
 * Word-pair features of token `i`: the shapes around it and the bigrams of bare forms. Kept apart from the other
 * context features because their values are new strings at every position: the fast scorer caches them by word.
 */
export function wordPairFeatures(s: SentenceInfo, i: number): string[] {
  const t = wordAt(s, i);
  const p1 = wordAt(s, i - 1);
  const n1 = wordAt(s, i + 1);
  return ['sh3', p1.shape + '|' + t.shape + '|' + n1.shape, 'n-1|n', p1.bare + '|' + t.bare, 'n|n+1', t.bare + '|' + n1.bare];
}

/** Context features of token `i` other than word pairs, as flat pairs. */
export function contextPairs(s: SentenceInfo, i: number): string[] {
  const n = s.words.length;
  const at = (j: number): WordInfo => wordAt(s, j);
  const t = at(i);
  const p1 = at(i - 1);
  const p2 = at(i - 2);
  const n1 = at(i + 1);
  const f: string[] = [];
  if (i === 0) f.push('bos', '');
  if (i === n - 1) f.push('eos', '');
  if (t.unknown) {
    if (p1.unknown) f.push('unk&unk-1', '');
    if (p1.isTitle || p2.isTitle) f.push('unk&title-', '');
  }
  if (p1.unknown) f.push('unk-1', '');
  if (p1.nameWord) f.push('pw-1', p1.nameWord);
  if (n1.nameWord) f.push('pw+1', n1.nameWord);
  if (n1.unknown) f.push('unk+1', '');
  for (const c of p1.cues) f.push('c-1', c);
  for (const c of p2.cues) f.push('c-2', c);
  for (const c of n1.cues) f.push('c+1', c);
  if (p1.nisba) {
    f.push('nis-1', '');
    for (const c of p2.cues) f.push('c-2&nis-1', c);
  }
  if (n1.nisba) {
    // Linear weights cannot combine "head noun" and "adjective of nationality follows" by themselves: whether
    // الحكومة السودانية or القوات الأمريكية is a name depends on the head, so the pair is a feature.
    f.push('nis+1', '', 'n&nis+1', t.bare);
    for (const c of t.cues) f.push('c&nis+1', c);
  }
  if (t.nisba) f.push('n-1&nis', p1.bare);
  for (const g of s.gazetteer[i]!) f.push('g', g);
  if (i > 0) for (const g of s.gazetteer[i - 1]!) f.push('g-1', g);
  if (i < n - 1) for (const g of s.gazetteer[i + 1]!) f.push('g+1', g);
  if (p1.shape === 'open' || p1.shape === 'quote') {
    f.push('q-1', '');
    for (const c of p2.cues) f.push('q-1&c-2', c);
  }
  if (n1.shape === 'close' || n1.shape === 'quote') f.push('q+1', '');
  return f;
}

/** All features of each token of a sentence, as flat (template, value) pairs: intrinsic, neighbour, context. */
export function sentenceFeatures(tokens: readonly FeatureToken[], gazetteer: Gazetteer | null): string[][] {
  const s = sentenceInfo(tokens, gazetteer);
  const n = s.words.length;
  return s.words.map((w, i) => {
    const f = [...w.intrinsic];
    for (const [template, offset, form] of NEIGHBOUR_FEATURES) {
      const j = i + offset;
      f.push(template, j < 0 || j >= n ? '' : s.words[j]![form]);
    }
    f.push(...wordPairFeatures(s, i), ...contextPairs(s, i));
    return f;
  });
}

/** The names of a token's features (`template=value`), from the flat pair list. */
export function featureNames(pairs: readonly string[]): string[] {
  const names: string[] = [];
  for (let k = 0; k < pairs.length; k += 2) names.push(pairs[k]! + '=' + pairs[k + 1]!);
  return names;
}
