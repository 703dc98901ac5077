import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spansFromTags } from './bio.js';
import { decodeModel, encodeModel } from './model-format.js';
import { averageModels, emissionScores, tagFeatures, trainPerceptron, viterbi, type TrainingSentence } from './perceptron.js';
import { TAGS } from './types.js';

const tag = (t: string) => TAGS.indexOf(t as (typeof TAGS)[number]);

// A toy language: a word after "mr" is a person, "in" is followed by a place, the rest is O.
function toy(): TrainingSentence[] {
  const names = ['ali', 'sami', 'huda', 'omar'];
  const places = ['gaza', 'doha', 'oslo', 'rome'];
  const out: TrainingSentence[] = [];
  for (const n of names) for (const p of places) {
    const words = ['mr', n, 'went', 'in', p];
    out.push({
      features: words.map((w, i) => [`w=${w}`, `w-1=${words[i - 1] ?? ''}`, 'b=']),
      tags: ['O', 'B-PER', 'O', 'O', 'B-LOC'].map(tag),
    });
  }
  return out;
}

test('the perceptron learns a separable toy task and generalises by context', () => {
  const model = trainPerceptron(toy(), { epochs: 5, seed: 1, minCount: 1 });
  const unseen = ['mr', 'zaid', 'went', 'in', 'cairo'].map((w, i, ws) => ['w=' + w, 'w-1=' + (ws[i - 1] ?? ''), 'b=']);
  const pairs = unseen.map((names) => names.flatMap((n) => [n.slice(0, n.indexOf('=')), n.slice(n.indexOf('=') + 1)]));
  assert.deepEqual([...tagFeatures(model, pairs)].map((i) => TAGS[i]), ['O', 'B-PER', 'O', 'O', 'B-LOC']);
});

test('training is deterministic for a seed', () => {
  const a = trainPerceptron(toy(), { epochs: 3, seed: 7, minCount: 1 });
  const b = trainPerceptron(toy(), { epochs: 3, seed: 7, minCount: 1 });
  assert.deepEqual([...a.weights], [...b.weights]);
  assert.deepEqual([...a.transitions], [...b.transitions]);
});

test('Viterbi never outputs an I- that does not continue its own type', () => {
  fc.assert(fc.property(fc.array(fc.float({ min: -10, max: 10, noNaN: true }), { minLength: 9, maxLength: 90 }), fc.array(fc.float({ min: -5, max: 5, noNaN: true }), { minLength: 90, maxLength: 90 }), (raw, trans) => {
    const n = Math.floor(raw.length / 9);
    const path = viterbi(Float32Array.from(raw.slice(0, n * 9)), Float32Array.from(trans), n);
    const tags = [...path].map((i) => TAGS[i]!);
    tags.forEach((t, i) => {
      if (t.startsWith('I-')) assert.equal((tags[i - 1] ?? 'O').slice(2), t.slice(2));
    });
    assert.equal(spansFromTags(tags).length, tags.filter((t) => t.startsWith('B-')).length);
  }));
});

test('the model file round-trips: same tags, weights within quantisation', () => {
  const model = trainPerceptron(toy(), { epochs: 5, seed: 1, minCount: 1 });
  const bytes = encodeModel(model, ['ali', 'gaza'], 99, { note: 'test' }, 0);
  const back = decodeModel(bytes);
  assert.equal(back.header.featuresVersion, 99);
  assert.deepEqual(back.header.meta, { note: 'test' });
  assert.deepEqual([...back.entityWords].sort(), ['ali', 'gaza']);
  const sentence = [['w', 'mr', 'w-1', '', 'b', ''], ['w', 'ali', 'w-1', 'mr', 'b', '']];
  const a = emissionScores(model, sentence);
  const b = emissionScores(back.tagger, sentence);
  const max = Math.max(...[...a].map(Math.abs));
  for (let i = 0; i < a.length; i++) assert.ok(Math.abs(a[i]! - b[i]!) <= max / 1000 + 1e-6);
  assert.throws(() => decodeModel(new Uint8Array(16)));
});

test('averageModels is the mean of the weights and transitions', () => {
  const features = new Map([['w=a', 0]]);
  const T = TAGS.length;
  const a = { features, weights: new Float32Array(T).fill(2), scale: 1, transitions: new Float32Array((T + 1) * T).fill(1) };
  const b = { features, weights: new Float32Array(T).fill(4), scale: 1, transitions: new Float32Array((T + 1) * T).fill(3) };
  const m = averageModels([a, b]);
  assert.deepEqual([...m.weights], new Array(T).fill(3));
  assert.deepEqual([...m.transitions], new Array((T + 1) * T).fill(2));
  assert.throws(() => averageModels([]));
});
