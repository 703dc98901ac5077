/**
 * The letters of a name as the matcher sees them, and what it costs to swap, add or drop one.
 *
 * Transliteration into Arabic is not standardised: one foreign sound has several accepted spellings (g → ج/غ/ق/ك,
 * z → ز/ذ/ظ/س, t → ت/ط, s → س/ص/ث, final -a → ا/ة/ى), long vowels are written or left out (زيلينسكي / زيلنسكي),
 * and "ng" is written نغ, نج, نك or ن (نغوين / نجوين / نوين). The costs below make those differences cheap and every
 * other difference expensive. The figures below were set by hand from the classes above, then checked on the tuning
 * half of ../shared/data/name-variants (see eval/names-quotes.ts); they are not fitted per pair. Each is mixed with
 * a cost learned from CC0 transliterations, per position in the word (./letter-costs.ts).
 */
import {
  FINAL, INITIAL, MEDIAL, learnedGap, learnedSubstitution,
  type LetterPosition,
} from './letter-costs.js';

export { foldNameWord } from './fold.js';

/** ا و ي ء after folding: the letters that spell vowels, or the glottal stop that carries them. */
export const VOWELS = new Set(['ا', 'و', 'ي', 'ء']);

// Substitution costs between letters transliterations swap, symmetric. A pair not listed costs 1.
const SUBSTITUTIONS: ReadonlyArray<readonly [string, string, number]> = [
  // g, q, k: ج (Egypt, Gulf), غ (Levant), ق (Maghreb, older spellings), ك
  ['ج', 'غ', 0.2], ['غ', 'ق', 0.3], ['ك', 'ق', 0.3], ['ج', 'ق', 0.35], ['ك', 'غ', 0.4], ['ك', 'ج', 0.45],
  // j, y, kh: Spanish and German j, Russian and German kh (ياكوفليف / جاكوفليف، خواكين / جواكين، ميخائيل / ميكائيل)
  ['ج', 'ي', 0.45], ['ج', 'خ', 0.45], ['خ', 'ك', 0.4], ['خ', 'ه', 0.4], ['خ', 'ح', 0.35], ['ح', 'ه', 0.3],
  // d, z, dh, th (the Vietnamese d is written د or ز: نان دان / نيان زان)
  ['ذ', 'ز', 0.25], ['د', 'ذ', 0.3], ['د', 'ض', 0.3], ['ض', 'ظ', 0.3], ['ذ', 'ظ', 0.25], ['ز', 'ظ', 0.35],
  ['د', 'ز', 0.4], ['ذ', 'ث', 0.3], ['ث', 'ز', 0.4],
  // t, s, z (final -z / -s of plurals and Spanish names: جونز / جونس، بياتريز / بياتريس)
  ['ت', 'ط', 0.2], ['ت', 'ث', 0.35], ['ث', 'س', 0.35], ['س', 'ص', 0.2], ['س', 'ز', 0.3], ['ص', 'ز', 0.45],
  ['س', 'ش', 0.5], ['ت', 'د', 0.5],
  // p and v / w have no Arabic letter: ب or ف, ف or و
  ['ف', 'ب', 0.4], ['ف', 'و', 0.4],
  // ayn and hamza in names from Hebrew, Persian, Turkish (عمانوئيل / إيمانويل)
  ['ع', 'ا', 0.45], ['ع', 'ء', 0.35],
  // vowel letters for one another, and hamza on its seat
  ['ا', 'ي', 0.35], ['ا', 'و', 0.35], ['و', 'ي', 0.4], ['ء', 'ا', 0.15], ['ء', 'ي', 0.2], ['ء', 'و', 0.2],
];

// Square tables over the basic Arabic letters (U+0620–U+064A), one per position, read millions of times in the
// evaluation: the hand-set cost mixed with the learned one.
const TABLE_BASE = 0x620;
const TABLE_SIZE = 0x2b;
const handTable = new Float64Array(TABLE_SIZE * TABLE_SIZE).fill(1);
for (const [a, b, cost] of SUBSTITUTIONS) {
  const i = a.charCodeAt(0) - TABLE_BASE;
  const j = b.charCodeAt(0) - TABLE_BASE;
  handTable[i * TABLE_SIZE + j] = cost;
  handTable[j * TABLE_SIZE + i] = cost;
}

const ALEF = 0x627;
const HEH = 0x647;
const YEH = 0x64a;
const isFinalVowel = (c: number) => c === ALEF || c === HEH || c === YEH;

/** The hand-set cost alone (for tests and comparison). */
export function handSubstitutionCost(a: number, b: number, position: LetterPosition): number {
  if (a === b) return 0;
  // A final -a / -e is written ا، ه (from ة) or ي (بسمة / باسما، هيلدا / هيلدي، ماركيه / ماركي).
  if (position === FINAL && isFinalVowel(a) && isFinalVowel(b)) return 0.3;
  const i = a - TABLE_BASE;
  const j = b - TABLE_BASE;
  if (i < 0 || j < 0 || i >= TABLE_SIZE || j >= TABLE_SIZE) return 1;
  return handTable[i * TABLE_SIZE + j]!;
}

/**
 * Swaps kept at their hand-set cost: sounds of languages the training file hardly has (the Vietnamese d written د or
 * ز: نان دان / نيان زان), which the learned table would otherwise price as unrelated letters.
 */
const PINNED = new Set(['دز', 'زد']);

