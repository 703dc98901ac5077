import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer } from './engine.js';
import type { ClusterArticle } from './features.js';
import { restoreState, saveState } from './state.js';

// Short news items written for these tests (not taken from any outlet).
const HOUR = 3_600_000;
const T0 = Date.UTC(2015, 7, 9, 8);

const corona =
  'أعلنت وزارة الصحة السعودية اليوم تسجيل اثنتي عشرة إصابة جديدة بفيروس كورونا المسبب لمتلازمة الشرق الأوسط ' +
  'التنفسية في مدينة الرياض، مشيرة إلى أن ثلاثة من المصابين يرقدون في العناية المركزة. وأوضحت الوزارة في بيانها ' +
  'أن الفرق الطبية تتابع جميع المخالطين وأن عدد الحالات منذ بداية العام بلغ 350 حالة، داعية المواطنين إلى الالتزام ' +
  'بإجراءات الوقاية وغسل اليدين وتجنب مخالطة الإبل المصابة.';

export const ARTICLES: ClusterArticle[] = [
  { id: 'corona-1', title: 'الصحة تسجل 12 إصابة جديدة بكورونا في الرياض', text: corona, time: T0, outlet: 'a' },
  { id: 'fire-1', title: 'حريق في مستودع للأخشاب بجدة دون إصابات', time: T0 + HOUR, outlet: 'a',
    text: 'باشرت فرق الدفاع المدني بمحافظة جدة حريقا اندلع في مستودع للأخشاب بحي الصناعية، وتمكنت من السيطرة عليه خلال ساعتين دون تسجيل أي إصابات، فيما فتحت الجهات المختصة تحقيقا لمعرفة أسباب الحريق.' },
  { id: 'corona-2', title: 'كورونا: 12 حالة جديدة في العاصمة', outlet: 'b', time: T0 + 2 * HOUR,
    text: corona.replace('اليوم', 'مساء اليوم').replace('داعية المواطنين', 'ودعت المواطنين') },
  { id: 'super-1', title: 'الهلال يفوز على النصر بهدفين ويتوج بكأس السوبر في لندن', outlet: 'a', time: T0 + 3 * HOUR,
    text: 'توج فريق الهلال بلقب كأس السوبر السعودي بعد فوزه على النصر بهدفين دون رد في المباراة التي أقيمت على ملعب لوفتس رود في العاصمة البريطانية لندن، وسجل الهدفين المهاجم ناصر الشمراني في الشوط الثاني.' },
  { id: 'corona-3', title: 'ارتفاع إصابات كورونا في الرياض إلى 350 منذ بداية العام', outlet: 'c', time: T0 + 4 * HOUR,
    text: 'قالت وزارة الصحة إن اثني عشر شخصا أصيبوا بفيروس كورونا في الرياض خلال الساعات الماضية، ثلاثة منهم في العناية المركزة، ليرتفع عدد حالات العام إلى 350 حالة، وحثت الوزارة المواطنين على الوقاية وتجنب مخالطة الإبل.' },
  { id: 'super-2', title: 'الهلال بطلا لكأس السوبر السعودي بعد الفوز على النصر في لندن', outlet: 'b', time: T0 + 5 * HOUR },
  { id: 'fire-2', title: 'الدفاع المدني يخمد حريق مستودع الأخشاب في جدة', outlet: 'c', time: T0 + 6 * HOUR,
    text: 'أخمدت فرق الدفاع المدني في جدة حريقا شب في مستودع للأخشاب بالحي الصناعي دون إصابات، وقال المتحدث إن التحقيق جار لمعرفة أسباب الحريق.' },
];

function run(articles: ClusterArticle[], c = new StoryClusterer()) {
  const out = articles.map((a) => c.add(a));
  c.flush();
  return { c, labels: out.map((r) => c.storyLabel(r.story)), copies: out.map((r) => r.copyOf) };
}

test('a wire copy names the earlier copy and joins its story', () => {
  const { labels, copies } = run(ARTICLES);
  assert.equal(copies[2], 'corona-1');
  assert.equal(labels[2], labels[0]);
  assert.equal(copies[0], undefined);
});

test('a rewritten report of the same event joins the story without being a copy', () => {
  const { labels, copies } = run(ARTICLES);
  assert.equal(labels[4], labels[0]);
  assert.equal(copies[4], undefined);
  assert.equal(labels[6], labels[1], 'the two reports of the Jeddah fire');
});

