import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractQuantities, type Quantity } from './extract-quantities.js';
import { headStem } from './head-stem.js';

function only(text: string, implicitOne = false): Quantity {
  const qs = extractQuantities(text, { implicitOne });
  assert.equal(qs.length, 1, `${text}: ${JSON.stringify(qs)}`);
  return qs[0]!;
}

test('the seed figures: "حوالى عشرة اتفاقات" against "15 اتفاقا ومذكرة للتفاهم"', () => {
  const a = only('ووقّع لام وبوتين حوالى عشرة اتفاقات تعاون في مجالات تتراوح');
  assert.deepEqual([a.text, a.value, a.approximate, a.head, a.kind], ['حوالى عشرة اتفاقات', 10, true, 'اتفاق', 'count']);
  const b = only('وقد شهدت الزيارة توقيع 15 اتفاقا ومذكرة للتفاهم بين موسكو وهانوي');
  assert.deepEqual([b.text, b.value, b.approximate, b.head, b.heads], ['15 اتفاقا ومذكرة', 15, undefined, 'اتفاق', ['اتفاق', 'مذكر']]);
  // Both count the same thing: the heads compare.
  assert.equal(a.head, b.head);
});

test('head stems: accusative alef, plurals, the article', () => {
  assert.equal(headStem('اتفاقا'), 'اتفاق');
  assert.equal(headStem('اتفاقات'), 'اتفاق');
  assert.equal(headStem('المتظاهرين'), 'متظاهر');
  assert.equal(headStem('شخصا'), 'شخص');
});

test('approximators and bounds', () => {
  const cases: Array<[string, Partial<Quantity>]> = [
    ['نحو 300 شخص', { value: 300, approximate: true }],
    ['قرابة ألف جندي', { value: 1000, approximate: true }],
    ['زهاء 50 قتيلا', { value: 50, approximate: true }],
    ['ما يقارب 20 طائرة', { value: 20, approximate: true }],
    ['نحو 5 ملايين دولار', { value: 5e6, approximate: true, unit: 'USD' }],
    ['أكثر من 100 شخص', { value: 100, min: 100 }],
    ['ما يزيد على 40 دولة', { value: 40, min: 40 }],
    ['أزيد من 70 مشاركا', { value: 70, min: 70 }],
    ['أقل من 10 أيام', { value: 10, max: 10, unit: 'day' }],
    ['ما لا يزيد على 30 يوما', { value: 30, max: 30 }],
    ['ما لا يقل عن 12 شخصا', { value: 12, min: 12 }],
    ['20 قتيلا على الأقل', { value: 20, min: 20 }],
    ['30 شخصا تقريبا', { value: 30, approximate: true }],
  ];
  for (const [text, want] of cases) {
    const q = only(text);
    assert.equal(q.text, text, text);
    // A proclitic on the first word stays out of the span: "بنحو" → "نحو …".
    if (text.startsWith('نحو')) assert.equal(only('ب' + text).text, text);
    for (const [k, v] of Object.entries(want)) assert.deepEqual(q[k as keyof Quantity], v, `${text}: ${k}`);
  }
});

test('vague magnitudes count definite nouns: عشرات القتلى، آلاف المتظاهرين، ملايين الدولارات', () => {
  const a = only('سقط عشرات القتلى');
  assert.deepEqual([a.value, a.min, a.max, a.vague, a.head], [20, 20, 99, true, 'قتل']);
  const b = only('خرج آلاف المتظاهرين');
  assert.deepEqual([b.min, b.max, b.head], [2000, 9999, 'متظاهر']);
  const c = only('خسائر بملايين الدولارات');
  assert.deepEqual([c.kind, c.unit, c.vague], ['money', 'USD', true]);
});

test('ranges; a change "from 10 to 20" is two figures, not a range', () => {
  const r = only('ما بين 10 و20 دولارا');
  assert.deepEqual([r.min, r.max, r.unit, r.text], [10, 20, 'USD', 'ما بين 10 و20 دولارا']);
  assert.deepEqual([only('من 10 إلى 20 شخصا').min, only('من 10 إلى 20 شخصا').max], [10, 20]);
  assert.deepEqual([only('10-20 $').min, only('10-20 $').max], [10, 20]);
  const change = extractQuantities('ارتفع عدد القتلى من 10 إلى 20 قتيلا');
  assert.deepEqual(change.map((q) => [q.value, q.min, q.max]), [[10, undefined, undefined], [20, undefined, undefined]]);
});

test('money: symbols, codes, currency names and their adjectives, cents', () => {
  const cases: Array<[string, number, string]> = [
    ['$10', 10, 'USD'], ['10$', 10, 'USD'], ['20 €', 20, 'EUR'], ['15 مليون دولار', 15e6, 'USD'],
    ['3 جنيهات إسترلينية', 3, 'GBP'], ['42 جنيه مصري', 42, 'EGP'], ['42 ج.م', 42, 'EGP'], ['5 دنانير أردنية', 5, 'JOD'],
    ['100 ريال سعودي', 100, 'SAR'], ['42 KWD', 42, 'KWD'], ['20 دولار و43 سنت', 20.43, 'USD'], ['5 شواقل', 5, 'ILS'],
    ['مليار يورو', 1e9, 'EUR'], ['دولار أمريكي واحد', 1, 'USD'],
  ];
  for (const [text, value, unit] of cases) {
    const q = only(text);
    assert.deepEqual([q.text, q.kind, q.unit], [text, 'money', unit], text);
    assert.ok(Math.abs(q.value - value) < 1e-9, text);
  }
});

