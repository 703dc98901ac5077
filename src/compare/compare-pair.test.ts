/** comparePair on statements written for these tests in the style of news headlines (not from the ANS corpus). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparePair } from './compare-pair.js';

test('a changed figure is a conflict, and the conflict names both figures', () => {
  const r = comparePair('مقتل 12 شخصا في انفجار بمدينة حلب', 'مقتل 30 شخصا في انفجار بمدينة حلب');
  assert.equal(r.relation, 'conflict');
  const q = r.conflicts.find((c) => c.kind === 'quantity');
  assert.ok(q);
  assert.deepEqual(q.values.map((v) => [v.side, v.value]), [['a', 12], ['b', 30]]);
});

test('a restatement is consistent and alike', () => {
  const r = comparePair('الرئيس الروسي يصل إلى فيتنام في زيارة دولة', 'وصول الرئيس الروسي إلى فيتنام في زيارة دولة');
  assert.equal(r.relation, 'consistent');
  assert.ok(r.similarity > 0.5);
});

test('statements about different things are far apart and never consistent', () => {
  // Known limit: the model learnt from ANS, where many "disagree" rewrites share no word with their headline, so a
  // pair with nothing in common can come out as "conflict" rather than "unrelated" (see README, pairs figures).
  const r = comparePair('ارتفاع أسعار الذهب في الأسواق العالمية', 'فوز المنتخب المغربي على نظيره الإسباني في كأس العالم');
  assert.notEqual(r.relation, 'consistent');
  assert.ok(r.similarity < 0.2); // they share one word: العالمية / العالم
});

test('the relation does not depend on the order of the two statements', () => {
  const a = 'الحكومة ترفع أسعار الوقود بنسبة عشرة في المئة';
  const b = 'الحكومة تخفض أسعار الوقود بنسبة عشرة في المئة';
  assert.equal(comparePair(a, b).relation, comparePair(b, a).relation);
  assert.equal(comparePair(a, b).similarity, comparePair(b, a).similarity);
});
