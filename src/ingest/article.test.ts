import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeHtml, readArticle, safeReadArticle, toSourceOffset, toSourceSpan } from './article.js';
import { TabayyunError } from '../errors.js';

const BODY = [
  'أعلنت وزارة الصحة اليوم عن تسجيل انخفاض كبير في عدد الحالات الجديدة خلال الأسبوع الماضي في جميع المناطق.',
  'وقال المتحدث باسم الوزارة إن الحملة الوطنية للتطعيم حققت أهدافها قبل الموعد المحدد بشهرين كاملين.',
  'وأضاف أن الوزارة ستواصل متابعة الوضع الصحي عن كثب بالتعاون مع الجهات المعنية في القطاعين العام والخاص.',
];
const page = (head: string, body: string) => `<!doctype html><html lang="ar"><head>${head}</head><body>${body}</body></html>`;
const article = (extra = '') => `<article><h1>الصحة تعلن انخفاض الحالات</h1>${extra}${BODY.map((p) => `<p>${p}</p>`).join('')}
  <figure><img src="a.jpg"><figcaption>الوزير خلال المؤتمر الصحفي</figcaption></figure>
  <div class="post-tags"><a href="/t/1">الصحة</a><a href="/t/2">التطعيم</a></div></article>`;

test('HTML: main text, figcaption and class-marked blocks aside, metadata in the order of trust', () => {
  const html = page(`<title>الصحة تعلن انخفاض الحالات - صحيفة المثال</title>
    <meta property="og:title" content="الصحة تعلن انخفاض الحالات">
    <meta property="og:site_name" content="صحيفة المثال">
    <meta property="article:published_time" content="2024-06-20T09:30:00+03:00">
    <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01","author":{"@type":"Person","name":"سارة"}}</script>
    <link rel="canonical" href="/health/2024/06/19/cases">`, article('<p><time datetime="2019-05-05">5 مايو</time></p>'));
  const a = readArticle(html, { url: 'https://example.com/x?id=1' });
  assert.equal(a.format, 'html');
  assert.equal(a.title, 'الصحة تعلن انخفاض الحالات');
  assert.equal(a.outlet, 'صحيفة المثال');
  assert.equal(a.published, '2024-06-20T06:30:00Z');
  assert.equal(a.publishedFrom, 'meta');
  assert.equal(a.author, 'سارة');
  assert.equal(a.canonicalUrl, 'https://example.com/health/2024/06/19/cases');
  assert.equal(a.language, 'ar');
  for (const p of BODY) assert.ok(a.text.includes(p));
  const reasons = Object.fromEntries(a.removed.map((r) => [r.text, r.reason]));
  assert.equal(reasons['الوزير خلال المؤتمر الصحفي'], 'caption');
  assert.equal(a.removed.find((r) => r.text.includes('التطعيم') && r.reason === 'tags')?.reason, 'tags');
  // Offsets of the clean text point into the source.
  const at = a.text.indexOf('الحملة الوطنية');
  assert.equal(a.source.slice(toSourceOffset(a, at), toSourceOffset(a, at) + 14), 'الحملة الوطنية');
  const span = toSourceSpan(a, at, at + 14);
  assert.equal(a.source.slice(span.start, span.end), 'الحملة الوطنية');
});

test('dates fall back to JSON-LD, then <time>, then a date line near the top, then the URL', () => {
  const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2024-06-18T10:00:00Z","dateModified":"2024-06-19T10:00:00Z"}]}</script>';
  let a = readArticle(page(ld, article()));
  assert.deepEqual([a.published, a.publishedFrom, a.modified], ['2024-06-18T10:00:00Z', 'json-ld', '2024-06-19T10:00:00Z']);
  a = readArticle(page('', article('<p><time datetime="2024-06-17">17 يونيو</time></p>')));
  assert.deepEqual([a.published, a.publishedFrom], ['2024-06-17', 'time']);
  a = readArticle(page('', article('<p>الخميس، 20 يونيو 2024</p>')), { url: 'https://example.com/2023/01/02/x' });
  assert.deepEqual([a.published, a.publishedFrom], ['2024-06-20', 'dated-line']);
  assert.ok(a.removed.some((r) => r.reason === 'date-stamp'));
  a = readArticle(page('', article('<p>الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)</p>')), { url: 'http://arabic.cnn.com/2013/middle_east/8/3/x/index.html' });
  assert.deepEqual([a.published, a.publishedFrom, a.modified], ['2013-08-03', 'url', '2013-08-28']);
});

