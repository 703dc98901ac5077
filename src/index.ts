/** tabayyun's public API. Everything a script may rely on is exported here by name; internals are not. */
export * from './text/index.js';
export { analyzeText } from './analysis/analyze.js';
export type { Analysis, AnalyzedToken, AnalyzeOptions } from './analysis/analyze.js';
export { TabayyunError, isTabayyunError } from './errors.js';
export type { ErrorCode, WarningCode, Warning, Where, Result } from './errors.js';
export { decodeBytes, checkText, MAX_INPUT_BYTES } from './ingest/decode.js';
export { readRecords, readLines, ArticleRecordSchema, MAX_LINE_BYTES } from './ingest/jsonl.js';
export type { ArticleRecord } from './ingest/jsonl.js';
export { VERSION } from './version.js';
