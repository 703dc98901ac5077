/**
 * Weighted edit distance between two folded words of names (see ./letters.ts for the costs), and the decision for
 * one pair of words. A word listed in ./native-names.ts is compared strictly: Arabic given names do not vary their
 * letters, so حسن / حسين or سعد / سعيد differ by a whole letter, not by a transliterator's vowel.
 */
import { FINAL, INITIAL, MEDIAL } from './letter-costs.js';
import { VOWELS, gapCost, substitutionCostOfCodes } from './letters.js';
import { isNativeName } from './native-names.js';

/** Words longer than this (in letters) are compared for equality only: no name word is that long, and it bounds work. */
export const MAX_WORD_LETTERS = 40;

/**
 * Each edit adds this to the cost of the score: two spellings of one name usually differ in one or two places, and
 * several cheap edits together (بوتين / بيتان، نيجر / نيجيريا) more often mean another name. Checked on the tuning
 * half of the name-variants data (it raises precision at equal recall).
 */
export const EDIT_OVERHEAD = 0.1;

/** Dropping the article ال of one spelling (البغدادي / بغدادي) costs this much. */
const ARTICLE_COST = 0.3;

export interface WordComparison {
  /** Sum of the weighted edits. */
  cost: number;
  /** Edits on the cheapest path that cost a whole letter: a letter no transliteration swaps. */
  hardEdits: number;
  /** Edits of any cost on the cheapest path. */
  edits: number;
  /** 1 − (cost + EDIT_OVERHEAD × edits) / mean length, clipped to [0, 1]. */
  score: number;
  /** True when one of the words is a listed Arabic given name: only orthographic variation is allowed. */
  strict: boolean;
  /** The two spellings the cheapest path aligns: the words, or one of them without its article ال. */
  aligned: readonly [string, string];
  /** True when the cheapest path drops the article of one spelling. */
  article: boolean;
}

/** An edit that costs at least this is a different letter, not a spelling variant. */
export const HARD_EDIT = 0.9;

export interface Distance {
  cost: number;
  hardEdits: number;
  /** Number of edits of any cost on the cheapest path. */
  edits: number;
}

// Buffers reused across calls: the matcher runs over every pair of names in a story, and in the evaluation over
// millions of pairs; words are at most MAX_WORD_LETTERS long, so one (n+1)×(m+1) matrix fits in SIZE².
const SIZE = MAX_WORD_LETTERS + 1;
const matrixCost = new Float64Array(SIZE * SIZE);
// Counts packed in one number: hard edits × 256 + edits (both stay under 256: words are at most 40 letters).
const matrixCounts = new Uint16Array(SIZE * SIZE);

function countOf(cost: number): number {
  return cost >= HARD_EDIT ? 257 : cost > 0 ? 1 : 0;
}

/** A word ready for the distance: its letter codes and the cost of dropping each letter. */
interface PreparedWord {
  codes: Uint16Array;
  gaps: Float64Array;
}

// Names recur (every mention of every entity of a story), so prepared words are kept; the cache is emptied when it
// grows past a bound rather than tracked per entry.
const CACHE_LIMIT = 50_000;
const preparedCache = [new Map<string, PreparedWord>(), new Map<string, PreparedWord>()] as const;

function prepare(word: string, strict: boolean): PreparedWord {
  const cache = preparedCache[strict ? 1 : 0];
  let p = cache.get(word);
  if (p) return p;
  const codes = new Uint16Array(word.length);
  const gaps = new Float64Array(word.length);
  for (let i = 0; i < word.length; i++) {
    const letter = word[i]!;
    codes[i] = word.charCodeAt(i);
    gaps[i] = strict ? (letter === 'ء' ? 0.3 : 1) : gapCost(letter, word[i - 1] ?? '', word[i + 1] ?? '');
  }
  p = { codes, gaps };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, p);
  return p;
}

/**
 * Weighted Levenshtein distance between two folded words, with the number of hard edits on the cheapest path.
 * Besides one-letter edits it knows two-letters-for-one swaps (تش for ك: Slavic -ić written كاتيتش or كاتيك).
 * When every path already costs more than `maxCost`, it stops early and returns that lower bound with the edit
 * counts saturated (the caller only needed to know the pair fails).
 */
