/** The boosted trees of scripts/boost.ts, trained by scripts/train-stance.ts, on data made up here. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boost, cutPoints } from '../scripts/boost.js';
import { softmax, treeScore } from '../src/compare/stance-model.js';

test('cut points fall between distinct values, at most 31 of them', () => {
  assert.deepEqual(cutPoints([[0], [1], [1], [3]], 1), [[0.5, 2]]);
  const many = Array.from({ length: 500 }, (_, i) => [i]);
  assert.ok(cutPoints(many, 1)[0]!.length <= 31);
});

test('boosting learns a rule of two features (x low → class 2; x and y high → 1; else 0)', () => {
  const rows: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < 200; i++) {
    const x = (i % 10) / 10; const y = Math.floor(i / 10) / 20;
    rows.push([x, y]);
    labels.push(x <= 0.45 ? 2 : y > 0.5 ? 1 : 0);
  }
  const trees = boost(rows, labels, rows.map(() => 1), rows.map(() => [0, 0, 0]), 3, { rounds: 30, depth: 2, rate: 0.3, lambda: 1, minChild: 1, colsample: 1 });
  assert.equal(trees.length, 90);
  const predict = (r: number[]) => {
    const z = [0, 0, 0];
    trees.forEach((t, i) => { z[i % 3]! += treeScore(t, r); });
    const p = softmax(z);
    return p.indexOf(Math.max(...p));
  };
  assert.deepEqual([[0.1, 0.2], [0.1, 0.9], [0.8, 0.2], [0.8, 0.9]].map(predict), [2, 2, 0, 1]);
});
