import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_OPTIONS, SEARCH_OPTIONS, normalize, normalizeKey, toOriginalSpan } from './normalize.js';

interface NormalizationCase { input: string; expected: string; test: string }

// Tests run from dist/src/text/; fixtures stay in the source tree.
const luceneCases = (JSON.parse(readFileSync(
  new URL('../../../test/fixtures/lucene-arabic/normalization.json', import.meta.url), 'utf8',
)) as { cases: NormalizationCase[] }).cases;

const cp = (code: number) => String.fromCharCode(code);

test('Lucene ArabicNormalizationFilter: all 15 cases pass with SEARCH_OPTIONS', () => {
  assert.equal(luceneCases.length, 15);
  for (const c of luceneCases) {
    assert.equal(normalizeKey(c.input, SEARCH_OPTIONS), c.expected, `${c.test}: ${c.input}`);
    assert.equal(normalize(c.input, SEARCH_OPTIONS).text, c.expected, `${c.test} (whole text): ${c.input}`);
  }
});

test('every haraka, shadda, sukun and superscript alef is removed (U+064B–U+065F, U+0670)', () => {
  for (let code = 0x064b; code <= 0x065f; code++) {
    assert.equal(normalizeKey(`ب${cp(code)}ت`), 'بت', `U+${code.toString(16)}`);
  }
  assert.equal(normalizeKey('هٰذا'), 'هذا'); // superscript alef U+0670
  assert.equal(normalizeKey('تعهّدت'), 'تعهدت');
  assert.equal(normalizeKey('مُحَمَّدٌ'), 'محمد');
  assert.equal(normalizeKey('مُحَمَّدٌ', { diacritics: false }), 'مُحَمَّدٌ');
});

test('tatweel is removed', () => {
  assert.equal(normalizeKey('روبرـــــت'), 'روبرت');
  assert.equal(normalizeKey('هـ'), 'ه');
});

test('alef with hamza or madda, and wasla, fold to bare alef', () => {
  assert.equal(normalizeKey('أحمد'), 'احمد');
  assert.equal(normalizeKey('إعاذ'), 'اعاذ');
  assert.equal(normalizeKey('آسيا'), 'اسيا');
  assert.equal(normalizeKey('ٱلله'), 'الله');
  assert.equal(normalizeKey('أوكرانيا', { alef: false }), 'أوكرانيا');
});

test('alef maqsura folds to yeh (حوالى and حوالي are one key)', () => {
  assert.equal(normalizeKey('حوالى'), normalizeKey('حوالي'));
  assert.equal(normalizeKey('إلى'), 'الي');
  assert.equal(normalizeKey('بنى', { alefMaqsura: false }), 'بنى');
});

test('teh marbuta folds to heh only with the tehMarbuta option (on in SEARCH_OPTIONS)', () => {
  assert.equal(DEFAULT_OPTIONS.tehMarbuta, false);
  assert.equal(normalizeKey('فاطمة'), 'فاطمة');
  assert.equal(normalizeKey('فاطمة', { tehMarbuta: true }), 'فاطمه');
  assert.equal(normalizeKey('فاطمة', SEARCH_OPTIONS), 'فاطمه');
});

test('hamza seats ؤ ئ fold only with hamzaSeats', () => {
  assert.equal(normalizeKey('مسؤول'), 'مسؤول');
  assert.equal(normalizeKey('الرئيس'), 'الرئيس');
  assert.equal(normalizeKey('مسؤول', { hamzaSeats: true }), 'مسوول');
  assert.equal(normalizeKey('الرئيس', { hamzaSeats: true }), 'الرييس');
});

test('Arabic-Indic and Persian digits become ASCII', () => {
  assert.equal(normalizeKey('٠١٢٣٤٥٦٧٨٩'), '0123456789');
  assert.equal(normalizeKey('۰۱۲۳۴۵۶۷۸۹'), '0123456789');
  assert.equal(normalizeKey('٢٠٢٤'), '2024');
  assert.equal(normalizeKey('٢٠٢٤', { digits: false }), '٢٠٢٤');
});

test('Arabic punctuation ، ؛ ؟ ٪ ٫ ٬ becomes its ASCII counterpart', () => {
  assert.equal(normalizeKey('،؛؟٪٫٬'), ',;?%.,');
  assert.equal(normalizeKey('١٬٥٠٠٫٥'), '1,500.5');
  assert.equal(normalizeKey('لماذا؟', { punctuation: false }), 'لماذا؟');
});

test('presentation forms (U+FB50–U+FEFF) decompose and fold, the ﻻ ligature into two letters', () => {
  assert.equal(normalizeKey('ﻻ'), 'لا'); // U+FEFB
  assert.equal(normalizeKey('ﻷ'), 'لا'); // U+FEF7 lam with alef with hamza above: the alef folds too
  assert.equal(normalizeKey('ﺍﻟﺴﻼﻡ'), 'السلام');
  assert.equal(normalizeKey('ﺃﺣﻤﺪ'), 'احمد'); // the hamza alef of the presentation form folds as well
  assert.equal(normalizeKey('ﻰ'), 'ي'); // final alef maqsura form
  assert.equal(normalizeKey('ﷲ'), 'الله'); // U+FDF2
  assert.equal(normalizeKey('\uFE71'), ''); // tatweel with fathatan: both deleted
});

