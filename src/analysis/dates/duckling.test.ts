import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scoreDuckling, toDucklingInstant, type DucklingCorpus } from '../../../eval/numbers-dates.js';

// Tests run from dist/src/analysis/dates/; the committed copy of Duckling's corpus stays in the source tree.
const corpus = JSON.parse(readFileSync(new URL('../../../../test/fixtures/duckling-ar/duckling_ar_corpus.json', import.meta.url), 'utf8')) as DucklingCorpus;

test("Duckling's Arabic time corpus: at least 85% of the value phrases, against its reference time", () => {
  const report = scoreDuckling({ reference_time: corpus.reference_time, dimensions: { time: corpus.dimensions['time']! } });
  const time = report.dimensions[0]!;
  assert.equal(time.dimension, 'time');
  assert.ok(time.phrases > 150);
  assert.ok(time.accuracy >= 0.85, `${time.correct}/${time.phrases}; failures: ${JSON.stringify(time.failures)}`);
  assert.equal(time.negatives?.passed, time.negatives?.total);
  // Every phrase counted by our reading is one where Duckling reads forward in time and we read back.
  for (const r of time.readingDifferences) assert.ok(r.ours < r.duckling, r.phrase);
});

test('our ISO values map to Duckling instants', () => {
  assert.equal(toDucklingInstant('2013-02-12', '-02:00'), '2013-02-12T00:00:00-02:00');
  assert.equal(toDucklingInstant('2013-W07', '-02:00'), '2013-02-11T00:00:00-02:00');
  assert.equal(toDucklingInstant('2013-02', '-02:00'), '2013-02-01T00:00:00-02:00');
  assert.equal(toDucklingInstant('2013-02-14T08:00Z', '-02:00'), '2013-02-14T06:00:00-02:00');
});
