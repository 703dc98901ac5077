import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, tokenize } from './tokenize.js';
import { normalizeKey } from './normalize.js';

/** `text|kind` of every token: compact and readable in a failure diff. */
const pairs = (text: string) => tokenize(text).map((t) => `${t.text}|${t.kind}`);
const texts = (text: string) => tokenize(text).map((t) => t.text);

test('an Arabic news sentence: words, the Arabic comma and the full stop', () => {
  const text = 'تعهّدت روسيا وفيتنام، أمس الخميس، بتعميق العلاقات.';
  const tokens = tokenize(text);
  assert.deepEqual(tokens.map((t) => t.text), ['تعهّدت', 'روسيا', 'وفيتنام', '،', 'أمس', 'الخميس', '،', 'بتعميق', 'العلاقات', '.']);
  const first = tokens[0]!;
  assert.deepEqual(first, { start: 0, end: 6, text: 'تعهّدت', kind: 'word', script: 'arabic', norm: 'تعهدت' });
  assert.equal(tokens[3]!.kind, 'punct');
  assert.equal(tokens[3]!.norm, ',');
  for (const t of tokens) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(t.norm, normalizeKey(t.text));
  }
});

test('diacritics and tatweel stay inside the word; its key drops them', () => {
  const [word] = tokenize('مُحَمَّدٌ');
  assert.equal(word!.text, 'مُحَمَّدٌ');
  assert.equal(word!.norm, 'محمد');
  assert.deepEqual(texts('روبرـــت قال'), ['روبرـــت', 'قال']);
  assert.equal(tokenize('هـ')[0]!.norm, 'ه');
});

test('marks and tatweel that follow no letter are skipped', () => {
  assert.deepEqual(texts('ــــــ عنوان ــــــ'), ['عنوان']);
  assert.deepEqual(texts('\u064B بوتين'), ['بوتين']);
});

test('zero-width joiners inside a word belong to it; invisible marks at its edges are skipped', () => {
  assert.deepEqual(texts('\u200Fبوتين\u200F قال'), ['بوتين', 'قال']);
  assert.deepEqual(texts('می\u200Cخواهم'), ['می\u200Cخواهم']);
  assert.equal(tokenize('می\u200Cخواهم')[0]!.norm, 'ميخواهم');
  assert.deepEqual(texts('inter\u00ADnational'), ['inter\u00ADnational']);
});

test('presentation forms are Arabic words with folded keys', () => {
  const [la] = tokenize('ﻻ');
  assert.equal(la!.kind, 'word');
  assert.equal(la!.script, 'arabic');
  assert.equal(la!.norm, 'لا');
});

test('Latin words: scripts, hyphens and apostrophes inside names, digits after a letter', () => {
  assert.deepEqual(pairs('al-Qaeda F-16 COVID-19 O’Brien d\'Ivoire G7 MH17'), [
    'al-Qaeda|word', 'F-16|word', 'COVID-19|word', 'O’Brien|word', 'd\'Ivoire|word', 'G7|word', 'MH17|word',
  ]);
  assert.equal(tokenize('Putin')[0]!.script, 'latin');
  assert.equal(tokenize('Putin')[0]!.norm, 'putin');
  assert.equal(tokenize('Nguyễn')[0]!.text, 'Nguyễn'); // Vietnamese with combining or precomposed marks
  assert.equal(tokenize('Nguye\u0303\u0302n')[0]!.text, 'Nguye\u0303\u0302n');
  // A trailing hyphen or apostrophe is not part of the word.
  assert.deepEqual(texts("anti- Putins'"), ['anti', '-', 'Putins', "'"]);
});

test('Arabic words take no digits and no hyphens', () => {
  assert.deepEqual(pairs('كوفيد-19'), ['كوفيد|word', '-|punct', '19|number']);
  assert.deepEqual(pairs('البلدين -هانوي'), ['البلدين|word', '-|punct', 'هانوي|word']);
});

test('a change of script ends a word', () => {
  assert.deepEqual(pairs('بوتينPutin'), ['بوتين|word', 'Putin|word']);
  assert.deepEqual(tokenize('Путин πόλη').map((t) => `${t.text}|${t.script}`), ['Путин|other', 'πόλη|other']);
});

