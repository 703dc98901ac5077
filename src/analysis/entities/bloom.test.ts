import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BloomFilter } from './bloom.js';
import { decodeBloom, encodeBloom } from './gazetteer.js';

test('no false negatives, and about the false-positive rate it was sized for', () => {
  const words = Array.from({ length: 5000 }, (_, i) => `كلمة${i}`);
  const filter = BloomFilter.create(words.length, 0.01);
  for (const w of words) filter.add(w);
  for (const w of words) assert.ok(filter.has(w));
  let hits = 0;
  for (let i = 0; i < 20000; i++) if (filter.has(`غير${i}`)) hits++;
  assert.ok(hits / 20000 < 0.03, `false positives ${hits}`);
});

test('encode → decode keeps every answer', () => {
  fc.assert(fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 50 }), (words) => {
    const filter = BloomFilter.create(words.length, 0.01);
    for (const w of words) filter.add(w);
    const copy = decodeBloom(encodeBloom(filter));
    for (const w of words) assert.ok(copy.has(w));
    assert.equal(copy.hashes, filter.hashes);
  }));
  assert.throws(() => decodeBloom(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])));
});
