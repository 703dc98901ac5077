/**
 * Pairs quotation marks: «…», “…”, „…“, "…", and the mirrored »…« and ”…“ that right-to-left keyboards produce.
 * A quotation never crosses a line break (news text has one paragraph per line) and is at most MAX_QUOTE_CHARS
 * long, so a stray mark cannot swallow an article; an opening mark with no closing mark in reach is left unpaired.
 * Linear: each opener looks up the next closer of its kind from a precomputed table, without counting depth
 * (nested «…«…»…» is rare in news, whose inner quotations use “…”).
 */

export interface QuotePair {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
}

/** Longest quotation paired, in UTF-16 units between the marks. */
export const MAX_QUOTE_CHARS = 3000;

const GUILLEMET_OPEN = 0xab; // «
const GUILLEMET_CLOSE = 0xbb; // »
const CURLY_OPEN = 0x201c; // “
const CURLY_CLOSE = 0x201d; // ”
const LOW_OPEN = 0x201e; // „
const STRAIGHT = 0x22; // "

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x200f || c === 0x200e || (c >= 0x2000 && c <= 0x200b) || c === 0x202f;
}

/** For every position, the offset of the next `code` at or after it on the same line (or -1). */
function nextOnLine(text: string, code: number): Int32Array {
  const next = new Int32Array(text.length + 1).fill(-1);
  let pending = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) pending = -1;
    else if (c === code) pending = i;
    next[i] = pending;
  }
  return next;
}

/** The top-level quotations of a text, in order, none inside another. */
export function pairQuoteMarks(text: string): QuotePair[] {
  const pairs: QuotePair[] = [];
  const tables = new Map<number, Int32Array>();
  const next = (code: number, from: number): number => {
    let t = tables.get(code);
    if (!t) { t = nextOnLine(text, code); tables.set(code, t); }
    return from < text.length ? t[from]! : -1;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let closeCode = -1;
    if (c === GUILLEMET_OPEN) closeCode = GUILLEMET_CLOSE;
    else if (c === CURLY_OPEN) closeCode = CURLY_CLOSE;
    else if (c === LOW_OPEN) closeCode = CURLY_OPEN;
    else if (c === STRAIGHT) closeCode = STRAIGHT;
    else if ((c === GUILLEMET_CLOSE || c === CURLY_CLOSE) && isMirroredOpener(text, i)) closeCode = c === GUILLEMET_CLOSE ? GUILLEMET_OPEN : CURLY_OPEN;
    if (closeCode < 0) continue;
    // A straight quote after a letter closes something or is an inch mark; it does not open.
    if (c === STRAIGHT && i > 0 && !isSpace(text.charCodeAt(i - 1)) && !isOpeningContext(text.charCodeAt(i - 1))) continue;
    let close = next(closeCode, i + 1);
    // A mirrored opener is often closed by the same mark (”العربية”، »الكاذبة»): take whichever comes first.
    if (c === GUILLEMET_CLOSE || c === CURLY_CLOSE) {
      const same = next(c, i + 1);
      if (same >= 0 && (close < 0 || same < close)) close = same;
    }
    if (close < 0 || close - i - 1 > MAX_QUOTE_CHARS || close === i + 1) continue;
    pairs.push({ open: i, close });
    i = close;
  }
  return pairs;
}

// Before an opening quote: a space, a bracket, a colon or dash, another opening mark, or the tatweel of a preposition
// written apart (لـ”العربية”، بـ"المعجزة الصغيرة").
function isOpeningContext(c: number): boolean {
  return c === 0x28 || c === 0x5b || c === 0x3a || c === 0x2d || c === 0x2013 || c === 0x2014 || c === GUILLEMET_OPEN ||
    c === CURLY_OPEN || c === 0x60c || c === 0x2c || c === 0x640;
}

// »…« and ”…“: a closing-shaped mark opens when it stands after a space (or at the start) and before a word.
function isMirroredOpener(text: string, i: number): boolean {
  const before = i === 0 ? 0x20 : text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return (i === 0 || isSpace(before) || isLineBreak(before) || isOpeningContext(before)) && i + 1 < text.length && !isSpace(after) && !isLineBreak(after);
}