test('record fields given explicitly win over what is read', () => {
  const a = readArticle({ id: 'r1', title: 'عنوان الناشر', outlet: 'الناشر', published: '2024-06-21', html: page('<meta property="og:title" content="آخر"><meta property="og:site_name" content="موقع"><meta property="article:published_time" content="2020-01-01">', article()) });
  assert.deepEqual([a.id, a.title, a.outlet, a.published, a.publishedFrom], ['r1', 'عنوان الناشر', 'الناشر', '2024-06-21', 'record']);
  const t = readArticle({ id: 'r2', title: 'عنوان', text: `عنوان\n\n${BODY.join('\n')}`, published: 'not a date' });
  assert.equal(t.text, BODY.join('\n'));
  assert.deepEqual(t.removed.map((r) => r.reason), ['title']);
  assert.ok(t.warnings.some((w) => w.code === 'W_DATE'));
  assert.equal(t.published, undefined);
});

test('hostile HTML: scripts and handlers never run, truncated markup still reads, caps hold', () => {
  const g = globalThis as Record<string, unknown>;
  const hostile = page('<script>globalThis.__pwned = 1</script>', `<img src=x onerror="globalThis.__pwned = 2">
    <body onload="globalThis.__pwned = 3">${article()}<svg onload="globalThis.__pwned = 4"></svg><iframe src="javascript:globalThis.__pwned=5"></iframe>`);
  const a = readArticle(hostile);
  assert.equal(g['__pwned'], undefined);
  assert.ok(!a.text.includes('__pwned'));
  const truncated = readArticle(page('', article()).slice(0, 700));
  assert.ok(truncated.text.includes('أعلنت وزارة الصحة'));
  const huge = '<html><body>' + '<p>text</p>'.repeat(4_600_000) + '</body></html>'; // ~50 MB
  assert.throws(() => readArticle(huge), (e: unknown) => e instanceof TabayyunError && e.code === 'E_TOO_LARGE');
  const many = '<html><body>' + '<i>x</i>'.repeat(70_000) + '</body></html>';
  assert.throws(() => readArticle(many), (e: unknown) => e instanceof TabayyunError && e.code === 'E_TOO_LARGE');
  assert.throws(() => readArticle('<html><body>   </body></html>'), (e: unknown) => e instanceof TabayyunError && e.code === 'E_EMPTY');
  assert.throws(() => readArticle({ id: 'e' }), (e: unknown) => e instanceof TabayyunError && e.code === 'E_EMPTY');
});

test('a batch goes on past a bad input', () => {
  const inputs = [{ id: '1', text: BODY[0]! }, { id: '2', html: '<html><body></body></html>' }, { id: '3', text: 'x\u0000y' }, { id: '4', text: BODY[1]! }];
  const results = inputs.map((i) => safeReadArticle(i));
  assert.deepEqual(results.map((r) => (r.ok ? 'ok' : `${r.error.code}:${r.error.where?.id}`)), ['ok', 'E_EMPTY:2', 'E_BINARY:3', 'ok']);
});

test('plain text and HTML strings are told apart', () => {
  assert.equal(looksLikeHtml('<!DOCTYPE html><html>'), true);
  assert.equal(looksLikeHtml('<p>واحد</p><p>اثنان</p><p>ثلاثة</p>'), true);
  assert.equal(looksLikeHtml('قال إن 3 < 5 و 7 > 2'), false);
  assert.equal(readArticle(BODY.join('\n')).format, 'text');
});
