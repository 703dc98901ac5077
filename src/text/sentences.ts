/**
 * Sentence splitter for Arabic news text, working on the tokens (so that "3.5", "٣٫٥", URLs and e-mails, whose
 * dots are inside one token, never end a sentence).
 *
 * A sentence ends:
 * - at every line break (news text has one paragraph per line; a title line without final punctuation is its
 *   own sentence);
 * - after . ! ? ؟ … "..." ۔ (with the closing quotes, brackets and further end marks stuck to them: `؟!»`), unless
 *   - the dot follows an abbreviation: a single Arabic letter (د. م. ص. أ. ج. ق. ه. هـ. أ.د.) — except after a
 *     number, where م. هـ. ق.م. are the era of a year ("عام 2024م.") and, in news, end the sentence —, an Arabic
 *     spelling of a Latin letter in an acronym or initial ("أو.سي.آي"، "جي. كيه. رولينغ"), a single Latin letter
 *     ("U.S.", "e.g."), a Latin abbreviation from the list below, or a Latin word followed by a lower-case one;
 *   - the dot follows a number that is all the sentence has so far (a list item "1.");
 *   - the sentence has no word yet (a leading "..." or "!"), or an ellipsis is inside brackets "(...)";
 *   - it lies inside a quotation «…», “…” or "…" that closes within MAX_QUOTE_LENGTH characters and before the
 *     end of the line (an unclosed or overlong quote is not treated as a quote, so one stray « cannot swallow an
 *     article). A quotation that ends with . or … ends the sentence after its closing mark, unless a comma or colon
 *     follows; one that ends with ? or ! does not (the reporting clause usually follows: «هل ستردون؟» سأل …).
 *
 * Every sentence is trimmed of whitespace and invisible characters and is never empty; every other character of
 * the input lies in exactly one sentence, including characters no token covers (stray diacritics, tatweel lines).
 */
import { isInvisible, isSkippable, tokenize } from './tokenize.js';
import type { Sentence, Token } from './types.js';

/** Version of the splitting rules: persisted analyses record it and rebuild on mismatch. */
export const SENTENCE_SPLITTER_VERSION = 1;

/** A quotation longer than this (UTF-16 units between its marks) does not hold sentences together. */
export const MAX_QUOTE_LENGTH = 600;

// Latin abbreviations after which a dot does not end a sentence (lower-cased, without the dot). "etc", "Inc." and
// "Ltd." are left out: they end sentences as often as not.
const LATIN_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'gov', 'sen', 'rep',
  'pres', 'st', 'jr', 'sr', 'mt', 'ft', 'no', 'nos', 'vs', 'vol', 'pp', 'approx', 'dept', 'univ', 'fig', 'ch', 'art',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'al', 'cf', 'ed', 'eds',
  'est', 'sh', 'hon', 'rev', 'messrs', 'mme', 'mlle',
]);

// Arabic spellings of Latin letter names, normalised: the pieces of acronyms written with dots ("أو.سي.آي",
// "إل.في.إم.إتش", "جي. كيه. رولينغ"). Several are also common words (في، أو، إن، أم), but those never end a sentence.
const ARABIC_LETTER_NAMES = new Set([
  'ايه', 'اي', 'بي', 'سي', 'دي', 'اف', 'جي', 'اتش', 'اش', 'جيه', 'جاي', 'كيه', 'كاي', 'كي', 'ال', 'ام', 'ان', 'او',
  'كيو', 'ار', 'اس', 'تي', 'يو', 'في', 'دبليو', 'اكس', 'واي', 'زد', 'زي',
]);

/** True if nothing but invisible format characters lies between `from` and `to`. */
function touches(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!isInvisible(text.charCodeAt(j))) return false;
  return true;
}

