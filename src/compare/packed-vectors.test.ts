import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapSimilarity, statementSimilarity } from './similarity.js';
import { mapWordCosine, wordCosine, type Vector } from './vectors.js';

// The Map versions the packed ones replace (still used for a vector's first comparison): the figures must be equal
// to the last bit.

function randomVectors(count: number, seed: number): Vector[] {
  let s = seed;
  const next = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  const kinds = ['w', 'k', 'e', 'q', 'd'];
  return Array.from({ length: count }, () => {
    const v: Vector = new Map();
    const n = Math.floor(next() * 25);
    for (let i = 0; i < n; i++) v.set(`${kinds[Math.floor(next() * kinds.length)]}:${Math.floor(next() * 60)}`, next());
    return v;
  });
}

test('packed statementSimilarity and wordCosine give exactly the Map figures, in any order of calls', () => {
  const vectors = randomVectors(80, 7);
  for (let i = 0; i < vectors.length; i++) {
    for (let j = 0; j < vectors.length; j++) {
      const a = vectors[i]!;
      const b = vectors[(i * 31 + j * 17) % vectors.length]!;
      assert.equal(statementSimilarity(a, b), mapSimilarity(a, b));
      assert.equal(wordCosine(a, b), mapWordCosine(a, b));
    }
  }
});

test('a vector that grew after it was compared is packed again', () => {
  const a: Vector = new Map([['w:a', 0.6], ['w:b', 0.8]]);
  const b: Vector = new Map([['w:a', 1]]);
  assert.equal(statementSimilarity(a, b), mapSimilarity(a, b));
  b.set('w:b', 0.5);
  assert.equal(statementSimilarity(a, b), mapSimilarity(a, b));
  assert.equal(wordCosine(a, b), mapWordCosine(a, b));
});