const mixedTables = [INITIAL, MEDIAL, FINAL].map((position) => {
  const table = new Float64Array(TABLE_SIZE * TABLE_SIZE);
  for (let i = 0; i < TABLE_SIZE; i++) {
    for (let j = 0; j < TABLE_SIZE; j++) {
      const a = TABLE_BASE + i;
      const b = TABLE_BASE + j;
      const hand = handSubstitutionCost(a, b, position);
      const pinned = PINNED.has(String.fromCharCode(a, b));
      const learned = i === j || pinned ? null : learnedSubstitution(String.fromCharCode(a), String.fromCharCode(b), position);
      table[i * TABLE_SIZE + j] = learned === null ? hand : (1 - learned.share) * hand + learned.share * learned.cost;
    }
  }
  return table;
});

/**
 * Cost of writing the letter with code `b` where the other spelling has `a` (both UTF-16 code units), at `position`
 * (INITIAL when both are the first letters of their words, FINAL when both are the last, else MEDIAL).
 */
export function substitutionCostOfCodes(a: number, b: number, position: LetterPosition): number {
  if (a === b) return 0;
  const i = a - TABLE_BASE;
  const j = b - TABLE_BASE;
  if (i < 0 || j < 0 || i >= TABLE_SIZE || j >= TABLE_SIZE) return 1;
  return mixedTables[position]![i * TABLE_SIZE + j]!;
}

/** Cost of writing `b` where the other spelling has `a`, at `position` (MEDIAL by default). */
export function substitutionCost(a: string, b: string, position: LetterPosition = MEDIAL): number {
  return substitutionCostOfCodes(a.charCodeAt(0), b.charCodeAt(0), position);
}
const SILENT_FINALS = new Set(['د', 'ت', 'ب']);

/**
 * Cost of a letter present in one spelling and absent from the other. `before` and `after` are its neighbours in
 * its own word ('' at an edge). Rules of context (a doubled letter, "ng", "ch", "ts") are hand-set; otherwise the
 * hand-set cost is mixed with the learned one for the letter's position.
 */
export function gapCost(letter: string, before: string, after: string): number {
  const context = contextGapCost(letter, before, after);
  if (context !== null) return context;
  const hand = handGapCost(letter, before, after);
  const learned = learnedGap(letter, before === '' ? INITIAL : after === '' ? FINAL : MEDIAL);
  return learned === null ? hand : (1 - learned.share) * hand + learned.share * learned.cost;
}

/** The cost of a gap its neighbours explain, or null. */
function contextGapCost(letter: string, before: string, after: string): number | null {
  // A doubled letter written once (هللو / هيليو, فاللوس / فالوز): Arabic writes gemination with a shadda.
  if (letter === before || letter === after) return 0.25;
  // "ng": نغوين / نوين / نجوين / نكوين، بيرنغ / بيرن
  if (before === 'ن') {
    if (letter === 'غ') return 0.25;
    if (letter === 'ج') return 0.35;
    if (letter === 'ك') return 0.45;
  }
  // "ch" is تش or ش (كاتيتش / كاتيش), "ts" and "tz" تس، تز or س، ز (شولتز / شولز)
  if (letter === 'ت' && (after === 'ش' || after === 'س' || after === 'ز')) return 0.3;
  return null;
}

/** The hand-set cost of a gap no context rule explains (for tests and comparison). */
export function handGapCost(letter: string, before: string, after: string): number {
  const context = contextGapCost(letter, before, after);
  if (context !== null) return context;
  if (VOWELS.has(letter)) {
    // A word-initial alef or waw carries the first vowel (أوكودا): dropping it is rarer than a middle vowel.
    if (before === '') return 0.6;
    // Next to another vowel letter it only lengthens or glides (نان / نيان، بوئي / بويي).
    if (VOWELS.has(before) || VOWELS.has(after)) return 0.25;
    return 0.35;
  }
  // The silent final consonant of French and English names is written or not (أبيلار / أبيلارد، فلوبير / فلوبيرت).
  // Not final s: ماركس / مارك are Marx and Mark.
  if (after === '' && before !== '' && SILENT_FINALS.has(letter)) return 0.55;
  if (letter === 'ه') {
    // A final -e or -eh after a vowel (يوهيه / يوهي، ماركيه), and h after a consonant (bh, dh, gh: بهاردواج)
    if (after === '' && VOWELS.has(before)) return 0.3;
    if (after === '' || !VOWELS.has(before)) return 0.45;
    return 0.6;
  }
  if (letter === 'ع') return 0.6;
  return 1;
}

// Consonant classes of the skeleton: letters transliterations swap share one representative.
const SKELETON_CLASS: Record<string, string> = {
  'ج': 'ك', 'غ': 'ك', 'ق': 'ك', 'ك': 'ك', 'خ': 'ك',
  'د': 'د', 'ذ': 'د', 'ز': 'د', 'ض': 'د', 'ظ': 'د',
  'ت': 'ت', 'ط': 'ت',
  'ث': 'س', 'س': 'س', 'ص': 'س',
  'ح': 'ه', 'ه': 'ه',
  'ا': '', 'و': '', 'ي': '', 'ء': '', 'ع': '',
};

/** The consonant skeleton of folded letters (see `nameSkeleton` in ./same-name.ts). */
export function letterSkeleton(letters: string): string {
  let out = '';
  let prev = '';
  for (let i = 0; i < letters.length; i++) {
    const cls = SKELETON_CLASS[letters[i]!] ?? letters[i]!;
    if (cls === '') continue;
    if (cls === 'ك' && prev === 'ن') continue;
    if (cls === 'ه' && i === letters.length - 1) continue;
    if (cls !== prev) out += cls;
    prev = cls;
  }
  return out;
}
