import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { cleanText, toSourceOffset, type Cleaned } from './index.js';
import { matchDateline } from './dateline.js';

const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url));
const seed = (prefix: string) => readFileSync(EXAMPLES + readdirSync(EXAMPLES).find((f) => f.startsWith(prefix))!, 'utf8');

/** The invariants every cleaning keeps: slices map back, the ledger quotes the source, nothing is lost silently. */
function assertInvariants(source: string, r: Cleaned): void {
  let rebuilt = '';
  for (const [k, seg] of r.segments.entries()) {
    assert.equal(r.text.slice(seg.textStart, seg.textStart + seg.end - seg.start), source.slice(seg.start, seg.end));
    if (k > 0) {
      const prev = r.segments[k - 1]!;
      assert.ok(seg.start >= prev.end, 'segments are in source order');
      // Between two slices only a line or paragraph break is inserted.
      assert.match(r.text.slice(prev.textStart + prev.end - prev.start, seg.textStart), /^\n\n?$/);
    }
    rebuilt += source.slice(seg.start, seg.end);
  }
  assert.equal(r.text.replace(/\n/g, ''), rebuilt.replace(/\n/g, ''));
  const covered = new Uint8Array(source.length);
  for (const seg of r.segments) for (let i = seg.start; i < seg.end; i++) covered[i]! += 1;
  for (const x of r.removed) {
    assert.equal(x.text, source.slice(x.start, x.end));
    for (let i = x.start; i < x.end; i++) covered[i]! += 2;
  }
  for (let i = 0; i < source.length; i++) {
    // Kept and removed never overlap; every visible character is one or the other.
    assert.ok(covered[i] !== 3 && !(covered[i]! > 3), `offset ${i} both kept and removed`);
    if (covered[i] === 0) assert.match(source[i]!, /\s/u, `offset ${i} (${JSON.stringify(source[i])}) silently dropped`);
  }
}

test('seed 001: captions, boilerplate and no-break-space lines are removed, every report sentence is kept', () => {
  const source = seed('001_');
  const r = cleanText(source, { format: 'text' });
  assertInvariants(source, r);
  const reasonOf = (text: string) => r.removed.find((x) => x.text.includes(text))?.reason;
  // The first line, followed by a blank line, is the headline: moved to `title`, not taken for a caption.
  assert.equal(r.meta.title, 'الرئيس الروسي يصل إلى فيتنام قادماً من كوريا الشمالية وسط انتقادات أميركية');
  assert.equal(reasonOf('الرئيس الروسي يصل إلى فيتنام'), 'title');
  for (const caption of ['مراسم استقبال الرئيس الروسي فلاديمير بوتين في فيتنام', 'الرئيس الروسي بوتين والرئيس الفيتنامي تو لام يتصافحان', 'اجتماع موسع للرئيس بوتين مع نظيره الفيتنامي', 'كيم مستقبلاً بوتين بالساحة الرئيسية في بيونغ يانغ أمس', 'كيم يستقبل بوتين في مطار بيونغ يانغ']) {
    assert.equal(reasonOf(caption), 'caption', caption);
  }
  assert.equal(reasonOf('قد يهمك:'), 'related-links');
  assert.equal(reasonOf('عن الكاتب:'), 'author-box');
  assert.equal(reasonOf('اترك رد'), 'comment-prompt');
  assert.equal(reasonOf('جميع الحقوق محفوظة'), 'copyright');
  const nbspLines = source.split('\n').filter((l) => l.includes('\u00a0') && l.trim() === '').length;
  const nbspRemoved = r.removed.filter((x) => x.reason === 'whitespace-line').reduce((n, x) => n + (x.text.match(/\u00a0/g)?.length ?? 0), 0);
  assert.equal(nbspRemoved, nbspLines);
  assert.ok(nbspLines >= 10);
  const sentences = source.split('\n').map((l) => l.trim()).filter((l) => /[.]$/.test(l) && !l.startsWith('جميع المحتويات'));
  assert.equal(sentences.length, 17);
  for (const s of sentences) assert.ok(r.text.includes(s), `kept: ${s.slice(0, 40)}`);
});

test('seed 000: the closing "(وكالات)" becomes the agency; the sentence repeated inside lines is kept twice', () => {
  const source = seed('000_');
  const r = cleanText(source, { format: 'text' });
  assertInvariants(source, r);
  assert.equal(r.meta.agency, 'وكالات');
  assert.deepEqual(r.removed.map((x) => [x.reason, x.text]), [['agency-credit', '(وكالات)']]);
  // No title: the first line runs straight into the second.
  assert.equal(r.meta.title, undefined);
  const repeated = 'ووصفت الخارجية الأمريكية تعميق العلاقات الروسية الكورية الشمالية بالأمر «المقلق للغاية»';
  assert.equal(r.text.split(repeated).length - 1, 2);
});

