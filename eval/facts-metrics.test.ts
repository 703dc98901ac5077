import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figures, scoreStory, statementsOfUnit, type GoldUnit, type PredictedStatement } from './facts-metrics.js';

// Two articles. Gold: fact 0 = a[0,10) + b[0,10); fact 1 = a[10,20) alone; fact 2 = b[10,20) alone.
const units: GoldUnit[] = [
  { article: 0, start: 0, end: 10, fact: 0 },
  { article: 0, start: 10, end: 20, fact: 1 },
  { article: 1, start: 0, end: 10, fact: 0 },
  { article: 1, start: 10, end: 20, fact: 2 },
];

test('a unit maps to the statements that cover half of it (or of themselves), else to any it touches', () => {
  const st: PredictedStatement[] = [
    { article: 0, start: 0, end: 11, fact: 'f1' }, // spills one character into unit 1
    { article: 0, start: 11, end: 20, fact: 'f2' },
    { article: 1, start: 0, end: 20, fact: 'f3' },
  ];
  assert.deepEqual(statementsOfUnit(units[1]!, st), [1]);
  assert.deepEqual(statementsOfUnit(units[2]!, st), [2]);
  assert.deepEqual(statementsOfUnit({ article: 0, start: 10, end: 11, fact: 9 }, st), [0]);
});

test('perfect alignment scores 1 everywhere; a wrong merge costs precision and a unique sentence', () => {
  const right: PredictedStatement[] = [
    { article: 0, start: 0, end: 10, fact: 'f1' }, { article: 0, start: 10, end: 20, fact: 'f2' },
    { article: 1, start: 0, end: 10, fact: 'f1' }, { article: 1, start: 10, end: 20, fact: 'f3' },
  ];
  const r = figures(scoreStory(units, [], right, []));
  assert.deepEqual([r.pairs.precision, r.pairs.recall, r.sharedFactsFound, r.uniqueKept], [1, 1, 1, 1]);

  const merged = right.map((s) => (s.fact === 'f3' ? { ...s, fact: 'f2' } : s));
  const m = figures(scoreStory(units, [], merged, []));
  assert.equal(m.pairs.precision, 0.5); // a0-b0 right, a1-b1 wrong
  assert.equal(m.pairs.recall, 1);
  assert.equal(m.uniqueKept, 0);

  const split = right.map((s) => (s.article === 1 && s.fact === 'f1' ? { ...s, fact: 'f4' } : s));
  const sp = figures(scoreStory(units, [], split, []));
  assert.equal(sp.pairs.recall, 0);
  assert.equal(sp.pairs.precision, null);
  assert.equal(sp.sharedFactsFound, 0);
});

test('a conflict is found when one predicted conflict touches both sides', () => {
  const st: PredictedStatement[] = [{ article: 0, start: 0, end: 10, fact: 'f1' }, { article: 1, start: 0, end: 10, fact: 'f1' }];
  const gold = [{ kind: 'quantity', sides: [[[0, 2, 4]], [[1, 5, 7]]] as [Array<[number, number, number]>, Array<[number, number, number]>] }];
  const found = figures(scoreStory(units, gold, st, [{ values: [{ article: 0, start: 3, end: 4 }, { article: 1, start: 5, end: 6 }] }, { values: [{ article: 0, start: 8, end: 9 }, { article: 1, start: 8, end: 9 }] }]));
  assert.equal(found.conflicts.recall, 1);
  assert.equal(found.conflicts.precision, 0.5);
  const missed = figures(scoreStory(units, gold, st, [{ values: [{ article: 0, start: 3, end: 4 }, { article: 0, start: 5, end: 6 }] }]));
  assert.equal(missed.conflicts.recall, 0);
});
