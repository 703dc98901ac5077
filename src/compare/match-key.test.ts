import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeKey } from '../text/normalize.js';
import { keyContext, matchKey } from './match-key.js';

const keys = (words: string[]) => {
  const context = keyContext(words.map((w) => normalizeKey(w)));
  return words.map((w) => matchKey(normalizeKey(w), context));
};

test('inflections of one word meet', () => {
  assert.deepEqual(new Set(keys(['اتفاقات', 'اتفاقا', 'الاتفاقية', 'اتفاقيات'])).size, 1);
  assert.deepEqual(new Set(keys(['زيارة', 'زيارته', 'الزيارة'])).size, 1);
  assert.deepEqual(new Set(keys(['روسيا', 'الروسية', 'الروسي'])).size, 1);
});

test('a clitic goes only when the rest is a word of the texts', () => {
  const [withLam, plain] = keys(['لبوتين', 'بوتين']);
  assert.equal(withLam, plain);
  assert.equal(keys(['وزير', 'الوزير'])[0], keys(['وزير', 'الوزير'])[1]);
  assert.equal(keys(['لليرة', 'الليرة'])[0], keys(['لليرة', 'الليرة'])[1]);
});

test('matchKey never grows a word and is stable on its own output for bare stems', () => {
  fc.assert(fc.property(fc.stringMatching(/^[\u0621-\u064a]{1,12}$/), (w) => {
    const k = matchKey(normalizeKey(w));
    assert.ok(k.length <= normalizeKey(w).length);
  }));
});