test('offsets in the clean text map back to the source', () => {
  const source = seed('001_');
  const r = cleanText(source);
  for (const word of ['يسعى', 'نوين فو ترونغ', '15 اتفاقا', 'وثيقة ثورية']) {
    const at = r.text.indexOf(word);
    const src = toSourceOffset(r.segments, at);
    assert.equal(source.slice(src, src + word.length), word);
  }
});

test('datelines: agency, outlet and place forms; prose is not a dateline', () => {
  const cases: Array<[string, string | undefined, string | undefined]> = [
    ['هانوي - (وكالات): تعهدت روسيا وفيتنام بتعميق العلاقات بينهما', 'هانوي - (وكالات)', 'وكالات'],
    ['دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة أن فصائل مسلحة', 'دمشق، سوريا (CNN)', undefined],
    ['واشنطن – رويترز: قال مسؤولون أمريكيون إن المحادثات ستستأنف', 'واشنطن – رويترز', 'رويترز'],
    ['باريس (أ.ف.ب) - أعلنت الحكومة الفرنسية اليوم عن خطة جديدة', 'باريس (أ.ف.ب)', 'أ ف ب'],
    ['بيروت 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس', 'بيروت 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس', 'واس'],
    ['فايز الأسمري- سبق- الرياض: كشف رئيس نادي الهلال سابقا قصة الخاتم', 'فايز الأسمري- سبق- الرياض', undefined],
    ['الرياض - أعلنت وزارة الصحة اليوم تسجيل حالات جديدة في المنطقة', 'الرياض', undefined],
  ];
  for (const [text, dateline, agency] of cases) {
    const m = matchDateline(text);
    assert.equal(m?.dateline, dateline, text);
    assert.equal(m?.agency, agency, text);
  }
  for (const prose of [
    'عرض صاحب متحف " Armoured Technology" بمنطقة ليبيريتس عربتين للبيع',
    'أكد الرئيس (الأمريكي) أن المحادثات مستمرة منذ أسابيع طويلة',
    'نعم - لا',
  ]) assert.equal(matchDateline(prose), undefined, prose);
});

test('a dateline is cut off the first paragraph; the rest of the line is kept as it is', () => {
  const source = 'هانوي - (وكالات): تعهدت روسيا وفيتنام بتعميق العلاقات.\nوتوجه بوتين إلى فيتنام بعد قمة في بيونغ يانغ.';
  const r = cleanText(source);
  assertInvariants(source, r);
  assert.equal(r.meta.dateline, 'هانوي - (وكالات)');
  assert.equal(r.meta.agency, 'وكالات');
  assert.ok(r.text.startsWith('تعهدت روسيا'));
});

test('an agency credit at the end of the last paragraph is cut; one inside the text is a quoted source', () => {
  const source = 'قال المتحدث إن وكالة (رويترز) نقلت الخبر أولا.\nوأكدت اليابان قلقها من الاتفاقية الجديدة. (أ ف ب)';
  const r = cleanText(source);
  assertInvariants(source, r);
  assert.equal(r.meta.agency, 'أ ف ب');
  assert.ok(r.text.includes('(رويترز)'));
  assert.ok(r.text.endsWith('الجديدة. '));
});

test('a related-links heading takes its list of titles with it, up to the next prose', () => {
  const source = [
    'أعلنت الحكومة اليوم عن خطة جديدة لدعم الصادرات غير النفطية خلال السنوات الخمس المقبلة في البلاد.', '',
    'اقرأ أيضاً:', 'ارتفاع أسعار النفط في الأسواق العالمية', 'البنك المركزي يثبت أسعار الفائدة', '',
    'وأوضح الوزير أن الخطة تشمل حوافز ضريبية للشركات الصغيرة والمتوسطة في جميع المناطق الإدارية.',
  ].join('\n');
  const r = cleanText(source);
  assertInvariants(source, r);
  assert.deepEqual(r.removed.map((x) => x.reason), ['related-links']);
  assert.ok(r.removed[0]!.text.includes('البنك المركزي'));
  assert.ok(r.text.includes('وأوضح الوزير'));
});

