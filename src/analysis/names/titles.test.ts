import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isHonorificPronoun, stripTitles } from './titles.js';
import { nameWords } from './same-name.js';

test('honorifics that stand for a person are told from names', () => {
  for (const w of ['معاليه', 'سموه', 'فخامته', 'جلالته']) assert.equal(isHonorificPronoun(w), true, w);
  for (const w of ['معالي', 'سمو', 'الحمدان', 'موسى']) assert.equal(isHonorificPronoun(w), false, w);
});

test('stripTitles keeps the name after a title and its complements', () => {
  assert.deepEqual(stripTitles(nameWords('الرئيس الروسي فلاديمير بوتين')), nameWords('فلاديمير بوتين'));
});
