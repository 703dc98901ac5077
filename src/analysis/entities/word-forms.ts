/**
 * The forms of a word the entity tagger looks at: its normalised key, the key without the clitics written onto it
 * (و، ف، ب، ل، ك and the article), and a matching key for gazetteers that folds what spelling varies most in names
 * (ة/ه, ؤ/و, ئ/ي on top of the default folds of hamza alefs and alef maqsura).
 */
import { normalizeKey } from '../../text/normalize.js';

/** The tagger's word key (DEFAULT_OPTIONS of normalize): the same as `Token.norm`. */
export function wordKey(text: string): string {
  return normalizeKey(text);
}

/**
 * The key every gazetteer entry and every looked-up word form is folded to: the DEFAULT key with ة → ه, ؤ → و and
 * ئ → ي on top (normalize's SEARCH_OPTIONS plus hamza seats), computed from a DEFAULT key so that a token's
 * `norm` is folded without normalising the text twice.
 */
export function matchKeyOfNorm(norm: string): string {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x629 || c === 0x624 || c === 0x626) return norm.replace(/[\u0629\u0624\u0626]/g, (ch) => EXTRA_FOLDS[ch]!);
  }
  return norm;
}

const EXTRA_FOLDS: Record<string, string> = { '\u0629': '\u0647', '\u0624': '\u0648', '\u0626': '\u064a' };

export function matchKey(text: string): string {
  return matchKeyOfNorm(normalizeKey(text));
}

const WAW = 'و';
const FEH = 'ف';
const BEH = 'ب';
const LAM = 'ل';
const KAF = 'ك';

export interface ProcliticSplit {
  /** Number of letters of the key taken by the clitics (و، ف، ب، ل، ك; "لل" counts its first ل only). */
  letters: number;
  /** The word without them; for لل the article is given back: للحزب → الحزب. */
  base: string;
}

/**
 * Ways to read `key` (a normalised word) as clitics + word, shortest clitic first: وبالحزب → [و + بالحزب,
 * وب + الحزب]. Each base keeps at least `minBase` letters, because short names begin with these letters too
 * (بوتين، لام، كيم، فيتنام، وليد).
 */
export function procliticSplits(key: string, minBase = 3): ProcliticSplit[] {
  const out: ProcliticSplit[] = [];
  let i = 0;
  const c0 = key[0];
  if (c0 === WAW || c0 === FEH) {
    i = 1;
    if (key.length - 1 >= minBase) out.push({ letters: 1, base: key.slice(1) });
  }
  const c = key[i];
  if (c === BEH || c === LAM || c === KAF) {
    if (c === LAM && key[i + 1] === LAM && key.length - i - 2 >= minBase - 1) {
      // لل: the preposition ل has swallowed the article's alef.
      out.push({ letters: i + 1, base: 'ا' + key.slice(i + 1) });
    } else if (key.length - i - 1 >= minBase) {
      out.push({ letters: i + 1, base: key.slice(i + 1) });
    }
  }
  return out;
}

/** The word without any proclitic and without the article: the form names are compared on. */
export function bareForm(key: string): string {
  const splits = procliticSplits(key);
  let w = splits.length ? splits[splits.length - 1]!.base : key;
  if (w.startsWith('ال') && w.length >= 4) w = w.slice(2);
  return w;
}

/**
 * Offset in `original` just after its first `letters` letters that survive normalisation, with the marks that
 * follow them (وَبوتين: after وَ). Used to trim a clitic off an entity's first token without losing offsets.
 */
export function offsetAfterLetters(original: string, letters: number): number {
  let count = 0;
  let i = 0;
  while (i < original.length && count < letters) {
    if (normalizeKey(original[i]!) !== '') count++;
    i++;
  }
  while (i < original.length && normalizeKey(original[i]!) === '') i++;
  return i;
}
