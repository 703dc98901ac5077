import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../analysis/quotes/types.js';
import { speakersAgree, type ArticleQuote } from './story-quotes.js';

const context = { has: () => false };

function quote(article: number, speaker: string, identity?: ArticleQuote['speakerIdentity']): ArticleQuote {
  const q = { start: 0, end: 10, kind: 'direct', content: { start: 0, end: 10 }, speaker: { text: speaker, start: 0, end: speaker.length } } as unknown as Quote;
  return { article, quote: q, ...(identity ? { speakerIdentity: identity } : {}) };
}

test('a role without a name and a named person may be one source', () => {
  assert.equal(speakersAgree(quote(0, 'مدير مكتب الحملة الوطنية'), quote(1, 'وليد الجلال', { entity: 3, type: 'PER' }), context), true);
  assert.equal(speakersAgree(quote(0, 'اللواء'), quote(1, 'المتحدث الأمني بوزارة الداخلية', { entity: 4, type: 'ORG' }), context), true);
});

test('two institutions, or two people with no name word in common, are two sources', () => {
  assert.equal(speakersAgree(quote(0, 'ناطق باسم الخارجية الأمريكية', { entity: 1, type: 'ORG' }), quote(1, 'السفارة الأميركية'), context), false);
  assert.equal(speakersAgree(quote(0, 'وزير الخارجية سيرغي لافروف', { entity: 5, type: 'PER' }), quote(1, 'المتحدثة ماريا زاخاروفا', { entity: 6, type: 'PER' }), context), false);
});

test('two spellings or two lengths of one name are one source', () => {
  assert.equal(speakersAgree(quote(0, 'الباراجوياني خوان أنخيل', { entity: 7, type: 'PER' }), quote(1, 'الباراغوياني خوان', { entity: 8, type: 'PER' }), context), true);
  assert.equal(speakersAgree(quote(0, 'نتانياهو', { entity: 9, type: 'PER' }), quote(1, 'نتنياهو', { entity: 10, type: 'PER' }), context), true);
});

test('an honorific stands for a named person; close spellings of one name are one source', () => {
  assert.equal(speakersAgree(quote(0, 'وزير الخدمة المدنية خالد العرج', { entity: 11, type: 'PER' }), quote(1, 'معالي', { entity: 12, type: 'PER' }), context), true);
  assert.equal(speakersAgree(quote(0, 'دمرطاش', { entity: 13, type: 'PER' }), quote(1, 'دمرداش', { entity: 14, type: 'PER' }), context), true);
});

test('a bare definite head ("الوزارة", "الإدارة") points back to a body named before: it agrees with any source', () => {
  assert.equal(speakersAgree(quote(0, 'الإدارة'), quote(1, 'الوزارة'), context), true);
  assert.equal(speakersAgree(quote(0, 'الوزارة'), quote(1, 'وزارة الداخلية'), context), true);
  // Two bodies named by head and qualifier are still two sources.
  assert.equal(speakersAgree(quote(0, 'السفارة الأميركية'), quote(1, 'وزارة الداخلية'), context), false);
});

test('a person described by the post he holds, with no name, may be anyone who holds it; a spokesman is still the body', () => {
  assert.equal(speakersAgree(quote(0, 'رئيس اتحاد القدم'), quote(1, 'رئيس الاتحاد العربي السعودي'), context), true);
  assert.equal(speakersAgree(quote(0, 'وزير الخارجية السعودي', { entity: 20, type: 'ORG' }), quote(1, 'الجبير', { entity: 21, type: 'PER' }), context), true);
  assert.equal(speakersAgree(quote(0, 'نادي'), quote(1, 'آرسنال', { entity: 22, type: 'ORG' }), context), true);
  assert.equal(speakersAgree(quote(0, 'ناطق باسم الخارجية الأمريكية', { entity: 1, type: 'ORG' }), quote(1, 'السفارة الأميركية'), context), false);
  // Named, the post does not make two people one.
  assert.equal(speakersAgree(quote(0, 'وزير الخارجية سيرغي لافروف', { entity: 5, type: 'PER' }), quote(1, 'المتحدثة ماريا زاخاروفا', { entity: 6, type: 'PER' }), context), false);
});
