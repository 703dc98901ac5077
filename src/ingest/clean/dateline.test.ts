import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelinePlace } from './dateline.js';

test('a dateline with a date stamp gives its place; an outlet before a dash, or a credit alone, gives none', () => {
  assert.equal(datelinePlace('بيروت 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس'), 'بيروت');
  assert.equal(datelinePlace('الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس'), 'الرياض');
  assert.equal(datelinePlace('عين اليوم – الرياض'), undefined);
  assert.equal(datelinePlace('هانوي - (وكالات)'), undefined);
  assert.equal(datelinePlace(undefined), undefined);
});
