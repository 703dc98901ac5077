import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareArticles } from './compare-articles.js';

const A = 'أعلنت وزارة الصحة مقتل 12 شخصا في انفجار بمدينة حلب يوم الثلاثاء. وقالت الوزارة إن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض.';
const B = 'قتل 20 شخصا في انفجار هز مدينة حلب الثلاثاء، بحسب وزارة الصحة. وأضافت الوزارة أن فرق الإنقاذ تواصل البحث عن ناجين. وأدان الاتحاد الأوروبي الهجوم.';

test('a shared fact with different figures is a conflict; a fact one outlet adds is unique', () => {
  const c = compareArticles([{ id: 'a', text: A, published: '2024-03-06' }, { id: 'b', text: B, published: '2024-03-06' }], { tagEntities: false });
  const conflict = c.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(conflict, JSON.stringify(c.facts.map((f) => [f.status, f.mentions.map((m) => m.text)])));
  assert.deepEqual(conflict.values.map((v) => v.value), [12, 20]);
  const eu = c.facts.find((f) => f.mentions.some((m) => m.text.includes('الاتحاد الأوروبي')))!;
  assert.equal(eu.status, 'unique');
  assert.deepEqual(eu.articles, ['b']);
  const rescue = c.facts.find((f) => f.mentions.some((m) => m.text.includes('فرق الإنقاذ ما زالت')))!;
  assert.deepEqual(rescue.articles, ['a', 'b']);
});

test('three reprints of one wire text are one independent account', () => {
  const wire = `${A} وأضافت أن عدد الجرحى بلغ ثلاثين شخصا نقلوا إلى مستشفيات المدينة، وأن السلطات فتحت تحقيقا في أسباب الانفجار.`;
  const c = compareArticles([
    { id: 'w1', text: wire, published: '2024-03-06T10:00:00Z' },
    { id: 'w2', text: wire.replace('يوم الثلاثاء', 'الثلاثاء'), published: '2024-03-06T11:00:00Z' },
    { id: 'w3', text: `${wire} المصدر: وكالات.`, published: '2024-03-06T12:00:00Z' },
    { id: 'b', text: B, published: '2024-03-06' },
  ], { tagEntities: false });
  assert.equal(c.wireCopies.length, 1);
  assert.deepEqual(c.wireCopies[0]!.articles, ['w1', 'w2', 'w3']);
  assert.equal(c.wireCopies[0]!.original, 'w1');
  assert.equal(c.articles.find((a) => a.id === 'w3')!.copyOf, 'w1');
  const rescue = c.facts.find((f) => f.mentions.some((m) => m.text.includes('فرق الإنقاذ')))!;
  assert.equal(rescue.articles.length, 4);
  assert.equal(rescue.independent, 2);
  assert.ok(c.similarity.find((s) => s.a === 'w1' && s.b === 'w2')!.copy);
});

test('one article: a clear note, and its facts still listed', () => {
  const c = compareArticles([{ id: 'a', text: A }], { tagEntities: false });
  assert.ok(c.notes.some((n) => n.code === 'single-article'));
  assert.ok(c.facts.length >= 2);
  assert.ok(c.facts.every((f) => f.status === 'unique'));
  assert.deepEqual(c.similarity, []);
});

test('an article with no sentences and an article in another language are reported, not crashed on', () => {
  const c = compareArticles([
    { id: 'a', text: A },
    { id: 'empty', text: '   \n ' },
    { id: 'en', text: 'Twelve people were killed in an explosion in Aleppo on Tuesday, the health ministry said.' },
    { id: 'b', text: B },
  ], { tagEntities: false });
  assert.ok(c.notes.some((n) => n.code === 'no-sentences' && n.articles?.includes('empty')));
  assert.ok(c.notes.some((n) => n.code === 'language' && n.articles?.includes('en')));
  assert.ok(c.facts.every((f) => !(f.articles.includes('en') && f.articles.length > 1)));
});

test('fifty articles stay bounded', () => {
  const inputs = Array.from({ length: 50 }, (_, k) => ({ id: `a${k}`, text: k % 2 ? A : B }));
  const started = performance.now();
  const c = compareArticles(inputs, { tagEntities: false });
  assert.equal(c.articles.length, 50);
  assert.equal(c.similarity.length, (50 * 49) / 2);
  assert.ok(performance.now() - started < 20_000);
});

test('duplicate ids are refused', () => {
  assert.throws(() => compareArticles([{ id: 'a', text: A }, { id: 'a', text: B }]), { code: 'E_DUPLICATE_ID' });
});