test('different events stay apart', () => {
  const { labels } = run(ARTICLES);
  assert.equal(new Set([labels[0], labels[1], labels[3]]).size, 3);
});

test('an article with a title only finds its story', () => {
  const { labels } = run(ARTICLES);
  assert.equal(labels[5], labels[3]);
});

test('deterministic: the same input order gives the same stories', () => {
  const a = run(ARTICLES);
  const b = run(ARTICLES);
  assert.deepEqual(a.labels, b.labels);
  assert.deepEqual(a.copies, b.copies);
});

test('a story falls silent after silenceHours without a new article', () => {
  const late: ClusterArticle = { ...ARTICLES[4]!, id: 'corona-late', time: T0 + 10 * 24 * HOUR };
  const { labels, copies } = run([...ARTICLES, late]);
  assert.notEqual(labels[7], labels[0]);
  assert.equal(copies[7], undefined, 'copies of a closed story are forgotten too');
  const { labels: open } = run([...ARTICLES, late], new StoryClusterer({ silenceHours: 24 * 30 }));
  assert.equal(open[7], open[0]);
});

test('without publication times, a story still closes once maxOpenStories is exceeded', () => {
  const c = new StoryClusterer({ maxOpenStories: 2, sweepEvery: 1 });
  const undated = ARTICLES.map(({ time: _time, ...a }) => a);
  run(undated, c);
  assert.ok(c.counts().openStories <= 2);
});

test('the periodic check merges stories that turn out to be one, into the older', () => {
  // Joining by score (and its second chance) is switched off: fire-3, a copy of fire-2, joins it as a copy; only the
  // merge check can then bring in the first fire report.
  const c = new StoryClusterer({ joinThreshold: 2, anchorPairs: 0, mergeThreshold: 0.2, sweepEvery: 1 });
  const fires = [ARTICLES[1]!, ARTICLES[6]!, { ...ARTICLES[6]!, id: 'fire-3' }];
  const out = fires.map((a) => c.add(a));
  c.flush();
  const labels = out.map((r) => c.storyLabel(r.story));
  assert.equal(new Set(labels).size, 1);
  assert.equal(labels[0], 's1');
  assert.ok(c.counts().merges >= 1);
});

test('second chance: rare word pairs shared with a story of other outlets let a low-scoring article join', () => {
  // Joining by score alone is switched off (joinThreshold 2); the second chance needs any score (anchorJoin 0).
  const only = { joinThreshold: 2, anchorJoin: 0, mergeThreshold: 2 };
  const fires = (outlet: string) => [ARTICLES[1]!, { ...ARTICLES[6]!, outlet }];
  const labelsOf = (articles: ClusterArticle[], options: ConstructorParameters<typeof StoryClusterer>[0]) => run(articles, new StoryClusterer(options)).labels;
  const joined = labelsOf(fires('c'), only);
  assert.equal(joined[1], joined[0], 'the two fire reports share "الدفاع المدني", "مستودع للأخشاب", "أسباب الحريق"');
  assert.notEqual(labelsOf(fires('a'), only)[1], labelsOf(fires('a'), only)[0], 'not when the outlet already reported the story');
  const off = labelsOf(fires('c'), { ...only, anchorPairs: 0 });
  assert.notEqual(off[1], off[0], 'not when the second chance is off');
  const common = labelsOf(fires('c'), { ...only, anchorMaxDf: 0 });
  assert.notEqual(common[1], common[0], 'not when no pair counts as rare');
  const apart = labelsOf(fires('c'), { ...only, anchorHours: 2 });
  assert.notEqual(apart[1], apart[0], 'not when the story is five hours older than the article and anchorHours is 2');
  const other = labelsOf([ARTICLES[0]!, { ...ARTICLES[6]!, outlet: 'c' }], only);
  assert.notEqual(other[1], other[0], 'not between a health report and a fire report');
});

test('the second chance works the same after a save and restore (word pairs, their counts and outlets are kept)', () => {
  const only = { joinThreshold: 2, anchorJoin: 0, mergeThreshold: 2 };
  for (const outlet of ['c', 'a']) {
    const first = new StoryClusterer(only);
    const fire1 = first.add(ARTICLES[1]!);
    first.add(ARTICLES[0]!);
    const restored = restoreState(JSON.parse(JSON.stringify(saveState(first))), only);
    const fire2 = restored.add({ ...ARTICLES[6]!, outlet });
    assert.equal(restored.storyLabel(fire2.story) === restored.storyLabel(fire1.story), outlet === 'c', outlet);
  }
});

