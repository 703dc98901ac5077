import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractDates, type DateMention } from './extract-dates.js';

function dates(text: string, published?: string): Array<[string, string | null, string]> {
  return extractDates(text, published === undefined ? {} : { published }).map((d) => [d.text, d.value, d.grain]);
}

function only(text: string, published?: string): DateMention {
  const ds = extractDates(text, published === undefined ? {} : { published });
  assert.equal(ds.length, 1, `${text}: ${JSON.stringify(ds)}`);
  return ds[0]!;
}

// Seed 000 was published on Friday 2024-06-21, seed 001 on Thursday 2024-06-20.
test('seed 000: "أمس الخميس" is Thursday 20 June and agrees with the calendar; "الأربعاء" is the Wednesday before', () => {
  const a = only('تعهّدت روسيا وفيتنام، أمس الخميس، بتعميق العلاقات', '2024-06-21');
  assert.deepEqual([a.text, a.value, a.grain, a.relative, a.anchor, a.weekday, a.warning], ['أمس الخميس', '2024-06-20', 'day', true, '2024-06-21', 'thursday', undefined]);
  const b = only('وفي أول زيارة يقوم بها إلى كوريا الشمالية الأربعاء، وقّع بوتين معاهدة', '2024-06-21');
  assert.deepEqual([b.text, b.value], ['الأربعاء', '2024-06-19']);
});

test('seed 001: weekday on the day of publication, years, a full date, "منذ 24 عامًا"', () => {
  const text = 'خلال زيارة دولة الخميس. منذ زيارة بوتين الأخيرة إلى فيتنام في عام 2017. علاقات دبلوماسية منذ عام 1950، '
    + 'ويصادف هذا العام مرور 30 عاما على معاهدة. هانوي، 20 يونيو 2024. الزيارة الأولى منذ 24 عامًا.';
  assert.deepEqual(dates(text, '2024-06-20'), [
    ['الخميس', '2024-06-20', 'day'], ['عام 2017', '2017', 'year'], ['منذ عام 1950', '1950', 'year'],
    ['هذا العام', '2024', 'year'], ['20 يونيو 2024', '2024-06-20', 'day'], ['منذ 24 عامًا', '2000', 'year'],
  ]);
  const since = extractDates(text, { published: '2024-06-20' })[2]!;
  assert.equal(since.relation, 'since');
});

test('a weekday that disagrees with أمس is reported, and the value stays the one أمس gives', () => {
  const d = only('أمس الجمعة', '2024-06-21');
  assert.equal(d.value, '2024-06-20');
  assert.equal(d.warning?.code, 'weekday-mismatch');
  assert.match(d.warning!.message, /friday/);
  const w = only('الخميس 21 يونيو 2024');
  assert.equal(w.warning?.code, 'weekday-mismatch');
});

test('without a publication date, relative dates are unresolved and never guessed from the clock', () => {
  for (const text of ['أمس', 'الخميس', 'الأسبوع الماضي', 'قبل ثلاثة أيام', '20 يونيو', 'عيد الفطر']) {
    const d = only(text);
    assert.deepEqual([d.value, d.unresolved, d.relative], [null, true, true], text);
  }
  assert.deepEqual([only('20 يونيو 2024').value, only('20 يونيو 2024').unresolved], ['2024-06-20', undefined]);
});

test('every month system, and the combined forms', () => {
  const cases: Array<[string, string]> = [
    ['20 حزيران 2024', '2024-06-20'], ['20 يونيه 2024', '2024-06-20'], ['20 جوان 2024', '2024-06-20'],
    ['5 جويلية 2023', '2023-07-05'], ['3 أوت 2022', '2022-08-03'], ['8 يوليوز 2021', '2021-07-08'], ['9 غشت 2020', '2020-08-09'],
    ['1 كانون الثاني 2019', '2019-01-01'], ['2 تشرين الأول 2018', '2018-10-02'], ['20 يونيو/حزيران 2024', '2024-06-20'],
    ['19 مايو / أيار 2024', '2024-05-19'], ['20/6/2024', '2024-06-20'], ['2024-06-20', '2024-06-20'], ['20.6.2024', '2024-06-20'],
    ['الأول من شباط 2013', '2013-02-01'], ['14 شهر شباط 2013', '2013-02-14'],
  ];
  for (const [text, value] of cases) assert.deepEqual([only(text).text, only(text).value], [text, value], text);
});

