import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Entity, EntityType } from '../entities/types.js';
import { linkMentions } from '../names/link-mentions.js';
import { extractQuotes } from './extract-quotes.js';
import type { Quote } from './types.js';

// Tests run from dist/src/analysis/quotes/; the seed articles stay in the source tree.
const seed = (name: string) => readFileSync(new URL(`../../../../examples/${name}`, import.meta.url), 'utf8');
const SEED_000 = seed('000_b103aa280f0a7f28.txt');
const SEED_001 = seed('001_6afa7cba81430075.txt');

interface Seen {
  kind: Quote['kind'];
  verb: string | undefined;
  speaker: string | undefined;
  inherited: boolean;
  content: string;
}

function seen(text: string, quotes: Quote[]): Seen[] {
  return quotes.map((q) => ({ kind: q.kind, verb: q.verb?.text, speaker: q.speaker?.text, inherited: q.speaker?.inherited === true,
    content: text.slice(q.content.start, q.content.end) }));
}

function only(text: string): Seen {
  const all = seen(text, extractQuotes(text));
  assert.equal(all.length, 1, JSON.stringify(all));
  return all[0]!;
}

/** Every span of every quote slices back to the text; content, quoted words and verb lie inside the statement. */
function assertSpans(text: string, quotes: Quote[]): void {
  for (const q of quotes) {
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.ok(q.content.start >= q.start && q.content.end <= q.end && q.content.start <= q.content.end, JSON.stringify(q));
    if (q.verb) assert.equal(text.slice(q.verb.start, q.verb.end), q.verb.text);
    if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
    if (q.verb && !q.speaker?.inherited && q.kind !== 'attribution') assert.ok(q.verb.start >= q.start && q.verb.end <= q.end);
    for (const f of q.quoted ?? []) assert.ok(f.start >= q.content.start && f.end <= q.content.end);
  }
}

test('indirect speech: speaker after the verb, content after the complementiser', () => {
  assert.deepEqual(only('قال بوتين إن روسيا لا تطلب المساعدة من أحد.'),
    { kind: 'indirect', verb: 'قال', speaker: 'بوتين', inherited: false, content: 'روسيا لا تطلب المساعدة من أحد' });
  assert.deepEqual(only('أكدت الوزيرة أن الاتفاق سيوقع غدا.'),
    { kind: 'indirect', verb: 'أكدت', speaker: 'الوزيرة', inherited: false, content: 'الاتفاق سيوقع غدا' });
  assert.deepEqual(only('وأشار المتحدث باسم الوزارة إلى أن الحوار مستمر.'),
    { kind: 'indirect', verb: 'وأشار', speaker: 'المتحدث باسم الوزارة', inherited: false, content: 'الحوار مستمر' });
  // The pronoun on the complementiser is part of what was said.
  assert.equal(only('وقال الرئيس إنه سيزور موسكو.').content, 'إنه سيزور موسكو');
});

test('direct speech: speaker before or after the quotation', () => {
  assert.deepEqual(only('قال بوتين: «لن نتراجع عن موقفنا».'),
    { kind: 'direct', verb: 'قال', speaker: 'بوتين', inherited: false, content: 'لن نتراجع عن موقفنا' });
  assert.deepEqual(only('«لن نتراجع عن موقفنا»، قال بوتين.'),
    { kind: 'direct', verb: 'قال', speaker: 'بوتين', inherited: false, content: 'لن نتراجع عن موقفنا' });
  assert.deepEqual(only('وقالت المتحدثة للصحفيين إن “المحادثات كانت مثمرة”.'),
    { kind: 'direct', verb: 'وقالت', speaker: 'المتحدثة', inherited: false, content: 'المحادثات كانت مثمرة' });
});

