import { test } from 'node:test';
import assert from 'node:assert/strict';
import { logits, predictStance, treeScore, type StanceModel, type StanceTree } from './stance-model.js';

// A stump on dense feature 1: <= 0.5 → −1, else +2.
const stump: StanceTree = { feature: [1, -1, -1], threshold: [0.5, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, -1, 2] };

const model = (trees?: StanceTree[]): StanceModel => ({
  featuresVersion: 0,
  dense: ['bias', 'x'],
  denseWeights: [[0, 1], [0, 0], [0, 0]],
  sparseWeights: { 'u:a': [0, 0.5, 0] },
  ...(trees ? { trees } : {}),
  idf: {},
  unknownIdf: 1,
});

test('a tree sends a value at its threshold left and above it right', () => {
  assert.equal(treeScore(stump, [1, 0.5]), -1);
  assert.equal(treeScore(stump, [1, 0.51]), 2);
});

test('trees add to the linear scores, tree t to class t mod 3', () => {
  const f = { dense: [1, 0.8], sparse: ['u:a'] };
  assert.deepEqual(logits(model(), f), [0.8, 0.5, 0]);
  assert.deepEqual(logits(model([stump, stump]), f), [2.8, 2.5, 0]);
  assert.equal(predictStance(model([stump, stump, stump, stump]), f).stance, 'consistent');
});
