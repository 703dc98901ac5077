/// <reference lib="dom" />
/**
 * The HTML report in a real browser (Debian's chromium through playwright-core): right-to-left, the articles side
 * by side with shared / unique / conflicting facts highlighted, and hostile article text shown as text, never run.
 * Skipped, saying so, where /usr/bin/chromium is absent (.ci/run installs it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { compareArticles } from '../../src/compare/compare-articles.js';
import { renderHtml } from '../../src/compare/render-html.js';
import { seedInputs } from '../golden/compare/seeds.js';

const CHROMIUM = '/usr/bin/chromium';
const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">" onmouseover="window.__pwned=3';

test('the HTML report renders right-to-left, side by side, and never runs article text', { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} not installed` }, async () => {
  const { chromium } = await import('playwright-core');
  const inputs = seedInputs();
  inputs[1] = { ...inputs[1]!, title: `عنوان ${hostile}`, text: `${inputs[1]!.text}\nوقال مسؤول إن ${hostile} «كلام».` };
  const html = renderHtml(compareArticles(inputs));
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(html); } else { res.writeHead(404); res.end(); }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, 'article text ran as code');
    assert.deepEqual(dialogs, []);
    assert.equal(await page.locator('script').count(), 0);
    // The hostile markup is on the page as visible text.
    assert.ok((await page.locator('body').innerText()).includes('<script>window.__pwned = 1</script>'));
    // Two article columns, side by side: same top edge, the first to the right of the second (right-to-left).
    const boxes = await page.locator('article').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width }; }));
    assert.equal(boxes.length, 2);
    assert.ok(Math.abs(boxes[0]!.y - boxes[1]!.y) < 2, 'columns are not side by side');
    assert.ok(boxes[0]!.x > boxes[1]!.x, 'the first article is not on the right');
    // Conflicting facts are highlighted in the article text itself.
    const conflictMarks = await page.locator('article mark.conflict').count();
    assert.ok(conflictMarks >= 2, `expected conflict highlights in both articles, found ${conflictMarks}`);
    // Nothing but the page itself was requested (the CSP blocks the hostile <img>).
    assert.deepEqual(requests.filter((r) => r !== '/'), []);
    const shots = fileURLToPath(new URL('../../../.tmp/', import.meta.url));
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: `${shots}report.png`, fullPage: false });
  } finally {
    await browser.close();
    server.close();
  }
});