test('a subjectless verb inherits the previous speaker, if gender and number agree', () => {
  const text = 'قال بوتين إن المحادثات بناءة. وأضاف أن المواقف متقاربة.';
  const [, second] = seen(text, extractQuotes(text));
  assert.deepEqual(second, { kind: 'indirect', verb: 'وأضاف', speaker: 'بوتين', inherited: true, content: 'المواقف متقاربة' });
  // وأضافت needs a feminine speaker: after a man, the speaker is unknown, not invented.
  const mismatch = 'قال بوتين إن المحادثات بناءة. وأضافت أن المواقف متقاربة.';
  assert.equal(extractQuotes(mismatch)[1]!.speaker, undefined);
  const feminine = 'قالت الوزيرة إن المحادثات بناءة. وأضافت أن المواقف متقاربة.';
  assert.equal(extractQuotes(feminine)[1]!.speaker?.text, 'الوزيرة');
  // The plural agrees with a plural speaker: قالوا … / ويقول محللون … مشيرين إلى أن …
  const plural = 'ويقول محللون إن الزيارة مهمة، مشيرين إلى أن روسيا تسعى لكسر عزلتها.';
  assert.deepEqual(seen(plural, extractQuotes(plural)).map((q) => [q.verb, q.speaker, q.inherited]),
    [['ويقول', 'محللون', false], ['مشيرين', 'محللون', true]]);
  // Too far back, nobody is inherited.
  const far = 'قال بوتين إن المحادثات بناءة. وزار المعرض. ثم عاد. ونام. واستيقظ. وأضاف أن المواقف متقاربة.';
  assert.equal(extractQuotes(far).at(-1)!.speaker, undefined);
});

test('attributions: بحسب، وفقا لـ، نقلا عن', () => {
  assert.deepEqual(only('قتل خمسة أشخاص في القصف، بحسب وزارة الصحة.'),
    { kind: 'attribution', verb: 'بحسب', speaker: 'وزارة الصحة', inherited: false, content: 'قتل خمسة أشخاص في القصف' });
  assert.deepEqual(only('ووفقا لوكالة رويترز، فإن المفاوضات توقفت.'),
    { kind: 'attribution', verb: 'ووفقا', speaker: 'وكالة رويترز', inherited: false, content: 'فإن المفاوضات توقفت' });
  assert.deepEqual(only('وارتفع عدد الضحايا إلى عشرين، نقلا عن مصادر طبية.'),
    { kind: 'attribution', verb: 'نقلا عن', speaker: 'مصادر طبية', inherited: false, content: 'وارتفع عدد الضحايا إلى عشرين' });
  // ذكرت وكالة … أن … is reported speech with the agency as speaker.
  assert.deepEqual(only('وذكرت وكالة الأنباء الرسمية أن الرئيس وصل.'),
    { kind: 'indirect', verb: 'وذكرت', speaker: 'وكالة الأنباء الرسمية', inherited: false, content: 'الرئيس وصل' });
});

test('a quoted name is not a quote, and a short unattributed quotation is a scare quote', () => {
  assert.deepEqual(extractQuotes('وفي مقال نشرته صحيفة «نان دان» الناطقة باسم الحزب.'), []);
  assert.deepEqual(extractQuotes('يصادف هذا العام مرور 30 عاما على معاهدة “علاقات ودية” بين البلدين.'), []);
  // A long quotation with no cue is kept when it stands on its own (a paragraph, or after a colon), with its speaker
  // unknown; inside a sentence, a quoted list or title is not a quote.
  const text = 'وجاء في الرسالة الموقعة:\n«إننا نرفض كل أشكال التدخل في شؤوننا الداخلية ولن نقبل به».';
  assert.deepEqual(seen(text, extractQuotes(text)), [{ kind: 'direct', verb: undefined, speaker: undefined, inherited: false,
    content: 'إننا نرفض كل أشكال التدخل في شؤوننا الداخلية ولن نقبل به' }]);
  assert.deepEqual(extractQuotes('وتتناول محاور المؤتمر عدة نقاط أهمها «تطور الكيمياء وتأثيرها في الحياة وعلوم الأرض والتطور المستقبلي» في الجلسات.'), []);
});

