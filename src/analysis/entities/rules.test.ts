import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceInfo } from './features.js';
import { loadGazetteer } from './load.js';
import { applyCueRules, propagateNames } from './rules.js';
import type { Tag } from './types.js';

const gazetteer = loadGazetteer();
const info = (s: string) => sentenceInfo(s.split(' ').map((text) => ({ text })), gazetteer);

test('a quoted name after an organisation head is an organisation', () => {
  const s = 'نشرته صحيفة « نان دان » الناطقة';
  const o = (n: number): Tag[] => Array.from({ length: n }, () => 'O' as Tag);
  assert.deepEqual(applyCueRules(info(s), o(7)), ['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O']);
  // A span of another type over exactly the quoted words is retyped.
  assert.deepEqual(applyCueRules(info(s), ['O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O']), ['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O']);
  // No head, no rule; a quote that never closes, no rule.
  assert.deepEqual(applyCueRules(info('قال إن « نان دان » الناطقة'), o(7)), o(7));
  assert.deepEqual(applyCueRules(info('صحيفة « نان دان الناطقة'), o(5)), o(5));
});

test('a name split in two by the tagger is joined', () => {
  assert.deepEqual(applyCueRules(info('الرئيس تو لام قال'), ['O', 'B-PER', 'B-PER', 'O']), ['O', 'B-PER', 'I-PER', 'O']);
  assert.deepEqual(applyCueRules(info('مصر و لبنان'), ['B-LOC', 'O', 'B-LOC']), ['B-LOC', 'O', 'B-LOC']);
});

test('syllable-shaped words after a person title are one person, whole or in part as the tagger left them', () => {
  const o = (n: number): Tag[] => Array.from({ length: n }, () => 'O' as Tag);
  // The tagger took only تو (لام is an Arabic word), or nothing; one or two adjectives may stand between.
  const a = 'أشار الرئيس الفيتنامي تو لام إلى رغبته';
  assert.deepEqual(applyCueRules(info(a), ['O', 'O', 'O', 'B-PER', 'O', 'O', 'O']), ['O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O']);
  const b = '، والرئيس الجديد تو لام ومسؤولين آخرين';
  assert.deepEqual(applyCueRules(info(b), o(7)), ['O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O']);
  assert.deepEqual(applyCueRules(info('قال الرئيس الصيني شي جين بينغ إن'), o(7)), ['O', 'O', 'O', 'B-PER', 'I-PER', 'I-PER', 'O']);
  // A PER span the tagger ran past the syllables is kept whole.
  assert.deepEqual(applyCueRules(info('الرئيس تو لام نغوين'), ['O', 'O', 'B-PER', 'I-PER']), ['O', 'B-PER', 'I-PER', 'I-PER']);
});

test('ordinary words after a title stay outside names', () => {
  const o = (n: number): Tag[] => Array.from({ length: n }, () => 'O' as Tag);
  // Function words, nouns, a verb, a clitic on a function word, a lone syllable, a fourth syllable, no title.
  for (const s of ['أكد الرئيس في كل من مصر', 'مدرب الفريق حارس مرمى منتخب', 'مدير فني جديد لمانشستر', 'الرئيس قال إن',
    'الرئيس وما فيه', 'الرئيس تو إلى', 'الرئيس تو لام شي جين', 'أشار تو لام إلى']) {
    const n = s.split(' ').length;
    assert.deepEqual(applyCueRules(info(s), o(n)), o(n), s);
  }
  // Syllables another type's span covers are not retyped.
  assert.deepEqual(applyCueRules(info('الرئيس تو لام قال'), ['O', 'B-LOC', 'I-LOC', 'O']), ['O', 'B-LOC', 'I-LOC', 'O']);
});

test('a person or organisation found once in a document is tagged where it recurs untagged', () => {
  const keys = [['فاز', 'الصريح', 'على', 'الحسين'], ['سجل', 'الصريح', 'هدفا'], ['في', 'عمان', 'قال', 'من'], ['عمان', 'من', 'الصريح']];
  const tags: Tag[][] = [
    ['O', 'B-ORG', 'O', 'O'],
    ['O', 'O', 'O'],
    ['O', 'B-LOC', 'O', 'B-PER'],
    ['O', 'O', 'B-PER'],
  ];
  assert.deepEqual(propagateNames(keys, tags), [
    ['O', 'B-ORG', 'O', 'O'],
    ['O', 'B-ORG', 'O'],
    // Places are not carried; a function word alone is never a name; a span the tagger gave is kept as it is.
    ['O', 'B-LOC', 'O', 'B-PER'],
    ['O', 'O', 'B-PER'],
  ]);
  assert.deepEqual(propagateNames([], []), []);
  // A family name alone after the full name.
  assert.deepEqual(propagateNames([['قال', 'اليكس', 'فيرغسون'], ['ان', 'فيرغسون', 'غادر']], [['O', 'B-PER', 'I-PER'], ['O', 'O', 'O']]),
    [['O', 'B-PER', 'I-PER'], ['O', 'B-PER', 'O']]);
});

