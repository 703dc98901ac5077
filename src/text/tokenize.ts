/**
 * Tokeniser for Arabic news text (with Latin and other scripts mixed in): one hand-written pass over UTF-16 code
 * units with a per-unit class table, because it runs on every word of every article (target: well over a million
 * words per second with normalisation and stemming on one core). No regular expression runs per character; the
 * class of a code unit is computed once, from Unicode properties, the first time it is met.
 *
 * Rules (each token keeps its offsets into the original: `text.slice(start, end) === token.text`):
 * - word: a run of letters of one script family (Arabic, Latin, other) with combining marks, tatweel and
 *   zero-width joiners/non-joiners inside it. Marks or tatweel that follow no letter are skipped.
 *   A Latin word may contain ASCII digits after its first letter ("G7", "MH17") and, before a Latin letter, a
 *   hyphen or apostrophe ("al-Qaeda", "O'Brien", "d’Ivoire", also "Putin's"), or a hyphen before a digit ("F-16",
 *   "COVID-19"): names a reader sees as one word, and that transliterated Arabic names are matched against.
 *   An Arabic word never contains digits or hyphens: "كوفيد-19" is word, punct, number. Dots never join words
 *   ("U.S." is U . S .): the sentence splitter reads abbreviations from the tokens.
 * - number: digits of any decimal digit set (ASCII, Arabic-Indic ٠-٩, Persian ۰-۹ …), with a separator . , ٫ ٬
 *   allowed between two digits ("1,500", "١٬٥٠٠", "2.5", "٢٫٥", "1.500.000" are one token each). Interpreting
 *   the separators (thousands or decimal) is the numbers module's job. "-", "/" and ":" are not part of numbers, so
 *   "2024-06-20", "20/6/2024" and "10:30" are number, punct, number, … for the dates module to read. Letters stuck
 *   to digits are split off: "15اتفاقا" → "15" + "اتفاقا", "10km" → "10" + "km".
 * - punct: each mark its own token, except that a run of the same mark among . ! ? ؟ - _ * … is one token ("...",
 *   "!!", "؟؟"); quotes «» “” "" and brackets are always single tokens.
 * - url: http://, https://, ftp:// or www. followed by non-space characters (Arabic letters allowed in the path),
 *   with trailing punctuation left out; and bare host names ending in a common TLD ("aljazeera.net",
 *   "spa.gov.sa", "bbc.co.uk"), with an optional path.
 * - email: local@domain.tld (ASCII). mention: @ + ASCII letters, digits, _ and inner dots.
 *   hashtag: # + letters of any script, digits, marks and _, with at least one letter ("#وسم", "#tag_1").
 *   # and @ glued to a preceding word character are plain punctuation.
 * - symbol: everything else visible (emoji with their modifiers and ZWJ sequences, currency signs, © …).
 * - whitespace, control characters and invisible format characters (bidi controls, zero-width spaces, BOM) are
 *   skipped. Lone surrogates are symbols of one code unit; a surrogate pair is never split.
 */
import { normalizeKey } from './normalize.js';
import type { Script, Token, TokenKind } from './types.js';

/** Version of the tokenisation rules: persisted indexes record it and rebuild on mismatch. */
export const TOKENIZER_VERSION = 1;

// Classes of code units (and of astral code points). 0 means "not classified yet".
const C_SPACE = 1;
const C_INVISIBLE = 2; // format characters (Cf): bidi controls, ZWJ/ZWNJ, BOM, soft hyphen
const C_CONTROL = 3;
const C_ARABIC = 4; // letters of the Arabic script
const C_LATIN = 5;
const C_OTHER_LETTER = 6;
const C_MARK = 7; // combining marks and tatweel: they continue a word but never start one
const C_DIGIT = 8;
const C_PUNCT = 9;
const C_SYMBOL = 10;
const C_HIGH = 11; // high surrogate
const C_LOW = 12; // low surrogate

const K_WORD = 0;
const K_NUMBER = 1;
const K_PUNCT = 2;
const K_SYMBOL = 3;
const K_URL = 4;
const K_EMAIL = 5;
const K_HASHTAG = 6;
const K_MENTION = 7;
const KIND_NAMES: readonly TokenKind[] = ['word', 'number', 'punct', 'symbol', 'url', 'email', 'hashtag', 'mention'];

