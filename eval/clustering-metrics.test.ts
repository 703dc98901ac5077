import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scoreClustering, scoreOnSplits, spread } from './clustering-metrics.js';
import { averageLinkage, baselineDendrogram, cutDendrogram, tfidfRows } from './clustering-baseline.js';

test('perfect clustering scores 1 everywhere', () => {
  const s = scoreClustering(['a', 'a', 'b'], ['x', 'x', 'y']);
  assert.deepEqual([s.bcubed.f1, s.pairwise.f1], [1, 1]);
});

test('worked example: one cluster of everything', () => {
  // Gold {0,1} {2}: B-cubed precision (2/3 + 2/3 + 1/3) / 3 = 5/9, recall 1; pairs: 1 true of 3 predicted.
  const s = scoreClustering(['a', 'a', 'b'], ['x', 'x', 'x']);
  assert.ok(Math.abs(s.bcubed.precision - 5 / 9) < 1e-12);
  assert.equal(s.bcubed.recall, 1);
  assert.equal(s.pairwise.precision, 1 / 3);
  assert.equal(s.pairwise.recall, 1);
});

test('scores agree with a brute-force count over all pairs and items', () => {
  const labels = fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 30 });
  fc.assert(fc.property(labels, fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), (pairs, mask) => {
    const gold = pairs.map(([g]) => `g${g}`);
    const pred = pairs.map(([, p]) => `p${p}`);
    // A half holds whole gold stories: score the items of the stories picked by the mask.
    const scored = gold.map((g) => mask[Number(g.slice(1))]!);
    const s = scoreClustering(gold, pred, scored);
    let tp = 0, pp = 0, gp = 0, bp = 0, br = 0, n = 0;
    for (let i = 0; i < gold.length; i++) {
      if (scored[i]) {
        n++;
        const sameP = pred.filter((p) => p === pred[i]).length;
        const sameG = gold.filter((g) => g === gold[i]).length;
        const both = gold.filter((g, j) => g === gold[i] && pred[j] === pred[i]).length;
        bp += both / sameP;
        br += both / sameG;
      }
      for (let j = i + 1; j < gold.length; j++) {
        if (!scored[i] && !scored[j]) continue;
        if (pred[i] === pred[j]) pp++;
        if (gold[i] === gold[j]) gp++;
        if (pred[i] === pred[j] && gold[i] === gold[j]) tp++;
      }
    }
    assert.equal(s.items, n);
    assert.equal(s.pairwise.truePairs, tp);
    assert.equal(s.pairwise.predictedPairs, pp);
    assert.equal(s.pairwise.goldPairs, gp);
    if (n) {
      assert.ok(Math.abs(s.bcubed.precision - bp / n) < 1e-9);
      assert.ok(Math.abs(s.bcubed.recall - br / n) < 1e-9);
    }
  }));
});

test('baseline TF-IDF: sklearn defaults (smooth idf, raw counts, l2 rows, tokens of 2+ word characters)', () => {
  const rows = tfidfRows(['the cat sat', 'the dog sat', 'a']);
  // "a" is one character: no token, an empty row. idf(the) = ln(4/3) + 1, idf(cat) = ln(4/2) + 1.
  assert.equal(rows[2]!.size, 0);
  const w = [Math.log(4 / 3) + 1, Math.log(4 / 2) + 1, Math.log(4 / 3) + 1];
  const norm = Math.hypot(...w);
  assert.deepEqual([...rows[0]!.values()].map((x) => Number(x.toFixed(12))), w.map((x) => Number((x / norm).toFixed(12))));
});

test('average linkage: merge heights are the mean distance between the two clusters', () => {
  // Points on a line at 0, 1, 5 (distances as given): merge {0,1} at 1, then {0,1} with 2 at (5 + 4) / 2.
  const d = [0, 1, 5, 1, 0, 4, 5, 4, 0];
  const merges = averageLinkage(Float64Array.from(d), 3);
  assert.deepEqual(merges.map((m) => m.height), [1, 4.5]);
  assert.deepEqual(cutDendrogram(merges, 3, 2), [0, 0, 2]);
  assert.deepEqual(cutDendrogram(merges, 3, 5), [0, 0, 0]);
});

test('baseline end to end: near-identical texts cluster first', () => {
  const merges = baselineDendrogram(['مجلس الوزراء يقر الميزانية', 'مجلس الوزراء يقر الميزانية العامة', 'الهلال يفوز على النصر']);
  const labels = cutDendrogram(merges, 3, 0.5);
  assert.equal(labels[0], labels[1]);
  assert.notEqual(labels[0], labels[2]);
});

test('spread: mean, sample standard deviation, range', () => {
  assert.deepEqual(spread([1, 2, 3]), { n: 3, mean: 2, sd: 1, min: 1, max: 3 });
  assert.deepEqual(spread([0.5]), { n: 1, mean: 0.5, sd: 0, min: 0.5, max: 0.5 });
  assert.ok(Number.isNaN(spread([]).mean));
});

test('scoreOnSplits scores both halves of every split', () => {
  const gold = ['a', 'a', 'b', 'b', 'c'];
  const pred = ['x', 'x', 'x', 'y', 'z'];
  const splits = [[0, 0, 1, 1, 0], [1, 1, 0, 0, 0]];
  const r = scoreOnSplits(gold, pred, splits);
  const expected = splits.flatMap((half) => [0, 1].map((h) => scoreClustering(gold, pred, half.map((x) => x === h)).pairwise.f1));
  assert.equal(r.pairwiseF1.n, 4);
  assert.ok(Math.abs(r.pairwiseF1.mean - expected.reduce((a, b) => a + b, 0) / 4) < 1e-12);
  assert.equal(r.pairwiseF1.min, Math.min(...expected));
  assert.equal(r.pairwiseF1.max, Math.max(...expected));
});
