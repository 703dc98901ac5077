/** Comparing how outlets report one story: facts, conflicts, copies, names, quotes, timeline, summary; and pairs of statements. */
export { compareArticles, MAX_ARTICLES, type CompareOptions } from './compare-articles.js';
export { comparePair, type PairComparison, type PairConflict, type ComparePairOptions } from './compare-pair.js';
export { renderMarkdown } from './render-markdown.js';
export { renderHtml, escapeHtml } from './render-html.js';
export { quantitiesAgree } from './quantity-agreement.js';
export { datesAgree } from './conflicts.js';
export { STANCES, type Stance } from './stance-model.js';
export * from './types.js';
