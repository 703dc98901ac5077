/**
 * The letters of a name as the matcher sees them: one word folded to the letters compared. Apart from the costs
 * (./letters.ts) so that the script that learns them (scripts/train-names.ts) can fold words without loading them.
 */
import { normalizeKey } from '../../text/normalize.js';

/** The Arabic letters of folded name words, in the order of the learned tables (./letter-costs.generated.ts). */
export const NAME_LETTERS = 'ءابتثجحخدذرزسشصضطظعغفقكلمنهوي';

// Letters the default normaliser leaves alone but names need folded: hamza seats and teh marbuta vary freely in
// names (ميكائيل / ميكاييل, أسامة / أسامه), and letters of Persian, Urdu and Maghrebi spelling stand for sounds
// that standard Arabic writes with its own letters (پ → ب, ڤ → ف, گ → غ, ژ → ز, ڨ → ق).
const EXTRA_FOLDS: Record<string, string> = {
  'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'پ': 'ب', 'ڤ': 'ف', 'ڥ': 'ف', 'گ': 'غ', 'ڭ': 'غ', 'ژ': 'ز', 'ڨ': 'ق',
  'چ': 'تش', 'ٱ': 'ا',
};

/**
 * Folds one word of a name to the letters compared: harakat, tatweel and hamza alef forms go (DEFAULT_OPTIONS of
 * normalize), hamza seats and teh marbuta are folded, and anything that is not a letter is dropped. Latin letters
 * are kept lower-cased so that Latin names compare among themselves.
 */
export function foldNameWord(word: string): string {
  const key = normalizeKey(word);
  let out = '';
  for (const ch of key) {
    const folded = EXTRA_FOLDS[ch];
    if (folded !== undefined) { out += folded; continue; }
    if (isNameLetter(ch)) out += ch;
  }
  return out;
}

function isNameLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3) || (c >= 0x61 && c <= 0x7a) || c > 0xff && /\p{L}/u.test(ch);
}

