import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractNumbers, type NumberMention } from './extract-numbers.js';
import { parseDigits } from './parse-digits.js';

/** The single number a phrase holds, as [text, value, kind]. */
function one(phrase: string): [string, number, string] | undefined {
  const ms = extractNumbers(phrase);
  if (ms.length !== 1) return undefined;
  return [ms[0]!.text, ms[0]!.value, ms[0]!.kind];
}

test('number words compose the Arabic way, both genders and all spellings', () => {
  const cases: Array<[string, number]> = [
    ['صفر', 0], ['واحد', 1], ['اثنان', 2], ['ثلاث', 3], ['أربعة', 4], ['عشرة', 10], ['إحدى عشرة', 11], ['اثنا عشر', 12],
    ['إثنتى عشر', 12], ['ثمان عشرة', 18], ['خمسة عشر', 15], ['عشرون', 20], ['ثلاثة وعشرون', 23], ['واحدة و عشرون', 21],
    ['مئتان', 200], ['مائتين', 200], ['ثلاثمائة وخمسين', 350], ['خمسمائة و خمسة و عشرون', 525], ['ألفان', 2000],
    ['الفين', 2000], ['ثلاثة آلاف', 3000], ['عشرة آلاف', 10_000], ['ثلاثة عشر ألفا', 13_000], ['مئتا ألف', 200_000],
    ['مليون', 1e6], ['مليونين', 2e6], ['مليون ونصف', 1.5e6], ['نصف مليون', 5e5], ['مليار', 1e9], ['ثلاثة مليارات', 3e9],
    ['ألفين وخمسمائة', 2500], ['مئة وثلاثة عشر', 113], ['ثلاث مئة', 300],
    // Egyptian and Levantine spellings (Duckling's EG corpus)
    ['حداشر', 11], ['إتناشر', 12], ['اربعتاشر', 14], ['تمنتاشر', 18], ['تلاتة و تلاتين', 33], ['متين', 200],
    ['متين وعشرة', 210], ['متين تلاتة وستين', 263], ['تلتمية وخمسين', 350], ['خمسمية خمسة و عشرين', 525],
    ['اتنين مليون', 2e6],
  ];
  for (const [phrase, value] of cases) assert.deepEqual(one(phrase), [phrase, value, 'cardinal'], phrase);
});

test('digits: every digit set, separators, signs, decimals said aloud, digit fractions', () => {
  const cases: Array<[string, number]> = [
    ['٢١', 21], ['١٠٠٬٠٠٠', 100_000], ['١٠٠٬٠٠٠٫٠', 100_000], ['1,500', 1500], ['2.5', 2.5], ['٢٫٥', 2.5],
    ['1.500.000', 1_500_000], ['-1.2', -1.2], ['-١٬٢٠٠٬٠٠٠', -1_200_000], ['.77', 0.77], ['٫٧٧', 0.77], ['01.10', 1.1],
    ['۱۲۳', 123], ['15 ألف', 15_000], ['2.5 مليون', 2_500_000], ['3 ملايين', 3e6], ['100 الف', 100_000],
    ['1 مليون و 200 ألف', 1_200_000], ['واحد فاصلة واحد', 1.1], ['1 فاصلة 1', 1.1],
  ];
  for (const [phrase, value] of cases) {
    const m = one(phrase);
    assert.ok(m, phrase);
    assert.equal(m[0], phrase);
    assert.ok(Math.abs(m[1] - value) < 1e-9, `${phrase}: ${m[1]}`);
  }
  assert.deepEqual(one('3/4'), ['3/4', 0.75, 'fraction']);
  assert.deepEqual(one('١١/١٠'), ['١١/١٠', 1.1, 'fraction']);
});

test('a hyphen between numbers is a range, not a sign', () => {
  assert.deepEqual(extractNumbers('10-20').map((m) => m.value), [10, 20]);
});

test('percentages: sign after or before, في المئة, بالمئة', () => {
  for (const phrase of ['15%', '15 ٪', '٪15', '15 في المئة', '15 في المائة', '15 بالمئة']) {
    const m = extractNumbers(phrase);
    assert.equal(m.length, 1, phrase);
    assert.equal(m[0]!.kind, 'percent', phrase);
    assert.equal(m[0]!.value, 15, phrase);
    assert.equal(m[0]!.text, phrase, phrase);
  }
  assert.deepEqual(one('خمسة بالمئة'), ['خمسة بالمئة', 5, 'percent']);
});

test('ordinals, with ال, in teens and compounds', () => {
  const cases: Array<[string, number]> = [
    ['الأول', 1], ['الأولى', 1], ['ثالث', 3], ['الثامن', 8], ['الحادي عشر', 11], ['الأحد عشر', 11], ['الثاني عشرة', 12],
    ['الثالثة عشرة', 13], ['الحادي والعشرين', 21], ['الواحد والثلاثين', 31], ['الثان والسبعون', 72], ['التسعون', 90],
  ];
  for (const [phrase, value] of cases) assert.deepEqual(one(phrase), [phrase, value, 'ordinal'], phrase);
  // A definite ordinal takes a definite tens word; "الرابعة وأربعون دقيقة" is an hour and forty minutes.
  assert.deepEqual(extractNumbers('الرابعة وأربعون دقيقة').map((m) => [m.value, m.kind]), [[4, 'ordinal'], [40, 'cardinal']]);
});

