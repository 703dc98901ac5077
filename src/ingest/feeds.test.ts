import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedItemToRecord, parseFeed } from './feeds.js';
import { readArticle } from './article.js';
import { TabayyunError } from '../errors.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>الشرق &amp; الغرب</title><link>https://news.example/</link>
<item><title>بوتين يصل إلى هانوي</title><link>/2024/06/20/putin</link><guid isPermaLink="false">n-1</guid>
<pubDate>Thu, 20 Jun 2024 08:00:00 +0300</pubDate><description><![CDATA[<p>وصل الرئيس&nbsp;الروسي</p>]]></description>
<content:encoded><![CDATA[<p>وصل الرئيس الروسي إلى هانوي في زيارة دولة.</p><script>globalThis.__feedScriptRan = true</script>]]></content:encoded>
<dc:creator>مراسل</dc:creator></item>
<item><description>an item with neither link nor id</description></item>
<item><guid>n-3</guid></item>
<item><title>date that is not a date</title><link>https://news.example/4</link><pubDate>yesterday-ish</pubDate></item>
</channel></rss>`;

test('RSS 2.0: one record per item; a broken item is reported with its position and skipped', () => {
  const feed = parseFeed(RSS, { url: 'https://news.example/feed.xml' });
  assert.equal(feed.kind, 'rss');
  assert.equal(feed.title, 'الشرق & الغرب');
  assert.deepEqual(feed.items.map((i) => i.id), ['n-1', 'https://news.example/4']);
  const first = feed.items[0]!;
  assert.equal(first.url, 'https://news.example/2024/06/20/putin');
  assert.equal(first.published, '2024-06-20T05:00:00Z');
  assert.equal(first.summary, 'وصل الرئيس الروسي');
  assert.equal(first.author, 'مراسل');
  assert.deepEqual(feed.errors.map((e) => [e.code, e.where?.index]), [['E_BAD_RECORD', 1], ['E_BAD_RECORD', 2]]);
  assert.deepEqual(feed.warnings.map((w) => [w.code, w.where?.index]), [['W_DATE', 3]]);
  // An item becomes an article; its script is text to the parser and never runs.
  const article = readArticle(feedItemToRecord(first, feed));
  assert.equal(article.title, 'بوتين يصل إلى هانوي');
  assert.equal(article.outlet, 'الشرق & الغرب');
  assert.equal(article.published, '2024-06-20T05:00:00Z');
  assert.ok(article.text.includes('زيارة دولة'));
  assert.equal((globalThis as Record<string, unknown>)['__feedScriptRan'], undefined);
});

test('Atom: alternate link, html title, author name, published', () => {
  const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><link href="https://a.example/"/>
    <entry><id>urn:1</id><title type="html">&lt;b&gt;عنوان&lt;/b&gt;</title><link rel="enclosure" href="https://a.example/x.mp3"/>
    <link rel="alternate" href="/x"/><published>2024-06-20T10:00:00+03:00</published><updated>2024-06-21T10:00:00Z</updated>
    <summary>ملخص</summary><author><name>ن</name><email>e@a.example</email></author></entry></feed>`);
  assert.equal(feed.kind, 'atom');
  assert.deepEqual(feed.items, [{ index: 0, id: 'urn:1', title: 'عنوان', url: 'https://a.example/x', published: '2024-06-20T07:00:00Z', modified: '2024-06-21T10:00:00Z', author: 'ن', summary: 'ملخص' }]);
});

test('what is not a feed is refused with E_PARSE', () => {
  for (const bad of ['', 'hello', '{"items": []}', '<html><body><p>page</p></body></html>', '<?xml version="1.0"?><svg></svg>']) {
    assert.throws(() => parseFeed(bad), (e: unknown) => e instanceof TabayyunError && e.code === 'E_PARSE', bad);
  }
  // Truncated XML still yields what it holds.
  const cut = parseFeed('<rss><channel><title>t</title><item><title>واحد</title><link>https://x.example/1</link></item><item><title>اثن');
  assert.equal(cut.items.length, 1);
});
