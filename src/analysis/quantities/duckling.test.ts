import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scoreDuckling, type DucklingCorpus } from '../../../eval/numbers-dates.js';

// Tests run from dist/src/analysis/quantities/; the committed copy of Duckling's corpus stays in the source tree.
const corpus = JSON.parse(readFileSync(new URL('../../../../test/fixtures/duckling-ar/duckling_ar_corpus.json', import.meta.url), 'utf8')) as DucklingCorpus;

test("Duckling's Arabic money, quantity, duration, temperature and volume: at least 90% of phrases", () => {
  const d = corpus.dimensions;
  const names = ['amount_of_money', 'quantity', 'duration', 'temperature', 'volume'];
  const report = scoreDuckling({ reference_time: corpus.reference_time, dimensions: Object.fromEntries(names.map((n) => [n, d[n]!])) });
  assert.equal(report.dimensions.length, names.length);
  for (const s of report.dimensions) {
    assert.ok(s.accuracy >= 0.9, `${s.dimension}: ${s.correct}/${s.phrases}; failures: ${JSON.stringify(s.failures)}`);
    if (s.negatives) assert.equal(s.negatives.passed, s.negatives.total, `${s.dimension} negatives`);
  }
});
