export { extractNumbers, type NumberMention, type ExtractNumbersOptions } from './extract-numbers.js';
export type { NumberKind } from './parse.js';
