/**
 * The three real Arabic pages in test/pages, scored against their upstream expectations: trafilatura's must /
 * must-not snippets, token F1 ≥ 0.90 against fundus's and newspaper4k's expected bodies, title and date.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPageCases, scorePage } from '../eval/extraction.js';

const cases = loadPageCases();

test('the three pages are there', () => {
  assert.deepEqual(cases.map((c) => c.slug), ['arabic-cnn-com', 'assabah-com-tn', 'lbcgroup-tv']);
});

for (const c of cases) {
  test(`page ${c.slug}`, () => {
    const s = scorePage(c);
    assert.ok(s.titleRight, `title: ${s.title}`);
    assert.ok(s.dateRight, `published: ${s.published}, expected ${c.published}`);
    if (s.modifiedRight !== undefined) assert.ok(s.modifiedRight);
    if (s.snippets) {
      assert.deepEqual(s.snippets.missing, []);
      assert.deepEqual(s.snippets.leaked, []);
    }
    if (s.body) assert.ok(s.body.f1 >= 0.9, `token F1 ${s.body.f1}`);
  });
}
