import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_QUOTE_LENGTH, splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

const split = (text: string) => splitSentences(text).map((s) => s.text);

test('two sentences of the agency report split at the full stop', () => {
  const text = 'وفي ختام مباحثاته في فيتنام، قال بوتين إن روسيا لا تطلب المساعدة من أحد في عملياتها العسكرية، وليست بحاجة بعد إلى شن ضربة نووية وقائية. وأضاف أن بلاده تهتم بالتغيرات العالمية في المجال الأمني.';
  const sentences = splitSentences(text);
  assert.equal(sentences.length, 2);
  assert.ok(sentences[0]!.text.endsWith('وقائية.'));
  assert.ok(sentences[1]!.text.startsWith('وأضاف'));
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
});

test('! ? ؟ … and "..." end sentences, with the marks stuck to them', () => {
  assert.deepEqual(split('لماذا؟ لا أحد يعرف! ثم مضى… وانتهى... وبعد؟! نعم'), [
    'لماذا؟', 'لا أحد يعرف!', 'ثم مضى…', 'وانتهى...', 'وبعد؟!', 'نعم',
  ]);
  assert.deepEqual(split('Why? Because. Done!'), ['Why?', 'Because.', 'Done!']);
});

test('every line break ends a sentence: a title line without a full stop is its own sentence', () => {
  const text = 'الرئيس الروسي يصل إلى فيتنام قادماً من كوريا الشمالية وسط انتقادات أميركية\n\n'
    + 'يسعى الرئيس الروسي فلاديمير بوتين إلى تعزيز علاقات بلاده مع فيتنام.\n\u00A0\n'
    + 'مراسم استقبال الرئيس الروسي فلاديمير بوتين في فيتنام\r\n(وكالات)';
  assert.deepEqual(split(text), [
    'الرئيس الروسي يصل إلى فيتنام قادماً من كوريا الشمالية وسط انتقادات أميركية',
    'يسعى الرئيس الروسي فلاديمير بوتين إلى تعزيز علاقات بلاده مع فيتنام.',
    'مراسم استقبال الرئيس الروسي فلاديمير بوتين في فيتنام',
    '(وكالات)',
  ]);
  assert.deepEqual(split('قد يهمك:\n\nعن الكاتب:\nاترك رد'), ['قد يهمك:', 'عن الكاتب:', 'اترك رد']);
});

test('Arabic abbreviations and initials do not end a sentence', () => {
  assert.deepEqual(split('قال د. محمد الزهراني إن الوضع مستقر. وأضاف م. أحمد أن العمل مستمر.'), [
    'قال د. محمد الزهراني إن الوضع مستقر.', 'وأضاف م. أحمد أن العمل مستمر.',
  ]);
  assert.deepEqual(split('حضر أ.د. علي و أ. د. سعيد. وانتهى اللقاء.'), ['حضر أ.د. علي و أ. د. سعيد.', 'وانتهى اللقاء.']);
  assert.deepEqual(split('في شهادة لطفل يدعى راشد س. (11 عاما) قال إنه اعتقل.'), ['في شهادة لطفل يدعى راشد س. (11 عاما) قال إنه اعتقل.']);
  assert.deepEqual(split('عاش في القرن الخامس ق.م في أثينا.'), ['عاش في القرن الخامس ق.م في أثينا.']);
  assert.deepEqual(split('انظر ص. 45 من التقرير.'), ['انظر ص. 45 من التقرير.']);
});

test('م. and هـ. after a year are its era and do end the sentence', () => {
  assert.deepEqual(split('وُلد عام 1950م. ثم انتقل إلى الرياض.'), ['وُلد عام 1950م.', 'ثم انتقل إلى الرياض.']);
  assert.deepEqual(split('في عام 1445 هـ. وبعده عاد.'), ['في عام 1445 هـ.', 'وبعده عاد.']);
  assert.deepEqual(split('ولد عام 500 ق.م. وعاش في أثينا.'), ['ولد عام 500 ق.م.', 'وعاش في أثينا.']);
});

