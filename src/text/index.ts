/** The Arabic text core: pure functions, no I/O. */
export { normalize, normalizeKey, toOriginalSpan, DEFAULT_OPTIONS, SEARCH_OPTIONS, NORMALIZER_VERSION } from './normalize.js';
export type { NormalizeOptions, Normalized } from './normalize.js';
export { tokenize, countWords, TOKENIZER_VERSION } from './tokenize.js';
export { splitSentences, SENTENCE_SPLITTER_VERSION } from './sentences.js';
export { stem, lightStem, STEMMER_VERSION } from './stem.js';
export { isStopword, STOPWORD_LIST } from './stopwords.js';
export { guessLanguage } from './language.js';
export { searchTerms } from './search-terms.js';
export type { Language, LanguageGuess } from './language.js';
export type { Span, Token, TokenKind, Script, Sentence } from './types.js';