test('numbers in every digit set, with decimal and thousands separators, are one token', () => {
  for (const n of ['1,500', '١٬٥٠٠', '2.5', '٢٫٥', '۱۵', '1.500.000', '0.5', '407.75', '2017']) {
    assert.deepEqual(pairs(n), [`${n}|number`], n);
  }
  assert.equal(tokenize('١٬٥٠٠')[0]!.norm, '1,500');
  assert.equal(tokenize('٢٫٥')[0]!.norm, '2.5');
});

test('a separator not followed by a digit ends the number', () => {
  assert.deepEqual(texts('عام 2017. وقال'), ['عام', '2017', '.', 'وقال']);
  assert.deepEqual(texts('1950، ويصادف'), ['1950', '،', 'ويصادف']);
  assert.deepEqual(texts('15, 20'), ['15', ',', '20']);
});

test('dates and times are numbers and punctuation, for the dates module to read', () => {
  assert.deepEqual(pairs('2024-06-20'), ['2024|number', '-|punct', '06|number', '-|punct', '20|number']);
  assert.deepEqual(pairs('20/6/2024'), ['20|number', '/|punct', '6|number', '/|punct', '2024|number']);
  assert.deepEqual(texts('10:30'), ['10', ':', '30']);
});

test('letters stuck to digits are split off', () => {
  assert.deepEqual(pairs('15اتفاقا'), ['15|number', 'اتفاقا|word']);
  assert.deepEqual(pairs('2024م'), ['2024|number', 'م|word']);
  assert.deepEqual(pairs('10km'), ['10|number', 'km|word']);
  assert.deepEqual(pairs('15%'), ['15|number', '%|punct']);
  assert.deepEqual(pairs('١٥٪'), ['١٥|number', '٪|punct']);
});

test('every punctuation mark is its own token; runs of . ! ? ؟ are one', () => {
  assert.deepEqual(pairs('«المقلق للغاية»'), ['«|punct', 'المقلق|word', 'للغاية|word', '»|punct']);
  assert.deepEqual(texts('“وثيقة ثورية”،'), ['“', 'وثيقة', 'ثورية', '”', '،']);
  assert.deepEqual(texts('"quoted"'), ['"', 'quoted', '"']);
  assert.deepEqual(texts('لماذا؟! حسناً... لا!! (وكالات)'), ['لماذا', '؟', '!', 'حسناً', '...', 'لا', '!!', '(', 'وكالات', ')']);
  assert.deepEqual(texts('»»'), ['»', '»']);
  assert.deepEqual(texts('ثم…'), ['ثم', '…']);
});

test('URLs with scheme or www, Arabic paths, and trailing punctuation left out', () => {
  assert.deepEqual(pairs('انظر https://ar.wikipedia.org/wiki/بوتين_(رئيس).'), [
    'انظر|word', 'https://ar.wikipedia.org/wiki/بوتين_(رئيس)|url', '.|punct',
  ]);
  assert.deepEqual(pairs('(www.moh.gov.sa)،'), ['(|punct', 'www.moh.gov.sa|url', ')|punct', '،|punct']);
  assert.deepEqual(pairs('HTTP://EXAMPLE.COM/a?b=1&c=2'), ['HTTP://EXAMPLE.COM/a?b=1&c=2|url']);
  assert.deepEqual(pairs('http://kck.st/1HBbfFK»'), ['http://kck.st/1HBbfFK|url', '»|punct']);
  // A scheme alone is not a URL.
  assert.deepEqual(texts('http://'), ['http', ':', '/', '/']);
});

test('bare host names with a common top-level domain are URLs; abbreviations are not', () => {
  assert.deepEqual(pairs('موقع aljazeera.net و spa.gov.sa و bbc.co.uk/arabic.'), [
    'موقع|word', 'aljazeera.net|url', 'و|word', 'spa.gov.sa|url', 'و|word', 'bbc.co.uk/arabic|url', '.|punct',
  ]);
  assert.deepEqual(pairs('e.g.'), ['e|word', '.|punct', 'g|word', '.|punct']);
  assert.deepEqual(pairs('U.S.'), ['U|word', '.|punct', 'S|word', '.|punct']);
  assert.deepEqual(texts('Node.js'), ['Node', '.', 'js']);
});

