/** Spans are UTF-16 offsets into the original text: `text.slice(start, end)` gives the span's text back. */
export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'email' | 'hashtag' | 'mention';
export type Script = 'arabic' | 'latin' | 'other';

export interface Token extends Span {
  /** The token exactly as in the original. */
  text: string;
  kind: TokenKind;
  /** Script of a word token ('other' for numbers, punctuation and the rest). */
  script: Script;
  /** The normalised key (DEFAULT_OPTIONS of normalize). */
  norm: string;
}

export interface Sentence extends Span {
  text: string;
}
