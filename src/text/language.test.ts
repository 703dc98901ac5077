import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_CHARS, guessLanguage } from './language.js';

// The opening of the seed article 000 (an Arabic agency report of Putin's visit to Vietnam, June 2024).
const ARABIC_NEWS =
  'تعهّدت روسيا وفيتنام، أمس الخميس، بتعميق العلاقات أثناء زيارة دولة للرئيس الروسي فلاديمير بوتين، لتعزيز تحالفاته في مواجهة محاولة الغرب عزله.';

test('Arabic news text is ar with high confidence', () => {
  const guess = guessLanguage(ARABIC_NEWS);
  assert.equal(guess.lang, 'ar');
  assert.ok(guess.confidence > 0.95, String(guess.confidence));
});

test('Arabic with Latin names and figures is still ar', () => {
  const guess = guessLanguage('قالت وكالة Reuters إن شركة Apple باعت 15 مليون جهاز iPhone خلال الربع الأخير من العام.');
  assert.equal(guess.lang, 'ar');
  assert.ok(guess.confidence > 0.6 && guess.confidence < 0.9, String(guess.confidence));
});

test('English prose is en with high confidence', () => {
  const guess = guessLanguage(
    'Russian President Vladimir Putin arrived in Vietnam on Thursday for a state visit, after signing a mutual ' +
      'defence pact with North Korea that has alarmed the United States and its allies.',
  );
  assert.equal(guess.lang, 'en');
  assert.ok(guess.confidence > 0.9, String(guess.confidence));
});

test('an English headline without function words is en, with low confidence', () => {
  const guess = guessLanguage('Putin visits Vietnam');
  assert.equal(guess.lang, 'en');
  assert.ok(guess.confidence <= 0.5, String(guess.confidence));
});

test('other Latin-script languages are other', () => {
  const samples = [
    "Le président russe Vladimir Poutine est arrivé au Vietnam pour une visite d'État, après la signature d'un pacte avec la Corée du Nord.",
    'El presidente ruso Vladímir Putin llegó a Vietnam para una visita de Estado tras firmar un pacto con Corea del Norte.',
    'Der russische Präsident Wladimir Putin ist zu einem Staatsbesuch in Vietnam eingetroffen, nachdem er mit Nordkorea einen Pakt unterzeichnet hat.',
    'Rusya Devlet Başkanı Vladimir Putin, Kuzey Kore ile bir anlaşma imzaladıktan sonra resmi ziyaret için Vietnam’a geldi ve bu ziyaret önemli.',
  ];
  for (const text of samples) assert.equal(guessLanguage(text).lang, 'other', text);
});

test('Persian and Urdu, written in Arabic script, are other', () => {
  const persian = 'ولادیمیر پوتین، رئیس جمهور روسیه، برای یک سفر رسمی به ویتنام رفت و با رهبران این کشور دیدار کرد.';
  const urdu = 'روسی صدر ولادیمیر پوتن ویتنام کے سرکاری دورے پر پہنچ گئے ہیں۔';
  assert.equal(guessLanguage(persian).lang, 'other');
  assert.equal(guessLanguage(urdu).lang, 'other');
});

test('an Arabic text with a stray Persian letter (a name with گ) is still ar', () => {
  assert.equal(guessLanguage('التقى الرئيس بوفد من شركة گوگل في مقر الحكومة أمس').lang, 'ar');
});

test('other scripts are other', () => {
  for (const text of ['Президент России прибыл во Вьетнам с государственным визитом', '俄罗斯总统普京抵达越南进行国事访问']) {
    const guess = guessLanguage(text);
    assert.equal(guess.lang, 'other', text);
    assert.ok(guess.confidence > 0.9);
  }
});

test('no letters: other with confidence 0', () => {
  for (const text of ['', '   ', '2024-06-20 15:30', '١٢٣٤ ٪ ، ؟', '!!! ... ---']) {
    assert.deepEqual(guessLanguage(text), { lang: 'other', confidence: 0 }, JSON.stringify(text));
  }
});

test('only the first MAX_CHARS characters are read', () => {
  const text = 'a'.repeat(MAX_CHARS) + ARABIC_NEWS.repeat(100);
  assert.equal(guessLanguage(text).lang, 'en');
});

test('property: confidence is within 0..1, and 0 exactly when there is no letter', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
    const { confidence } = guessLanguage(text);
    assert.ok(confidence >= 0 && confidence <= 1);
    assert.equal(confidence === 0, !/\p{L}/u.test(text));
  }), { numRuns: 1000 });
});
