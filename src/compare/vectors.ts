/**
 * Statements as weighted term vectors, and their cosine. Terms are typed:
 * - `w:` a content word's matching key (./match-key.ts); reporting verbs (قال، أكد) count little, they carry no fact;
 * - `k:` its consonant skeleton, at a lower weight, so that spelling variants still meet (أمريكية / أميركية);
 * - `c:` its concept (./lexicon.ts), so that "وقّع معاهدة" meets "توقيع اتفاقية";
 * - `e:` a canonical entity of the story: two spellings of one name are one term;
 * - `q:` the noun a figure counts (اتفاق in "عشرة اتفاقات" and in "15 اتفاقا") and `n:` the figure with it;
 * - `d:` a resolved date ("أمس الخميس" and "20 يونيو" are both d:2024-06-20).
 * Weights are IDF over the statements compared, so words every outlet repeats in every sentence of the story
 * (بوتين، فيتنام) count less than the words that tell one fact from another.
 */
import { verbForm } from '../analysis/quotes/lexicon.js';
import { conceptOf } from './lexicon.js';
import { foldForMatch, keyContext, matchKey, type KeyContext } from './match-key.js';
import { packPair, spread } from './packed-vectors.js';
import type { Statement } from './prepare.js';

export type Vector = Map<string, number>;

/** Relative weights of the term types (before IDF). */
export const TERM_WEIGHTS = { word: 1, concept: 0.7, reportingVerb: 0.25, skeleton: 0.35, entity: 1.5, head: 1, figure: 0.6, day: 0.8, coarseDate: 0.4 };

/** The consonant skeleton of a key: long vowels and alef dropped (امريك / اميرك → مرك). */
export function skeleton(key: string): string {
  let out = '';
  for (const c of key) if (c !== 'ا' && c !== 'و' && c !== 'ي' && c !== 'ى') out += c;
  return out;
}

export function contextOf(statements: readonly Statement[], extra: Iterable<string> = []): KeyContext {
  function* norms(): Iterable<string> {
    for (const s of statements) for (const w of s.words) yield w.norm;
    yield* extra;
  }
  return keyContext(norms());
}

/** The concept term of a matching key (a form ending in ت also tries without it), if any. */
export function conceptTerm(key: string): string | undefined {
  const concept = conceptOf(key) ?? (key.length >= 4 && key.endsWith('ت') ? conceptOf(key.slice(0, -1)) : undefined);
  return concept ? `c:${concept}` : undefined;
}

/**
 * Raw (un-weighted by IDF) terms of a statement with their type weights. `words: false` leaves out the word terms
 * (w:, k:, c:), for a caller that keys the words itself.
 */
export function statementTerms(s: Statement, context: KeyContext, entityOf: (e: Statement['entities'][number]) => number | undefined, options: { words?: boolean } = {}): Map<string, number> {
  const terms = new Map<string, number>();
  const add = (t: string, w: number) => { if (w > (terms.get(t) ?? 0)) terms.set(t, w); };
  for (const word of options.words === false ? [] : s.words) {
    const key = matchKey(word.norm, context);
    if (key.length < 2) continue;
    const reporting = verbForm(word.norm) !== undefined;
    add(`w:${key}`, reporting ? TERM_WEIGHTS.reportingVerb : TERM_WEIGHTS.word);
    const skel = skeleton(key);
    if (!reporting && skel.length >= 3 && skel !== key) add(`k:${skel}`, TERM_WEIGHTS.skeleton);
    const concept = conceptTerm(key);
    if (concept) add(concept, TERM_WEIGHTS.concept);
  }
  for (const e of s.entities) {
    const k = entityOf(e);
    if (k !== undefined) add(`e:${k}`, TERM_WEIGHTS.entity);
  }
  for (const q of s.quantities) {
    const heads = q.heads ?? (q.head ? [q.head] : []);
    for (const h of heads) add(`q:${matchKey(foldForMatch(h), context)}`, TERM_WEIGHTS.head);
    add(`n:${q.value}:${q.unit ?? (heads[0] ? matchKey(heads[0], context) : '')}`, TERM_WEIGHTS.figure);
  }
  for (const d of s.dates) {
    if (!d.value) continue;
    add(`d:${d.value}`, d.grain === 'day' || d.grain === 'hour' || d.grain === 'minute' ? TERM_WEIGHTS.day : TERM_WEIGHTS.coarseDate);
  }
  return terms;
}

/** Inverse document frequency over a set of term bags: ln(1 + N / df). */
export function idfOf(bags: ReadonlyArray<ReadonlyMap<string, number>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const b of bags) for (const t of b.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  const n = bags.length;
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / d));
  return idf;
}

/** A unit-length vector: type weight × IDF per term. */
export function weigh(terms: ReadonlyMap<string, number>, idf: ReadonlyMap<string, number>, fallbackIdf = 1): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [t, w] of terms) {
    const x = w * (idf.get(t) ?? fallbackIdf);
    v.set(t, x);
    norm += x * x;
  }
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (const [t, x] of v) v.set(t, x * inv);
  }
  return v;
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y !== undefined) dot += x * y;
  }
  return Math.min(1, dot);
}

/** Cosine restricted to word and skeleton terms: how alike two statements are once names, figures and dates are set aside. */
export function wordCosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  // Packed (./packed-vectors.ts): the same sums, in the same order, as iterating `a` and looking terms up in `b`.
  const packed = packPair(a as Vector, b as Vector);
  if (!packed) return mapWordCosine(a, b);
  const [pa, pb] = packed;
  const na = pa.wordNorm;
  const nb = pb.wordNorm;
  if (!(na > 0 && nb > 0)) return 0;
  const { weights, stamp, current } = spread(pb);
  let dot = 0;
  for (let k = 0; k < pa.wordIds.length; k++) {
    const id = pa.wordIds[k]!;
    if (stamp[id] === current) dot += pa.wordWeights[k]! * weights[id]!;
  }
  return Math.min(1, dot / Math.sqrt(na * nb));
}

export function mapWordCosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, x] of a) {
    if (t[0] !== 'w' && t[0] !== 'k') continue;
    na += x * x;
    const y = b.get(t);
    if (y !== undefined) dot += x * y;
  }
  for (const [t, y] of b) if (t[0] === 'w' || t[0] === 'k') nb += y * y;
  return na > 0 && nb > 0 ? Math.min(1, dot / Math.sqrt(na * nb)) : 0;
}
