/**
 * Weighted edit distance between two folded words of names (see ./letters.ts for the costs), and the decision for
 * one pair of words. A word listed in ./native-names.ts is compared strictly: Arabic given names do not vary their
 * letters, so حسن / حسين or سعد / سعيد differ by a whole letter, not by a transliterator's vowel.
 */
import { VOWELS, gapCost, substitutionCost } from './letters.js';
import { isNativeName } from './native-names.js';

/** Words longer than this (in letters) are compared for equality only: no name word is that long, and it bounds work. */
export const MAX_WORD_LETTERS = 40;

/** Dropping the article ال of one spelling (البغدادي / بغدادي) costs this much. */
const ARTICLE_COST = 0.3;

export interface WordComparison {
  /** Sum of the weighted edits. */
  cost: number;
  /** 1 − cost / mean length, clipped to [0, 1]. */
  score: number;
  /** True when one of the words is a listed Arabic given name: only orthographic variation is allowed. */
  strict: boolean;
}

/** Weighted Levenshtein distance between two folded words. */
export function weightedDistance(a: string, b: string, strict = false): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (n > MAX_WORD_LETTERS || m > MAX_WORD_LETTERS) return Math.max(n, m);
  const gapA = gapCosts(a, strict);
  const gapB = gapCosts(b, strict);
  let prev = new Float64Array(m + 1);
  let cur = new Float64Array(m + 1);
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + gapB[j - 1]!;
  for (let i = 1; i <= n; i++) {
    cur[0] = prev[0]! + gapA[i - 1]!;
    const ca = a[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const cb = b[j - 1]!;
      const isFinal = i === n && j === m;
      const sub = prev[j - 1]! + (strict ? strictSubstitution(ca, cb) : substitutionCost(ca, cb, isFinal));
      const del = prev[j]! + gapA[i - 1]!;
      const ins = cur[j - 1]! + gapB[j - 1]!;
      cur[j] = Math.min(sub, del, ins);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m]!;
}

function gapCosts(word: string, strict: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const letter = word[i]!;
    if (strict) out.push(letter === 'ء' ? 0.3 : 1);
    else out.push(gapCost(letter, word[i - 1] ?? '', word[i + 1] ?? ''));
  }
  return out;
}

// Strict comparison still lets the hamza move between seats and the alef that carries it (مسؤول-type spellings:
// رائد / راءد), which orthography varies; everything else is a different letter.
function strictSubstitution(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'ء' || b === 'ء') return VOWELS.has(a) && VOWELS.has(b) ? 0.2 : 1;
  return 1;
}

function stripArticle(word: string): string | null {
  return word.length >= 5 && word.startsWith('ال') ? word.slice(2) : null;
}

/** Compares two folded words of names. */
export function compareWords(a: string, b: string): WordComparison {
  const strict = isNativeName(a) || isNativeName(b) ||
    isNativeName(stripArticle(a) ?? '') || isNativeName(stripArticle(b) ?? '');
  let cost = weightedDistance(a, b, strict);
  // The article: البغدادي / بغدادي, المختاري / مختاري (nisba surnames are written with or without it).
  const bareA = stripArticle(a);
  const bareB = stripArticle(b);
  if (bareA !== null && bareB === null) cost = Math.min(cost, ARTICLE_COST + weightedDistance(bareA, b, strict));
  if (bareB !== null && bareA === null) cost = Math.min(cost, ARTICLE_COST + weightedDistance(a, bareB, strict));
  const meanLength = (a.length + b.length) / 2;
  const score = meanLength === 0 ? 1 : Math.max(0, Math.min(1, 1 - cost / meanLength));
  return { cost, score, strict };
}