// The seeds, every statement with its speaker (the report lists them). `speaker` is the span the text gives;
// inherited speakers point back to the earlier mention.
const EXPECTED_000: ReadonlyArray<readonly [Quote['kind'], string, string, boolean, string]> = [
  ['direct', 'ووصفت', 'الخارجية الأمريكية', false, 'المقلق للغاية'],
  ['indirect', 'قال', 'بوتين', false, 'روسيا لا تطلب المساعدة'],
  ['indirect', 'وأضاف', 'بوتين', true, 'بلاده تهتم بالتغيرات العالمية'],
  ['indirect', 'مؤكدا', 'بوتين', true, 'أنه لا يستبعد إمكانية توريد أسلحة'],
  ['indirect', 'وحذر', 'الرئيس الروسي', false, 'ارسال كوريا الجنوبية اسلحة'],
  ['indirect', 'أكد', 'الرئيس الروسي', true, 'روسيا تدرس إدخال تعديلات'],
  ['direct', 'وقال', 'لام', false, 'الجانبين يريدان دعم التعاون'],
  ['indirect', 'وأفاد', 'الطرفان', false, 'تعاونهما الدفاعي والأمني'],
  ['indirect', 'وقال', 'بوتين', false, 'المحادثات كانت بنّاءة'],
  ['indirect', 'وأفاد', 'بوتين', true, 'أنهما ناقشا بناء «هندسة أمنية'],
  ['direct', 'شكر', 'بوتين', false, 'موقفها المتوازن من أزمة أوكرانيا'],
  ['direct', 'ووصفت', 'الخارجية الأمريكية', false, 'المقلق للغاية'],
  ['indirect', 'قال', 'ناطق باسم الخارجية الأمريكية', false, 'على أي دولة ألاّ «توفر منصة'],
  ['direct', 'اتهم', 'مسؤول أوكراني كبير', false, 'القتل الجماعي للأوكرانيين'],
  ['indirect', 'وقال', 'مستشار الرئاسة الأوكرانية ميخائيلو بودولياك', false, 'زيارة بوتين بمنزلة جولة'],
  ['indirect', 'وأكدت', 'اليابان', false, 'أنها تشعر «بقلق بالغ»'],
];

const EXPECTED_001: ReadonlyArray<readonly [Quote['kind'], string, string, boolean, string]> = [
  ['direct', 'قائلة', 'السفارة الأميركية', true, 'لا ينبغي لأي دولة أن تمنح بوتين منصة'],
  ['indirect', 'قال', 'السفير الروسي لدى فيتنام جينادي إس بيزديتكو', false, 'روسيا حريصة على الحفاظ'],
  ['direct', 'واصفا', 'الكرملين', true, 'باطل ولاغي'],
  ['indirect', 'ويقول', 'محللون', false, 'زيارات بوتين الأخيرة'],
  ['indirect', 'مشيرين', 'محللون', true, 'روسيا مهمة لفيتنام لسببين'],
  ['indirect', 'ذكرت', 'شبكة “سي إن إن”', false, 'زيارة بوتين تسلط الضوء'],
  ['direct', 'وصف', 'بوتين', false, 'وثيقة ثورية'],
  ['indirect', 'معربًا', 'بوتين', true, 'أنها تشمل التزامًا بالمساعدة'],
];

function assertSeed(text: string, expected: typeof EXPECTED_000): void {
  const quotes = extractQuotes(text);
  assertSpans(text, quotes);
  const got = seen(text, quotes);
  assert.equal(got.length, expected.length, JSON.stringify(got.map((q) => [q.verb, q.speaker]), null, 0));
  expected.forEach(([kind, verb, speaker, inherited, contentStart], i) => {
    const q = got[i]!;
    assert.deepEqual([q.kind, q.verb, q.speaker, q.inherited], [kind, verb, speaker, inherited], `quote ${i}: ${JSON.stringify(q)}`);
    assert.ok(q.content.startsWith(contentStart), `quote ${i} content: ${q.content}`);
  });
}

test('seed 000: every quote with its speaker and verb', () => assertSeed(SEED_000, EXPECTED_000));
test('seed 001: every quote with its speaker and verb', () => assertSeed(SEED_001, EXPECTED_001));