test('Hijri dates convert with Umm al-Qura', () => {
  const d = only('14 ذو الحجة 1445هـ');
  assert.deepEqual([d.value, d.calendar, d.grain], ['2024-06-20', 'hijri', 'day']);
  const r = only('في رمضان 1445 هـ');
  assert.deepEqual([r.value, r.until, r.grain], ['2024-03-11', '2024-04-09', 'month']);
  const y = only('عام 1320 هجري');
  assert.deepEqual([y.value, y.grain, y.calendar], ['1902-04-10', 'year', 'hijri']);
});

test('partial dates: a year, a month with a direction, a month alone (past-biased)', () => {
  assert.deepEqual(dates('في 1950 وصل', '2024-06-20'), [['1950', '1950', 'year']]);
  assert.deepEqual(dates('في يونيو الماضي', '2024-09-10'), [['يونيو الماضي', '2024-06', 'month']]);
  assert.deepEqual(dates('في يونيو الماضي', '2024-06-20'), [['يونيو الماضي', '2023-06', 'month']]);
  // a month alone: the nearest, a future one counting three times as far (August is near, October is not)
  assert.deepEqual(dates('في أغسطس', '2024-06-20'), [['أغسطس', '2024-08', 'month']]);
  assert.deepEqual(dates('في أكتوبر', '2024-06-20'), [['أكتوبر', '2023-10', 'month']]);
  // a date without a year, the same way
  assert.deepEqual(dates('في 13 شباط', '2013-02-12'), [['13 شباط', '2013-02-13', 'day']]);
  assert.deepEqual(dates('في 15 آب', '2013-02-12'), [['15 آب', '2012-08-15', 'day']]);
});

test('relative expressions against the publication date', () => {
  const pub = '2024-06-20'; // a Thursday
  const cases: Array<[string, string, string]> = [
    ['اليوم', '2024-06-20', 'day'], ['أمس', '2024-06-19', 'day'], ['أول أمس', '2024-06-18', 'day'], ['غدا', '2024-06-21', 'day'],
    ['بعد غد', '2024-06-22', 'day'], ['الأسبوع الماضي', '2024-W24', 'week'], ['الشهر المقبل', '2024-07', 'month'],
    ['العام الماضي', '2023', 'year'], ['قبل ثلاثة أيام', '2024-06-17', 'day'], ['منذ عامين', '2022', 'year'],
    ['الأحد الماضي', '2024-06-16', 'day'], ['الخميس المقبل', '2024-06-27', 'day'], ['مطلع الشهر الجاري', '2024-06', 'month'],
  ];
  for (const [text, value, grain] of cases) {
    const d = only(text, pub);
    assert.deepEqual([d.text, d.value, d.grain, d.anchor], [text, value, grain, pub], text);
  }
});

test('a bare weekday is the last one, unless a future marker reads it forward', () => {
  const pub = '2024-06-20'; // Thursday
  assert.equal(only('التقى الرئيس السبت نظيره', pub).value, '2024-06-15');
  const f = only('سيزور الرئيس موسكو السبت', pub);
  assert.deepEqual([f.value, f.future], ['2024-06-22', true]);
  assert.equal(only('سوف يجتمع المجلس الاثنين', pub).value, '2024-06-24');
  assert.equal(only('ومن المقرر أن تعقد القمة الأحد', pub).value, '2024-06-23');
  // "سيول" (Seoul) is a noun, not a future verb
  assert.equal(only('هددت سيول الأحد', pub).value, '2024-06-16');
});

test('clock times, on their day', () => {
  const pub = '2024-06-20';
  assert.deepEqual(dates('الخميس الساعة 8 مساء', pub), [['الخميس الساعة 8 مساء', '2024-06-20T20:00', 'hour']]);
  assert.deepEqual(dates('عند الساعة الثالثة وربع بعد الظهر', pub), [['الساعة الثالثة وربع بعد الظهر', '2024-06-20T15:15', 'minute']]);
  assert.deepEqual(dates('في تمام 10:30', pub), [['10:30', '2024-06-20T10:30', 'minute']]);
  const amb = only('الساعة 3', pub);
  assert.deepEqual([amb.value, amb.warning?.code], ['2024-06-20T03:00', 'ambiguous-hour']);
});

