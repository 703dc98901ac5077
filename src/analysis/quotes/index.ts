/** Quotes: direct, indirect and attributed statements with their speakers and reporting verbs. */
export { extractQuotes } from './extract-quotes.js';
export type { ExtractQuotesOptions } from './extract-quotes.js';
export type { Quote, QuoteKind, Speaker, TextSpan } from './types.js';
export { pairQuoteMarks } from './quote-marks.js';
export type { QuotePair } from './quote-marks.js';
