import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statementSimilarity } from './similarity.js';
import { wordCosine, type Vector } from './vectors.js';

/** The Map versions the packed ones replace: the figures must be equal to the last bit. */
function mapSimilarity(a: Vector, b: Vector): number {
  let dot = 0;
  let coveredA = 0;
  let coveredB = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y !== undefined) { dot += x * y; coveredA += x * x; coveredB += y * y; }
  }
  const covered = a.size === b.size ? (coveredA + coveredB) / 2 : coveredA;
  return Math.min(1, 0.5 * dot + 0.5 * covered * Math.min(1, small.size / 6));
}

function mapWordCosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, x] of a) {
    if (t[0] !== 'w' && t[0] !== 'k') continue;
    na += x * x;
    const y = b.get(t);
    if (y !== undefined) dot += x * y;
  }
  for (const [t, y] of b) if (t[0] === 'w' || t[0] === 'k') nb += y * y;
  return na > 0 && nb > 0 ? Math.min(1, dot / Math.sqrt(na * nb)) : 0;
}

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