const S_ARABIC = 0;
const S_LATIN = 1;
const S_OTHER = 2;
const SCRIPT_NAMES: readonly Script[] = ['arabic', 'latin', 'other'];

const CLASS = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

const RE_CF = /\p{Cf}/u;
const RE_SPACE = /\s/u;
const RE_CC = /\p{Cc}/u;
const RE_MARK = /\p{M}/u;
const RE_DIGIT = /\p{Nd}/u;
const RE_LETTER = /\p{L}/u;
const RE_ARABIC = /\p{Script=Arabic}/u;
const RE_LATIN = /\p{Script=Latin}/u;
const RE_PUNCT = /\p{P}/u;

/** Classes one code point from its Unicode properties. Runs once per distinct character. */
function classify(cp: number): number {
  if (cp >= 0xd800 && cp <= 0xdbff) return C_HIGH;
  if (cp >= 0xdc00 && cp <= 0xdfff) return C_LOW;
  const ch = String.fromCodePoint(cp);
  if (RE_CF.test(ch)) return C_INVISIBLE;
  if (RE_SPACE.test(ch) || cp === 0x85) return C_SPACE;
  if (RE_CC.test(ch)) return C_CONTROL;
  if (cp === 0x640) return C_MARK; // tatweel stretches a word; it is a letter (Lm) only for Unicode
  if (RE_MARK.test(ch)) return C_MARK;
  if (RE_DIGIT.test(ch)) return C_DIGIT;
  if (RE_LETTER.test(ch)) {
    if (RE_ARABIC.test(ch)) return C_ARABIC;
    // ʻ ʼ ʾ ʿ are the ayn and hamza of Arabic romanisation ("ʿAbd", "Qurʾan"): letters of the Latin word.
    if (RE_LATIN.test(ch) || cp === 0x2bb || cp === 0x2bc || cp === 0x2be || cp === 0x2bf) return C_LATIN;
    return C_OTHER_LETTER;
  }
  if (RE_PUNCT.test(ch)) return C_PUNCT;
  return C_SYMBOL;
}

function unitClass(c: number): number {
  const k = CLASS[c]!;
  if (k !== 0) return k;
  return (CLASS[c] = classify(c));
}

function astralClass(cp: number): number {
  let k = astralClasses.get(cp);
  if (k === undefined) { k = classify(cp); astralClasses.set(cp, k); }
  return k;
}

/** Class of the code point at `i`; a valid surrogate pair is classed as its code point, a lone one as C_SYMBOL. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const k = CLASS[c] || unitClass(c);
  if (k === C_HIGH) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
    return C_SYMBOL;
  }
  return k === C_LOW ? C_SYMBOL : k;
}

/** Width in code units of the code point at `i` (2 for a valid surrogate pair). */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** True for whitespace, control and invisible format characters: what tokens and sentence spans leave out. */
export function isSkippable(code: number): boolean {
  const k = CLASS[code] || unitClass(code);
  return k === C_SPACE || k === C_INVISIBLE || k === C_CONTROL;
}

/** True for invisible format characters (bidi controls, ZWJ/ZWNJ, BOM, soft hyphen): not even a space. */
export function isInvisible(code: number): boolean {
  return (CLASS[code] || unitClass(code)) === C_INVISIBLE;
}

const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
const isAsciiLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;

// ---------------------------------------------------------------------------------------------------------------
// The scanner. `scan` finds the next token at or after `i`, writes it to the module-level outputs below (no object
// per token, so that countWords allocates nothing) and returns its kind, or -1 at the end of the text.

let outStart = 0;
let outEnd = 0;
let outScript = S_OTHER;
// Email/host detection scans a run of [A-Za-z0-9._%+-]; when it fails, any later start inside the same run fails
// too, so the end of a failed run is remembered to keep the tokeniser linear on inputs like "a.a.a.a.…".
let failedRunEnd = -1;

