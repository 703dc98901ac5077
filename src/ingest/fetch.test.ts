import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { fetchUrl, type Resolver } from './fetch.js';
import { TabayyunError } from '../errors.js';

// Every request in this file goes to a server on 127.0.0.1; names are resolved by a fake resolver, never by DNS.
let server: Server;
let base = '';
const cp1256 = (() => {
  const d = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(d.decode(new Uint8Array([b])), b);
  return (s: string) => Buffer.from([...s].map((c) => table.get(c) ?? 0x3f));
})();
const ARTICLE = '<html><head><title>خبر</title></head><body><p>تعهدت روسيا وفيتنام بتعميق العلاقات.</p></body></html>';

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/utf8') { res.setHeader('content-type', 'text/html; charset=utf-8'); res.end(ARTICLE); return; }
    if (path === '/cp1256-header') { res.setHeader('content-type', 'text/html; charset=windows-1256'); res.end(cp1256(ARTICLE)); return; }
    if (path === '/cp1256-meta') { res.setHeader('content-type', 'text/html'); res.end(cp1256(ARTICLE.replace('<head>', '<head><meta charset="windows-1256">'))); return; }
    if (path === '/cp1256-lying') { res.setHeader('content-type', 'text/html; charset=utf-8'); res.end(cp1256(ARTICLE)); return; }
    if (path === '/gzip') { res.setHeader('content-type', 'text/html; charset=utf-8'); res.setHeader('content-encoding', 'gzip'); res.end(gzipSync(ARTICLE)); return; }
    if (path === '/bomb') { res.setHeader('content-type', 'text/html'); res.setHeader('content-encoding', 'gzip'); res.end(gzipSync(Buffer.alloc(5_000_000, 0x20))); return; }
    if (path === '/big') { res.setHeader('content-type', 'text/html'); res.end(Buffer.alloc(2_000_000, 0x61)); return; }
    if (path === '/png') { res.setHeader('content-type', 'image/png'); res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47])); return; }
    if (path === '/feed') { res.setHeader('content-type', 'application/rss+xml'); res.end('<rss version="2.0"><channel><title>t</title></channel></rss>'); return; }
    if (path === '/404') { res.statusCode = 404; res.end('no'); return; }
    if (path === '/slow') { res.setHeader('content-type', 'text/html'); res.write('<p>'); return; /* never ends */ }
    if (path === '/hang') return; // never answers
    if (path.startsWith('/redirect/')) {
      const n = Number(path.split('/')[2]);
      res.statusCode = 302;
      res.setHeader('location', n > 0 ? `/redirect/${n - 1}` : '/utf8');
      res.end();
      return;
    }
    if (path === '/to-file') { res.statusCode = 301; res.setHeader('location', 'file:///etc/passwd'); res.end(); return; }
    res.statusCode = 500; res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => { server.closeAllConnections(); server.close(); });

const local = { allowPrivate: true, timeoutMs: 3000 };

async function code(p: Promise<unknown>): Promise<string> {
  try { await p; return 'ok'; } catch (e) { assert.ok(e instanceof TabayyunError, String(e)); return e.code; }
}

test('loopback is refused without allowPrivate: as a literal, and as a name that resolves to it', async () => {
  assert.equal(await code(fetchUrl(`${base}/utf8`)), 'E_FORBIDDEN_HOST');
  assert.equal(await code(fetchUrl(`http://[::1]:1/`)), 'E_FORBIDDEN_HOST');
  assert.equal(await code(fetchUrl(`http://2130706433:1/`)), 'E_FORBIDDEN_HOST'); // 127.0.0.1 written as a number
  // The check runs on the address the connection would use: a name whose answer is private (DNS rebinding) fails.
  const rebinding: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
  const port = (server.address() as AddressInfo).port;
  assert.equal(await code(fetchUrl(`http://news.example:${port}/utf8`, { resolver: rebinding })), 'E_FORBIDDEN_HOST');
  const metadata: Resolver = async () => [{ address: '169.254.169.254', family: 4 }];
  assert.equal(await code(fetchUrl(`http://metadata.example/`, { resolver: metadata })), 'E_FORBIDDEN_HOST');
  // With allowPrivate the same name connects, to the address the resolver gave.
  const page = await fetchUrl(`http://news.example:${port}/utf8`, { ...local, resolver: rebinding });
  assert.ok(page.text.includes('روسيا'));
});

test('pages are decoded by header charset, then <meta>, then detection; a lying header loses', async () => {
  for (const path of ['/utf8', '/cp1256-header', '/cp1256-meta', '/cp1256-lying', '/gzip']) {
    const page = await fetchUrl(base + path, local);
    assert.ok(page.text.includes('تعهدت روسيا وفيتنام'), path);
    assert.equal(page.kind, 'html');
  }
  const lying = await fetchUrl(`${base}/cp1256-lying`, local);
  assert.equal(lying.encoding, 'windows-1256');
  assert.ok(lying.warnings.some((w) => w.code === 'W_CHARSET_MISMATCH'));
});

test('redirects are followed up to the limit, and only to http(s)', async () => {
  const page = await fetchUrl(`${base}/redirect/2`, local);
  assert.equal(page.redirects.length, 3);
  assert.ok(page.url.endsWith('/utf8'));
  assert.equal(await code(fetchUrl(`${base}/redirect/9`, { ...local, maxRedirects: 5 })), 'E_FETCH');
  assert.equal(await code(fetchUrl(`${base}/to-file`, local)), 'E_FETCH');
});

test('size caps hold, compressed or not; content types and statuses are checked; time runs out', async () => {
  assert.equal(await code(fetchUrl(`${base}/big`, { ...local, maxBytes: 1_000_000 })), 'E_TOO_LARGE');
  assert.equal(await code(fetchUrl(`${base}/bomb`, { ...local, maxBytes: 1_000_000 })), 'E_TOO_LARGE');
  assert.equal(await code(fetchUrl(`${base}/png`, local)), 'E_CONTENT_TYPE');
  assert.equal(await code(fetchUrl(`${base}/feed`, { ...local, accept: 'page' })), 'E_CONTENT_TYPE');
  assert.equal((await fetchUrl(`${base}/feed`, { ...local, accept: 'feed' })).kind, 'feed');
  assert.equal(await code(fetchUrl(`${base}/404`, local)), 'E_FETCH');
  assert.equal(await code(fetchUrl(`${base}/hang`, { ...local, timeoutMs: 300 })), 'E_TIMEOUT');
  assert.equal(await code(fetchUrl(`${base}/slow`, { ...local, timeoutMs: 300 })), 'E_TIMEOUT');
  assert.equal(await code(fetchUrl('ftp://127.0.0.1/x', local)), 'E_FETCH');
});
