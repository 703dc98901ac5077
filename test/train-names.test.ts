/**
 * The letter-cost learner (scripts/train-names.ts) on a handful of made-up English → Arabic pairs: it must find
 * that ج and غ write one English letter (g), that ب never stands for what ج does, and that a silent e is written as
 * nothing, the way ي is for a written i.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { costsFromCounts, fitAlignment, type TrainingPair } from '../scripts/train-names.js';
import { NAME_LETTERS } from '../src/analysis/names/fold.js';

const PAIRS: TrainingPair[] = [
  { en: 'gabor', ar: 'غابور' }, { en: 'gabor', ar: 'جابور' }, { en: 'gina', ar: 'جينا' }, { en: 'gina', ar: 'غينا' },
  { en: 'jan', ar: 'جان' }, { en: 'bob', ar: 'بوب' }, { en: 'bina', ar: 'بينا' }, { en: 'nora', ar: 'نورا' },
  { en: 'rob', ar: 'روب' }, { en: 'robin', ar: 'روبن' }, { en: 'robin', ar: 'روبين' }, { en: 'nine', ar: 'ناين' },
  { en: 'rone', ar: 'رون' }, { en: 'bane', ar: 'بان' }, { en: 'nagi', ar: 'ناجي' }, { en: 'ragi', ar: 'راغي' },
];

test('EM alignment puts the pairs\' letters on their English units', () => {
  const counts = fitAlignment(PAIRS, 20);
  const mass = (unit: string, chunk: string) =>
    [...counts].filter(([k]) => k.startsWith(`${unit}\t${chunk}\t`)).reduce((s, [, c]) => s + c, 0);
  assert.ok(mass('g', 'غ') > 2 && mass('g', 'ج') > 2, 'g is written غ and ج');
  assert.ok(mass('b', 'ب') > 5, 'b is written ب');
  assert.ok(mass('e', '') > 1.5, 'a final e is silent');
});

test('costs from the alignment: one sound written two ways is cheap, unrelated letters cost 1', () => {
  const costs = costsFromCounts(fitAlignment(PAIRS, 20));
  const L = NAME_LETTERS.length;
  const sub = (a: string, b: string, position = 1) => costs.substitution[position]![NAME_LETTERS.indexOf(a) * L + NAME_LETTERS.indexOf(b)]!;
  assert.ok(sub('ج', 'غ') < 0.6, `ج/غ ${sub('ج', 'غ')}`);
  assert.equal(sub('ج', 'ب'), 1);
  assert.equal(sub('ج', 'ج'), 0);
  assert.equal(sub('ج', 'غ'), sub('غ', 'ج'));
  assert.ok(costs.gap[1]![NAME_LETTERS.indexOf('ي')]! < 1, 'a medial ي may be left out (robin)');
  assert.equal(costs.gap[1]![NAME_LETTERS.indexOf('ب')], 1);
});