export function weightedDistance(a: string, b: string, strict = false, maxCost = Infinity): Distance {
  if (a === b) return { cost: 0, hardEdits: 0, edits: 0 };
  const n = a.length;
  const m = b.length;
  if (n > MAX_WORD_LETTERS || m > MAX_WORD_LETTERS) return { cost: Math.max(n, m), hardEdits: Math.max(n, m), edits: Math.max(n, m) };
  const { codes: codesA, gaps: gapA } = prepare(a, strict);
  const { codes: codesB, gaps: gapB } = prepare(b, strict);
  const W = m + 1;
  const cost = matrixCost;
  const counts = matrixCounts;
  cost[0] = 0;
  counts[0] = 0;
  for (let j = 1; j <= m; j++) {
    cost[j] = cost[j - 1]! + gapB[j - 1]!;
    counts[j] = counts[j - 1]! + countOf(gapB[j - 1]!);
  }
  let previousRowMin = 0;
  for (let i = 1; i <= n; i++) {
    const row = i * W;
    const up = row - W;
    const gap = gapA[i - 1]!;
    const gapCount = countOf(gap);
    cost[row] = cost[up]! + gap;
    counts[row] = counts[up]! + gapCount;
    let rowMin = cost[row]!;
    const ca = codesA[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const cb = codesB[j - 1]!;
      const subCost = strict ? strictSubstitution(ca, cb, i === n && j === m) : looseSubstitution(ca, cb, i, j, n, m);
      let best = cost[up + j - 1]! + subCost;
      let bestCounts = counts[up + j - 1]! + countOf(subCost);
      // Ties go to the path with fewer hard edits, then fewer edits.
      const del = cost[up + j]! + gap;
      const delCounts = counts[up + j]! + gapCount;
      if (del < best - 1e-9 || (del < best + 1e-9 && delCounts < bestCounts)) { best = del; bestCounts = delCounts; }
      const ins = cost[row + j - 1]! + gapB[j - 1]!;
      const insCounts = counts[row + j - 1]! + countOf(gapB[j - 1]!);
      if (ins < best - 1e-9 || (ins < best + 1e-9 && insCounts < bestCounts)) { best = ins; bestCounts = insCounts; }
      if (!strict) {
        // Two letters of a for one of b, and one of a for two of b.
        if (i >= 2) {
          const d = digraphCost(codesA[i - 2]!, ca, cb);
          if (d > 0) {
            const c = cost[up - W + j - 1]! + d;
            if (c < best - 1e-9) { best = c; bestCounts = counts[up - W + j - 1]! + 1; }
          }
        }
        if (j >= 2) {
          const d = digraphCost(codesB[j - 2]!, cb, ca);
          if (d > 0) {
            const c = cost[up + j - 2]! + d;
            if (c < best - 1e-9) { best = c; bestCounts = counts[up + j - 2]! + 1; }
          }
        }
      }
      cost[row + j] = best;
      counts[row + j] = bestCounts;
      if (best < rowMin) rowMin = best;
    }
    // A two-row step can skip one row, so stop only when two rows in a row are over budget.
    if (rowMin > maxCost && previousRowMin > maxCost) return { cost: Math.min(rowMin, previousRowMin), hardEdits: 255, edits: 255 };
    previousRowMin = rowMin;
  }
  return { cost: cost[n * W + m]!, hardEdits: counts[n * W + m]! >> 8, edits: counts[n * W + m]! & 0xff };
}

/** Cost of the substitution of b (j-th of m letters, from 1) for a (i-th of n) outside strict comparison. */
function looseSubstitution(ca: number, cb: number, i: number, j: number, n: number, m: number): number {
  if (i === 1 && j === 1 && isVowelCode(ca) && isVowelCode(cb) && ca !== cb) return INITIAL_VOWEL_SWAP;
  return substitutionCostOfCodes(ca, cb, i === 1 && j === 1 ? INITIAL : i === n && j === m ? FINAL : MEDIAL);
}

/** One edit on the cheapest path between two words (see `alignmentEdits`). */
export interface Edit {
  /** 'sub': x written y; 'gap': x (in the first word) or y (in the second) has no counterpart; 'digraph': two letters for one. */
  kind: 'sub' | 'gap' | 'digraph';
  /** The letter(s) of the first word ('' for a letter only the second word has). */
  x: string;
  /** The letter(s) of the second word. */
  y: string;
  /** Index in the first word (for a gap of the second word: where it falls) and in the second. */
  i: number;
  j: number;
  /** Letters around the edit in the word that has the gap (gaps only; '' at an edge). */
  before: string;
  after: string;
  cost: number;
}

/**
 * The edits of the cheapest loose (not strict) path between two folded words, first to last: the same costs and
 * tie-breaks as `weightedDistance`, with the path kept. Used for the features of the pair model (./pair-model.ts),
 * so only on pairs that already pass the cost gate.
 */
