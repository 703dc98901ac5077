import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareArticles, isDateline } from './compare-articles.js';
import { renderMarkdown } from './render-markdown.js';
import { dateConflicts, quantityConflicts } from './conflicts.js';
import { prepareArticle } from './prepare.js';
import { frameStems, sameEntities, sameFrame } from './quantity-frame.js';

function only(text: string) {
  const p = prepareArticle({ id: 'x', text }, 0, 0, { clauses: false, tagEntities: false });
  const s = p.statements.find((st) => st.quantities.length > 0)!;
  return { s, q: s.quantities[0]! };
}

test('the frame of a figure is the content words beside it, not its own words', () => {
  const { s, q } = only('وأكد الإمام أن صلاة الظهر يؤديها أكثر من ألف مصل على دفعتين في المسجد.');
  const f = frameStems(s, q);
  assert.ok(f.size > 0);
  assert.ok(![...f].some((w) => w.includes('الف')), [...f].join(' '));
});

test('two counts of one noun in different frames are two counts; in one frame they are one disputed count', () => {
  const pray = only('وأكد الإمام أن صلاة الظهر يؤديها أكثر من ألف مصل على دفعتين.');
  const killed = only('ونتج عن الحادث الإجرامي استشهاد 15 مصليا، خمسة منهم من رجال الأمن.');
  assert.equal(sameFrame(pray.s, pray.q, killed.s, killed.q), false);
  const six = only('وتظاهر آلاف العراقيين الجمعة في بغداد وست محافظات من جنوب البلاد.');
  const seven = only('وشهدت بغداد وسبع محافظات في جنوب البلاد مظاهرات حاشدة.');
  assert.equal(sameFrame(six.s, six.q, seven.s, seven.q), true);
});

test('statements that name things, none of them shared, are about different things', () => {
  const mk = (text: string) => prepareArticle({ id: 'x', text }, 0, 0, { clauses: false }).statements[0]!;
  const beirut = 'وأغلق المؤشر في بيروت على ارتفاع بنسبة 0.27 بالمئة ليقفل عند 1171 نقطة.';
  const kuwait = 'وأغلق المؤشر في الكويت على ارتفاع بنسبة 0.5 بالمئة ليقفل عند 6100 نقطة.';
  const a = mk(beirut); const b = mk(kuwait);
  assert.ok(a.entities.length > 0 && b.entities.length > 0, 'both name a place');
  assert.equal(sameEntities(a, beirut, b, kuwait), false);
  assert.equal(sameEntities(a, beirut, mk(beirut), beirut), true);
});

test('in a compare, figures of one noun in one fact but in different frames are not a conflict', () => {
  const a = 'وذكرت مصادر أمنية أن منفذ الهجوم على مسجد قوات الطوارئ في أبها كان يعرف جيدا من خلال متابعته الطويلة أن صلاة الظهر يؤديها أكثر من ألف مصل على دفعتين كل يوم.';
  const b = 'وذكرت مصادر أمنية أن منفذ الهجوم على مسجد قوات الطوارئ في أبها تسبب في استشهاد 15 مصليا بينهم خمسة من رجال الأمن.';
  const c = compareArticles([{ id: 'a', text: a }, { id: 'b', text: b }], { tagEntities: false });
  const shared = c.facts.find((f) => f.articles.length === 2);
  assert.ok(shared, 'one fact');
  const pa = prepareArticle({ id: 'a', text: a }, 0, 0, { clauses: false, tagEntities: false }).statements[0]!;
  const pb = prepareArticle({ id: 'b', text: b }, 1, 1, { clauses: false, tagEntities: false }).statements[0]!;
  assert.equal(quantityConflicts(pa, pb).length, 1, 'the figures alone would conflict');
  assert.deepEqual(c.conflicts.filter((x) => x.kind === 'quantity').map((x) => x.note), []);
});

test('a dateline is where a report was filed, not a place it names', () => {
  const text = 'الكويت 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس دان مجلس الوزراء الكويتي التفجير.';
  assert.equal(isDateline(text, { text: 'الكويت', start: 0, end: 6, type: 'LOC', key: 'k' }), true);
  const dash = 'عين اليوم – الرياض أغلق مؤشر سوق الأسهم السعودية اليوم على ارتفاع.';
  assert.equal(isDateline(dash, { text: 'الرياض', start: 12, end: 18, type: 'LOC', key: 'k' }), false, 'the outlet dash comes before, not after');
  const agency = 'الرياض (رويترز) - أغلق المؤشر على ارتفاع.';
  assert.equal(isDateline(agency, { text: 'الرياض', start: 0, end: 6, type: 'LOC', key: 'k' }), true);
  const body = 'قال مسؤولون في الكويت إن الاجتماع سيعقد في 25 شوال.';
  assert.equal(isDateline(body, { text: 'الكويت', start: 15, end: 21, type: 'LOC', key: 'k' }), false);
});