function scan(text: string, i: number): number {
  const n = text.length;
  let k = 0;
  // Skip whitespace, invisible and control characters, and marks that follow no letter.
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    k = CLASS[c] || unitClass(c);
    if (k === C_SPACE || k === C_INVISIBLE || k === C_CONTROL || k === C_MARK) continue;
    if (k === C_HIGH || k === C_LOW) {
      k = classAt(text, i);
      if (k === C_SPACE || k === C_INVISIBLE || k === C_CONTROL || k === C_MARK) { i += widthAt(text, i) - 1; continue; }
    }
    break;
  }
  if (i >= n) return -1;
  outStart = i;
  outScript = S_OTHER;
  const c = text.charCodeAt(i);
  switch (k) {
    case C_ARABIC:
      outScript = S_ARABIC;
      outEnd = scanWord(text, i + widthAt(text, i), C_ARABIC);
      return K_WORD;
    case C_LATIN:
      if (c < 0x80) {
        const kind = scanWebToken(text, i);
        if (kind >= 0) return kind;
      }
      outScript = S_LATIN;
      outEnd = scanWord(text, i + widthAt(text, i), C_LATIN);
      return K_WORD;
    case C_OTHER_LETTER:
      outEnd = scanWord(text, i + widthAt(text, i), C_OTHER_LETTER);
      return K_WORD;
    case C_DIGIT:
      if (c < 0x80) {
        const kind = scanWebToken(text, i);
        if (kind >= 0) return kind;
      }
      outEnd = scanNumber(text, i + widthAt(text, i));
      return K_NUMBER;
    case C_PUNCT:
      return scanPunct(text, i, c);
    default:
      outEnd = scanSymbol(text, i);
      return K_SYMBOL;
  }
}

/** End of a word of the given letter class that starts before `j`. */
function scanWord(text: string, j: number, family: number): number {
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = CLASS[c] || unitClass(c);
    if (k === family || k === C_MARK) { j++; continue; }
    if (k === C_HIGH) {
      const a = classAt(text, j);
      if (a === family || a === C_MARK) { j += widthAt(text, j); continue; }
      break;
    }
    if (k === C_INVISIBLE) {
      // A joiner, non-joiner or soft hyphen inside a word belongs to it; at its edge it is skipped.
      let m = j + 1;
      while (m < n && (CLASS[text.charCodeAt(m)] || unitClass(text.charCodeAt(m))) === C_INVISIBLE) m++;
      if (m < n && (CLASS[text.charCodeAt(m)] || unitClass(text.charCodeAt(m))) === family) { j = m; continue; }
      break;
    }
    if (family === C_LATIN) {
      if (isAsciiDigit(c)) { j++; continue; }
      // Inner hyphen or apostrophe between a letter/digit and a Latin letter or digit: "al-Qaeda", "F-16".
      if (c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x27 || c === 0x2019) {
        const d = text.charCodeAt(j + 1);
        const dk = CLASS[d] || unitClass(d);
        const isJoinable = dk === C_LATIN || (isAsciiDigit(d) && c !== 0x27 && c !== 0x2019);
        if (isJoinable) { j += 2; continue; }
      }
    }
    break;
  }
  return j;
}

function isNumberSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x66b || c === 0x66c;
}

function scanNumber(text: string, j: number): number {
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = CLASS[c] || unitClass(c);
    if (k === C_DIGIT) { j++; continue; }
    if (isNumberSeparator(c) && j + 1 < n) {
      const d = text.charCodeAt(j + 1);
      if ((CLASS[d] || unitClass(d)) === C_DIGIT) { j += 2; continue; }
    }
    break;
  }
  return j;
}

// A run of the same one of these marks is one token: "...", "!!", "؟؟", "--", "***".
function isRepeatable(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x2d || c === 0x5f || c === 0x2a || c === 0x2026;
}

function isWordCharBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  const k = CLASS[c] || unitClass(c);
  return k === C_ARABIC || k === C_LATIN || k === C_OTHER_LETTER || k === C_DIGIT || k === C_MARK || c === 0x5f;
}

