import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BloomFilter } from './bloom.js';
import { GAZETTEER_FORMAT, Gazetteer, nameWordKey, parseNameWords } from './gazetteer.js';
import { matchKey } from './word-forms.js';

function small(): Gazetteer {
  const lexicon = BloomFilter.create(10, 0.001);
  for (const w of ['كتاب', 'مدرسه', 'قال']) lexicon.add(w);
  return new Gazetteer({
    format: GAZETTEER_FORMAT, generatedBy: 'test', sources: {},
    lists: {
      country: ['كوريا الشماليه', 'كوريا الجنوبيه', 'الصين'],
      organisation: ['الامم المتحده'],
      nisba: ['روسي', 'صيني', 'كوري'],
    },
  }, lexicon);
}

test('multi-word entries match over tokens, the first word possibly with clitics', () => {
  const g = small();
  const keys = ['زار', 'بكوريا', 'الشماليه', 'وللامم', 'المتحده', 'والصين'].map(matchKey);
  assert.deepEqual(g.match(keys), [
    { start: 1, end: 3, list: 'country' },
    { start: 3, end: 5, list: 'organisation' },
    { start: 5, end: 6, list: 'country' },
  ]);
  assert.ok(g.isEntry(['كوريا', 'الشماليه']));
  assert.ok(!g.isEntry(['كوريا']));
  assert.ok(g.isFirstWord('كوريا'));
});

test('nationality adjectives in their inflected forms', () => {
  const g = small();
  for (const w of ['الروسي', 'الروسية', 'والصينيون', 'الكوريين', 'روسيات']) assert.ok(g.isNisba(matchKey(w)), w);
  assert.ok(!g.isNisba(matchKey('الرئيس')));
});

test('lexicon lookup reads clitics and suffixes around a stem', () => {
  const g = small();
  for (const w of ['الكتاب', 'وبكتابه', 'مدرستها', 'قالت']) assert.equal(g.isKnownWord(matchKey(w)), true, w);
  for (const w of ['بودولياك', 'زيلينسكي']) assert.equal(g.isKnownWord(matchKey(w)), false, w);
  const none = new Gazetteer({ format: GAZETTEER_FORMAT, generatedBy: 'test', sources: {}, lists: {} }, null);
  assert.equal(none.isKnownWord('كتاب'), null);
});

test('name words are counted by their form without the article', () => {
  const words = parseNameWords('شطناوي\t3\nمحمد\t1303\n');
  const g = new Gazetteer({ format: GAZETTEER_FORMAT, generatedBy: 'test', sources: {}, lists: {} }, null, words);
  assert.equal(g.nameWordCount(matchKey('الشطناوي')), 3);
  assert.equal(g.nameWordCount(matchKey('محمد')), 1303);
  assert.equal(g.nameWordCount(matchKey('كتاب')), 0);
  assert.equal(nameWordKey('الشطناوي'), 'شطناوي');
  assert.equal(nameWordKey('الي'), 'الي');
});
