import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreEntities } from './scoring.js';

test('exact span and type: a boundary or type error is both a false positive and a false negative', () => {
  const gold = [['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-ORG', 'O']];
  const pred = [['B-PER', 'O', 'O', 'B-LOC'], ['B-LOC', 'O']];
  const s = scoreEntities(gold, pred);
  assert.deepEqual([s.overall.correct, s.overall.predicted, s.overall.gold], [1, 3, 3]);
  assert.equal(s.byType.LOC.precision, 0.5);
  assert.equal(s.byType.PER.f1, 0);
  const restricted = scoreEntities(gold, pred, ['PER', 'ORG']);
  assert.deepEqual([restricted.overall.correct, restricted.overall.gold], [0, 2]);
  assert.equal(scoreEntities(gold, gold).overall.f1, 1);
});