export function alignmentEdits(a: string, b: string): Edit[] {
  const n = a.length;
  const m = b.length;
  if (a === b || n > MAX_WORD_LETTERS || m > MAX_WORD_LETTERS) return [];
  const W = m + 1;
  const cost = new Float64Array((n + 1) * W);
  const counts = new Uint16Array((n + 1) * W);
  // 1 substitution, 2 gap in a, 3 gap in b, 4 two letters of a for one of b, 5 one of a for two of b.
  const back = new Uint8Array((n + 1) * W);
  const gapA = Array.from(a, (c, i) => gapCost(c, a[i - 1] ?? '', a[i + 1] ?? ''));
  const gapB = Array.from(b, (c, j) => gapCost(c, b[j - 1] ?? '', b[j + 1] ?? ''));
  for (let j = 1; j <= m; j++) { cost[j] = cost[j - 1]! + gapB[j - 1]!; counts[j] = counts[j - 1]! + countOf(gapB[j - 1]!); back[j] = 3; }
  for (let i = 1; i <= n; i++) {
    const row = i * W;
    const up = row - W;
    const gap = gapA[i - 1]!;
    cost[row] = cost[up]! + gap;
    counts[row] = counts[up]! + countOf(gap);
    back[row] = 2;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const subCost = looseSubstitution(ca, cb, i, j, n, m);
      let best = cost[up + j - 1]! + subCost;
      let bestCounts = counts[up + j - 1]! + countOf(subCost);
      let step = 1;
      const del = cost[up + j]! + gap;
      const delCounts = counts[up + j]! + countOf(gap);
      if (del < best - 1e-9 || (del < best + 1e-9 && delCounts < bestCounts)) { best = del; bestCounts = delCounts; step = 2; }
      const ins = cost[row + j - 1]! + gapB[j - 1]!;
      const insCounts = counts[row + j - 1]! + countOf(gapB[j - 1]!);
      if (ins < best - 1e-9 || (ins < best + 1e-9 && insCounts < bestCounts)) { best = ins; bestCounts = insCounts; step = 3; }
      if (i >= 2) {
        const d = digraphCost(a.charCodeAt(i - 2), ca, cb);
        if (d > 0 && cost[up - W + j - 1]! + d < best - 1e-9) { best = cost[up - W + j - 1]! + d; bestCounts = counts[up - W + j - 1]! + 1; step = 4; }
      }
      if (j >= 2) {
        const d = digraphCost(b.charCodeAt(j - 2), cb, ca);
        if (d > 0 && cost[up + j - 2]! + d < best - 1e-9) { best = cost[up + j - 2]! + d; bestCounts = counts[up + j - 2]! + 1; step = 5; }
      }
      cost[row + j] = best;
      counts[row + j] = bestCounts;
      back[row + j] = step;
    }
  }
  const edits: Edit[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const at = i * W + j;
    const step = back[at]!;
    if (step === 1) {
      if (a[i - 1] !== b[j - 1]) edits.push({ kind: 'sub', x: a[i - 1]!, y: b[j - 1]!, i: i - 1, j: j - 1, before: '', after: '', cost: cost[at]! - cost[at - W - 1]! });
      i--; j--;
    } else if (step === 2) {
      edits.push({ kind: 'gap', x: a[i - 1]!, y: '', i: i - 1, j, before: a[i - 2] ?? '', after: a[i] ?? '', cost: cost[at]! - cost[at - W]! });
      i--;
    } else if (step === 3) {
      edits.push({ kind: 'gap', x: '', y: b[j - 1]!, i, j: j - 1, before: b[j - 2] ?? '', after: b[j] ?? '', cost: cost[at]! - cost[at - 1]! });
      j--;
    } else if (step === 4) {
      edits.push({ kind: 'digraph', x: a.slice(i - 2, i), y: b[j - 1]!, i: i - 2, j: j - 1, before: '', after: '', cost: cost[at]! - cost[at - 2 * W - 1]! });
      i -= 2; j--;
    } else {
      edits.push({ kind: 'digraph', x: a[i - 1]!, y: b.slice(j - 2, j), i: i - 1, j: j - 2, before: '', after: '', cost: cost[at]! - cost[at - W - 2]! });
      i--; j -= 2;
    }
  }
  return edits.reverse();
}

/**
 * Cost of the two letters `first second` written as the one letter `single`, or 0 when that is no known swap.
 * تش (ch, č, ć) is also written ك or س (Slavic -ić: كوفيتش / كوفيك، Czech c: تشرماك / سيرماك) or ج.
 */