test('names: two datelines, "عبد الله" against "عبدالله", and one name word spelled two ways are not conflicts', () => {
  const c = compareArticles([
    { id: 'a', text: 'المنامة 25 شوال 1436 هـ واس دان مجلس الوزراء التفجير الإرهابي في عسير. وأكد عبد الله السواط أن السوق سيشهد مشاركة واسعة. وصادق المؤتمر العام لمنظمة اليونسكو على الاتفاقية.' },
    { id: 'b', text: 'الكويت 25 شوال 1436 هـ واس دان مجلس الوزراء التفجير الإرهابي في عسير. وأكد عبدالله أن السوق سيشهد مشاركة واسعة. وصادق المؤتمر العام لمنظمة الأمم المتحدة للتربية والعلم والثقافة (اليونيسكو) على الاتفاقية.' },
  ]);
  assert.deepEqual(c.conflicts.filter((x) => x.kind === 'name').map((x) => x.note), []);
});

test('two articles that give three figures or more each and share none are not compared figure by figure', () => {
  // Two markets' closes in one template: every figure differs, none is a disputed count.
  const riyadh = 'أغلق مؤشر سوق الأسهم اليوم على ارتفاع بمقدار 135.65 نقطة بنسبة 1.56 بالمئة ليغلق عند مستوى 8834.82 نقطة بتداولات قاربت 4 مليارات ريال.';
  const beirut = 'أغلق مؤشر سوق الأسهم اليوم على ارتفاع بمقدار 3.2 نقطة بنسبة 0.27 بالمئة ليغلق عند مستوى 1171.01 نقطة بتداولات قاربت 357 ألف دولار.';
  const c = compareArticles([{ id: 'r', text: riyadh }, { id: 'b', text: beirut }], { tagEntities: false });
  assert.deepEqual(c.conflicts.filter((x) => x.kind === 'quantity').map((x) => x.note), []);
  // Figures in common make it one event, and the rest are compared: two readings of one close's turnover.
  const other = 'أغلق مؤشر سوق الأسهم اليوم على ارتفاع بمقدار 135.65 نقطة بنسبة 1.56 بالمئة ليغلق عند مستوى 8834.82 نقطة بتداولات قاربت 3 مليارات ريال.';
  const d = compareArticles([{ id: 'r', text: riyadh }, { id: 'o', text: other }], { tagEntities: false });
  assert.equal(d.conflicts.filter((x) => x.kind === 'quantity').length, 1, JSON.stringify(d.conflicts.map((x) => x.note)));
});

test('names: a title alone, one name with a word more after it, names the other sentence holds in another clause, and a country by its short name are not conflicts', () => {
  const c = compareArticles([
    { id: 'a', text: 'ذكرت صحيفة «آس» الإسبانية أمس أن الفرنسي كريم بنزيمه ما زال يداعب أحلام الفرق الإنجليزية. وفاز بالجائزة كل من: ناصر إبراهيم الضبيحي، ومنيرة صالح الحبسي، وسكنة حسن علي. ويحظى بتقدير كبير في الولايات المتحدة وفرنسا.' },
    { id: 'b', text: 'ذكرت صحيفة "أ س" الإسبانية أن الفرنسي كريم بنزيمه لا زال يداعب أحلام الفرق الإنجليزية. وفاز بالجائزة كل من: ناصر الضبيحي ومنيرة الحبسي وسكنة علي. ويحظى بتقدير كبير في أمريكا وفرنسا.' },
  ]);
  assert.deepEqual(c.conflicts.filter((x) => x.kind === 'name').map((x) => x.note), []);
});