test('Latin letter names spelled in Arabic with dots are acronyms and initials', () => {
  assert.deepEqual(split('صعد سهم أو.سي.آي إن.في الهولندية للكيماويات. وزاد المؤشر.'), [
    'صعد سهم أو.سي.آي إن.في الهولندية للكيماويات.', 'وزاد المؤشر.',
  ]);
  assert.deepEqual(split('وكتبت جي. كيه. رولينج روايتها. ونجحت.'), ['وكتبت جي. كيه. رولينج روايتها.', 'ونجحت.']);
  assert.deepEqual(split('عمل في إدارة جورج دبليو. بوش عام 2004.'), ['عمل في إدارة جورج دبليو. بوش عام 2004.']);
  // Spelled with spaces and no dots, the acronym's last letter ends the sentence.
  assert.deepEqual(split('وقال لشبكة سي إن إن. ثم غادر.'), ['وقال لشبكة سي إن إن.', 'ثم غادر.']);
});

test('Latin abbreviations, initials and lower-case continuations', () => {
  assert.deepEqual(split('He met Dr. Smith in the U.S. on Jan. 5. Then he left.'), [
    'He met Dr. Smith in the U.S. on Jan. 5.', 'Then he left.',
  ]);
  assert.deepEqual(split('Some tools, e.g. Lucene, fold it. Others do not.'), ['Some tools, e.g. Lucene, fold it.', 'Others do not.']);
  assert.deepEqual(split('It was approx. five metres. J. K. Rowling wrote it.'), ['It was approx. five metres.', 'J. K. Rowling wrote it.']);
});

test('decimals in every digit set are not sentence ends', () => {
  assert.deepEqual(split('ارتفع المؤشر 0.5 في المئة إلى 407.75 نقطة. وتراجع ٣٫٥ في المئة.'), [
    'ارتفع المؤشر 0.5 في المئة إلى 407.75 نقطة.', 'وتراجع ٣٫٥ في المئة.',
  ]);
  assert.deepEqual(split('زاد بنسبة 3.5%.'), ['زاد بنسبة 3.5%.']);
});

test('a year before the full stop ends the sentence; a number opening a line is a list item', () => {
  assert.deepEqual(split('زار فيتنام في عام 2017. وتغير الكثير.'), ['زار فيتنام في عام 2017.', 'وتغير الكثير.']);
  assert.deepEqual(split('1. البند الأول\n2. البند الثاني'), ['1. البند الأول', '2. البند الثاني']);
  // Bidi controls around the dot (common in pasted lists) do not hide the list item.
  assert.deepEqual(split('1\u202A.\u202C The Conformist'), ['1\u202A.\u202C The Conformist']);
});

test('a sentence end inside a closed quotation does not split', () => {
  const text = 'وقال لام للصحفيين إن «الجانبين يريدان دعم التعاون. وهذا مهم للمنطقة» في ختام الزيارة. ثم غادر.';
  assert.deepEqual(split(text), [
    'وقال لام للصحفيين إن «الجانبين يريدان دعم التعاون. وهذا مهم للمنطقة» في ختام الزيارة.', 'ثم غادر.',
  ]);
  assert.deepEqual(split('قالت السفارة إنه “لا ينبغي. أبداً” ثم صمتت.'), ['قالت السفارة إنه “لا ينبغي. أبداً” ثم صمتت.']);
  assert.deepEqual(split('He said "we will win. Soon" and left.'), ['He said "we will win. Soon" and left.']);
});

test('a quotation ending with a full stop ends the sentence after its closing mark, unless a comma follows', () => {
  assert.deepEqual(split('قال: «نحن مستعدون. سنرد بقوة.» وأضاف أن الرد قريب.'), [
    'قال: «نحن مستعدون. سنرد بقوة.»', 'وأضاف أن الرد قريب.',
  ]);
  assert.deepEqual(split('قال: «انتهى الأمر.»، ثم خرج.'), ['قال: «انتهى الأمر.»، ثم خرج.']);
  // A question inside a quotation is usually followed by its reporting clause.
  assert.deepEqual(split('«هل ستردون؟» سأل الصحفي. ثم غادر.'), ['«هل ستردون؟» سأل الصحفي.', 'ثم غادر.']);
});