test('vague magnitudes carry bounds; value is the lower bound', () => {
  const m = extractNumbers('عشرات الآلاف');
  assert.equal(m.length, 1);
  assert.deepEqual([m[0]!.value, m[0]!.min, m[0]!.max, m[0]!.approximate], [20_000, 20_000, 99_999, true]);
  assert.deepEqual(extractNumbers('مئات').map((x) => [x.min, x.max]), [[200, 999]]);
  assert.deepEqual(extractNumbers('بضعة آلاف').map((x) => [x.min, x.max]), [[3000, 9000]]);
});

test('words that only look like numbers are not numbers', () => {
  // أحد "anyone", إحدى "one of", لست "I am not", الاثنين Monday, كمية "quantity", ست alone "lady"
  for (const phrase of ['لا يطلب المساعدة من أحد', 'إحدى الدول', 'لست متأكدا', 'يوم الاثنين', 'كمية كبيرة', 'ست الحبايب', 'من الصفر']) {
    assert.deepEqual(extractNumbers(phrase), [], phrase);
  }
  assert.deepEqual(extractNumbers('ست سنوات').map((m) => m.value), [6]);
});

test('spans exclude proclitics and keep original offsets (diacritics, Arabic-Indic digits)', () => {
  const text = 'قُتِلَ وعِشْرُونَ شخصاً و١٥ آخرون';
  const ms = extractNumbers(text);
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
  assert.deepEqual(ms.map((m) => [m.text, m.value]), [['عِشْرُونَ', 20], ['١٥', 15]]);
});

test('identifiers and list markers are numbers with a role, not figures', () => {
  const ms = extractNumbers('القرار رقم 2254 الصادر عام 2015');
  assert.equal(ms.find((m) => m.value === 2254)?.role, 'identifier');
  const list = extractNumbers('1 - أن يكون');
  assert.equal(list[0]?.role, 'list-marker');
  // letters glued to digits make a code
  assert.deepEqual(extractNumbers('الرمز ab12cd هنا'), []);
});

test('one dot group then a comma is a guess either way, and its multiplier is not a million of its own; a decimal times a multiplier is the figure as written', () => {
  assert.equal(parseDigits('542.963,440'), undefined);
  assert.deepEqual(extractNumbers('بتكلفة إجمالية قدرها 542.963,440 مليون ريال').map((m) => m.value), []);
  // a single dot still reads as a decimal point, a comma then a dot as thousands then decimals
  assert.equal(parseDigits('1.500'), 1.5);
  assert.equal(parseDigits('542,963.440'), 542963.44);
  assert.deepEqual(extractNumbers('بلغت 542.963.440 ريالا').map((m) => m.value), [542_963_440]);
  assert.deepEqual(extractNumbers('542,963.440 مليون').map((m) => m.value), [542_963_440_000]);
  assert.deepEqual(extractNumbers('2.3 مليار').map((m) => m.value), [2_300_000_000]);
});

test('absurd input: a 400-digit string, runs of separators, bidi marks: no crash, no invented value', () => {
  assert.deepEqual(extractNumbers('9'.repeat(400)), []);
  assert.equal(parseDigits('1.2.3'), undefined);
  assert.equal(parseDigits('10,00,000'), undefined);
  assert.deepEqual(extractNumbers('مليار مليار مليار').map((m) => m.value), [1e9, 1e9, 1e9]);
  assert.doesNotThrow(() => extractNumbers('\u200f٫٫٫---%%%١٬٬٢'));
});

test('property: on any text, spans slice back, are ordered, never overlap, and values are finite', () => {
  const alphabet = fc.constantFrom(
    ...'0123456789٠١٢٣٤٥٦٧٨٩٫٬.,-/%٪ '.split(''), 'و', 'ال', 'عشرة', 'عشر', 'ثلاث', 'مئة', 'ألف', 'آلاف', 'مليون', 'نصف',
    'الحادي', 'عشرون', 'في', 'المئة', 'فاصلة', 'بضعة', 'عشرات', 'رقم', '\n', 'ً', 'ـ',
  );
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (text) => {
      const ms: NumberMention[] = extractNumbers(text);
      let prevEnd = 0;
      for (const m of ms) {
        assert.equal(text.slice(m.start, m.end), m.text);
        assert.ok(m.start >= prevEnd && m.end > m.start);
        assert.ok(Number.isFinite(m.value));
        prevEnd = m.end;
      }
    }),
    { numRuns: 400 },
  );
});

test('a number after الساعة is a time of day, not a figure', () => {
  const [n] = extractNumbers('وبحلول الساعة 0340 بتوقيت جرينتش');
  assert.equal(n?.role, 'clock');
  assert.equal(extractNumbers('استمر الاجتماع 3 ساعات')[0]?.role, undefined);
});