test('ranges and holidays', () => {
  const r = only('من 13 الى 15 تموز 2013');
  assert.deepEqual([r.value, r.until], ['2013-07-13', '2013-07-15']);
  assert.deepEqual([only('2009-2024').value, only('2009-2024').until], ['2009', '2024']);
  assert.equal(only('عيد الفطر 2013').value, '2013-08-08');
  assert.equal(only('عيد الأضحى', '2024-06-20').value, '2024-06-16');
});

test('bad dates: parsed as far as they are sane, never invented', () => {
  const feb = only('31 فبراير 2024');
  assert.deepEqual([feb.value, feb.grain, feb.warning?.code], ['2024-02', 'month', 'invalid-date']);
  assert.deepEqual(extractDates('عام 99999'), []);
  assert.deepEqual(extractDates('32/13/2024'), []);
  assert.doesNotThrow(() => extractDates('عام عام عام (((( 2017 / / / -- الخميس الخميس', { published: 'not a date' }));
  assert.equal(only('أمس', 'garbage').unresolved, true);
});

test('words that look like dates are not dates', () => {
  for (const text of ['حب', 'اياب', 'ابحث', 'مارس الضغط', 'العام الدولي', 'رقم 2254', 'اشترى 2000 سهم', 'في إب اليمنية', 'الباب']) {
    assert.deepEqual(extractDates(text, { published: '2024-06-20' }), [], text);
  }
});

test('property: spans slice back, in order, never overlap; values are ISO-shaped or null', () => {
  const words = fc.constantFrom(
    ' ', 'أمس', 'الخميس', 'عام', '2017', '20', 'يونيو', '/', '6', '-', 'الساعة', '3', ':', '30', 'منذ', 'قبل', 'ثلاثة', 'أيام',
    'الماضي', 'المقبل', 'شهر', 'رمضان', 'هـ', '1445', 'من', 'إلى', '(', ')', 'يوم', '\n', 'سوف', 'بتاريخ', 'منتصف', 'عيد', 'الفطر',
  );
  const iso = /^\d{4}(-W\d{2}|-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;
  fc.assert(
    fc.property(fc.array(words, { maxLength: 30 }).map((a) => a.join(' ')), fc.boolean(), (text, withAnchor) => {
      let prevEnd = 0;
      for (const d of extractDates(text, withAnchor ? { published: '2024-06-20T10:00:00+03:00' } : {})) {
        assert.equal(text.slice(d.start, d.end), d.text);
        assert.ok(d.start >= prevEnd, text);
        if (d.value !== null) assert.match(d.value, iso, text);
        else assert.ok(d.unresolved || d.warning, text);
        prevEnd = d.end;
      }
    }),
    { numRuns: 300 },
  );
});

test('clock words with the article: والنصف، والربع، إلا الربع, and the day after them', () => {
  const at = (text: string) => extractDates(text, { published: '2015-08-09' }).map((d) => [d.text, d.value]);
  assert.deepEqual(at('وقع الحادث في الساعة السادسة والنصف من صباح يوم السبت'), [['الساعة السادسة والنصف من صباح يوم السبت', '2015-08-08T06:30']]);
  assert.deepEqual(at('الساعة العاشرة والربع مساء'), [['الساعة العاشرة والربع مساء', '2015-08-09T22:15']]);
  assert.deepEqual(at('الساعة الثامنة إلا الربع'), [['الساعة الثامنة إلا الربع', '2015-08-09T07:45']]);
});

test('a numeric date with a year of 1350–1500 and no era is Hijri', () => {
  const [d] = extractDates('اعتبارا من يوم الأحد الموافق 01/11/1436', { published: '2015-08-09' });
  assert.equal(d!.calendar, 'hijri');
  assert.equal(d!.value, '2015-08-16');
  assert.equal(extractDates('في 5/3/2015')[0]!.calendar, 'gregorian');
});

test('a part of the day after the hour and before the day sets a.m. or p.m.: "الثامنة من مساء الخميس"', () => {
  const at = (text: string) => extractDates(text, { published: '2015-08-09' }).map((d) => [d.value, d.warning?.code]);
  assert.deepEqual(at('الساعة الثامنة من مساء الخميس'), [['2015-08-06T20:00', undefined]]);
  assert.deepEqual(at('الساعة الثامنة من صباح الأحد'), [['2015-08-09T08:00', undefined]]);
  assert.deepEqual(at('الساعة 3 من يوم الأحد'), [['2015-08-09T03:00', 'ambiguous-hour']]);
});