function scanPunct(text: string, i: number, c: number): number {
  const n = text.length;
  if (c === 0x23 && !isWordCharBefore(text, i)) {
    // Hashtag: letters of any script, digits, marks, underscores, ZWNJ; at least one letter.
    let j = i + 1;
    let letters = 0;
    while (j < n) {
      const d = text.charCodeAt(j);
      const k = CLASS[d] || unitClass(d);
      if (k === C_ARABIC || k === C_LATIN || k === C_OTHER_LETTER) { letters++; j++; continue; }
      if (k === C_DIGIT || k === C_MARK || d === 0x5f || d === 0x200c) { j++; continue; }
      break;
    }
    if (letters > 0) {
      while (text.charCodeAt(j - 1) === 0x200c) j--; // a trailing ZWNJ is not part of the tag
      outEnd = j;
      return K_HASHTAG;
    }
  } else if (c === 0x40 && !isWordCharBefore(text, i)) {
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isAsciiAlnum(d) || d === 0x5f) { j++; continue; }
      if (d === 0x2e && j > i + 1) {
        const e = text.charCodeAt(j + 1);
        if (isAsciiAlnum(e) || e === 0x5f) { j += 2; continue; }
      }
      break;
    }
    if (j > i + 1) { outEnd = j; return K_MENTION; }
  }
  let j = i + widthAt(text, i);
  if (isRepeatable(c)) while (j < n && text.charCodeAt(j) === c) j++;
  outEnd = j;
  return K_PUNCT;
}

/** A symbol with what typography attaches to it: variation selectors, skin tones, ZWJ sequences, flag pairs. */
function scanSymbol(text: string, i: number): number {
  const n = text.length;
  const first = text.codePointAt(i)!;
  let j = i + widthAt(text, i);
  const isRegional = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;
  if (isRegional(first) && j < n && isRegional(text.codePointAt(j)!)) j += 2;
  while (j < n) {
    const cp = text.codePointAt(j)!;
    if (cp === 0xfe0e || cp === 0xfe0f || cp === 0x20e3 || (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
      (cp >= 0xe0020 && cp <= 0xe007f)) { j += cp > 0xffff ? 2 : 1; continue; }
    if (cp === 0x200d && j + 1 < n && classAt(text, j + 1) === C_SYMBOL) { j += 1 + widthAt(text, j + 1); continue; }
    const k = cp > 0xffff ? astralClass(cp) : (CLASS[cp] || unitClass(cp));
    if (k === C_MARK && cp <= 0xffff) { j++; continue; }
    break;
  }
  return j;
}

// --- URLs, e-mail addresses and bare host names ------------------------------------------------------------------

// Top-level domains that make a bare "name.tld" a host name; two-letter country codes count after one of these
// ("bbc.co.uk", "spa.gov.sa"). Deliberately short: "e.g", "U.S" or "node.js" must stay words.
const TLDS = new Set([
  'com', 'net', 'org', 'gov', 'edu', 'int', 'mil', 'info', 'biz', 'io', 'co', 'me', 'tv', 'ly', 'gl', 'be', 'news',
  'online', 'app', 'ai', 'ac',
]);

function startsWithLower(text: string, i: number, prefix: string): boolean {
  if (i + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    const c = text.charCodeAt(i + k);
    const p = prefix.charCodeAt(k);
    if (c !== p && (c | 0x20) !== p) return false;
  }
  return true;
}

/** Tries a URL, an e-mail address or a bare host name at `i` (an ASCII letter or digit). Returns the kind or -1. */
function scanWebToken(text: string, i: number): number {
  const c = text.charCodeAt(i) | 0x20;
  if (c === 0x68 || c === 0x66 || c === 0x77) {
    let p = -1;
    if (startsWithLower(text, i, 'https://')) p = i + 8;
    else if (startsWithLower(text, i, 'http://')) p = i + 7;
    else if (startsWithLower(text, i, 'ftp://')) p = i + 6;
    else if (startsWithLower(text, i, 'www.')) p = i + 4;
    if (p >= 0 && p < text.length && isAsciiAlnum(text.charCodeAt(p))) {
      outEnd = urlEnd(text, p);
      return K_URL;
    }
  }
  if (i < failedRunEnd) return -1;
  const n = text.length;
  let j = i;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (isAsciiAlnum(d) || d === 0x2e || d === 0x5f || d === 0x25 || d === 0x2b || d === 0x2d) j++;
    else break;
  }
  if (j < n && text.charCodeAt(j) === 0x40 && text.charCodeAt(j - 1) !== 0x2e) {
    const end = hostEnd(text, j + 1, false);
    if (end > 0) { outEnd = end; return K_EMAIL; }
  } else {
    const end = hostEnd(text, i, true);
    if (end > 0 && end <= j) {
      outEnd = text.charCodeAt(end) === 0x2f ? urlEnd(text, end) : end;
      return K_URL;
    }
  }
  failedRunEnd = j;
  return -1;
}

