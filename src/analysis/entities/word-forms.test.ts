import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareForm, matchKey, offsetAfterLetters, procliticSplits } from './word-forms.js';

test('proclitic readings, shortest first, never leaving fewer than three letters', () => {
  assert.deepEqual(procliticSplits('وبالحزب'), [{ letters: 1, base: 'بالحزب' }, { letters: 2, base: 'الحزب' }]);
  assert.deepEqual(procliticSplits('للحزب'), [{ letters: 1, base: 'الحزب' }]);
  assert.deepEqual(procliticSplits('بوتين'), [{ letters: 1, base: 'وتين' }]);
  assert.deepEqual(procliticSplits('لام'), []);
  assert.deepEqual(procliticSplits('كيم'), []);
});

test('bare form drops clitics and the article', () => {
  assert.equal(bareForm('والصين'), 'صين');
  assert.equal(bareForm('موسكو'), 'موسكو');
});

test('match keys fold hamza seats, alef forms, ta marbuta and diacritics', () => {
  assert.equal(matchKey('المسؤولة'), matchKey('المسوولة'));
  assert.equal(matchKey('إسرائيل'), 'اسراييل');
  assert.equal(matchKey('كوريا الشمالية'), 'كوريا الشماليه');
  assert.equal(matchKey('وَقّعَ'), 'وقع');
});

test('offset after n letters skips the marks that follow them', () => {
  assert.equal(offsetAfterLetters('وَبوتين', 1), 2);
  assert.equal('وَبوتين'.slice(offsetAfterLetters('وَبوتين', 1)), 'بوتين');
  assert.equal(offsetAfterLetters('بوتين', 0), 0);
});
