/** The public API is pinned: adding or removing an export is a deliberate change to this list. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as api from './index.js';
import { VERSION } from './version.js';

test('the package exports exactly these names', () => {
  assert.deepEqual(Object.keys(api).sort(), [
    'ArticleRecordSchema', 'DEFAULT_OPTIONS', 'MAX_INPUT_BYTES', 'MAX_LINE_BYTES', 'NORMALIZER_VERSION', 'SEARCH_OPTIONS',
    'SENTENCE_SPLITTER_VERSION', 'STEMMER_VERSION', 'STOPWORD_LIST', 'TOKENIZER_VERSION', 'TabayyunError', 'VERSION',
    'analyzeText', 'checkText', 'countWords', 'decodeBytes', 'guessLanguage', 'isStopword', 'isTabayyunError',
    'lightStem', 'normalize', 'normalizeKey', 'readLines', 'readRecords', 'searchTerms', 'splitSentences', 'stem', 'toOriginalSpan',
    'tokenize',
  ].sort());
});

test('VERSION matches package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(VERSION, pkg.version);
});