/** A longer stream: stories drawn from a few vocabularies, with a seeded generator. */
function syntheticStream(n: number): ClusterArticle[] {
  let seed = 12345;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const topics = [
    ['الحوثيين', 'عدن', 'المقاومة', 'الشرعية', 'زنجبار', 'أبين', 'التحالف', 'غارات'],
    ['النفط', 'برنت', 'الأسعار', 'أوبك', 'الإنتاج', 'البرميل', 'الأسواق', 'الطلب'],
    ['الهلال', 'النصر', 'السوبر', 'لندن', 'المدرب', 'الدوري', 'المباراة', 'الجماهير'],
    ['الحج', 'الحجاج', 'المشاعر', 'الخدمات', 'الوزارة', 'المسار', 'الإلكتروني', 'الشرائح'],
  ];
  const filler = ['أعلن', 'قال', 'أكد', 'أوضح', 'المسؤول', 'اليوم', 'خلال', 'الأسبوع', 'الجديد', 'الكبير'];
  const out: ClusterArticle[] = [];
  for (let i = 0; i < n; i++) {
    const topic = topics[Math.floor(rand() * topics.length)]!;
    const words = Array.from({ length: 40 }, () => (rand() < 0.6 ? topic : filler)[Math.floor(rand() * 8)]!);
    const title = Array.from({ length: 6 }, () => topic[Math.floor(rand() * topic.length)]!).join(' ');
    out.push({ id: `x${i}`, title, text: `${words.join(' ')} ${Math.floor(rand() * 50)}`, time: T0 + i * 20 * 60_000, outlet: `o${i % 7}` });
  }
  return out;
}

test('saved and restored halfway, through JSON, the run gives the same stories as one that never stopped', () => {
  const stream = [...ARTICLES, ...syntheticStream(400)];
  const straight = run(stream, new StoryClusterer({ sweepEvery: 50 }));
  const first = new StoryClusterer({ sweepEvery: 50 });
  const half = Math.floor(stream.length / 2) + 3; // not on a sweep boundary
  const before = stream.slice(0, half).map((a) => first.add(a));
  const restored = restoreState(JSON.parse(JSON.stringify(saveState(first))));
  const after = stream.slice(half).map((a) => restored.add(a));
  restored.flush();
  const labels = [...before, ...after].map((r) => restored.storyLabel(r.story));
  assert.deepEqual(labels, straight.labels);
  assert.deepEqual([...before, ...after].map((r) => r.copyOf), straight.copies);
  assert.deepEqual(restored.counts(), straight.c.counts());
});

test('the open window stays bounded on a long dated stream', () => {
  const c = new StoryClusterer({ silenceHours: 24, sweepEvery: 50 });
  const stream = syntheticStream(2000);
  let most = 0;
  for (const a of stream) {
    c.add(a);
    most = Math.max(most, c.counts().openCopyEntries);
  }
  // 2,000 articles 20 minutes apart span 27 days; a day holds 72 of them, and a sweep comes every 50.
  assert.ok(most <= 72 + 50, String(most));
});

test('one outlet filing from two cities wrote about two things; datelines of other outlets, or none, say nothing', () => {
  const close = (market: string, pct: string) => `أغلق مؤشر ${market} تداولاته اليوم على ارتفاع بنسبة ${pct} بالمئة ليقفل عند مستوى مرتفع، وسط تداولات نشطة شملت أسهم البنوك والعقارات والاتصالات وارتفاع أسهم معظم الشركات المدرجة في السوق.`;
  const reports: ClusterArticle[] = [
    { id: 'beirut', title: 'مؤشر البورصة يغلق على ارتفاع', text: close('البورصة', '0.27'), outlet: 'was', dateline: 'بيروت', time: T0 },
    { id: 'kuwait', title: 'مؤشر البورصة يغلق على ارتفاع', text: close('السوق', '0.51'), outlet: 'was', dateline: 'الكويت', time: T0 + HOUR / 4 },
  ];
  const apart = run(reports).labels;
  assert.notEqual(apart[0], apart[1]);
  // The same reports without datelines, or from two outlets, are one story by their words.
  assert.equal(new Set(run(reports.map(({ dateline: _d, ...r }) => r)).labels).size, 1);
  assert.equal(new Set(run([reports[0]!, { ...reports[1]!, outlet: 'other' }]).labels).size, 1);
});
