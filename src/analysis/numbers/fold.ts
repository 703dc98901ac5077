/**
 * The lexical key used by the number, quantity and date lexicons: the token's normalised key (DEFAULT_OPTIONS: no
 * diacritics, أ إ آ → ا, ى → ي, Arabic-Indic digits → ASCII) with three more foldings that Arabic spelling varies on
 * and that never separate two number or date words: ة → ه (عشرة / عشره), ئ → ي (مائة / ماية / مية), ؤ → و.
 */
import { normalizeKey, DEFAULT_OPTIONS, type NormalizeOptions } from '../../text/normalize.js';

export const LEXICAL_OPTIONS: Required<NormalizeOptions> = { ...DEFAULT_OPTIONS, tehMarbuta: true, hamzaSeats: true };

const TEH_MARBUTA = 0x629;
const YEH_HAMZA = 0x626;
const WAW_HAMZA = 0x624;

/** Folds an already normalised key (DEFAULT_OPTIONS) to the lexical key. Cheap when nothing changes. */
export function lexicalFromNorm(norm: string): string {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === TEH_MARBUTA || c === YEH_HAMZA || c === WAW_HAMZA) {
      return norm.replace(/[\u0629\u0626\u0624]/g, (ch) => (ch === '\u0629' ? '\u0647' : ch === '\u0626' ? '\u064a' : '\u0648'));
    }
  }
  return norm;
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