test('percent, measures with base values, temperature', () => {
  assert.deepEqual([only('15%').kind, only('15%').unit], ['percent', '%']);
  assert.deepEqual(only('بنسبة 2.5 في المئة').value, 2.5);
  assert.deepEqual(only('0.5 كغ من الفراولة').base, { value: 500, unit: 'g' });
  assert.equal(only('0.5 كغ من الفراولة').headText, 'الفراولة');
  assert.deepEqual(only('120 كيلومترا').base, { value: 120_000, unit: 'm' });
  assert.deepEqual([only('200 كيلومتر مربع').unit, only('200 كيلومتر مربع').kind], ['km2', 'area']);
  assert.deepEqual([only('37 درجة مئوية').unit, only('37 درجة مئوية').value], ['celsius', 37]);
  assert.equal(only('درجتين تحت الصفر').value, -2);
  assert.deepEqual(only('250 ملي لتر').base, { value: 0.25, unit: 'l' });
});

test('durations: numbers, duals, "ساعة ونصف"; a lone unit is not a figure unless asked', () => {
  assert.deepEqual([only('ثلاثة أيام').value, only('ثلاثة أيام').unit], [3, 'day']);
  assert.deepEqual([only('24 عامًا').value, only('24 عامًا').unit], [24, 'year']);
  assert.deepEqual([only('شهرين').value, only('شهرين').unit], [2, 'month']);
  assert.deepEqual([only('ساعة ونصف').value, only('ساعة ونصف').base], [1.5, { value: 5400, unit: 's' }]);
  assert.deepEqual(extractQuantities('خلال شهر'), []);
  assert.equal(only('شهر', true).value, 1);
});

test('numbers inside dates are not quantities; the duration of a relative date is', () => {
  assert.deepEqual(extractQuantities('زيارة بوتين الأخيرة إلى فيتنام في عام 2017'), []);
  assert.deepEqual(extractQuantities('هانوي، 20 يونيو 2024'), []);
  const q = only('الزيارة الأولى لبوتين منذ 24 عامًا');
  assert.deepEqual([q.text, q.unit], ['24 عامًا', 'year']);
});

test('overlapping readings keep the earlier one: quantities never overlap', () => {
  // Found by the property test below: "الصفر كغ" was read as a second figure inside a temperature.
  const qs = extractQuantities('درجة ونصف تحت الصفر كغ');
  assert.deepEqual(qs.map((q) => [q.text, q.value]), [['درجة ونصف تحت الصفر', -1.5]]);
});

test('identifiers, versions and name numbers are not figures', () => {
  assert.deepEqual(extractQuantities('بموجب القرار رقم 2254'), []);
  assert.deepEqual(extractQuantities('رخصة المشاع الإبداعي 4.0 الدولية'), []);
  assert.deepEqual(extractQuantities('جائحة كوفيد-19'), []);
});

test('property: spans slice back and never overlap; values are finite; bounds bracket the value', () => {
  const words = fc.constantFrom(
    ' ', '15', '2.5', 'حوالي', 'أكثر', 'من', 'إلى', 'بين', 'و', 'عشرة', 'آلاف', 'عشرات', 'مليون', 'دولار', '$', '%', 'يوما',
    'شهرين', 'اتفاقا', 'القتلى', 'عام', '2017', '-', 'كغ', 'ونصف', 'ساعة', 'تحت', 'الصفر', 'درجة', '\n', 'رقم',
  );
  fc.assert(
    fc.property(fc.array(words, { maxLength: 30 }).map((a) => a.join(' ')), (text) => {
      let prevEnd = 0;
      for (const q of extractQuantities(text)) {
        assert.equal(text.slice(q.start, q.end), q.text);
        assert.ok(q.start >= prevEnd, text);
        assert.ok(Number.isFinite(q.value));
        if (q.min !== undefined && q.max !== undefined) assert.ok(q.min <= q.max, text);
        prevEnd = q.end;
      }
    }),
    { numRuns: 300 },
  );
});

test('digits in brackets before a multiplier are one figure: "(150) ألف متدرب"', () => {
  const [q] = extractQuantities('تدريب (150) ألف متدرب ومتدربة');
  assert.equal(q!.text, '(150) ألف متدرب ومتدربة');
  assert.equal(q!.value, 150000);
  assert.equal(extractQuantities('تهريب (15) رحلة')[0]!.value, 15);
});

test('a dash before a span of time separates, it is not a minus sign: "دوابشة -38 عاما"', () => {
  const text = 'استشهد الأب سعد دوابشة -38 عاما متأثرا بحروقه';
  const [q] = extractQuantities(text);
  assert.equal(q!.value, 38);
  assert.equal(q!.text, '38 عاما');
  assert.equal(text.slice(q!.start, q!.end), q!.text);
  assert.equal(extractQuantities('بلغت درجة الحرارة -5 درجات')[0]!.value, -5);
});
