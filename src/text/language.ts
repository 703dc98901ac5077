/**
 * A cheap language guess for routing (Arabic pipeline, English pipeline, or leave alone): which script most letters
 * are in, then two finer checks that script alone cannot make:
 * - Arabic script: Persian and Urdu are written in it too; they use letters Arabic does not (پ چ ژ گ ک ی ے …) and do
 *   not use ي ك ة ى, so a text whose Persian/Urdu letters outnumber those Arabic-only letters is 'other'.
 * - Latin script: English is told from French, Spanish, German, Italian, Portuguese, … by counting very common
 *   function words of each. A Latin text with none of them (a headline such as "Putin visits Vietnam") is 'en' with
 *   low confidence: in this project's inputs Latin-script text is English far more often than not.
 *
 * Only the first MAX_CHARS characters are read, so the cost is bounded on hostile input.
 */

export type Language = 'ar' | 'en' | 'other';

export interface LanguageGuess {
  lang: Language;
  /** 0..1: the share of letters in the winning script, lowered when the function-word evidence is thin or mixed. */
  confidence: number;
}

/** Characters read from the start of the text; a few paragraphs decide the language of an article. */
export const MAX_CHARS = 20_000;

// Function words that are frequent in English and rare as words of other Latin-script languages. Words shared with
// them (a, in, an, on, die, will, as) are left out, so a hit is evidence.
const ENGLISH = new Set([
  'the', 'of', 'and', 'to', 'is', 'that', 'for', 'with', 'was', 'by', 'at', 'it', 'from', 'be', 'are', 'this', 'have',
  'has', 'had', 'not', 'or', 'which', 'his', 'her', 'they', 'he', 'she', 'we', 'you', 'were', 'been', 'said', 'would',
  'their', 'its', 'but', 'after', 'who', 'than', 'also', 'about', 'into', 'more', 'there', 'what', 'when', 'our',
]);

// The same for the Latin-script languages most often met beside Arabic news: French, Spanish, Portuguese, Italian,
// German, Dutch, Turkish, Indonesian. Left out: 'do' (English too), 'al' (the Arabic article in "Al Jazeera"), 'dan'.
const OTHER_LATIN = new Set([
  // French
  'le', 'la', 'les', 'des', 'du', 'est', 'et', 'une', 'dans', 'pour', 'que', 'qui', 'pas', 'sur', 'au', 'aux', 'avec',
  'il', 'elle', 'sont', 'mais', 'ce', 'cette',
  // Spanish and Portuguese
  'el', 'los', 'las', 'del', 'por', 'con', 'una', 'para', 'es', 'y', 'su', 'lo', 'como', 'pero', 'o', 'os', 'da', 'em',
  'um', 'uma', 'não', 'são', 'nos', 'se',
  // Italian
  'il', 'di', 'che', 'della', 'delle', 'non', 'sono', 'gli', 'nel', 'per',
  // German and Dutch
  'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'auf', 'ein', 'eine', 'het', 'een',
  'van', 'en', 'niet', 'dat', 'zijn',
  // Turkish and Indonesian
  've', 'bir', 'bu', 'ile', 'için', 'yang', 'di', 'ini', 'itu', 'dengan', 'untuk',
]);

/** Letters of Persian, Urdu, Pashto, Kurdish … that Arabic does not use (ڤ is left out: Maghrebi Arabic writes v). */
function isPersianUrduLetter(c: number): boolean {
  return (
    c === 0x067e || // پ
    c === 0x0686 || // چ
    c === 0x0698 || // ژ
    c === 0x06af || // گ
    c === 0x06a9 || // ک
    c === 0x06cc || // ی
    c === 0x06c1 || // ہ
    c === 0x06d2 || // ے
    c === 0x0679 || // ٹ
    c === 0x0688 || // ڈ
    c === 0x0691 || // ڑ
    c === 0x06ba // ں
  );
}

/** ي ك ة ى: written in Arabic, replaced by ی ک in Persian and Urdu. */
function isArabicOnlyLetter(c: number): boolean {
  return c === 0x064a || c === 0x0643 || c === 0x0629 || c === 0x0649;
}

// 0 in the table: not a letter.
const ARABIC = 1;
const LATIN = 2;
const OTHER = 3;

let bmpClasses: Uint8Array | undefined;

/**
 * The script class of every BMP code point that is a letter (\p{L}), from Unicode's own Script property; built on
 * first use (65,536 regex tests, a few milliseconds) so that the scan itself is a table lookup.
 */
function classes(): Uint8Array {
  if (bmpClasses) return bmpClasses;
  const table = new Uint8Array(0x10000);
  const letter = /\p{L}/u;
  const arabic = /\p{Script=Arabic}/u;
  const latin = /\p{Script=Latin}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (!letter.test(ch)) continue;
    table[c] = arabic.test(ch) ? ARABIC : latin.test(ch) ? LATIN : OTHER;
  }
  bmpClasses = table;
  return table;
}

const ASTRAL_LETTER = /\p{L}/u;

/** Guesses the language of a text: 'ar', 'en' or 'other', with a confidence in 0..1 (0 when there are no letters). */
export function guessLanguage(text: string): LanguageGuess {
  const end = Math.min(text.length, MAX_CHARS);
  let arabic = 0;
  let persianUrdu = 0;
  let arabicOnly = 0;
  let latin = 0;
  let otherLetters = 0;
  let latinWords = 0;
  let englishHits = 0;
  let otherLatinHits = 0;
  let wordStart = -1; // start of the current run of Latin letters
  const table = classes();
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x20;
    const cls = table[c]!;
    if (cls === LATIN) {
      latin++;
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0) {
      const word = text.slice(wordStart, i).toLowerCase();
      latinWords++;
      if (ENGLISH.has(word)) englishHits++;
      else if (OTHER_LATIN.has(word)) otherLatinHits++;
      wordStart = -1;
    }
    if (cls === ARABIC) {
      arabic++;
      if (isPersianUrduLetter(c)) persianUrdu++;
      else if (isArabicOnlyLetter(c)) arabicOnly++;
    } else if (cls === OTHER) {
      otherLetters++;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      // Outside the BMP (CJK extensions, historic scripts, Arabic mathematical letters): counted as other letters.
      if (ASTRAL_LETTER.test(text.slice(i, i + 2))) otherLetters++;
      i++;
    }
  }
  const letters = arabic + latin + otherLetters;
  if (letters === 0) return { lang: 'other', confidence: 0 };
  if (arabic >= latin && arabic >= otherLetters) {
    const share = arabic / letters;
    const markers = persianUrdu + arabicOnly;
    if (persianUrdu > arabicOnly) return { lang: 'other', confidence: round((share * persianUrdu) / markers) };
    return { lang: 'ar', confidence: round(share * (persianUrdu === 0 ? 1 : arabicOnly / markers)) };
  }
  if (latin >= otherLetters) {
    const share = latin / letters;
    const hits = englishHits + otherLatinHits;
    if (hits === 0) return { lang: 'en', confidence: round(share * 0.5) };
    // In ordinary prose at least one word in seven is on these short lists (8 of 30 in the test sentence); fewer hits
    // is thinner evidence, so the confidence falls towards half.
    const density = Math.min(1, hits / (0.15 * latinWords));
    const weight = 0.5 + 0.5 * density;
    if (englishHits >= otherLatinHits) return { lang: 'en', confidence: round(share * (englishHits / hits) * weight) };
    return { lang: 'other', confidence: round(share * (otherLatinHits / hits) * weight) };
  }
  return { lang: 'other', confidence: round(otherLetters / letters) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
