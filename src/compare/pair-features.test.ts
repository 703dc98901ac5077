/** Pair features on statements written for these tests in the style of news headlines (not from the ANS corpus). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DENSE_FEATURES, pairFeatures, pairSides, sameRoot } from './pair-features.js';

const feature = (a: string, b: string, name: (typeof DENSE_FEATURES)[number], isName?: (norm: string) => boolean) => {
  const [sa, sb] = pairSides(a, b);
  return pairFeatures(sa, sb, new Map(), 1, isName).dense[DENSE_FEATURES.indexOf(name)];
};

test('a verb and its noun are forms of one word; two different places are not', () => {
  assert.equal(sameRoot('يسحب', 'سحب'), true);
  assert.equal(sameRoot('ترتفع', 'ارتفاع'), true);
  assert.equal(sameRoot('ليبيا', 'لبنان'), false);
  assert.equal(sameRoot('ارتفاع', 'انخفاض'), false);
});

test('a rewording by verb → noun leaves no residual word; a substitution leaves one on each side', () => {
  const para = ['الحكومة تسحب مشروع قانون الضرائب الجديد', 'سحب الحكومة مشروع قانون الضرائب الجديد'] as const;
  assert.equal(feature(...para, 'residualNone'), 1);
  const swap = ['الحكومة تسحب مشروع قانون الضرائب الجديد', 'الحكومة تقر مشروع قانون الضرائب الجديد'] as const;
  assert.equal(feature(...swap, 'residualNone'), 0);
  assert.equal(feature(...swap, 'residualOneEach'), 1);
});

test('two names that swap places are seen, and the same order is not', () => {
  const names = new Set(['ميركل', 'ماكرون']);
  const isName = (norm: string) => names.has(norm);
  assert.equal(feature('ميركل تنتقد ماكرون في بروكسل', 'ماكرون ينتقد ميركل في بروكسل', 'nameInversion', isName), 1);
  assert.equal(feature('ميركل تنتقد ماكرون في بروكسل', 'ميركل تهاجم ماكرون في بروكسل', 'nameInversion', isName), 0);
});

test('a changed figure with nothing else changed is a hard signal on a close pair', () => {
  assert.equal(feature('مقتل 12 شخصا في انفجار بمدينة حلب', 'مقتل 30 شخصا في انفجار بمدينة حلب', 'numberAndClose'), 1);
  assert.equal(feature('مقتل 12 شخصا في انفجار بمدينة حلب', 'مقتل 12 شخصا في انفجار بمدينة حلب', 'numberAndClose'), 0);
});

test('the features do not depend on the order of the two statements', () => {
  const pairs: Array<[string, string]> = [
    ['الذهب يرتفع مع تراجع الدولار', 'تراجع الذهب مع صعود الدولار'],
    ['السعودية لا تسمح بعبور الطائرات', 'السعودية تسمح بعبور الطائرات الهندية'],
    ['وزير الخارجية يزور القاهرة', 'افتتاح معرض الكتاب في تونس'],
  ];
  for (const [a, b] of pairs) {
    const [x, y] = pairSides(a, b);
    const [y2, x2] = pairSides(b, a);
    const ab = pairFeatures(x, y, new Map(), 1);
    const ba = pairFeatures(y2, x2, new Map(), 1);
    assert.deepEqual(ab.dense, ba.dense);
    assert.deepEqual(new Set(ab.sparse), new Set(ba.sparse));
  }
});

test('figures and dates are looked for only where a number, a weekday or a dual of time is', () => {
  const [plain] = pairSides('الحكومة تسحب مشروع قانون الضرائب الجديد', 'سحب الحكومة مشروع القانون');
  assert.deepEqual([plain.statement.quantities.length, plain.statement.dates.length], [0, 0]);
  const [figure] = pairSides('مقتل 12 شخصا في انفجار بمدينة حلب', 'انفجار في حلب');
  assert.equal(figure.statement.quantities.length, 1);
  const [dual] = pairSides('الحكم بالسجن عامين على ناشط', 'سجن ناشط');
  assert.equal(dual.statement.quantities.length, 1);
  const [weekday] = pairSides('الوزير يزور القاهرة الأربعاء', 'زيارة الوزير');
  assert.equal(weekday.statement.dates.filter((d) => d.weekday !== undefined).length, 1);
});
