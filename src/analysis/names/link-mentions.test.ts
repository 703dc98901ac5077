import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { EntityType, Mention } from '../entities/types.js';
import { linkMentions, partialRule } from './link-mentions.js';
import { mergeEntities } from './merge-entities.js';
import { stripTitles } from './titles.js';
import { nameWords } from './same-name.js';

// Tests run from dist/src/analysis/names/; the seed articles stay in the source tree.
const seed = (name: string) => readFileSync(new URL(`../../../../examples/${name}`, import.meta.url), 'utf8');
const SEED_000 = seed('000_b103aa280f0a7f28.txt');
const SEED_001 = seed('001_6afa7cba81430075.txt');

const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

function isBoundary(text: string, i: number): boolean {
  return i < 0 || i >= text.length || !/\p{L}|\p{M}/u.test(text[i]!);
}

/**
 * Mentions as a tagger would give them: every whole-word occurrence of each surface (a proclitic و ب ل ف ك may be
 * stuck before it and stays out of the span), longer surfaces first, never overlapping.
 */
function mentionsOf(text: string, surfaces: ReadonlyArray<readonly [string, EntityType]>): Mention[] {
  const out: Mention[] = [];
  const taken = new Uint8Array(text.length);
  for (const [surface, type] of [...surfaces].sort((a, b) => b[0].length - a[0].length)) {
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      const end = i + surface.length;
      let before = i - 1;
      while (before >= 0 && PROCLITICS.has(text[before]!) && !isBoundary(text, before) && before >= i - 2) {
        if (isBoundary(text, before - 1)) break;
        before--;
      }
      const startsWord = isBoundary(text, i - 1) || (PROCLITICS.has(text[i - 1]!) && (isBoundary(text, i - 2) || PROCLITICS.has(text[i - 2]!) && isBoundary(text, i - 3)));
      if (!startsWord || !isBoundary(text, end)) continue;
      if (taken.subarray(i, end).some((x) => x === 1)) continue;
      taken.fill(1, i, end);
      out.push({ text: surface, start: i, end, type });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const PEOPLE_000: ReadonlyArray<readonly [string, EntityType]> = [
  ['فلاديمير بوتين', 'PER'], ['بوتين', 'PER'], ['كيم جونغ أون', 'PER'], ['كيم', 'PER'], ['تو لام', 'PER'], ['لام', 'PER'],
  ['نغوين فو ترونغ', 'PER'], ['ميخائيلو بودولياك', 'PER'], ['هوشي منه', 'PER'], ['بيونغ يانغ', 'LOC'], ['فيتنام', 'LOC'],
  ['نان دان', 'ORG'],
];

test('seed 000: partial mentions link to the full name introduced in the article', () => {
  const mentions = mentionsOf(SEED_000, PEOPLE_000);
  for (const m of mentions) assert.equal(SEED_000.slice(m.start, m.end), m.text);
  const { mentions: linked, entities } = linkMentions(mentions);
  const keyOf = (surface: string) => new Set(linked.filter((m) => m.text === surface).map((m) => m.key));
  assert.deepEqual(keyOf('بوتين'), new Set(['فلاديمير بوتين']));
  assert.deepEqual(keyOf('لام'), new Set(['تو لام']));
  assert.deepEqual(keyOf('كيم'), new Set(['كيم جونغ اون']));
  assert.ok(linked.filter((m) => m.text === 'بوتين').every((m) => m.rule === 'surname'));
  assert.ok(linked.filter((m) => m.text === 'كيم').every((m) => m.rule === 'family-name'));
  // Places are never abbreviated into one another, and each entity is listed once.
  const putin = entities.find((e) => e.key === 'فلاديمير بوتين')!;
  assert.equal(putin.type, 'PER');
  assert.equal(putin.mentions.length, linked.filter((m) => m.key === 'فلاديمير بوتين').length);
  assert.equal(new Set(entities.map((e) => e.key)).size, entities.length);
});

test('a surname shared by two people in the article is left unlinked (ambiguous)', () => {
  const text = 'التقى كيم جونغ أون وشقيقته كيم يو جونغ. وقال كيم إن الزيارة ناجحة.';
  const mentions = mentionsOf(text, [['كيم جونغ أون', 'PER'], ['كيم يو جونغ', 'PER'], ['كيم', 'PER']]);
  const { mentions: linked } = linkMentions(mentions);
  const bare = linked.find((m) => m.text === 'كيم')!;
  assert.equal(bare.rule, 'ambiguous');
  assert.equal(bare.key, 'كيم');
});

test('a bare first name links only when one person has it and was introduced before', () => {
  const introduced = 'وصل الرئيس الروسي فلاديمير بوتين إلى هانوي. وقال فلاديمير إن المحادثات بناءة.';
  let linked = linkMentions(mentionsOf(introduced, [['فلاديمير بوتين', 'PER'], ['فلاديمير', 'PER']])).mentions;
  assert.equal(linked.find((m) => m.text === 'فلاديمير')!.rule, 'first-name');
  // Before the full name, or with two Vladimirs, it stays on its own.
  const before = 'قال فلاديمير إن المحادثات بناءة. وكان فلاديمير بوتين قد وصل.';
  linked = linkMentions(mentionsOf(before, [['فلاديمير بوتين', 'PER'], ['فلاديمير', 'PER']])).mentions;
  assert.equal(linked.find((m) => m.text === 'فلاديمير')!.rule, 'new');
  const two = 'التقى فلاديمير بوتين فلاديمير زيلينسكي. وقال فلاديمير إن اللقاء مهم.';
  linked = linkMentions(mentionsOf(two, [['فلاديمير بوتين', 'PER'], ['فلاديمير زيلينسكي', 'PER'], ['فلاديمير', 'PER']])).mentions;
  assert.equal(linked.find((m) => m.text === 'فلاديمير' && m.start > 40)!.rule, 'ambiguous');
});

test('places are not shortened: كوريا is not كوريا الشمالية', () => {
  const text = 'زار بوتين كوريا الشمالية ثم قال إن كوريا مهمة.';
  const { mentions: linked } = linkMentions(mentionsOf(text, [['كوريا الشمالية', 'LOC'], ['كوريا', 'LOC']]));
  assert.notEqual(linked[0]!.key, linked[1]!.key);
});

test('titles before a name are not part of it', () => {
  const strip = (s: string) => stripTitles(nameWords(s)).join(' ');
  const folded = (s: string) => nameWords(s).join(' ');
  assert.equal(strip('الرئيس الروسي فلاديمير بوتين'), folded('فلاديمير بوتين'));
  assert.equal(strip('الرئيس الفيتنامي تو لام'), folded('تو لام'));
  assert.equal(strip('الأمين العام للحزب الشيوعي نوين فو ترونغ'), folded('نوين فو ترونغ'));
  assert.equal(strip('مستشار الرئاسة الأوكرانية ميخائيلو بودولياك'), folded('ميخائيلو بودولياك'));
  assert.equal(strip('السفير الروسي لدى فيتنام جينادي إس بيزديتكو'), folded('جينادي اس بيزديتكو'));
  assert.equal(strip('الرئيس الأسد'), folded('الاسد'));
});

const PEOPLE_001: ReadonlyArray<readonly [string, EntityType]> = [
  ['فلاديمير بوتين', 'PER'], ['بوتين', 'PER'], ['كيم جونغ أون', 'PER'], ['كيم', 'PER'], ['تو لام', 'PER'],
  ['نوين فو ترونغ', 'PER'], ['جينادي إس بيزديتكو', 'PER'], ['بيونغ يانغ', 'LOC'], ['فيتنام', 'LOC'], ['نيان زان', 'ORG'],
];

test('the seeds merge into one story: two spellings of Nguyen Phu Trong and of Nhan Dan, with where each occurs', () => {
  const docs = [
    { articleId: '000', entities: mentionsOf(SEED_000, PEOPLE_000) },
    { articleId: '001', entities: mentionsOf(SEED_001, PEOPLE_001) },
  ];
  const merged = mergeEntities(docs);
  const find = (variant: string) => merged.filter((e) => e.variants.some((v) => v.text === variant));
  const trong = find('نغوين فو ترونغ');
  assert.equal(trong.length, 1);
  assert.deepEqual(trong[0]!.variants.map((v) => v.text).sort(), ['نغوين فو ترونغ', 'نوين فو ترونغ'].sort());
  assert.deepEqual(trong[0]!.variants.map((v) => v.articles.map((a) => a.articleId)), [['000'], ['001']]);
  const nhanDan = find('نان دان');
  assert.equal(nhanDan.length, 1);
  assert.ok(nhanDan[0]!.variants.some((v) => v.text === 'نيان زان'));
  const putin = find('فلاديمير بوتين');
  assert.equal(putin.length, 1);
  assert.equal(putin[0]!.canonical, 'فلاديمير بوتين');
  assert.equal(putin[0]!.type, 'PER');
  assert.deepEqual(putin[0]!.variants.map((v) => v.text).sort(), ['بوتين', 'فلاديمير بوتين'].sort());
  // Every occurrence slices back to its article's text.
  const texts: Record<string, string> = { '000': SEED_000, '001': SEED_001 };
  for (const e of merged) for (const v of e.variants) for (const o of v.articles) assert.equal(texts[o.articleId]!.slice(o.start, o.end), v.text);
  // Kim Jong Un and Pyongyang are one entity each across both articles.
  assert.equal(find('كيم جونغ أون').length, 1);
  assert.equal(find('كيم')[0], find('كيم جونغ أون')[0]);
  assert.equal(find('بيونغ يانغ').length, 1);
});

test('merging is deterministic and keeps producer keys together', () => {
  const text = 'قال بوتين إن. وقال الكرملين إن.';
  const docs = [{ articleId: 'a', entities: [
    { text: 'بوتين', start: 4, end: 9, type: 'PER' as const, key: 'k1' },
    { text: 'الكرملين', start: 18, end: 26, type: 'ORG' as const, key: 'k2' },
  ] }];
  assert.equal(text.slice(4, 9), 'بوتين');
  const once = mergeEntities(docs);
  assert.deepEqual(mergeEntities(docs), once);
  assert.equal(once.length, 2);
  assert.deepEqual(mergeEntities([]), []);
});

test('after بن the chain names the father: سلمان بن عبدالعزيز is not محمد بن سلمان بن عبدالعزيز', () => {
  assert.equal(partialRule(['سلمان', 'بن', 'عبدالعزيز'], ['محمد', 'بن', 'سلمان', 'بن', 'عبدالعزيز']), null);
  assert.equal(partialRule(['سلمان'], ['محمد', 'بن', 'سلمان']), null);
  assert.equal(partialRule(['بن', 'نايف'], ['محمد', 'بن', 'نايف']), 'surname');
  assert.equal(partialRule(['السليمان'], ['يوسف', 'بن', 'سليمان', 'عبدالله', 'السليمان']), 'surname');
});