test('e-mail addresses', () => {
  assert.deepEqual(pairs('راسلونا على a.khojah@asharqalawsat.com.'), [
    'راسلونا|word', 'على|word', 'a.khojah@asharqalawsat.com|email', '.|punct',
  ]);
  assert.deepEqual(pairs('Arfaj1Arfaj555@yahoo.com'), ['Arfaj1Arfaj555@yahoo.com|email']);
  // No dot in the domain: not an address; and @ glued to a word does not start a mention.
  assert.deepEqual(pairs('name@localhost'), ['name|word', '@|punct', 'localhost|word']);
});

test('hashtags with Arabic letters and underscores, mentions with ASCII names', () => {
  assert.deepEqual(pairs('#وسم #tag_1 #تأجيل_الدراسة_إلى_بعد_الحج @user_1 @F_mtr.'), [
    '#وسم|hashtag', '#tag_1|hashtag', '#تأجيل_الدراسة_إلى_بعد_الحج|hashtag', '@user_1|mention', '@F_mtr|mention',
    '.|punct',
  ]);
  assert.equal(tokenize('#إلى')[0]!.norm, '#الي');
  // Digits alone do not make a hashtag; # and @ glued to a word are punctuation.
  assert.deepEqual(pairs('#1 C# a@'), ['#|punct', '1|number', 'C|word', '#|punct', 'a|word', '@|punct']);
});

test('symbols: currency, emoji with their ZWJ sequences, skin tones and flags', () => {
  assert.deepEqual(pairs('$ € ﷼ © +'), ['$|symbol', '€|symbol', '﷼|symbol', '©|symbol', '+|symbol']);
  assert.deepEqual(texts('👨‍👩‍👧 👍🏽 🇸🇦🇻🇳 ❤️'), ['👨‍👩‍👧', '👍🏽', '🇸🇦', '🇻🇳', '❤️']);
});

test('whitespace, control characters and lone surrogates', () => {
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize(' \n\t\u00A0\u2009\u200B\u0000\u0007 '), []);
  assert.deepEqual(pairs('أ\uD800ب'), ['أ|word', '\uD800|symbol', 'ب|word']);
  assert.deepEqual(pairs('\uDC00'), ['\uDC00|symbol']);
  // Astral letters stay whole.
  assert.deepEqual(texts('𝐀𝐁 𠀀'), ['𝐀𝐁', '𠀀']);
});

test('every token of a seed paragraph slices back to the text and its key is normalizeKey of it', () => {
  const text = 'وقد شهدت زيارة الرئيس الروسي فلاديمير بوتين إلى فيتنام توقيع 15 اتفاقا ومذكرة للتفاهم بين موسكو وهانوي. '
    + 'حقوق النشر © 2009-2024 لشركة نجوم مصرية®، جميع الحقوق محفوظة.\u00A0\n';
  const tokens = tokenize(text);
  let last = 0;
  for (const t of tokens) {
    assert.ok(t.start >= last && t.end > t.start);
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(t.norm, normalizeKey(t.text));
    last = t.end;
  }
  assert.ok(tokens.some((t) => t.text === '15' && t.kind === 'number'));
  assert.ok(tokens.some((t) => t.text === '®' && t.kind === 'symbol'));
});

test('countWords counts what tokenize calls words, numbers, URLs, e-mails, hashtags and mentions', () => {
  const text = 'وقّع بوتين 15 اتفاقا، انظر www.x.com و #وسم و @user. 👍';
  const expected = tokenize(text).filter((t) => t.kind !== 'punct' && t.kind !== 'symbol').length;
  assert.equal(countWords(text), expected);
  assert.equal(countWords(text), 10);
  assert.equal(countWords(''), 0);
});

test('a long run of dotted letters is tokenised in linear time', () => {
  const text = 'a.'.repeat(100_000);
  const t0 = performance.now();
  const tokens = tokenize(text);
  assert.equal(tokens.length, 200_000);
  assert.ok(performance.now() - t0 < 2000, 'took too long: quadratic scan?');
});
