import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bandKeys, estimateContainment, estimateJaccard, minhashSignature } from './minhash.js';
import { fmix32, hashString, smallHash } from './hash.js';

test('hashes are fixed numbers, the same on every run and machine (saved state depends on it)', () => {
  assert.equal(hashString('الرياض'), hashString('الرياض'));
  assert.notEqual(hashString('الرياض'), hashString('الرياص'));
  // Pinned values: a change here silently invalidates every saved state, so it must be deliberate.
  assert.equal(hashString(''), fmix32(0x811c9dc5));
  assert.equal(hashString('a'), 444641715);
  fc.assert(fc.property(fc.string(), (s) => smallHash(hashString(s)) >= 0 && smallHash(hashString(s)) < 2 ** 30));
});

function set(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => hashString(`w${from + i}`));
}

test('identical sets agree on every bin; disjoint large sets on almost none', () => {
  const a = minhashSignature(set(0, 300), 128);
  assert.equal(estimateJaccard(a, minhashSignature(set(0, 300), 128)), 1);
  assert.ok(estimateJaccard(a, minhashSignature(set(1000, 1300), 128)) < 0.05);
});

test('the estimate is close to the true Jaccard similarity', () => {
  // Sets of 400 overlapping by k: true Jaccard k / (800 − k). 128 bins: standard error about 0.04.
  for (const k of [80, 200, 300, 360]) {
    const truth = k / (800 - k);
    const est = estimateJaccard(minhashSignature(set(0, 400), 128), minhashSignature(set(400 - k, 800 - k), 128));
    assert.ok(Math.abs(est - truth) < 0.12, `k=${k}: ${est} vs ${truth}`);
  }
});

test('small sets are densified: a short text still has a full signature that matches its copy', () => {
  const small = set(0, 20);
  const sig = minhashSignature(small, 128);
  assert.ok(sig.every((v) => v !== 0xffffffff));
  assert.equal(estimateJaccard(sig, minhashSignature([...small].reverse(), 128)), 1);
});

test('an empty set matches nothing, not even another empty set', () => {
  assert.equal(estimateJaccard(minhashSignature([], 64), minhashSignature([], 64)), 0);
});

test('containment from Jaccard and sizes: an excerpt of half a text is fully contained', () => {
  // |A| = 100 inside |B| = 200: J = 0.5, containment of A = 1.
  assert.equal(estimateContainment(0.5, 100, 200), 1);
  assert.equal(estimateContainment(0, 100, 200), 0);
});

test('band keys: equal signatures share all bands, one changed bin changes one band', () => {
  const a = minhashSignature(set(0, 200), 128);
  const b = a.slice();
  b[5] = b[5]! ^ 1;
  const ka = bandKeys(a, 4);
  const kb = bandKeys(b, 4);
  assert.equal(ka.length, 32);
  assert.equal(ka.filter((k, i) => k !== kb[i]).length, 1);
  assert.ok(ka.every((k) => k >= 0 && k < 2 ** 30));
});

test('bins must be a power of two', () => {
  assert.throws(() => minhashSignature([1, 2, 3], 100));
});