/**
 * End of a host name starting at `i` ("name.name.tld"), or -1. Labels are ASCII letters, digits and inner
 * hyphens; the last label has two letters or more. With `knownTld`, the last label (or the one before a two-letter
 * country code) must be in TLDS.
 */
function hostEnd(text: string, i: number, knownTld: boolean): number {
  const n = text.length;
  let j = i;
  let labels = 0;
  let lastStart = i;
  let prevStart = -1;
  let end = -1;
  for (;;) {
    const labelStart = j;
    while (j < n && (isAsciiAlnum(text.charCodeAt(j)) || (text.charCodeAt(j) === 0x2d && j > labelStart))) j++;
    if (j === labelStart || text.charCodeAt(j - 1) === 0x2d) break;
    labels++;
    prevStart = lastStart;
    lastStart = labelStart;
    if (labels >= 2) end = j;
    if (j < n - 1 && text.charCodeAt(j) === 0x2e && isAsciiAlnum(text.charCodeAt(j + 1))) { j++; continue; }
    break;
  }
  if (end < 0) return -1;
  // `end` is the end of the last complete label; check the TLD.
  const tld = text.slice(lastStart, end).toLowerCase();
  if (tld.length < 2 || !/^[a-z]+$/.test(tld)) return -1;
  if (!knownTld) return end;
  if (TLDS.has(tld)) return end;
  if (tld.length === 2 && labels >= 3 && TLDS.has(text.slice(prevStart, lastStart - 1).toLowerCase())) return end;
  return -1;
}

function isUrlStop(c: number): boolean {
  const k = CLASS[c] || unitClass(c);
  if (k === C_SPACE || k === C_CONTROL || k === C_INVISIBLE) return true;
  return c === 0x3c || c === 0x3e || c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d ||
    c === 0x60c || c === 0x61b || c === 0x60 || c === 0x7b || c === 0x7d || c === 0x7c || c === 0x5c || c === 0x5e;
}

// Punctuation that ends a sentence or clause rather than the URL when it comes last.
function isUrlTrailer(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x27 ||
    c === 0x2019 || c === 0x29 || c === 0x5d || c === 0x61f || c === 0x2a || c === 0x2026;
}

function urlEnd(text: string, j: number): number {
  const n = text.length;
  const start = j;
  while (j < n && !isUrlStop(text.charCodeAt(j))) j++;
  while (j > start && isUrlTrailer(text.charCodeAt(j - 1))) {
    if (text.charCodeAt(j - 1) === 0x29) {
      // Keep a closing parenthesis that closes one opened inside the URL (Wikipedia links).
      let open = 0;
      for (let m = start; m < j - 1; m++) {
        const d = text.charCodeAt(m);
        if (d === 0x28) open++;
        else if (d === 0x29) open--;
      }
      if (open > 0) break;
    }
    j--;
  }
  // Never end between the two halves of a surrogate pair.
  if (j > start && j < n) {
    const last = text.charCodeAt(j - 1);
    if (last >= 0xd800 && last <= 0xdbff) j--;
  }
  return j;
}

// ---------------------------------------------------------------------------------------------------------------

/** Splits a text into tokens, each with its offsets into `text`, its kind, script and normalised key. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  failedRunEnd = -1;
  let i = 0;
  for (;;) {
    const kind = scan(text, i);
    if (kind < 0) break;
    const start = outStart;
    const end = outEnd;
    const s = text.slice(start, end);
    tokens.push({ start, end, text: s, kind: KIND_NAMES[kind]!, script: SCRIPT_NAMES[outScript]!, norm: normalizeKey(s) });
    i = end;
  }
  return tokens;
}

/**
 * Number of words, numbers, URLs, e-mails, hashtags and mentions (tokens other than punctuation and symbols),
 * counted with the same scanner as `tokenize` but without building tokens: the unit of words-per-second figures.
 */
export function countWords(text: string): number {
  let count = 0;
  failedRunEnd = -1;
  let i = 0;
  for (;;) {
    const kind = scan(text, i);
    if (kind < 0) break;
    if (kind !== K_PUNCT && kind !== K_SYMBOL) count++;
    i = outEnd;
  }
  return count;
}