function digraphCost(first: number, second: number, single: number): number {
  if (first === TEH && second === SHEEN) {
    if (single === KAF) return 0.4;
    if (single === SEEN) return 0.45;
    if (single === JEEM) return 0.4;
  }
  return 0;
}

const TEH = 0x62a;
const SHEEN = 0x634;
const SEEN = 0x633;
const KAF = 0x643;
const JEEM = 0x62c;

/**
 * ا، و، ي at the very start stand for different onsets (a-, u-, y-): أوتسوكا is not يوسوكي. Inside a word the
 * same swap is a vowel choice.
 */
const INITIAL_VOWEL_SWAP = 0.7;

function isVowelCode(c: number): boolean {
  return c === 0x627 || c === 0x648 || c === 0x64a;
}

// Strict comparison still lets the hamza move between seats and the alef that carries it (مسؤول-type spellings:
// رائد / راءد), and the final ة be written ا, which orthography varies; everything else is a different letter.
const HAMZA = 0x621;
const VOWEL_CODES = new Set([...VOWELS].map((v) => v.charCodeAt(0)));

function strictSubstitution(a: number, b: number, isFinal: boolean): number {
  if (a === b) return 0;
  // A final ة is written ا in spellings that follow the pronunciation (نادية / ناديا، رانية / رانيا).
  if (isFinal && ((a === 0x647 && b === 0x627) || (a === 0x627 && b === 0x647))) return 0.3;
  if (a === HAMZA || b === HAMZA) return VOWEL_CODES.has(a) && VOWEL_CODES.has(b) ? 0.2 : 1;
  return 1;
}

function stripArticle(word: string): string | null {
  return word.length >= 5 && word.startsWith('ال') ? word.slice(2) : null;
}

// Russian, Ukrainian and Polish surnames take a feminine form: زيلينسكي / زيلينسكا، إيفانوف / إيفانوفا، بوتين /
// بوتينا are husband and wife, father and daughter. Pairs of endings [masculine, feminine].
const GENDERED_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['سكي', 'سكا'], ['سكي', 'سكايا'], ['وف', 'وفا'], ['يف', 'يفا'], ['ين', 'ينا'],
];

/** True when one word is the feminine form of the other's Slavic surname. */
export function isGenderedPair(a: string, b: string): boolean {
  for (const [masculine, feminine] of GENDERED_ENDINGS) {
    if (a.endsWith(masculine) && b.endsWith(feminine) && a.length - masculine.length >= 2 && b.length - feminine.length >= 2) return true;
    if (b.endsWith(masculine) && a.endsWith(feminine) && b.length - masculine.length >= 2 && a.length - feminine.length >= 2) return true;
  }
  return false;
}

/**
 * Compares two folded words of names. With `maxCost`, a pair that costs more is only known to cost more: its
 * figures are lower bounds and its edit counts saturated.
 */
export function compareWords(a: string, b: string, maxCost = Infinity): WordComparison {
  const strict = isNativeName(a) || isNativeName(b) ||
    isNativeName(stripArticle(a) ?? '') || isNativeName(stripArticle(b) ?? '');
  let best = weightedDistance(a, b, strict, maxCost);
  let aligned: readonly [string, string] = [a, b];
  let article = false;
  // The article: البغدادي / بغدادي, المختاري / مختاري (nisba surnames are written with or without it).
  const bareA = stripArticle(a);
  const bareB = stripArticle(b);
  const tryBare = (x: string, y: string) => {
    const d = weightedDistance(x, y, strict, maxCost - ARTICLE_COST);
    if (d.cost + ARTICLE_COST < best.cost) {
      best = { cost: d.cost + ARTICLE_COST, hardEdits: d.hardEdits, edits: d.edits + 1 };
      aligned = [x, y];
      article = true;
    }
  };
  if (bareA !== null && bareB === null) tryBare(bareA, b);
  if (bareB !== null && bareA === null) tryBare(a, bareB);
  // Counted as two hard edits: no threshold may let a husband and wife merge.
  if (isGenderedPair(a, b)) best = { cost: best.cost + 1, hardEdits: best.hardEdits + 2, edits: best.edits + 1 };
  const meanLength = (a.length + b.length) / 2;
  const penalised = best.cost + EDIT_OVERHEAD * best.edits;
  const score = meanLength === 0 ? 1 : Math.max(0, Math.min(1, 1 - penalised / meanLength));
  return { cost: best.cost, hardEdits: best.hardEdits, edits: best.edits, score, strict, aligned, article };
}
