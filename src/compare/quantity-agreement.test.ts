import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuantities } from '../analysis/quantities/index.js';
import { quantitiesAgree, roundingStep, thousandsAgree } from './quantity-agreement.js';

function q(text: string) {
  const found = extractQuantities(text);
  assert.equal(found.length, 1, `one figure in «${text}»: ${JSON.stringify(found)}`);
  return found[0]!;
}

test('approximately ten is not fifteen (the seeds\' agreements)', () => {
  assert.equal(quantitiesAgree(q('وقع الطرفان حوالى عشرة اتفاقات'), q('توقيع 15 اتفاقا ومذكرة للتفاهم')), false);
});

test('about fifteen is fifteen', () => {
  assert.equal(quantitiesAgree(q('وقع الطرفان نحو 15 اتفاقا'), q('وقع الطرفان 15 اتفاقا')), true);
});

test('two exact small counts that differ conflict, even when one is round', () => {
  assert.equal(quantitiesAgree(q('مقتل 10 أشخاص'), q('مقتل 14 شخصا')), false);
});

test('a rounded large figure agrees with the precise one', () => {
  assert.equal(quantitiesAgree(q('خسائر بقيمة 1.5 مليون دولار'), q('خسائر بقيمة 1520000 دولار')), true);
});

test('bounds: more than ten agrees with fifteen, less than seven does not', () => {
  assert.equal(quantitiesAgree(q('أكثر من 10 قتلى'), q('سقوط 15 قتيلا')), true);
  assert.equal(quantitiesAgree(q('أقل من 7 قتلى'), q('سقوط 15 قتيلا')), false);
});

test('rounding steps', () => {
  assert.equal(roundingStep(15), 1);
  assert.equal(roundingStep(1_500_000), 100_000);
  assert.equal(roundingStep(1.5), 0.1);
});

test('thousandsAgree: a separator before three digits read both ways; the same digits written two ways', () => {
  const q = (text: string) => extractQuantities(text)[0]!;
  assert.equal(thousandsAgree(q('تهريب (320.000) حبة'), q('تهريب 320 ألف حبة')), true);
  assert.equal(thousandsAgree(q('محملة بـ236.190 كرتونا'), q('محملة بـ236190 كرتونا')), true);
  assert.equal(thousandsAgree(q('بلغت 665,932,983 مليون ريال'), q('بلغت 665.932.983 ريالا')), true);
  assert.equal(thousandsAgree(q('تزن 708.57 طن'), q('تزن 70857 طن')), false);
  assert.equal(thousandsAgree(q('1500 ريال'), q('1600 ريال')), false);
});