test('closing quotes and brackets after the end mark stay with the sentence', () => {
  assert.deepEqual(split('قال إنه «خطأ كبير.» وغادر. (وكالات).'), ['قال إنه «خطأ كبير.»', 'وغادر.', '(وكالات).']);
  assert.deepEqual(split('ولا يشرب إلا الماء! ”. ثم نام.'), ['ولا يشرب إلا الماء! ”.', 'ثم نام.']);
  assert.deepEqual(split('He said "we won." Then he left.'), ['He said "we won."', 'Then he left.']);
  assert.deepEqual(split('قال:"انتهى الأمر." ثم خرج.'), ['قال:"انتهى الأمر."', 'ثم خرج.']);
});

test('an unclosed or overlong quotation does not swallow the text', () => {
  assert.deepEqual(split('قال «هذا نص بلا إغلاق. ويستمر. وينتهي.'), ['قال «هذا نص بلا إغلاق.', 'ويستمر.', 'وينتهي.']);
  const long = 'كلام طويل جدا '.repeat(Math.ceil(MAX_QUOTE_LENGTH / 14));
  const sentences = split(`قال «بداية. ${long}» ثم.`);
  assert.equal(sentences.length, 2);
  assert.equal(sentences[0], 'قال «بداية.');
  // A quotation never spans a line break.
  assert.deepEqual(split('قال «أولا.\nثانيا» انتهى.'), ['قال «أولا.', 'ثانيا» انتهى.']);
});

test('a stray closing quote is not taken for an opening one', () => {
  const text = 'بأن تعاونهما ليس موجّهاً ضد أي دولة ثالثة» ويسهم في «السلام والاستقرار» في المنطقة. ووقّع لام وبوتين الاتفاقات.';
  assert.deepEqual(split(text), [
    'بأن تعاونهما ليس موجّهاً ضد أي دولة ثالثة» ويسهم في «السلام والاستقرار» في المنطقة.',
    'ووقّع لام وبوتين الاتفاقات.',
  ]);
});

test('mirrored quotation marks from right-to-left keyboards are quotations too', () => {
  assert.deepEqual(split('قال »نعم. لا« ثم مضى.'), ['قال »نعم. لا« ثم مضى.']);
});

test('punctuation with no word before it does not make a sentence of its own', () => {
  assert.deepEqual(split('... وأضاف أن الرد قريب.'), ['... وأضاف أن الرد قريب.']);
  assert.deepEqual(split('قال (...) إن الرد قريب.'), ['قال (...) إن الرد قريب.']);
  assert.deepEqual(split('***\nنص'), ['***', 'نص']);
});

test('URLs and e-mails with dots stay in their sentence', () => {
  assert.deepEqual(split('زوروا www.moh.gov.sa أو راسلونا على info@spa.gov.sa. شكراً.'), [
    'زوروا www.moh.gov.sa أو راسلونا على info@spa.gov.sa.', 'شكراً.',
  ]);
});

test('a missing space after a full stop between Arabic words still splits', () => {
  assert.deepEqual(split('انتهى الاجتماع.وقال الوزير إنه راضٍ.'), ['انتهى الاجتماع.', 'وقال الوزير إنه راضٍ.']);
});

test('spans are trimmed of spaces and invisible marks and never empty; nothing visible is lost', () => {
  const text = '\uFEFF  \u200Fأول جملة.\u00A0\u00A0 \n\n ــــــ \n\u064B\n  ثانية  \n ';
  const sentences = splitSentences(text);
  assert.deepEqual(sentences.map((s) => s.text), ['أول جملة.', 'ــــــ', '\u064B', 'ثانية']);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences(' \n\t\u200B'), []);
});

test('the tokens may be passed in and give the same result', () => {
  const text = 'تعهّدت روسيا وفيتنام بتعميق العلاقات. وتوجّه بوتين إلى فيتنام.\nعنوان';
  assert.deepEqual(splitSentences(text, tokenize(text)), splitSentences(text));
});
