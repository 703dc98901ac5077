import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDates } from '../analysis/dates/index.js';
import { datesAgree } from './conflicts.js';

function d(text: string, published?: string) {
  const found = extractDates(text, published ? { published } : {});
  assert.equal(found.length, 1, `one date in «${text}»`);
  return found[0]!;
}

test('"الخميس" and "20 يونيو" agree when the 20th was a Thursday', () => {
  assert.equal(datesAgree(d('خلال زيارة دولة الخميس', '2024-06-20'), d('هانوي، 20 يونيو 2024')), true);
});

test('"أمس الخميس" published on Friday 21 June is the 20th', () => {
  const x = d('تعهدت روسيا وفيتنام، أمس الخميس، بتعميق العلاقات', '2024-06-21');
  assert.equal(x.value, '2024-06-20');
  assert.equal(datesAgree(x, d('في 20 حزيران 2024')), true);
  assert.equal(datesAgree(x, d('في 19 حزيران 2024')), false);
});

test('a weekday with no publication date is checked against the calendar', () => {
  const thursday = d('جرت المحادثات الخميس');
  assert.equal(thursday.value, null);
  assert.equal(datesAgree(thursday, d('في 20 يونيو 2024')), true);
  assert.equal(datesAgree(thursday, d('في 21 يونيو 2024')), false);
});

test('the same weekday named by two outlets is one day; a relative day one off another relative day is doubt, not a conflict', () => {
  // Published Saturday, crawled Sunday: "أمس السبت" read against Sunday and "اليوم السبت" are still that Saturday.
  assert.equal(datesAgree(d('وقع الانفجار يوم أمس السبت', '2015-08-09'), d('وقع الانفجار صباح اليوم السبت', '2015-08-09')), true);
  assert.equal(datesAgree(d('وقع الانفجار يوم أمس السبت', '2015-08-09'), d('أعلن اليوم عن الانفجار', '2015-08-09')), true);
  // An exact date against a named weekday still counts.
  assert.equal(datesAgree(d('وقع الانفجار أمس الخميس', '2024-06-21'), d('في 19 حزيران 2024')), false);
});