test('two days of one fact in different frames are two events; in one frame, a disputed date', () => {
  const a = 'وكانت الحكومة العراقية قد أقرت حزمة الإصلاحات في جلسة استثنائية في 9 أغسطس 2015 بحضور الوزراء جميعا في بغداد.';
  const b = 'وطالب رئيس مجلس النواب سليم الجبوري في 11 أغسطس 2015 بإقالة الوزراء المتهمين في قضايا الفساد المالي ضمن حزمة الإصلاحات التي أقرتها الحكومة العراقية.';
  const pa = prepareArticle({ id: 'a', text: a }, 0, 0, { tagEntities: false, clauses: false }).statements[0]!;
  const pb = prepareArticle({ id: 'b', text: b }, 1, 1, { tagEntities: false, clauses: false }).statements[0]!;
  assert.equal(dateConflicts(pa, pb).length, 1, 'the dates alone would conflict');
  const c = compareArticles([{ id: 'a', text: a }, { id: 'b', text: b }], { tagEntities: false });
  assert.ok(c.facts.some((f) => f.articles.length === 2), 'one fact');
  assert.deepEqual(c.conflicts.filter((x) => x.kind === 'date').map((x) => x.note), []);
  const x = 'غيّب الموت مساء 7 أغسطس 2015 في العاصمة الفرنسية باريس الإعلامي السعودي سعود الدوسري إثر تعرضه لنوبة قلبية.';
  const y = 'فجع الوسط الإعلامي برحيل المذيع سعود الدوسري الذي وافته المنية فجر 8 أغسطس 2015 في مكان إقامته بالعاصمة الفرنسية باريس.';
  const d = compareArticles([{ id: 'x', text: x, published: '2015-08-09' }, { id: 'y', text: y, published: '2015-08-09' }], { tagEntities: false });
  assert.equal(d.conflicts.filter((k) => k.kind === 'date').length, 1, JSON.stringify(d.conflicts.map((k) => k.note)));
});

test('two numbered items of one list written alike are not two accounts of one item', () => {
  const a = 'وبعد النظر في قرار مجلس الشورى رقم (60/33) وتاريخ 8/7/1436هـ قرر مجلس الوزراء الموافقة على نظام الجمعيات الأهلية.';
  const b = 'وبعد النظر في قرار مجلس الشورى رقم (104/47) وتاريخ 28/7/1433هـ قرر مجلس الوزراء الموافقة على نظام الجمعيات الأهلية.';
  const pa = prepareArticle({ id: 'a', text: a }, 0, 0, { tagEntities: false, clauses: false }).statements[0]!;
  const pb = prepareArticle({ id: 'b', text: b }, 1, 1, { tagEntities: false, clauses: false }).statements[0]!;
  assert.equal(dateConflicts(pa, pb).length, 1, 'the dates alone would conflict');
  const c = compareArticles([{ id: 'a', text: a }, { id: 'b', text: b }], { tagEntities: false });
  assert.deepEqual(c.conflicts.map((x) => x.note), []);
  // The same decision number: a disputed date.
  const d = compareArticles([{ id: 'a', text: a }, { id: 'b', text: b.replace('104/47', '60/33') }], { tagEntities: false });
  assert.equal(d.conflicts.filter((x) => x.kind === 'date').length, 1);
});

test('two moments of one market, each with its time of day, are not one disputed price', () => {
  const a = 'وارتفع سعر الذهب في المعاملات الفورية 0.2 بالمئة إلى 1087.61 دولار للأوقية بحلول الساعة 1910 بتوقيت جرينتش بعد بيانات الوظائف.';
  const b = 'وارتفع سعر الذهب في المعاملات الفورية 0.1 بالمئة إلى 1086.20 دولار للأوقية بحلول الساعة 0633 بتوقيت جرينتش بعد بيانات الوظائف.';
  const c = compareArticles([{ id: 'a', text: a }, { id: 'b', text: b }], { tagEntities: false });
  assert.deepEqual(c.conflicts.filter((x) => x.kind === 'quantity').map((x) => x.note), []);
  const d = compareArticles([{ id: 'a', text: a }, { id: 'b', text: b.replace('0633', '1910') }], { tagEntities: false });
  assert.ok(d.conflicts.some((x) => x.kind === 'quantity'), 'at the same hour the two prices are a disputed figure');
});

test('a figure changed in a copy of one wire text is a difference within copies, and the pages list it first', () => {
  const base = 'وأظهرت النشرة الشهرية الصادرة عن مؤسسة النقد العربي السعودي تراجع الموجودات الأجنبية لشهر يونيو بمقدار 227 مليار ريال مقارنة بشهر مايو الماضي، وعزت المؤسسة ذلك إلى تراجع أسعار النفط وزيادة الإنفاق الحكومي على المشاريع التنموية في مختلف مناطق المملكة خلال الفترة الماضية.';
  const c = compareArticles([{ id: 'a', text: base }, { id: 'b', text: base.replace('227 مليار', '27 مليار') }], { tagEntities: false });
  const q = c.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(q, JSON.stringify(c.conflicts.map((x) => x.note)));
  assert.equal(q.withinCopies, true);
  assert.ok(c.wireCopies.length > 0);
  assert.match(renderMarkdown(c), /تعديل في نسختين من النص نفسه/);
});
