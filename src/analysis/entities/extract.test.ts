import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { extractEntities, tagTokens } from './extract.js';
import type { Entity } from './types.js';

// The seed articles ship in examples/ (tests run from dist/src/analysis/entities/).
const seed = (name: string) => readFileSync(new URL(`../../../../examples/${name}`, import.meta.url), 'utf8');
const SEED_0 = seed('000_b103aa280f0a7f28.txt');
const SEED_1 = seed('001_6afa7cba81430075.txt');

function has(entities: Entity[], type: string, text: string): boolean {
  return entities.some((e) => e.type === type && e.text === text);
}

test('seed entities: the people, places and organisations of the Putin–Vietnam story', () => {
  const a = extractEntities(SEED_0);
  const b = extractEntities(SEED_1);
  for (const [type, text] of [
    ['PER', 'فلاديمير بوتين'], ['PER', 'كيم جونغ أون'], ['PER', 'نغوين فو ترونغ'], ['PER', 'ميخائيلو بودولياك'],
    ['LOC', 'فيتنام'], ['LOC', 'روسيا'], ['LOC', 'بيونغ يانغ'], ['LOC', 'هانوي'], ['LOC', 'أوكرانيا'],
    ['ORG', 'الخارجية الأمريكية'], ['ORG', 'الحزب الشيوعي'], ['ORG', 'نان دان'],
  ] as const) assert.ok(has(a, type, text), `000: ${type} ${text}`);
  for (const [type, text] of [
    ['PER', 'نوين فو ترونغ'], ['PER', 'جينادي إس بيزديتكو'], ['ORG', 'المحكمة الجنائية الدولية'], ['ORG', 'نيان زان'],
    ['LOC', 'لاهاي'], ['ORG', 'سي إن إن'],
  ] as const) assert.ok(has(b, type, text), `001: ${type} ${text}`);
});

test('a clitic is cut from the mention, the offsets stay true and the key links partial mentions', () => {
  const text = 'التقى الرئيس فلاديمير بوتين نظيره، ثم غادر بوتين إلى موسكو وقال لبوتين إن ولموسكو حلفاء.';
  const entities = extractEntities(text);
  for (const e of entities) assert.equal(text.slice(e.start, e.end), e.text);
  const putin = entities.filter((e) => e.type === 'PER');
  assert.ok(putin.length >= 2);
  assert.ok(putin.every((e) => e.key === putin[0]!.key), JSON.stringify(putin));
  assert.ok(entities.some((e) => e.text === 'موسكو' && e.type === 'LOC'));
  assert.ok(!entities.some((e) => e.text.startsWith('و') || e.text.startsWith('ل')), JSON.stringify(entities));
});

test('offsets slice back to the text on any input', () => {
  const pieces = ['بوتين', ' ', 'وموسكو', '،', '«', '»', 'قال', 'الرئيس', '\n', 'Reuters', '15', 'كوريا الشمالية', 'وَبوتين', '؟'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.string({ maxLength: 5 }), (parts, noise) => {
    const text = parts.join(' ') + noise;
    for (const e of extractEntities(text)) {
      assert.equal(text.slice(e.start, e.end), e.text);
      assert.ok(e.start < e.end && e.key.length > 0);
    }
  }), { numRuns: 200 });
});

test('bad input: no Arabic, a 5,000-token sentence, an unclosed quote — bounded, no crash', () => {
  assert.deepEqual(extractEntities(''), []);
  assert.ok(Array.isArray(extractEntities('No Arabic here at all, only English and 42 numbers.')));
  const long = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? 'بوتين' : 'كلمة')).join(' ');
  const t0 = performance.now();
  const entities = extractEntities(long);
  assert.ok(performance.now() - t0 < 5000);
  assert.ok(entities.length > 0);
  assert.ok(Array.isArray(extractEntities('قالت صحيفة «نان دان إن الرئيس وصل ' + 'و'.repeat(3000))));
  assert.deepEqual(tagTokens([]), []);
});