test('one-word members of a list of people are people', () => {
  assert.deepEqual(applyCueRules(info('سجل ذيابات و رامي و بشار'), ['O', 'B-PER', 'O', 'O', 'O', 'B-PER']), ['O', 'B-PER', 'O', 'B-PER', 'O', 'B-PER']);
  // A list of places or a function word between is left alone.
  assert.deepEqual(applyCueRules(info('زار مصر و لبنان'), ['O', 'B-LOC', 'O', 'O']), ['O', 'B-LOC', 'O', 'O']);
  assert.deepEqual(applyCueRules(info('قال بوتين و ان'), ['O', 'B-PER', 'O', 'O']), ['O', 'B-PER', 'O', 'O']);
});

test('a name carried across a document is not cut out of a longer untagged name', () => {
  const keys = [['فاز', 'الاتحاد', 'اليوم'], ['قرر', 'الاتحاد', 'الكويتي']];
  assert.deepEqual(propagateNames(keys, [['O', 'B-ORG', 'O'], ['O', 'O', 'O']]), [['O', 'B-ORG', 'O'], ['O', 'O', 'O']]);
});

test('a facility head joins the name after it, as a place', () => {
  assert.deepEqual(applyCueRules(info('وصل الى مطار بيروت امس'), ['O', 'O', 'O', 'B-LOC', 'O']), ['O', 'O', 'B-LOC', 'I-LOC', 'O']);
  assert.deepEqual(applyCueRules(info('اعلن قصر بكينغهام'), ['O', 'O', 'B-PER']), ['O', 'B-LOC', 'I-LOC']);
  // Not after an ordinary word, and not into an organisation.
  assert.deepEqual(applyCueRules(info('زار الرئيس بيروت'), ['O', 'O', 'B-LOC']), ['O', 'O', 'B-LOC']);
});

test('a place grows to the whole country name of the gazetteer it lies in', () => {
  assert.deepEqual(applyCueRules(info('زار جنوب افريقيا امس'), ['O', 'O', 'B-LOC', 'O']), ['O', 'B-LOC', 'I-LOC', 'O']);
  assert.deepEqual(applyCueRules(info('زار كوريا الشمالية امس'), ['O', 'B-LOC', 'O', 'O']), ['O', 'B-LOC', 'I-LOC', 'O']);
  // Only whole gazetteer names: جنوب لبنان is none.
  assert.deepEqual(applyCueRules(info('في جنوب لبنان'), ['O', 'O', 'B-LOC']), ['O', 'O', 'B-LOC']);
});

test('a word with the article after a club context in construct names a club', () => {
  assert.deepEqual(applyCueRules(info('صد ها حارس البقعة ببراعة'), ['O', 'O', 'O', 'O', 'O']), ['O', 'O', 'O', 'B-ORG', 'O']);
  // Generic words of the game, a definite head with its adjective, other contexts: no club.
  for (const s of ['سجل لاعب الوسط هدفا', 'تالق حارس المرمى امس', 'قال المدرب المحلي امس', 'قال قائد الطائرة امس']) {
    assert.deepEqual(applyCueRules(info(s), ['O', 'O', 'O', 'O']), ['O', 'O', 'O', 'O'], s);
  }
});

test('a title at the head of a person span is cut off', () => {
  assert.deepEqual(applyCueRules(info('قال الشيخ القرضاوي امس'), ['O', 'B-PER', 'I-PER', 'O']), ['O', 'O', 'B-PER', 'O']);
  assert.deepEqual(applyCueRules(info('قال الرئيس'), ['O', 'B-PER']), ['O', 'B-PER']);
});

test('in running text, و written onto a name separates list members, and carried names match after a clitic', () => {
  assert.deepEqual(applyCueRules(info('سجل ذيابات ورامي .'), ['O', 'B-PER', 'O', 'O']), ['O', 'B-PER', 'B-PER', 'O']);
  assert.deepEqual(propagateNames([['فاز', 'برشلونه'], ['خسر', 'لبرشلونه']], [['O', 'B-ORG'], ['O', 'O']]), [['O', 'B-ORG'], ['O', 'B-ORG']]);
});
