import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareArticles } from './compare-articles.js';
import { escapeHtml, renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';

const hostile = 'قال المسؤول إن "الهجوم" أسفر عن مقتل 5 أشخاص <script>alert(1)</script> في المدينة. ووصف الوزير الحادث بأنه \' onmouseover="alert(2)" خطير للغاية.';
const other = 'قال المسؤول إن الهجوم أسفر عن مقتل 7 أشخاص في المدينة. وأعلنت الشرطة فتح تحقيق في الحادث.';

test('article text is escaped everywhere: no tag, no attribute can break out', () => {
  const c = compareArticles([
    { id: 'x"><img src=x onerror=alert(3)>', outlet: '<b>outlet</b>', title: '</title><script>alert(4)</script>', text: hostile },
    { id: 'b', text: other },
  ], { tagEntities: false });
  const html = renderHtml(c);
  assert.ok(!html.includes('<script'), 'no script element');
  assert.ok(!html.includes('<img'), 'no img element');
  assert.ok(!html.includes('onmouseover="alert(2)"'), 'no raw event attribute');
  assert.ok(!html.includes('<b>outlet'), 'outlet escaped');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(!/(?:src|href)=["']?https?:/i.test(html), 'no external resource');
  assert.match(html, /<html lang="ar" dir="rtl">/);
  // Every attribute value is double-quoted and free of raw quotes and angle brackets.
  for (const m of html.matchAll(/\s[a-z-]+="([^"]*)"/g)) assert.ok(!/[<>]/.test(m[1]!), m[0]);
});

test('escapeHtml escapes the five characters', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});

test('the Markdown report names the conflict', () => {
  const c = compareArticles([{ id: 'a', text: hostile }, { id: 'b', text: other }], { tagEntities: false });
  assert.ok(c.conflicts.some((x) => x.kind === 'quantity'));
  assert.match(renderMarkdown(c), /## اختلافات بين المصادر \(للتحقق\)[\s\S]*رقم/);
});