/** True if the text between `from` and `to` holds a line break. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isLineBreak(text.charCodeAt(j))) return true;
  return false;
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029;
}

function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x2026 || c === 0x6d4 || c === 0x203c ||
    (c >= 0x2047 && c <= 0x2049);
}

function isEllipsis(t: Token): boolean {
  return t.text === '…' || t.text.length >= 2 && t.text.charCodeAt(0) === 0x2e;
}

// Marks that close what a sentence end is inside of: they stay with the sentence (`«…خطأ.»`, `(…).`).
function isCloser(c: number): boolean {
  return c === 0xbb || c === 0x201d || c === 0x22 || c === 0x27 || c === 0x2019 || c === 0x29 || c === 0x5d ||
    c === 0x7d || c === 0x203a || c === 0xab || c === 0x201c;
}

// After a quotation, these mean the sentence goes on: «…»، قال / «…»: .
function isContinuation(c: number): boolean {
  return c === 0x60c || c === 0x2c || c === 0x3a || c === 0x61b || c === 0x3b;
}

/** The closing mark for an opening quote at `i`, or -1 if the mark there does not open a quotation. */
function closingMarkFor(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0xab) return 0xbb; // « »
  if (c === 0x201c) return 0x201d; // “ ”
  if (c === 0x22) return i === 0 || isOpeningContext(text.charCodeAt(i - 1)) ? 0x22 : -1;
  // Mirrored marks used as openers (»…« and ”…“ from right-to-left keyboards): only when they stand before a
  // word after a space, as an opener does; stuck to the word before, they are stray closers.
  if (c === 0xbb || c === 0x201d) {
    const before = i === 0 ? 0x20 : text.charCodeAt(i - 1);
    const isBeforeWord = i + 1 < text.length && !isSkippable(text.charCodeAt(i + 1));
    if ((isSkippable(before) || before === 0x28) && isBeforeWord) return c === 0xbb ? 0xab : 0x201c;
  }
  return -1;
}

/** A straight quote opens after a space or these marks ( [ « : ، , ؛ ; - – — /, and closes after anything else. */
function isOpeningContext(before: number): boolean {
  return isSkippable(before) || before === 0x28 || before === 0x5b || before === 0xab || before === 0x3a ||
    before === 0x60c || before === 0x2c || before === 0x61b || before === 0x3b || before === 0x2d ||
    before === 0x2013 || before === 0x2014 || before === 0x2f;
}

function opensQuotation(text: string, i: number): boolean {
  const close = closingMarkFor(text, i);
  return close >= 0 && findClosingMark(text, i, close) >= 0;
}

/** Position of the mark closing the quotation opened at `i`, or -1 if it does not close in bounds. */
function findClosingMark(text: string, i: number, close: number): number {
  const open = text.charCodeAt(i);
  const limit = Math.min(text.length, i + 1 + MAX_QUOTE_LENGTH);
  let depth = 0;
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (isLineBreak(c)) return -1;
    if (c === close) {
      if (depth === 0) return j;
      depth--;
    } else if (c === open && open !== close) depth++;
  }
  return -1;
}

function isAbbreviationDot(text: string, tokens: Token[], k: number, sentenceWords: number): boolean {
  const dot = tokens[k]!;
  const prev = tokens[k - 1];
  if (!prev || !touches(text, prev.end, dot.start)) return false;
  const next = tokens[k + 1];
  if (prev.kind === 'number') return sentenceWords === 1; // "1." opening a list item
  if (prev.kind !== 'word') return false;
  if (prev.script === 'arabic') {
    if (next && touches(text, dot.end, next.start)) {
      if (prev.norm.length === 1 || ARABIC_LETTER_NAMES.has(prev.norm)) return true; // "ق.م" "أو.سي.آي"
      return false; // a missing space after a full stop: "انتهى.وقال"
    }
    if (prev.norm.length === 1) {
      // Single letters with dots ("د." "أ.د." "ق.م.") are abbreviations, but after a number they are the era of
      // a year or a unit ("2024م." "1445 هـ." "500 ق.م." "10 ص."), which in news ends the sentence.
      let j = k - 1;
      while (j >= 2 && tokens[j - 1]!.text === '.' && touches(text, tokens[j - 1]!.end, tokens[j]!.start) &&
        tokens[j - 2]!.script === 'arabic' && tokens[j - 2]!.norm.length === 1 &&
        touches(text, tokens[j - 2]!.end, tokens[j - 1]!.start)) j -= 2;
      const before = tokens[j - 1];
      return !(before && before.kind === 'number');
    }
    const before = tokens[k - 2];
    if (ARABIC_LETTER_NAMES.has(prev.norm)) {
      // The last letter of an acronym spelled with spaces ("بي بي سي.") ends the sentence; an initial does not.
      return !(before && before.kind === 'word' && ARABIC_LETTER_NAMES.has(before.norm) && !touches(text, before.end, prev.start));
    }
    return false;
  }
  if (prev.script === 'latin') {
    if (prev.text.length === 1 || LATIN_ABBREVIATIONS.has(prev.norm)) return true;
    if (next && next.kind === 'word' && next.script === 'latin') {
      const c = next.text.charCodeAt(0);
      if (next.start === dot.end || c !== (next.text[0]!.toUpperCase().charCodeAt(0))) return true;
    }
  }
  return false;
}

