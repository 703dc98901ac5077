/**
 * The comparison of the two seed articles: the key findings a journalist must see (each asserted on its own, so a
 * regression names what was lost), then the whole output against the reviewed golden files
 * (regenerate with `node dist/scripts/regenerate-compare-golden.js` and review the diff).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderHtml } from '../../../src/compare/render-html.js';
import { renderMarkdown } from '../../../src/compare/render-markdown.js';
import { goldenDir, seedComparison } from './seeds.js';

const c = seedComparison();
const factWith = (article: string, needle: string) => c.facts.find((f) => f.mentions.some((m) => m.article === article && m.text.includes(needle)));

test('every offset slices back to the text it reports', () => {
  const text = new Map(c.articles.map((a) => [a.id, a.text]));
  for (const f of c.facts) for (const m of f.mentions) assert.equal(text.get(m.article)!.slice(m.start, m.end), m.text);
  for (const x of c.conflicts) for (const v of x.values) assert.equal(text.get(v.article)!.slice(v.start, v.end), v.text);
  for (const e of c.entities) for (const v of e.variants) for (const o of v.articles) assert.equal(text.get(o.article)!.slice(o.start, o.end), v.text);
  for (const s of c.summary) assert.equal(text.get(s.article)!.slice(s.start, s.end), s.text);
});

test('the treaty with North Korea is a fact both report', () => {
  const f = factWith('001', 'توقيعه اتفاقا مع الزعيم الكوري الشمالي');
  assert.ok(f, 'fact of 001 about the treaty');
  assert.deepEqual(f.articles, ['000', '001']);
  assert.notEqual(f.status, 'unique');
  assert.equal(f.independent, 2);
});

test('about ten agreements against 15 is a quantity conflict, with the approximation recognised', () => {
  const x = c.conflicts.find((k) => k.kind === 'quantity');
  assert.ok(x);
  const a = x.values.find((v) => v.article === '000')!;
  const b = x.values.find((v) => v.article === '001')!;
  assert.equal(a.text, 'حوالى عشرة اتفاقات');
  assert.equal(a.value, 10);
  assert.equal(a.approximate, true);
  assert.equal(b.value, 15);
  assert.equal(c.facts.find((f) => f.id === x.fact)!.status, 'conflict');
});

test('the same words put in two mouths is an attribution conflict', () => {
  const x = c.conflicts.find((k) => k.kind === 'attribution');
  assert.ok(x);
  assert.deepEqual(x.values.map((v) => v.text).sort(), ['السفارة الأميركية', 'ناطق باسم الخارجية الأمريكية'].sort());
});

test('نغوين فو ترونغ and نوين فو ترونغ are one person', () => {
  const e = c.entities.find((x) => x.variants.some((v) => v.text === 'نغوين فو ترونغ'));
  assert.ok(e);
  assert.ok(e.variants.some((v) => v.text === 'نوين فو ترونغ'));
  assert.deepEqual(e.articles, ['000', '001']);
});

test('"أمس الخميس" is 20 June 2024 with publication on the 21st, and agrees with 001\'s "الخميس"', () => {
  const day = c.timeline.find((e) => e.date === '2024-06-20');
  assert.ok(day);
  assert.ok(day.mentions.some((m) => m.article === '000' && m.text === 'أمس الخميس'));
  assert.ok(day.mentions.some((m) => m.article === '001' && m.text === 'الخميس'));
  assert.ok(!c.conflicts.some((x) => x.kind === 'date'));
});

test('boilerplate and captions stay out, and 000\'s repeated sentence is one fact', () => {
  const all = c.facts.flatMap((f) => f.mentions.map((m) => m.text)).join('\n');
  for (const junk of ['قد يهمك', 'اترك رد', 'عن الكاتب', 'جميع الحقوق محفوظة', 'كيم يستقبل بوتين في مطار', '(وكالات)']) assert.ok(!all.includes(junk), junk);
  const repeated = c.facts.filter((f) => f.mentions.some((m) => m.text.startsWith('ووصفت الخارجية الأمريكية تعميق العلاقات')));
  assert.equal(repeated.length, 1);
  assert.equal(repeated[0]!.mentions.filter((m) => m.repeat).length, 1);
});

test('the summary has about five sentences, each cited, none repeated', () => {
  assert.ok(c.summary.length >= 4 && c.summary.length <= 6);
  for (const s of c.summary) assert.ok(s.citations.length >= 1);
  assert.equal(new Set(c.summary.map((s) => s.fact)).size, c.summary.length);
});

test('"أول زيارة" against "الزيارة الأولى … منذ 24 عامًا": a first-ever claim against a first in 24 years', () => {
  const x = c.conflicts.find((k) => k.kind === 'other' && k.about === 'أول');
  assert.ok(x, 'first-claim conflict');
  assert.deepEqual(x.values.map((v) => [v.article, v.text]), [['000', 'أول زيارة'], ['001', 'الزيارة الأولى لبوتين إلى كوريا الشمالية منذ 24 عامًا']]);
});

test('a summary sentence cites only the articles that support it as written', () => {
  const fifteen = c.summary.find((s) => s.text.includes('15 اتفاقا'));
  if (fifteen) assert.deepEqual(fifteen.citations, ['001'], '000 says about ten: it does not support 15');
  for (const s of c.summary) assert.ok(s.citations.includes(s.article));
});

test('the golden files are up to date', () => {
  assert.deepEqual(c, JSON.parse(readFileSync(`${goldenDir}seeds.comparison.json`, 'utf8')));
  assert.equal(renderMarkdown(c), readFileSync(`${goldenDir}seeds.comparison.md`, 'utf8'));
  assert.equal(renderHtml(c), readFileSync(`${goldenDir}seeds.comparison.html`, 'utf8'));
});