test('captions: a short line where a picture was; crossheads and unpunctuated prose stay', () => {
  const para = [
    'أعلنت الحكومة اليوم عن خطة جديدة لدعم الصادرات غير النفطية خلال السنوات الخمس المقبلة في البلاد',
    'وأوضح الوزير أن الخطة تشمل حوافز ضريبية للشركات الصغيرة والمتوسطة في جميع المناطق الإدارية',
    'ومن المتوقع أن تبدأ المرحلة الأولى مطلع العام المقبل بحسب البيان الصادر عن الوزارة اليوم',
  ];
  const title = 'خطة لدعم الصادرات';
  const short = 'الوزير يفتتح المعرض الدولي';
  const layout = (p: string[], around: string) => [p[0], '', around, short, around, '', p[1], '', p[2]].filter((l) => l !== undefined).join('\n');
  const captions = (source: string) => cleanText(source, { title }).removed.filter((x) => x.reason === 'caption').map((x) => x.text);
  const punctuated = para.map((p) => p + '.');
  // Between the empty paragraphs a scraped <figure> leaves: a caption.
  assert.deepEqual(captions(layout(punctuated, '\u00a0\n')), [short]);
  // Between plain paragraph breaks, in the middle of the text: a crosshead, kept.
  assert.deepEqual(captions(layout(punctuated, '')), []);
  // After the last paragraph: a gallery caption.
  assert.deepEqual(captions([...punctuated.flatMap((p) => [p, '']), short].join('\n')), [short]);
  // In unpunctuated text a short paragraph is prose, wherever it stands.
  assert.deepEqual(captions(layout(para, '\u00a0\n')), []);
});

test('widget debris: share prefix, tag suffix, navigation, credit line, counters, repeated lines', () => {
  const source = [
    'Next Previous',
    'سلوى المدني ـ عين اليوم',
    'شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك اعتمد رئيس اللجنة المحلية التقسيم الجغرافي للانتخابات في المنطقة.',
    'وأوضح أن المراكز الانتخابية ستفتح أبوابها في الموعد المحدد.',
    'وأوضح أن المراكز الانتخابية ستفتح أبوابها في الموعد المحدد.',
    '0',
    'ويشمل المحور الأول قطاعات الأمانة والبلديات التابعة لها. سمات جدة زمزم علاج',
  ].join('\n');
  const r = cleanText(source);
  assertInvariants(source, r);
  assert.deepEqual(r.removed.map((x) => x.reason), ['navigation', 'byline', 'share-prompt', 'repeated-line', 'fragment', 'tags']);
  assert.equal(r.meta.author, 'سلوى المدني ـ عين اليوم');
  assert.ok(r.text.startsWith('اعتمد رئيس اللجنة'));
  assert.ok(r.text.endsWith('التابعة لها. '));
});

test('a copyright phrase quoted in a long sentence mid-text stays', () => {
  const source = [
    'قالت الشركة في بيانها إن جميع الحقوق محفوظة لها بموجب العقد الموقع مع الاتحاد منذ عام 2010 وإنها ستلجأ إلى القضاء إذا لزم الأمر لحماية مصالحها.',
    'وأضافت أن المفاوضات ما زالت جارية مع الأطراف المعنية كافة.',
    'وأكد الاتحاد أنه سيرد على البيان في وقت لاحق من الأسبوع الجاري.',
    'وكانت القضية قد أثارت جدلا واسعا في الأوساط الرياضية.',
  ].join('\n');
  assert.deepEqual(cleanText(source).removed, []);
});

test('property: invariants hold for any mix of prose, boilerplate and white space', () => {
  const pieces = [
    'وقال الوزير إن الاجتماع كان مثمرا.', 'مراسم الاستقبال في القصر', '\u00a0', '', ' ', 'قد يهمك:', 'اترك رد', 'عن الكاتب:',
    'جميع الحقوق محفوظة ©', '(وكالات)', 'الرياض - (واس): أعلنت الوزارة اليوم عن نتائج القبول في الجامعات', '0', 'التالي السابق',
    'شارك من خلال تويتر فيسبوك جوجل بلس اعتمد المجلس القرار.', 'سمات الرياض', '2026-01-08 | 12:42', 'هانوي\u2028سطر',
    'text in English.', 'a\r\nb', 'ـــ', '\ufeff',
  ];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), fc.constantFrom('text', 'html'), (parts, format) => {
    const source = parts.join('\n');
    assertInvariants(source, cleanText(source, { format: format as 'text' | 'html' }));
  }), { numRuns: 300 });
});
