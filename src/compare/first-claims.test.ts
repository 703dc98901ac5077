import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstClaims } from './first-claims.js';

const claims = (text: string) => firstClaims(text, { start: 0, end: text.length }).map((c) => ({ text: text.slice(c.start, c.end), qualified: c.qualified, about: c.about }));

test('a bare first and a first qualified by a period', () => {
  assert.deepEqual(claims('وفي أول زيارة يقوم بها إلى كوريا الشمالية وقع بوتين معاهدة'), [{ text: 'أول زيارة', qualified: false, about: claims('زيارة الأولى')[0]!.about }]);
  const q = claims('وهي الزيارة الأولى لبوتين إلى كوريا الشمالية منذ 24 عامًا.');
  assert.equal(q.length, 1);
  assert.equal(q[0]!.text, 'الزيارة الأولى لبوتين إلى كوريا الشمالية منذ 24 عامًا');
  assert.equal(q[0]!.qualified, true);
  assert.equal(claims('يزور الرئيس المدينة لأول مرة منذ عام 2000')[0]!.text, 'لأول مرة منذ عام 2000');
  assert.equal(claims('وهي القمة الأولى في عشرين عاما')[0]!.qualified, true);
});

test('a qualifier after punctuation belongs to another clause', () => {
  assert.equal(claims('وهي الزيارة الأولى، وقد بقي منذ ذلك الحين')[0]!.qualified, false);
});

test('days and function words are not claims of a first', () => {
  assert.deepEqual(claims('وصل أول أمس إلى الرياض'), []);
  assert.deepEqual(claims('في الأول من يوليو'), []);
});

test('"من خلال" (by means of) and "في 7 محافظات" (a place) qualify no first', () => {
  const t1 = 'وأما الحالة الثانية فهي زوجة مريض الحالة الأولى فقد تم اكتشافها من خلال المتابعة المنزلية.';
  assert.deepEqual(firstClaims(t1, { start: 0, end: t1.length }).map((c) => c.qualified), [false]);
  const t2 = 'وأنهت اللجنة تجهيزاتها لانطلاق المرحلة الأولى من العملية الانتخابية في 7 محافظات.';
  assert.deepEqual(firstClaims(t2, { start: 0, end: t2.length }).map((c) => c.qualified), [false]);
  const t3 = 'وهي الزيارة الأولى خلال 24 عاما.';
  assert.deepEqual(firstClaims(t3, { start: 0, end: t3.length }).map((c) => c.qualified), [true]);
});
