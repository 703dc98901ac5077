import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayNumber, easter, fromHijri, hijriMonthLength, isoDay, isoWeek, toHijri, weekdayOf } from './calendar.js';

test('Umm al-Qura conversions both ways', () => {
  const pairs: Array<[[number, number, number], string]> = [
    [[1445, 12, 14], '2024-06-20'], [[1434, 10, 1], '2013-08-08'], [[1434, 12, 10], '2013-10-15'], [[1435, 1, 1], '2013-11-04'],
    [[1441, 1, 1], '2019-08-31'], [[1320, 1, 1], '1902-04-10'],
  ];
  for (const [[y, m, d], iso] of pairs) {
    const n = fromHijri(y, m, d);
    assert.equal(n === undefined ? 'none' : isoDay(n), iso, `${y}-${m}-${d}`);
    assert.deepEqual(toHijri(n!), { year: y, month: m, day: d });
  }
});

test('a Hijri day that does not exist is undefined, not the next day', () => {
  assert.equal(hijriMonthLength(1445, 1), 29);
  assert.equal(fromHijri(1445, 1, 30), undefined);
  assert.equal(fromHijri(99999, 1, 1), undefined);
  assert.equal(fromHijri(1445, 13, 1), undefined);
});

test('weekdays, ISO weeks, Easter, years below 100', () => {
  assert.equal(weekdayOf(dayNumber(2024, 6, 20)), 4); // Thursday
  assert.equal(isoWeek(dayNumber(2013, 2, 12)), '2013-W07');
  assert.equal(isoWeek(dayNumber(2021, 1, 3)), '2020-W53');
  assert.equal(isoDay(easter(2013)), '2013-03-31');
  assert.equal(isoDay(easter(2024)), '2024-03-31');
  assert.equal(isoDay(dayNumber(99, 1, 1)), '0099-01-01');
});
