import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CONJUNCTION_EXCEPTIONS, GOLDEN_CORPUS, LUCENE_SAVOY, NEWS, STOPWORD_LIST, isStopword,
} from './stopwords.js';
import { DEFAULT_OPTIONS, SEARCH_OPTIONS, normalizeKey } from './normalize.js';

test('every source entry is stored as a DEFAULT_OPTIONS key', () => {
  for (const list of [LUCENE_SAVOY, GOLDEN_CORPUS, NEWS, CONJUNCTION_EXCEPTIONS]) {
    for (const word of list) assert.equal(normalizeKey(word, DEFAULT_OPTIONS), word, word);
  }
});

test('every source entry is a stop word, and the list is sorted and without repeats', () => {
  for (const word of [...LUCENE_SAVOY, ...GOLDEN_CORPUS, ...NEWS]) assert.ok(isStopword(word), word);
  assert.deepEqual([...STOPWORD_LIST].sort(), STOPWORD_LIST);
  assert.equal(new Set(STOPWORD_LIST).size, STOPWORD_LIST.length);
  for (const word of STOPWORD_LIST) assert.ok(isStopword(word));
});

test('raw text forms match once normalised (hamza alef, alef maqsura, tanween)', () => {
  for (const raw of ['إلى', 'على', 'أيضاً', 'الّذين', 'إنّ', 'حتى', 'لدى', 'هؤلاء']) {
    assert.ok(isStopword(normalizeKey(raw, DEFAULT_OPTIONS)), raw);
    assert.ok(isStopword(normalizeKey(raw, SEARCH_OPTIONS)), raw);
  }
});

test('SEARCH keys (ة → ه) of base entries are stop words too', () => {
  for (const raw of ['ثمة', 'عدة', 'كافة']) {
    assert.ok(isStopword(normalizeKey(raw, DEFAULT_OPTIONS)), raw);
    assert.ok(isStopword(normalizeKey(raw, SEARCH_OPTIONS)), raw);
  }
  // Only base words get the ه form: وعده is "his promise".
  assert.ok(!isStopword('وعده'));
});

test('Lucene analyzer cases need الذين and ما', () => {
  assert.ok(isStopword('الذين'));
  assert.ok(isStopword('ما'));
});

test('conjunction forms that news writes joined are stop words', () => {
  for (const word of ['وفي', 'وقد', 'فقد', 'والتي', 'وهذا', 'وذلك', 'وعلي', 'ومنها', 'وتم', 'فانه']) {
    assert.ok(isStopword(word), word);
  }
});

test('content words are not stop words', () => {
  // Conjunction forms that are words of their own (ولي العهد, فلم "film", فعلي "actual", وريث "heir").
  for (const word of CONJUNCTION_EXCEPTIONS) assert.ok(!isStopword(word), word);
  // Kept out of the golden list on purpose: comparatives and units carry figures in news.
  for (const word of ['اكثر', 'اقل', 'كم', 'اف']) assert.ok(!isStopword(word), word);
  // Frequent news words that are not function words; امام is also إمام.
  for (const word of ['قال', 'السعودية', 'الرياض', 'اتفاق', 'رئيس', 'امس', 'اليوم', 'امام', 'بن', 'الله']) {
    assert.ok(!isStopword(word), word);
  }
});

test('Latin words and the empty key are not stop words', () => {
  for (const word of ['', 'the', 'of', '2024']) assert.ok(!isStopword(word), word);
});