test('figures of "others" are two counts, not one disputed count; a thousands separator is read both ways', () => {
  const a = 'قتل 4 حوثيين وأصيب 163 آخرون في زنجبار. وأحبط رجال الجمارك بمنفذ الحديثة تهريب (320.000) حبة كبتاجون.';
  const b = 'قتل 4 حوثيين وأصيب 18 آخرون في زنجبار. وأحبط رجال الجمارك بمنفذ الحديثة تهريب 320 ألف حبة كبتاجون.';
  const c = compareArticles([{ id: 'a', text: a }, { id: 'b', text: b }], { tagEntities: false });
  assert.deepEqual(c.conflicts.filter((x) => x.kind === 'quantity'), []);
});

test('one disputed count is reported once per pair of articles, however many statements repeat it', () => {
  const a = 'وشهدت بغداد وست محافظات في جنوب البلاد مظاهرات حاشدة احتجاجا على الفساد. وخرج المتظاهرون في ست محافظات جنوبية رافعين المطالب ذاتها.';
  const b = 'وشهدت بغداد وسبع محافظات في جنوب البلاد مظاهرات حاشدة احتجاجا على الفساد.';
  const c = compareArticles([{ id: 'a', text: a }, { id: 'b', text: b }], { tagEntities: false });
  const q = c.conflicts.filter((x) => x.kind === 'quantity');
  assert.equal(q.length, 1, JSON.stringify(q.map((x) => x.note)));
  assert.deepEqual(q[0]!.values.map((v) => v.value), [6, 7]);
});

test('names: two names of one agency, close transliterations, an honorific and a name the other sentence holds untagged are not conflicts', () => {
  const c = compareArticles([
    { id: 'a', text: 'وأوضح مصدر أمني لوكالة الصحافة الفرنسية أن المهاجم تسلل إلى مجموعة الطلاب. وقال دمرطاش إن على الحزب أن يرفع إصبعه عن الزناد فورا.' },
    { id: 'b', text: 'وأوضح مصدر أمني لوكالة فرانس برس أن المهاجم تسلل إلى مجموعة الطلاب. وقال دمرداش إن على الحزب أن يرفع إصبعه عن الزناد فورا.' },
  ]);
  assert.deepEqual(c.conflicts.filter((x) => x.kind === 'name').map((x) => x.note), []);
});

test('one figure written two ways is not a conflict', () => {
  const a = 'وبلغت قيمة العقود 665,932,983 مليون ريال لتنفيذ المشاريع الجديدة في المنطقة.';
  const b = 'وبلغت قيمة العقود 665.932.983 ريالا لتنفيذ المشاريع الجديدة في المنطقة.';
  const c = compareArticles([{ id: 'a', text: a }, { id: 'b', text: b }], { tagEntities: false });
  assert.deepEqual(c.conflicts.filter((x) => x.kind === 'quantity').map((x) => x.note), []);
});

test('figures are compared between statements that are each other\'s closest, not between any two that share a noun', () => {
  const a = 'ووقع التفجير داخل مسجد قوات الطوارئ في أبها أثناء صلاة الظهر. وقال الإمام إن صلاة الظهر في مسجد قوات الطوارئ يؤديها يوميا أكثر من ألف مصل.';
  const b = 'واستشهد 15 مصليا في التفجير داخل مسجد قوات الطوارئ في أبها أثناء صلاة الظهر.';
  const c = compareArticles([{ id: 'a', text: a }, { id: 'b', text: b }], { tagEntities: false });
  assert.ok(c.facts.some((f) => f.articles.length === 2), 'the bombing is one fact');
  assert.deepEqual(c.conflicts.filter((x) => x.kind === 'quantity').map((x) => x.note), []);
});

test('words one outlet puts in several mouths are stock phrases, not a misattribution', () => {
  const a = 'وقال النائب طلال الجلال إن هذا العمل الإجرامي يتنافى مع كل القيم الإنسانية والشرائع السماوية. وقال النائب فيصل الحمدان إن هذا العمل الإجرامي يتنافى مع كل القيم الإنسانية والشرائع السماوية.';
  const b = 'وأكد النائب محمد الظفيري أن هذا العمل الإجرامي يتنافى مع كل القيم الإنسانية والشرائع السماوية.';
  const c = compareArticles([{ id: 'a', text: a }, { id: 'b', text: b }]);
  assert.deepEqual(c.conflicts.filter((x) => x.kind === 'attribution').map((x) => x.note), []);
});

test('the day a fact was reported is not the day it happened', () => {
  const a = 'وأكد حلف شمال الأطلسي اليوم السبت أن ثمانية متعاقدين قتلوا في الهجوم على القاعدة العسكرية في كابول.';
  const b = 'وقتل ثمانية متعاقدين في الهجوم على القاعدة العسكرية في كابول مساء الجمعة.';
  const c = compareArticles([{ id: 'a', text: a }, { id: 'b', text: b }], { tagEntities: false });
  assert.ok(c.facts.some((f) => f.articles.length === 2), 'one fact');
  assert.deepEqual(c.conflicts.filter((x) => x.kind === 'date').map((x) => x.note), []);
});
