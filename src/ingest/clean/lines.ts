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

/** Words as the cleaning heuristics count them: runs of letters or digits (any script). */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}_'’-]*/gu);
  return m ? m.length : 0;
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
