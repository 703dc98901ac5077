import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from './index.js';
import { copyrightOwner } from './copyright.js';

test('copyrightOwner reads the owner a footer names', () => {
  assert.equal(copyrightOwner('جميع المحتويات المنشورة على موقع نجوم مصرية تمثل آراء المؤلفين فقط. حقوق النشر © 2009-2024 لشركة نجوم مصرية®، جميع الحقوق محفوظة.'), 'نجوم مصرية');
  assert.equal(copyrightOwner('© 2024 Al Arabiya. All rights reserved'), 'Al Arabiya');
  assert.equal(copyrightOwner('جميع الحقوق محفوظة لـ الشرق الأوسط'), 'الشرق الأوسط');
  assert.equal(copyrightOwner('جميع الحقوق محفوظة لموقع سبق 2024'), 'سبق');
  assert.equal(copyrightOwner('جميع المحتويات المنشورة في موقع عين اليوم لا تعبر عن رأي الموقع'), 'عين اليوم');
});

test('copyrightOwner gives nothing when the footer names no one', () => {
  assert.equal(copyrightOwner('جميع الحقوق محفوظة ©'), undefined);
  assert.equal(copyrightOwner('Copyright © 2024. All rights reserved.'), undefined);
  assert.equal(copyrightOwner('حقوق النشر محفوظة'), undefined);
});

test('a removed footer gives the outlet; a report that quotes the phrase does not', () => {
  const text = 'وقال الوزير إن الاتفاق نهائي.\n\nوأضاف أن التنفيذ يبدأ الشهر المقبل.\n\nحقوق النشر © 2009-2024 لشركة نجوم مصرية®، جميع الحقوق محفوظة.';
  const cleaned = cleanText(text, { format: 'text' });
  assert.equal(cleaned.meta.outlet, 'نجوم مصرية');
  assert.ok(!cleaned.text.includes('نجوم'));
  const quoted = 'وقال المحامي إن عبارة «جميع الحقوق محفوظة لشركة الأمل» لا تحمي النص من النقل، وإن القانون يسمح بالاقتباس للأغراض الصحفية والتعليمية ضمن حدود معقولة يقدرها القاضي في كل حالة على حدة كما جرى في قضايا سابقة.\n\nوأضاف أن المحكمة ستنظر في الدعوى.\n\nوانتهت الجلسة.\n\nورفعت إلى موعد لاحق.';
  assert.equal(cleanText(quoted, { format: 'text' }).meta.outlet, undefined);
});
