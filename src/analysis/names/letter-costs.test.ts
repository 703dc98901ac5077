import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NAME_LETTERS } from './fold.js';
import { FINAL, INITIAL, MEDIAL, learnedGap, learnedSubstitution } from './letter-costs.js';
import { LEARNED_EVIDENCE, LEARNED_GAP, LEARNED_SUBSTITUTION } from './letter-costs.generated.js';
import { gapCost, handGapCost, handSubstitutionCost, substitutionCost } from './letters.js';

const L = NAME_LETTERS.length;
const code = (c: string) => c.charCodeAt(0);

test('the learned tables have one row per letter, costs in [0, 1], symmetric, free on the diagonal', () => {
  for (const position of [INITIAL, MEDIAL, FINAL]) {
    const sub = LEARNED_SUBSTITUTION[position]!;
    assert.equal(sub.length, L * L);
    assert.equal(LEARNED_GAP[position]!.length, L);
    assert.equal(LEARNED_EVIDENCE[position]!.length, L);
    for (let x = 0; x < L; x++) {
      assert.equal(sub[x * L + x], 0);
      for (let y = 0; y < L; y++) {
        const c = sub[x * L + y]!;
        assert.ok(c >= 0 && c <= 1, `${NAME_LETTERS[x]}/${NAME_LETTERS[y]}: ${c}`);
        assert.equal(c, sub[y * L + x]);
      }
    }
  }
});

test('learned: letters one English sound is written with are cheap, vowel letters of different vowels dear', () => {
  assert.ok(learnedSubstitution('ت', 'ط', MEDIAL)!.cost < 0.2); // t
  assert.ok(learnedSubstitution('س', 'ص', MEDIAL)!.cost < 0.2); // s
  assert.ok(learnedSubstitution('ج', 'غ', MEDIAL)!.cost < 0.4); // g
  assert.ok(learnedSubstitution('و', 'ي', MEDIAL)!.cost > 0.9); // o, u against i, e
  assert.ok(learnedSubstitution('و', 'ي', FINAL)!.cost > 0.9);
  assert.equal(learnedSubstitution('x', 'ي', MEDIAL), null);
  // Dropping a medial ي (a written i, e) is cheaper than dropping a final one (-y, -ie: Simon / Simone).
  assert.ok(learnedGap('ي', MEDIAL)!.cost < learnedGap('ي', FINAL)!.cost);
});

test('the mix moves hand-set costs towards the learned ones, and trusts rare letters less', () => {
  // Cheaper than by hand where the training data agrees, dearer where it disagrees.
  assert.ok(substitutionCost('ت', 'ط') < handSubstitutionCost(code('ت'), code('ط'), MEDIAL));
  assert.ok(substitutionCost('و', 'ي', FINAL) > handSubstitutionCost(code('و'), code('ي'), FINAL) + 0.1);
  // The share follows the evidence: a final ص was seen twice (an initial one seven times), so its cost stays close
  // to the hand-set one.
  const hand = handSubstitutionCost(code('س'), code('ص'), FINAL);
  assert.ok(Math.abs(substitutionCost('س', 'ص', FINAL) - hand) < 0.05);
  assert.ok(learnedSubstitution('س', 'ص', FINAL)!.share < learnedSubstitution('س', 'ص', INITIAL)!.share);
  // Pinned: the Vietnamese d (نان دان / نيان زان) keeps its hand-set cost at every position.
  for (const position of [INITIAL, MEDIAL, FINAL]) {
    assert.equal(substitutionCost('د', 'ز', position), handSubstitutionCost(code('د'), code('ز'), position));
  }
  // Letters outside the table cost a whole letter; the same letter costs nothing.
  assert.equal(substitutionCost('a', 'b'), 1);
  assert.equal(substitutionCost('ب', 'ب', FINAL), 0);
});

test('gaps: context rules stay hand-set, other gaps are mixed by position', () => {
  assert.equal(gapCost('ل', 'ل', 'ي'), 0.25); // a doubled letter
  assert.equal(gapCost('غ', 'ن', 'و'), 0.25); // "ng"
  assert.equal(gapCost('ت', 'ا', 'ش'), handGapCost('ت', 'ا', 'ش')); // "ch"
  assert.ok(gapCost('ي', 'ر', '') > handGapCost('ي', 'ر', '')); // a final ي added: more often another name
  for (const letter of NAME_LETTERS) {
    const c = gapCost(letter, 'ب', 'ر');
    assert.ok(c > 0 && c <= 1, `${letter}: ${c}`);
  }
});
