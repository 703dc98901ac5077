/**
 * The lexical key used by the number, quantity and date lexicons: the token's normalised key (DEFAULT_OPTIONS: no
 * diacritics, أ إ آ → ا, ى → ي, Arabic-Indic digits → ASCII) with three more foldings that Arabic spelling varies on
 * and that never separate two number or date words: ة → ه (عشرة / عشره), ئ → ي (مائة / ماية / مية), ؤ → و.
 */
import { normalizeKey, DEFAULT_OPTIONS, type NormalizeOptions } from '../../text/normalize.js';

export const LEXICAL_OPTIONS: Required<NormalizeOptions> = { ...DEFAULT_OPTIONS, tehMarbuta: true, hamzaSeats: true };

const RE_FOLD_ALL = /[\u0629\u0626\u0624]/g;
const FOLDED: Record<string, string> = { '\u0629': '\u0647', '\u0626': '\u064a', '\u0624': '\u0648' };

/** Folds an already normalised key (DEFAULT_OPTIONS) to the lexical key. Cheap when nothing changes. */
export function lexicalFromNorm(norm: string): string {
  // One pass over the code units; most words have none of the three letters and come back as they are. When
  // one is there it is nearly always a final ة: one native replace, no callback.
  let found = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x629) found |= 1;
    else if (c === 0x626 || c === 0x624) found |= 2;
  }
  if (found === 0) return norm;
  if (found === 1) return norm.replaceAll('\u0629', '\u0647');
  return norm.replace(RE_FOLD_ALL, (ch) => FOLDED[ch]!);
}

/** The lexical key of any written form: used to build lexicons from natural spellings at module load. */
export function lexicalKey(word: string): string {
  return normalizeKey(word, LEXICAL_OPTIONS);
}

/** Builds a Map from natural spellings (folded at load) to values. */
export function lexicon<T>(entries: ReadonlyArray<readonly [string, T]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [word, value] of entries) map.set(lexicalKey(word), value);
  return map;
}

/** A set of lexical keys from natural spellings. */
export function keySet(words: readonly string[]): Set<string> {
  return new Set(words.map(lexicalKey));
}

const CLITIC_RUNS = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'];

/**
 * Every written form a lexicon word can take with proclitics and the article (و، ف، ب، ل، ال، وال، بال، لل …), as
 * one Set: a single lookup tells whether a token can start an expression at all, before any parser runs.
 */
export function withClitics(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of keys) {
    for (const p of CLITIC_RUNS) {
      out.add(p + w);
      out.add(p + 'ال' + w);
    }
    for (const p of ['', 'و', 'ف']) out.add(p + 'لل' + w);
  }
  return out;
}
