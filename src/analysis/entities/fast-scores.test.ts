import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fastEmissionScores } from './fast-scores.js';
import { featureNames, sentenceFeatures, sentenceInfo } from './features.js';
import { loadGazetteer } from './load.js';
import { emissionScores, trainPerceptron } from './perceptron.js';
import { TAGS } from './types.js';

const gazetteer = loadGazetteer();
const SENTENCES = [
  'قال الرئيس الروسي فلاديمير بوتين في موسكو إن « وكالة تاس » نقلت عن وزارة الخارجية الأمريكية',
  'ووقع لام وبوتين حوالى عشرة اتفاقات في هانوي أمس',
  'Reuters : 15 قتيلا في غزة ( والضفة ) .',
];

test('the cached scorer gives the same scores as scoring every feature name', () => {
  const data = SENTENCES.map((s) => {
    const tokens = s.split(' ').map((text) => ({ text }));
    return { features: sentenceFeatures(tokens, gazetteer).map(featureNames), tags: tokens.map((_, i) => (i % 3 === 0 ? TAGS.indexOf('B-PER') : 0)) };
  });
  const model = trainPerceptron(data, { epochs: 2, seed: 3, minCount: 1 });
  for (const s of SENTENCES) {
    const tokens = s.split(' ').map((text) => ({ text }));
    const slow = emissionScores(model, sentenceFeatures(tokens, gazetteer));
    for (let pass = 0; pass < 2; pass++) {
      const fast = fastEmissionScores(model, sentenceInfo(tokens, gazetteer));
      assert.equal(fast.length, slow.length);
      for (let i = 0; i < fast.length; i++) assert.ok(Math.abs(fast[i]! - slow[i]!) < 1e-3, `${s} @${i}: ${fast[i]} vs ${slow[i]}`);
    }
  }
});

test('features see clitics, lexicon, cues and gazetteers', () => {
  const [names] = sentenceFeatures([{ text: 'وبموسكو' }], gazetteer).map(featureNames);
  assert.ok(names!.includes('n=موسكو'));
  assert.ok(names!.includes('cl=وب'));
  const after = sentenceFeatures('قال الرئيس بودولياك'.split(' ').map((text) => ({ text })), gazetteer).map(featureNames);
  assert.ok(after[2]!.includes('unk='), 'a foreign surname is not an Arabic word');
  assert.ok(after[2]!.includes('c-1=title'));
  assert.ok(!after[0]!.includes('unk='));
  const korea = sentenceFeatures('في كوريا الشمالية'.split(' ').map((text) => ({ text })), gazetteer).map(featureNames);
  assert.ok(korea[1]!.includes('g=country:B') && korea[2]!.includes('g=country:E'));
});
