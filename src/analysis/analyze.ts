/**
 * One text → its analysis: sentences, tokens with keys and stems, and (as later passes land) quantities, dates,
 * entities and quotes. Pure: the caller passes everything in, including the publication date.
 */
import { tokenize } from '../text/tokenize.js';
import { splitSentences } from '../text/sentences.js';
import { stem } from '../text/stem.js';
import { guessLanguage, type LanguageGuess } from '../text/language.js';
import type { Sentence, TokenKind } from '../text/types.js';

export interface AnalyzedToken {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  norm: string;
  stem: string;
}

export interface Analysis {
  text: string;
  language: LanguageGuess;
  sentences: Sentence[];
  tokens: AnalyzedToken[];
}

export interface AnalyzeOptions {
  /** ISO date-time of publication: the anchor for relative dates. */
  published?: string;
}

export function analyzeText(text: string, _options: AnalyzeOptions = {}): Analysis {
  const tokens = tokenize(text);
  const analyzed: AnalyzedToken[] = tokens.map((t) => ({
    text: t.text,
    start: t.start,
    end: t.end,
    kind: t.kind,
    norm: t.norm,
    stem: t.kind === 'word' ? stem(t.norm) : t.norm,
  }));
  return {
    text,
    language: guessLanguage(text),
    sentences: splitSentences(text, tokens),
    tokens: analyzed,
  };
}