/** Splits a text into sentences. Pass the text's tokens if you already have them (they must come from `text`). */
export function splitSentences(text: string, tokens: Token[] = tokenize(text)): Sentence[] {
  const cuts: number[] = [];
  let sentenceWords = 0; // tokens other than punctuation in the current sentence
  let quoteEnd = -1; // offset of the mark closing the open quotation, or -1
  let prevEnd = 0;
  const cut = (at: number) => {
    cuts.push(at);
    sentenceWords = 0;
  };
  const n = tokens.length;
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    for (let j = prevEnd; j < t.start; j++) {
      if (isLineBreak(text.charCodeAt(j))) { cut(j); quoteEnd = -1; }
    }
    prevEnd = t.end;
    if (t.kind !== 'punct') { sentenceWords++; continue; }
    const c = text.charCodeAt(t.start);
    if (quoteEnd >= 0 && t.start >= quoteEnd) {
      const isClosingMark = t.start === quoteEnd;
      quoteEnd = -1;
      if (isClosingMark) continue;
    }
    if (quoteEnd < 0) {
      const close = closingMarkFor(text, t.start);
      if (close >= 0) {
        quoteEnd = findClosingMark(text, t.start, close);
        if (quoteEnd >= 0) continue;
      }
    }
    if (!isTerminal(c)) continue;
    if (isEllipsis(t) && k > 0 && tokens[k - 1]!.end === t.start && tokens[k - 1]!.text === '(') continue;
    let last = k; // last token of the sentence
    if (t.start < quoteEnd) {
      // Inside a quotation: only a statement ending right at its closing mark ends the sentence.
      if (c === 0x3f || c === 0x61f || c === 0x21 || (c >= 0x2047 && c <= 0x2049) || c === 0x203c) continue;
      let j = k + 1;
      while (j < n && tokens[j]!.start < quoteEnd && tokens[j]!.kind === 'punct' &&
        (isTerminal(text.charCodeAt(tokens[j]!.start)) || isCloser(text.charCodeAt(tokens[j]!.start)))) j++;
      if (j >= n || tokens[j]!.start !== quoteEnd) continue;
      const after = tokens[j + 1];
      if (after && after.kind === 'punct' && isContinuation(text.charCodeAt(after.start))) continue;
      if (sentenceWords === 0) continue;
      last = j;
      quoteEnd = -1;
    } else {
      if (sentenceWords === 0) continue;
      if (t.text === '.' && isAbbreviationDot(text, tokens, k, sentenceWords)) continue;
    }
    // Keep the end marks and closing marks that follow on the same line: `؟!»`, `.)`, `."`, `! ”.`.
    while (last + 1 < n) {
      const u = tokens[last + 1]!;
      if (u.kind !== 'punct' || hasLineBreak(text, tokens[last]!.end, u.start)) break;
      const d = text.charCodeAt(u.start);
      if (!isTerminal(d) && !(isCloser(d) && !opensQuotation(text, u.start))) break;
      last++;
    }
    k = last;
    prevEnd = tokens[last]!.end;
    cut(prevEnd);
  }
  for (let j = prevEnd; j < text.length; j++) if (isLineBreak(text.charCodeAt(j))) cut(j);
  cuts.push(text.length);

  const sentences: Sentence[] = [];
  let from = 0;
  for (const to of cuts) {
    let s = from;
    let e = to;
    while (s < e && isSkippable(text.charCodeAt(s))) s++;
    while (e > s && isSkippable(text.charCodeAt(e - 1))) e--;
    if (e > s) sentences.push({ start: s, end: e, text: text.slice(s, e) });
    from = Math.max(from, to);
  }
  return sentences;
}
