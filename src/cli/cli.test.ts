/** End-to-end tests of the CLI binary: spawned as a user would run it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mainHelp } from './main.js';
import { commands } from './commands/index.js';

const bin = fileURLToPath(new URL('./main.js', import.meta.url));
const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'tabayyun-cli-'));

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [bin, ...args], { input: input ?? '', encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('--help prints the command list verbatim and exits 0', () => {
  const r = run(['--help']);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, mainHelp());
  for (const c of commands) assert.match(r.stdout, new RegExp(`^  ${c.name} `, 'm'));
});

test('every command has --help, printed verbatim', () => {
  for (const c of commands) {
    const r = run([c.name, '--help']);
    assert.equal(r.code, 0, c.name);
    assert.equal(r.stdout, c.help, c.name);
  }
});

test('no command prints help and exits 2; an unknown command exits 2', () => {
  assert.equal(run([]).code, 2);
  const r = run(['frobnicate']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /E_USAGE: unknown command "frobnicate"/);
});

test('analyze --json on a seed: spans slice back to the text', () => {
  const r = run(['analyze', join(examples, '000_b103aa280f0a7f28.txt'), '--json']);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.ok(a.sentences.length > 10);
  assert.ok(a.tokens.length > 300);
  for (const s of a.sentences) assert.equal(a.text.slice(s.start, s.end), s.text);
  for (const t of a.tokens) {
    assert.equal(a.text.slice(t.start, t.end), t.text);
    assert.equal(typeof t.norm, 'string');
    assert.equal(typeof t.stem, 'string');
  }
  assert.equal(a.language.lang, 'ar');
});

test('analyze reads standard input with -', () => {
  const r = run(['analyze', '-', '--json'], 'قال بوتين إن المحادثات كانت بنّاءة.');
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.sentences.length, 1);
  assert.ok(a.tokens.some((t: { stem: string }) => t.stem === 'محادث'));
});

test('empty input is a valid empty analysis', () => {
  const r = run(['analyze', '-', '--json'], '');
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.text, '');
  assert.deepEqual(a.sentences, []);
  assert.deepEqual(a.tokens, []);
});

test('a missing file is E_NOT_FOUND with exit 2', () => {
  const r = run(['analyze', join(tmp, 'nope.txt')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /E_NOT_FOUND/);
});

test('NUL bytes and binary files are refused with E_BINARY', () => {
  const f = join(tmp, 'nul.txt');
  writeFileSync(f, Buffer.from([0xd8, 0xa7, 0x00, 0x41]));
  let r = run(['analyze', f]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /E_BINARY/);
  const pdf = join(tmp, 'doc.pdf');
  writeFileSync(pdf, '%PDF-1.7\n...');
  r = run(['analyze', pdf]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /E_BINARY.*PDF/);
});

test('invalid UTF-8 is decoded with replacement characters and reported', () => {
  const f = join(tmp, 'bad-utf8.txt');
  writeFileSync(f, Buffer.concat([Buffer.from('مرحبا '), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(' بالعالم')]));
  const r = run(['analyze', f, '--json']);
  assert.equal(r.code, 0);
  assert.match(r.stderr, /W_INVALID_UTF8/);
  const a = JSON.parse(r.stdout);
  assert.ok(a.text.includes('\uFFFD'));
  assert.ok(a.text.startsWith('مرحبا'));
});

test('input over the 10 MB cap is refused with E_TOO_LARGE', () => {
  const f = join(tmp, 'big.txt');
  writeFileSync(f, Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
  const r = run(['analyze', f]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /E_TOO_LARGE/);
});

test('batch mode: one line out per good record with its id; bad records reported with line and id; exit 1', () => {
  const lines = [
    JSON.stringify({ id: 'a1', text: 'وقّع لام وبوتين حوالى عشرة اتفاقات.' }),
    '{not json',
    JSON.stringify({ id: 'a2', text: 42 }),
    JSON.stringify({ title: 'بلا معرف' }),
    '',
    JSON.stringify({ id: 7, text: 'Putin arrived in Hanoi.' }),
    JSON.stringify({ id: 'a1', text: 'مكرر' }),
    JSON.stringify({ id: 'a3', text: 'نص\u0000ثنائي' }),
  ];
  const r = run(['analyze', '--input', '-'], lines.join('\n') + '\n');
  assert.equal(r.code, 1);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.id), ['a1', '7']);
  assert.equal(out[1].language.lang, 'en');
  assert.match(r.stderr, /E_BAD_JSON.*line 2/);
  assert.match(r.stderr, /E_BAD_RECORD.*line 3, id "a2", field text/);
  assert.match(r.stderr, /E_BAD_RECORD.*line 4/);
  assert.match(r.stderr, /E_DUPLICATE_ID.*line 7, id "a1"/);
  assert.match(r.stderr, /E_BINARY.*line 8, id "a3"/);
});

test('a JSONL line over the cap is skipped without losing the next record', async () => {
  const { readLines } = await import('../ingest/jsonl.js');
  async function* source() { yield 'x'.repeat(50); yield 'y'.repeat(50) + '\n{"id":"ok"}\n'; }
  const got = [];
  for await (const l of readLines(source(), 64)) got.push(l);
  assert.equal(got.length, 2);
  assert.equal(got[0]!.error?.code, 'E_TOO_LARGE');
  assert.equal(got[1]!.text, '{"id":"ok"}');
});

test('analyze on an RSS file: one JSON line per item; a broken item is reported with its position and skipped', () => {
  const f = join(tmp, 'feed.xml');
  writeFileSync(f, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>وكالة الاختبار</title>
<item><title>بوتين يصل إلى هانوي</title><link>https://example.org/a</link><pubDate>Thu, 20 Jun 2024 08:00:00 GMT</pubDate>
<description>وصل الرئيس الروسي فلاديمير بوتين إلى هانوي أمس في زيارة دولة.</description></item>
<item><description>بلا رابط ولا معرف</description></item>
<item><title>توقيع اتفاقات</title><guid>b-2</guid><description>وقّع الجانبان حوالى عشرة اتفاقات تعاون.</description></item>
</channel></rss>`);
  const r = run(['analyze', f]);
  assert.equal(r.code, 1, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.id), ['https://example.org/a', 'b-2']);
  assert.equal(out[0].outlet, 'وكالة الاختبار');
  assert.equal(out[0].dates[0].value, '2024-06-19');
  assert.equal(out[1].quantities[0].value, 10);
  assert.match(r.stderr, /E_BAD_RECORD.*item 2/);
});

test('a file that claims to be a feed but is not XML is E_PARSE with exit 2', () => {
  const f = join(tmp, 'not-a-feed.xml');
  writeFileSync(f, 'هذا ليس XML');
  const r = run(['analyze', f, '--format', 'feed']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /E_PARSE/);
});