test('zero-width and bidi controls are removed, no-break and other spaces become a plain space', () => {
  assert.equal(normalizeKey('بو\u200Cتين'), 'بوتين');
  assert.equal(normalizeKey('\u200Fبوتين\u200E'), 'بوتين');
  assert.equal(normalizeKey('\u202Bنص\u202C\u2066x\u2069'), 'نصx');
  assert.equal(normalizeKey('\uFEFFنص\u00AD\u061C'), 'نص');
  assert.equal(normalize('كيم\u00A0جونغ\u202Fأون\u2009و').text, 'كيم جونغ اون و');
});

test('Latin is lower-cased (ASCII only); other text is left as it is', () => {
  assert.equal(normalizeKey('CNN'), 'cnn');
  assert.equal(normalizeKey('CNN', { lowercase: false }), 'CNN');
  assert.equal(normalizeKey('Österreich'), 'Österreich');
  assert.equal(normalizeKey('بوتين'), 'بوتين');
  assert.equal(normalizeKey(''), '');
});

test('normalize and normalizeKey agree', () => {
  const samples = ['تعهّدت روسيا وفيتنام، أمس الخميس', 'ﻻ إله', 'Putin وَ ١٥ اتفاقاً', '\u200Fأ\u0640ب'];
  for (const s of samples) {
    assert.equal(normalize(s).text, normalizeKey(s));
    assert.equal(normalize(s, SEARCH_OPTIONS).text, normalizeKey(s, SEARCH_OPTIONS));
  }
});

test('the offset map of an unchanged text is the identity', () => {
  const n = normalize('abc');
  assert.equal(n.text, 'abc');
  assert.deepEqual([...n.map], [0, 1, 2, 3]);
});

test('toOriginalSpan gives back the original span, with trailing deleted diacritics', () => {
  const original = 'قال مُحَمَّدٌ إنّ';
  const n = normalize(original);
  assert.equal(n.text, 'قال محمد ان');
  const keyStart = n.text.indexOf('محمد');
  const span = toOriginalSpan(n, keyStart, keyStart + 4);
  assert.equal(original.slice(span.start, span.end), 'مُحَمَّدٌ');
  // The last word: its trailing shadda is included up to the end of the text.
  const last = toOriginalSpan(n, n.text.length - 2, n.text.length);
  assert.equal(original.slice(last.start, last.end), 'إنّ');
});

test('toOriginalSpan includes deleted tatweel and invisible marks inside the span but not outside it', () => {
  const original = '\u200Fروبرـــت\u200F قال';
  const n = normalize(original);
  assert.equal(n.text, 'روبرت قال');
  const span = toOriginalSpan(n, 0, 5);
  assert.equal(original.slice(span.start, span.end), 'روبرـــت\u200F');
  const qal = toOriginalSpan(n, 6, 9);
  assert.equal(original.slice(qal.start, qal.end), 'قال');
});

test('toOriginalSpan maps a span inside a ligature to the ligature, and empty spans to a point', () => {
  const original = 'ﻻ شيء';
  const n = normalize(original);
  assert.equal(n.text, 'لا شيء');
  assert.deepEqual(toOriginalSpan(n, 0, 2), { start: 0, end: 1 });
  assert.deepEqual(toOriginalSpan(n, 0, 1), { start: 0, end: 1 });
  assert.deepEqual(toOriginalSpan(n, 1, 2), { start: 0, end: 1 });
  assert.deepEqual(toOriginalSpan(n, 3, 6), { start: 2, end: 5 });
  assert.deepEqual(toOriginalSpan(n, 3, 3), { start: 2, end: 2 });
});

test('toOriginalSpan clamps spans that run past the key', () => {
  const n = normalize('مَرحبا');
  assert.deepEqual(toOriginalSpan(n, 0, 99), { start: 0, end: 6 });
  assert.deepEqual(toOriginalSpan(n, 99, 100), { start: 6, end: 6 });
});

test('ligatures that expand to many letters keep a complete map (ﷺ is 18 key characters)', () => {
  const original = 'ﷺ'.repeat(5) + ' محمد';
  const n = normalize(original);
  assert.equal(n.map.length, n.text.length + 1);
  assert.equal(n.map[n.map.length - 1], original.length);
  for (let i = 0; i < n.text.length; i++) assert.ok(n.map[i]! >= 0 && n.map[i]! < original.length, `map[${i}]`);
  const keyStart = n.text.indexOf('محمد');
  const span = toOriginalSpan(n, keyStart, keyStart + 4);
  assert.equal(original.slice(span.start, span.end), 'محمد');
});
