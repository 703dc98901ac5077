import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFeatures } from './features.js';
import { DEFAULT_CLUSTER_OPTIONS } from './options.js';
import { articleFacets } from './facets.js';
import { tokenize } from '../../text/tokenize.js';
import { stem } from '../../text/stem.js';

const o = DEFAULT_CLUSTER_OPTIONS;

test('title terms are the light stems of the content words, in order; stop words and one-letter words are dropped', () => {
  const title = 'وزير الصحة يزور المستشفيات التي في الرياض و';
  const f = extractFeatures({ id: '1', title }, o);
  const content = tokenize(title).filter((t) => t.kind === 'word' && !['في', 'و', 'التي'].includes(t.norm));
  assert.deepEqual(f.titleTerms, content.map((t) => stem(t.norm)));
  assert.equal(f.titleTerms.length, 5);
  assert.deepEqual(f.leadTerms, []);
});

test('numbers are terms of their own, with thousands separators folded and Arabic-Indic digits read', () => {
  const f = extractFeatures({ id: '1', title: 'ضبط ١٬٥٠٠ حبة و1,500 أخرى و2.5 طن' }, o);
  assert.deepEqual(f.titleTerms.filter((t) => t.startsWith('#')), ['#1500', '#1500', '#2.5']);
});

test('the lead is bounded however long the body is', () => {
  const body = 'انطلقت فعاليات المهرجان الثقافي '.repeat(2000);
  const f = extractFeatures({ id: '1', title: 'مهرجان', text: body }, o);
  assert.equal(f.leadTerms.length, o.leadTerms);
  assert.ok(f.shingles.length > 0 && f.shingles.length <= o.shingleWords);
});

test('shingles come from the body, or from the title when the body is too short to say anything', () => {
  const title = 'الهلال يفوز على النصر بهدفين في نهائي كأس السوبر السعودي في لندن';
  const titleOnly = extractFeatures({ id: '1', title }, o);
  assert.equal(titleOnly.shingles.length, tokenize(title).length - 2); // every word, shingles of 3
  const withBody = extractFeatures({ id: '2', title, text: 'أحرز الهلال لقب كأس السوبر بعد فوزه على النصر بهدفين دون رد في المباراة التي أقيمت على ملعب لوفتس رود في لندن' }, o);
  assert.notDeepEqual([...withBody.shingles].sort(), [...titleOnly.shingles].sort());
});

test('facets from the caller are kept (deduplicated)', () => {
  const f = extractFeatures({ id: '1', title: 'x', facets: ['E:PER:a', 'E:PER:a', 'D:2015-08-09'] }, o);
  assert.deepEqual(f.facets, ['E:PER:a', 'D:2015-08-09']);
});

test('articleFacets: quantities with their unit or counted noun, and relative dates resolved', () => {
  const keys = articleFacets('جمرك الحديثة يحبط تهريب 320 ألف حبة كبتاجون', 'أحبطت الجمارك أمس تهريب الحبوب.', '2015-08-09', {
    leadChars: 400, entities: false, quantities: true, dates: true,
  });
  assert.ok(keys.some((k) => k.startsWith('Q:320000:')), keys.join(' '));
  assert.ok(keys.includes('D:2015-08-08'), keys.join(' '));
});
