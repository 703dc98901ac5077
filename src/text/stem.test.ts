import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { lightStem, stem } from './stem.js';
import { DEFAULT_OPTIONS, SEARCH_OPTIONS, normalizeKey } from './normalize.js';
import { searchTerms } from './search-terms.js';

interface StemCase { input: string; expected: string; test: string }
interface AnalyzerCase { input: string; expected_tokens: string[]; test: string }

function fixture<T>(name: string): T[] {
  // Tests run from dist/src/text/; fixtures stay in the source tree.
  const url = new URL(`../../../test/fixtures/lucene-arabic/${name}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { cases: T[] }).cases;
}

const stemCases = fixture<StemCase>('stem.json');
const analyzerCases = fixture<AnalyzerCase>('analyzer.json');

test('Lucene ArabicStemFilter cases: all 22 pass on the raw token', () => {
  assert.equal(stemCases.length, 22);
  for (const c of stemCases) assert.equal(lightStem(c.input), c.expected, `${c.test}: ${c.input}`);
});

test('Lucene ArabicStemFilter cases pass on SEARCH and DEFAULT keys too', () => {
  for (const c of stemCases) {
    assert.equal(lightStem(normalizeKey(c.input, SEARCH_OPTIONS)), normalizeKey(c.expected, SEARCH_OPTIONS), c.test);
    assert.equal(lightStem(normalizeKey(c.input, DEFAULT_OPTIONS)), normalizeKey(c.expected, SEARCH_OPTIONS), c.test);
  }
});

test('the default stem() passes the Lucene cases as well', () => {
  for (const c of stemCases) assert.equal(stem(c.input), c.expected, c.test);
});


test('Lucene ArabicAnalyzer cases: all 12 pass', () => {
  assert.equal(analyzerCases.length, 12);
  for (const c of analyzerCases) assert.deepEqual(searchTerms(c.input), c.expected_tokens, `${c.test}: ${c.input}`);
});

test('prefix rules: one prefix at most, و only when three letters remain', () => {
  assert.equal(lightStem('والكتاب'), 'كتاب');
  assert.equal(lightStem('وزير'), 'زير'); // Light10 strips و from four-letter words: a known over-stemming
  assert.equal(lightStem('ولد'), 'ولد'); // three letters: و stays
  assert.equal(lightStem('الم'), 'الم'); // ال needs two letters after it
  assert.equal(lightStem('وللاطفال'), 'للاطفال'); // و then stop: Light10 removes a single prefix
  assert.equal(lightStem('للاخر'), 'اخر');
});

test('suffix rules: one ordered pass, two letters must remain', () => {
  assert.equal(lightStem('المعلمات'), 'معلم');
  assert.equal(lightStem('مدرستها'), 'مدرست'); // ها then nothing: ت is not a Light10 suffix
  assert.equal(lightStem('السعودية'), 'سعود');
  assert.equal(lightStem('السعوديه'), 'سعود');
  assert.equal(lightStem('ابن'), 'ابن');
  assert.equal(lightStem('يد'), 'يد');
  assert.equal(lightStem('هي'), 'هي');
  assert.equal(lightStem('دولة'), 'دول');
  assert.equal(lightStem('فيه'), 'في');
});

test('non-Arabic and empty keys come back unchanged', () => {
  for (const s of ['', 'english', '2024', 'covid-19', 'اً']) assert.equal(lightStem(s), s.replaceAll('ة', 'ه'));
});

const arabicLetter = fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة');

test('property: the stem of a DEFAULT key equals the stem of its SEARCH key', () => {
  fc.assert(fc.property(fc.string({ unit: arabicLetter, maxLength: 12 }), (word) => {
    const defaultKey = normalizeKey(word, DEFAULT_OPTIONS);
    const searchKey = normalizeKey(word, SEARCH_OPTIONS);
    assert.equal(lightStem(defaultKey), lightStem(searchKey));
    assert.equal(stem(defaultKey), stem(searchKey));
  }), { numRuns: 2000 });
});

test('property: the stem is a slice of the SEARCH key and keeps at least two letters', () => {
  fc.assert(fc.property(fc.string({ unit: arabicLetter, maxLength: 12 }), (word) => {
    const key = normalizeKey(word, SEARCH_OPTIONS);
    const s = lightStem(key);
    assert.ok(key.includes(s), `${s} not in ${key}`);
    assert.ok(s.length >= Math.min(2, key.length));
    assert.ok(!s.includes('ة'));
  }), { numRuns: 2000 });
});

test('stem(): the article after a conjunction goes too, so these forms meet their bare forms', () => {
  assert.equal(stem('وبالتالي'), stem('بالتالي'));
  assert.equal(stem('وبالتالي'), 'تال');
  assert.equal(stem('وللاطفال'), stem('الاطفال'));
  assert.equal(stem('فبالتاكيد'), 'تاكيد');
  assert.equal(stem('وكالعاده'), stem('العاده'));
  // Too short to hold a conjunction, an article and a two-letter stem: left to Light10.
  assert.equal(stem('وبال'), lightStem('وبال'));
  assert.equal(stem('وللا'), lightStem('وللا'));
  // Elsewhere stem() is Light10.
  for (const w of ['الكتاب', 'والمعلمات', 'مدرستها', 'وزير', 'فلسطين']) assert.equal(stem(w), lightStem(w));
});
