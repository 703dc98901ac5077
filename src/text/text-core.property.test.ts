/**
 * Properties of the text core on generated input: random Unicode (lone surrogates, controls, NUL included) and
 * Arabic-heavy text built from the fragments that make real articles hard (marks, tatweel, three digit sets,
 * quotes, bidi controls, no-break spaces, presentation forms, URLs, emoji). Kept under a few seconds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_OPTIONS, SEARCH_OPTIONS, normalize, normalizeKey, toOriginalSpan } from './normalize.js';
import { countWords, tokenize } from './tokenize.js';
import { splitSentences } from './sentences.js';

const FRAGMENTS = [
  'بوتين', 'فيتنام', 'الرئيس', 'مُحَمَّدٌ', 'روبرـــت', 'ـــ', 'ّ', 'ً', 'ٰ', 'أ', 'إ', 'آ', 'ٱ', 'ى', 'ة', 'ؤ', 'ئ', 'هـ', 'د',
  'ﻻ', 'ﷺ', 'ﺍﻟﺴﻼﻡ', '\uFE71', 'Putin', 'al-Qaeda', "O'", 'U', 'S', 'e', 'g', 'Dr', 'G7', 'Путин',
  '0', '15', '2024', '٢٠٢٤', '٣', '٫', '٬', '۱۵', '3.5', '1,500', '.', ',', '-', '/', ':',
  '.', '.', '...', '…', '!', '?', '؟', '،', '؛', '٪', '%', '«', '»', '“', '”', '"', "'", '(', ')', '[', ']',
  ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00A0', '\u202F', '\u2009', '\u200B', '\u200C', '\u200D', '\u200E',
  '\u200F', '\u202B', '\u202C', '\u2066', '\u2069', '\uFEFF', '\u00AD', '\u0000', '\u0007', '\u0085', '\u2028',
  'http://', 'https://x.com/a_(b)', 'www.', '.com', '.net', 'spa.gov.sa', '@', '#', '_', 'a@b.co', '#وسم', '@user',
  '👍', '🏽', '\u200D', '👨‍👩‍👧', '🇸🇦', '❤️', '$', '€', '©', '\uD800', '\uDC00', '\uDBFF\uDFFF', '𝐀', '𠀀',
  'ي', 'ک', 'ی', '\u0301', 'Nguyễn', 'م.', 'ق.م', 'أو.سي', 'جي. ',
];

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
/** Random code units (lone surrogates and controls included) and random code points. */
const randomText = fc.oneof(
  fc.string({ unit: anyUnit, maxLength: 120 }),
  fc.string({ unit: anyCodePoint, maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);
/** Text built from hard fragments, with random characters mixed in. */
const arabicText = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: anyUnit }), { maxLength: 120 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(randomText, arabicText);

const RUNS = { numRuns: 400 };

// Characters that may lie outside every sentence: whitespace, controls and invisible format characters.
const SKIPPABLE = /^[\s\p{Cc}\p{Cf}]$/u;
const SPACE = /[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
/** True if offset `i` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) =>
  i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i));

test('normalising twice changes nothing (keys and whole texts, default and search options)', () => {
  const allOn = { ...DEFAULT_OPTIONS, tehMarbuta: true, hamzaSeats: true };
  fc.assert(fc.property(anyText, (x) => {
    for (const options of [undefined, SEARCH_OPTIONS, allOn]) {
      const key = normalizeKey(x, options);
      assert.equal(normalizeKey(key, options), key);
      const text = normalize(x, options).text;
      assert.equal(text, key);
      assert.equal(normalize(text, options).text, text);
    }
  }), RUNS);
});

test('the offset map is complete and monotonic, and mapped spans stay inside the original', () => {
  fc.assert(fc.property(anyText, fc.nat(), fc.nat(), (x, a, b) => {
    const n = normalize(x);
    assert.equal(n.map.length, n.text.length + 1);
    assert.equal(n.map[n.text.length], x.length);
    for (let i = 0; i < n.text.length; i++) {
      assert.ok(n.map[i]! >= 0 && n.map[i]! < x.length);
      assert.ok(n.map[i]! <= n.map[i + 1]!);
    }
    const s = n.text.length ? a % (n.text.length + 1) : 0;
    const e = s + (n.text.length - s ? b % (n.text.length - s + 1) : 0);
    const span = toOriginalSpan(n, s, e);
    assert.ok(0 <= span.start && span.start <= span.end && span.end <= x.length);
    // The key of the original span contains the key span.
    if (e > s) assert.ok(normalizeKey(x.slice(span.start, span.end)).includes(n.text.slice(s, e)));
  }), RUNS);
});

test('tokens slice back to the text, go forward without overlap, and never split a surrogate pair', () => {
  fc.assert(fc.property(anyText, (x) => {
    const tokens = tokenize(x);
    let last = 0;
    for (const t of tokens) {
      assert.ok(t.start >= last, 'tokens overlap or go backwards');
      assert.ok(t.end > t.start, 'empty token');
      assert.equal(x.slice(t.start, t.end), t.text);
      assert.equal(t.norm, normalizeKey(t.text));
      assert.ok(!SPACE.test(t.text), `whitespace inside token ${JSON.stringify(t.text)}`);
      assert.ok(!splitsPair(x, t.start) && !splitsPair(x, t.end), 'token splits a surrogate pair');
      last = t.end;
    }
    assert.equal(countWords(x), tokens.filter((t) => t.kind !== 'punct' && t.kind !== 'symbol').length);
  }), RUNS);
});

test('sentences slice back, are trimmed and non-empty, go forward, and hold every visible character once', () => {
  fc.assert(fc.property(anyText, (x) => {
    const sentences = splitSentences(x);
    const covered = new Uint8Array(x.length);
    let last = 0;
    for (const s of sentences) {
      assert.ok(s.start >= last, 'sentences overlap or go backwards');
      assert.ok(s.end > s.start, 'empty sentence');
      assert.equal(x.slice(s.start, s.end), s.text);
      assert.ok(!SKIPPABLE.test(s.text[0]!) && !SKIPPABLE.test(s.text[s.text.length - 1]!), 'sentence not trimmed');
      assert.ok(!splitsPair(x, s.start) && !splitsPair(x, s.end), 'sentence splits a surrogate pair');
      for (let i = s.start; i < s.end; i++) covered[i] = 1;
      last = s.end;
    }
    for (let i = 0; i < x.length; i++) {
      if (!covered[i]) assert.ok(SKIPPABLE.test(x[i]!), `character ${i} (U+${x.charCodeAt(i).toString(16)}) lost`);
    }
    assert.deepEqual(splitSentences(x, tokenize(x)), sentences);
  }), RUNS);
});

test('very long runs of one fragment do not throw and stay fast', () => {
  const t0 = performance.now();
  fc.assert(fc.property(fc.constantFrom(...FRAGMENTS, 'a.', '1.', 'a-', '#_', '@a.', 'x.com/'), fc.integer({ min: 1, max: 20_000 }), (f, n) => {
    const x = f.repeat(n);
    const tokens = tokenize(x);
    const sentences = splitSentences(x, tokens);
    assert.ok(normalize(x).text.length <= x.length * 18);
    for (const s of sentences) assert.equal(x.slice(s.start, s.end), s.text);
  }), { numRuns: 40 });
  assert.ok(performance.now() - t0 < 3000, 'long runs are slow: a quadratic path?');
});