function mentionsOf(text: string, surfaces: ReadonlyArray<readonly [string, EntityType]>): Entity[] {
  const out: Array<Omit<Entity, 'key'>> = [];
  const taken = new Uint8Array(text.length);
  for (const [surface, type] of [...surfaces].sort((a, b) => b[0].length - a[0].length)) {
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      const end = i + surface.length;
      if (/\p{L}/u.test(text[end] ?? '') || taken.subarray(i, end).some((x) => x === 1)) continue;
      taken.fill(1, i, end);
      out.push({ text: surface, start: i, end, type });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return linkMentions(out).mentions.map(({ text, start, end, type, key }) => ({ text, start, end, type, key }));
}

test('with entities, speakers resolve to entity keys (a role phrase to the person it introduced)', () => {
  const entities = mentionsOf(SEED_000, [['فلاديمير بوتين', 'PER'], ['بوتين', 'PER'], ['تو لام', 'PER'], ['لام', 'PER'],
    ['ميخائيلو بودولياك', 'PER'], ['الخارجية الأمريكية', 'ORG'], ['اليابان', 'LOC']]);
  const quotes = extractQuotes(SEED_000, { entities });
  const keys = quotes.map((q) => [q.verb?.text, q.speaker?.key]);
  assert.deepEqual(keys.filter(([v]) => v === 'وحذر'), [['وحذر', 'فلاديمير بوتين']]); // الرئيس الروسي
  assert.deepEqual(keys.filter(([v]) => v === 'وقال').map(([, k]) => k), ['تو لام', 'فلاديمير بوتين', 'ميخاييلو بودولياك']);
  assert.equal(quotes.find((q) => q.speaker?.text === 'ناطق باسم الخارجية الأمريكية')!.speaker!.key, 'الخارجيه الامريكيه');
  assert.equal(quotes.find((q) => q.verb?.text === 'اتهم')!.speaker!.key, undefined); // an unnamed official stays unnamed
});

test('bad input: no Arabic, a huge sentence, an unclosed quotation — bounded work, no invented speaker', () => {
  assert.deepEqual(extractQuotes(''), []);
  assert.deepEqual(extractQuotes('The minister said on Monday that talks would resume.'), []);
  const unclosed = 'وقال الوزير: «لن نتراجع عن موقفنا';
  const q = extractQuotes(unclosed);
  assertSpans(unclosed, q);
  assert.ok(q.every((x) => x.speaker === undefined || x.speaker.text === 'الوزير'));
  const huge = Array.from({ length: 5000 }, (_, i) => (i % 50 === 0 ? 'وقال إن' : i % 97 === 0 ? '«' : 'كلمة')).join(' ');
  const t0 = performance.now();
  const many = extractQuotes(huge);
  assert.ok(performance.now() - t0 < 2000, 'bounded time');
  assertSpans(huge, many);
  assert.ok(many.every((x) => x.speaker === undefined), 'no speaker is written, so none is reported');
});

const FRAGMENTS = ['قال', 'وقالت', 'وأضاف', 'مؤكدا', 'بوتين', 'الوزيرة', 'ناطق باسم الخارجية', 'إن', 'أن', 'بأن', 'إلى أن',
  '«', '»', '“', '”', '"', ':', '،', '.', '\n', 'بحسب', 'وفقا لوزارة', 'نقلا عن', 'صحيفة', 'كلمة', 'المحادثات', 'بناءة',
  'لم', 'في', 'للصحفيين', '؟', 'Putin', '42'];

test('property: every span of every quote slices back to the text', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }), fc.boolean(), (parts, spaced) => {
    const text = parts.join(spaced ? ' ' : '');
    const quotes = extractQuotes(text);
    assertSpans(text, quotes);
    for (let i = 1; i < quotes.length; i++) assert.ok(quotes[i - 1]!.start <= quotes[i]!.start);
  }), { numRuns: 400 });
});

test('"لكنها قالت": the subject is the pronoun, not the words before it', () => {
  const [q] = extractQuotes('ولم تؤكد الوزارة عدد القتلى الأفغان لكنها قالت إن الهجوم فاشل.');
  assert.ok(q);
  assert.notEqual(q.speaker?.text, 'الوزارة عدد القتلى الأفغان لكنها');
  assert.ok(!q.speaker || !q.speaker.text.includes('لكنها'), q.speaker?.text);
});
