import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DecayedCounts } from './decayed-counts.js';

test('a count halves every halfLife articles and grows by one per sighting', () => {
  const d = new DecayedCounts(100);
  d.observe([7], 0);
  d.observe([7], 0);
  assert.equal(d.value(7, 0), 2);
  assert.equal(d.value(7, 100), 1);
  d.observe([7], 200);
  assert.equal(d.value(7, 200), 1.5);
  assert.equal(d.value(8, 200), 0, 'an unseen key counts 0');
});

test('prune drops faded keys only, and a JSON round trip keeps every value', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 500 })), { maxLength: 60 }), (events) => {
    const d = new DecayedCounts(50);
    for (const [key, at] of [...events].sort((a, b) => a[1] - b[1])) d.observe([key], at);
    const copy = DecayedCounts.fromJSON(JSON.parse(JSON.stringify(d.toJSON())) as ReturnType<DecayedCounts['toJSON']>);
    for (let k = 0; k <= 20; k++) assert.equal(copy.value(k, 600), d.value(k, 600));
    const before = Array.from({ length: 21 }, (_, k) => d.value(k, 600));
    d.prune(600, 0.1);
    for (let k = 0; k <= 20; k++) assert.equal(d.value(k, 600), before[k]! < 0.1 ? 0 : before[k]);
  }));
});
