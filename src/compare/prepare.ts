/**
 * Article → statements: sentences cut into clauses (./clauses.ts), each with its content words, figures, dates,
 * entity mentions and quotes, found once over the whole article (their context matters) and then dealt out to the
 * statement they fall in. Entities and quotes come from their own passes; when one fails (a model that does not
 * load), the comparison goes on without it and says so.
 */
import { extractDates, type DateMention } from '../analysis/dates/index.js';
import { extractEntities } from '../analysis/entities/extract.js';
import type { Entity } from '../analysis/entities/types.js';
import { extractQuantities, type Quantity } from '../analysis/quantities/index.js';
import { extractQuotes } from '../analysis/quotes/extract-quotes.js';
import { pairQuoteMarks } from '../analysis/quotes/quote-marks.js';
import type { Quote } from '../analysis/quotes/types.js';
import { guessLanguage } from '../text/language.js';
import { splitSentences } from '../text/sentences.js';
import { isStopword } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import type { Sentence, Token } from '../text/types.js';
import { splitClauses } from './clauses.js';
import type { CompareArticleInput } from './types.js';

/** Sentences of one article beyond this are left out (a 300-sentence article is a dump, not a report). */
export const MAX_SENTENCES = 300;

export interface ContentWord {
  norm: string;
  start: number;
  end: number;
}

export interface Statement {
  /** Index among all statements of the comparison. */
  id: number;
  article: number;
  sentence: number;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  words: ContentWord[];
  quantities: Quantity[];
  dates: DateMention[];
  entities: Entity[];
}

export interface PreparedArticle {
  index: number;
  input: CompareArticleInput;
  language: string;
  tokens: Token[];
  sentences: Sentence[];
  quantities: Quantity[];
  dates: DateMention[];
  entities: Entity[];
  quotes: Quote[];
  statements: Statement[];
  /** Sentences left out because of MAX_SENTENCES. */
  truncated: number;
  /** Passes that failed, by name, with their message. */
  failures: Array<{ pass: 'entities' | 'quotes'; message: string }>;
}

export interface PrepareOptions {
  /** Cut sentences into clauses (default true). */
  clauses?: boolean;
  /** Entities per article, when the caller has them already (keyed by article id). */
  entities?: ReadonlyMap<string, readonly Entity[]>;
  /** Run the entity tagger (default true). */
  tagEntities?: boolean;
}

function inside<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  return items.filter((x) => x.start >= start && x.end <= end);
}

export function prepareArticle(input: CompareArticleInput, index: number, firstId: number, options: PrepareOptions = {}): PreparedArticle {
  const text = input.text;
  const tokens = tokenize(text);
  const allSentences = splitSentences(text, tokens);
  const sentences = allSentences.slice(0, MAX_SENTENCES);
  const failures: PreparedArticle['failures'] = [];
  const published = input.published;
  const quantities = extractQuantities(text, { tokens });
  const dates = extractDates(text, { tokens, ...(published ? { published } : {}) });
  let entities: Entity[] = [];
  const given = options.entities?.get(input.id);
  if (given) entities = [...given];
  else if (options.tagEntities !== false) {
    try {
      entities = extractEntities(text, tokens);
    } catch (e) {
      failures.push({ pass: 'entities', message: (e as Error).message });
    }
  }
  let quotes: Quote[] = [];
  try {
    quotes = extractQuotes(text, { entities, tokens, sentences });
  } catch (e) {
    failures.push({ pass: 'quotes', message: (e as Error).message });
  }
  const pairs = pairQuoteMarks(text);
  const quoted = (offset: number) => pairs.some((p) => offset > p.open && offset < p.close);

  const statements: Statement[] = [];
  let t = 0;
  sentences.forEach((sentence, s) => {
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
    const from = t;
    while (t < tokens.length && tokens[t]!.end <= sentence.end) t++;
    const sentenceTokens = tokens.slice(from, t);
    const spans = options.clauses === false || sentenceTokens.length === 0
      ? [{ start: sentence.start, end: sentence.end }]
      : splitClauses(sentenceTokens, quoted);
    for (const span of spans) {
      const words: ContentWord[] = [];
      for (const tok of sentenceTokens) {
        if (tok.start < span.start || tok.end > span.end) continue;
        if (tok.kind === 'word' && tok.norm.length > 1 && !isStopword(tok.norm)) words.push({ norm: tok.norm, start: tok.start, end: tok.end });
      }
      statements.push({
        id: firstId + statements.length,
        article: index,
        sentence: s,
        start: span.start,
        end: span.end,
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        words,
        quantities: inside(quantities, span.start, span.end),
        dates: inside(dates, span.start, span.end),
        entities: inside(entities, span.start, span.end),
      });
    }
  });
  return {
    index,
    input,
    language: guessLanguage(text).lang,
    tokens,
    sentences,
    quantities,
    dates,
    entities,
    quotes,
    statements,
    truncated: allSentences.length - sentences.length,
    failures,
  };
}
