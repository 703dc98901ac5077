import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sameAlias } from './aliases.js';

test('listed names of one organisation are one', () => {
  assert.equal(sameAlias('فرانس برس', 'وكالة الصحافة الفرنسية'), true);
  assert.equal(sameAlias('لوكالة فرانس برس', 'الصحافة الفرنسية'), false); // not listed without وكالة
  assert.equal(sameAlias('داعش', 'تنظيم الدولة الإسلامية'), true);
  assert.equal(sameAlias('للفيفا', 'فيفا'), true);
  assert.equal(sameAlias('رويترز', 'فرانس برس'), false);
  assert.equal(sameAlias('الرياض', 'جدة'), false);
});
