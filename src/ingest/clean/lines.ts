/**
 * The unit of cleaning is the line: a source text is cut at line breaks once, and every pass marks whole lines (or,
 * for the dateline and a trailing agency credit, a prefix or suffix of one line) as removed. Nothing inside a kept
 * line is ever rewritten, so the clean text is a concatenation of source slices.
 */

export interface Line {
  /** Index in the line list. */
  index: number;
  /** UTF-16 offset of the line's first character in the source. */
  start: number;
  /** Offset just after the line's last character (before its line break). */
  end: number;
  text: string;
}

/** Splits on \n, \r\n, \r, U+2028 and U+2029; the breaks themselves belong to no line. */
export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|[\n\r\u2028\u2029]/g;
  let start = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    lines.push({ index: lines.length, start, end: m.index, text: source.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ index: lines.length, start, end: source.length, text: source.slice(start) });
  return lines;
}

/** An empty line, or one of ASCII spaces and tabs only: a paragraph separator, not content. */
export function isBlank(text: string): boolean {
  return /^[ \t]*$/.test(text);
}

/**
 * Any Unicode white space or invisible format character (no-break space, zero-width space, BOM, direction marks):
 * a line made only of these is an artefact of scraping, reported as 'whitespace-line'.
 */
export const INVISIBLE_OR_SPACE = /^[\s\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u2060-\u2064\u3000\ufeff]*$/;

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x621 && c <= 0x669) return true; // Arabic letters, tatweel, harakat, Arabic-Indic digits
  if (c >= 0x66e && c <= 0x6d3) return true;
  if (c === 0x60c || c === 0x61b || c === 0x61f || c === 0x66a || c === 0x66b || c === 0x66c || c === 0x6d4) return false;
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation, spaces, format characters
  if (c === 0xa0 || c === 0xab || c === 0xbb || c === 0xfeff) return false;
  return LETTER_OR_DIGIT.test(text[i]!);
}

/**
 * Words as the cleaning heuristics count them: runs of letters, marks and digits (any script). A hand loop: it
 * runs on every line of every text, and a regex match would allocate an array per line.
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const w = isWordChar(text.charCodeAt(i), text, i);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/**
 * Sentence-final punctuation, Arabic and Latin, possibly followed by closing quotes or brackets. A line ending with
 * one of these reads as prose; a short line without one reads as a heading, a caption or a widget label.
 */
const SENTENCE_END = /[.!?؟…։。؛:][\s"'»”’)\]\u00a0]*$/u;

export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** Arabic letters (the base block and presentation forms). */
export const ARABIC_LETTER = /[\u0621-\u064a\u066e-\u06d3\u06fa-\u06fc\ufb50-\ufdff\ufe70-\ufefc]/;
