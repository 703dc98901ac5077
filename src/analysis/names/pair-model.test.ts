import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onlyExplainedEdits, pairFeatures, pairScore } from './pair-model.js';
import { alignmentEdits, compareWords } from './word-distance.js';
import { sameName } from './same-name.js';

test('the alignment lists the edits of the cheapest path', () => {
  assert.deepEqual(alignmentEdits('نغوين', 'نوين').map((e) => [e.kind, e.x, e.y]), [['gap', 'غ', '']]);
  assert.deepEqual(alignmentEdits('بيري', 'بيرو').map((e) => [e.kind, e.x, e.y]), [['sub', 'ي', 'و']]);
  assert.deepEqual(alignmentEdits('بوتين', 'بوتين'), []);
});

test('only the differences the letter rules explain are accepted without the model', () => {
  assert.equal(onlyExplainedEdits(compareWords('نغوين', 'نجوين')), false); // a swap, not a dropped g
  assert.equal(onlyExplainedEdits(compareWords('نغوين', 'نوين')), true);
  assert.equal(onlyExplainedEdits(compareWords('دان', 'زان')), true);
  assert.equal(onlyExplainedEdits(compareWords('بيري', 'بيرو')), false);
});

test('the pair model does not depend on which spelling comes first', () => {
  for (const [a, b] of [['ماركيه', 'ماركي'], ['زيلينسكي', 'زيلنسكي'], ['كايلا', 'كايلي'], ['فرراندو', 'فرناندو']] as const) {
    assert.deepEqual(pairFeatures(compareWords(a, b), false), pairFeatures(compareWords(b, a), false));
    assert.equal(pairScore(compareWords(a, b), false), pairScore(compareWords(b, a), false));
  }
});

test('the pair model takes a written-out vowel for a variant and a changed last vowel for another name', () => {
  assert.ok(pairScore(compareWords('زيلينسكي', 'زيلنسكي'), false) > pairScore(compareWords('بيري', 'بيرو'), false));
});

test('two Arabic forms with the article and a letter no transliteration swaps are two names (الناصرية / البصرة)', () => {
  assert.equal(sameName('الناصرية', 'البصرة').same, false);
  assert.equal(sameName('نتانياهو', 'نتنياهو').same, true);
});
