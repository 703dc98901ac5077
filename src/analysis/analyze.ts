/**
 * One text → its analysis: sentences, tokens with keys and stems, quantities, dates, entities and quotes.
 * Pure: the caller passes everything in, including the publication date (relative dates are never resolved
 * against the clock).
 */
import { tokenize } from '../text/tokenize.js';
import { splitSentences } from '../text/sentences.js';
import { stem } from '../text/stem.js';
import { guessLanguage, type LanguageGuess } from '../text/language.js';
import type { Sentence, TokenKind } from '../text/types.js';
import { extractQuantities, type Quantity } from './quantities/index.js';
import { extractDates, type DateMention } from './dates/index.js';
import { extractEntities, type Entity } from './entities/index.js';
import { extractQuotes, type Quote } from './quotes/index.js';
import { linkedKeys } from './names/index.js';

export interface AnalyzedToken {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  norm: string;
  stem: string;
}

/** The text's language: 'ar', 'en' or 'other' as guessed here, or what the caller decided ('und', a declared code). */
export interface AnalysisLanguage {
  lang: LanguageGuess['lang'] | string;
  confidence: number;
}

export interface Analysis {
  text: string;
  language: AnalysisLanguage;
  sentences: Sentence[];
  tokens: AnalyzedToken[];
  quantities: Quantity[];
  dates: DateMention[];
  entities: Entity[];
  quotes: Quote[];
}

export interface AnalyzeOptions {
  /** ISO date or date-time of publication: the anchor for relative dates. */
  published?: string;
  /** The language when the caller has decided it already (intake does): the text is not guessed again. */
  language?: AnalysisLanguage;
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  // Keys link partial mentions to the full name within the document (بوتين → فلاديمير بوتين, لام → تو لام).
  const entities = extractEntities(text, tokens, { keyer: linkedKeys });
  return {
    text,
    language: options.language ?? guessLanguage(text),
    sentences,
    tokens: tokens.map((t) => ({
      text: t.text,
      start: t.start,
      end: t.end,
      kind: t.kind,
      norm: t.norm,
      stem: t.kind === 'word' ? stem(t.norm) : t.norm,
    })),
    quantities: extractQuantities(text, { tokens }),
    dates: extractDates(text, { tokens, ...(options.published ? { published: options.published } : {}) }),
    entities,
    quotes: extractQuotes(text, { tokens, sentences, entities }),
  };
}
