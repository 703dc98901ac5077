import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scoreDuckling, type DucklingCorpus } from '../../../eval/numbers-dates.js';

// Tests run from dist/src/analysis/numbers/; the committed copy of Duckling's corpus stays in the source tree.
const corpus = JSON.parse(readFileSync(new URL('../../../../test/fixtures/duckling-ar/duckling_ar_corpus.json', import.meta.url), 'utf8')) as DucklingCorpus;

test("Duckling's Arabic numerals, Egyptian numerals and ordinals: at least 97% of phrases", () => {
  const d = corpus.dimensions;
  const report = scoreDuckling({ reference_time: corpus.reference_time, dimensions: { numeral: d['numeral']!, numeral_EG: d['numeral_EG']!, ordinal: d['ordinal']! } });
  assert.equal(report.dimensions.length, 3);
  for (const s of report.dimensions) {
    assert.ok(s.phrases > 25, s.dimension);
    assert.ok(s.accuracy >= 0.97, `${s.dimension}: ${s.correct}/${s.phrases}; failures: ${JSON.stringify(s.failures)}`);
  }
});
