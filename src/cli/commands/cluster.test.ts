import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { MAX_LINE_BYTES } from '../../ingest/jsonl.js';
import type { CliIO } from '../command.js';
import { clusterCommand } from './cluster.js';

// Articles written for this test.
const corona =
  'أعلنت وزارة الصحة السعودية اليوم تسجيل اثنتي عشرة إصابة جديدة بفيروس كورونا المسبب لمتلازمة الشرق الأوسط التنفسية ' +
  'في مدينة الرياض، مشيرة إلى أن ثلاثة من المصابين يرقدون في العناية المركزة، وأن الفرق الطبية تتابع جميع المخالطين.';
const fire = 'باشرت فرق الدفاع المدني بمحافظة جدة حريقا اندلع في مستودع للأخشاب بحي الصناعية وتمكنت من السيطرة عليه دون إصابات.';

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  return {
    stream: new Writable({ write(chunk, _enc, done) { chunks.push(String(chunk)); done(); } }),
    text: () => chunks.join(''),
  };
}

async function runCluster(args: string[], input: Iterable<string> | AsyncIterable<string>, tty = false) {
  const out = sink();
  const err = sink();
  const io: CliIO = { stdin: Readable.from(input), stdout: out.stream, stderr: err.stream, stderrIsTTY: tty, cwd: process.cwd() };
  const code = await clusterCommand.run(args, io);
  return { code, stdout: out.text(), stderr: err.text() };
}

const line = (o: unknown) => JSON.stringify(o) + '\n';

test('one line per accepted record, in input order; bad records reported with their line and skipped', async () => {
  const nextMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 19) + 'Z';
  const input = [
    line({ id: 'c1', title: 'الصحة تسجل 12 إصابة بكورونا في الرياض', text: corona, published: '2015-08-09T08:00:00Z' }),
    line({ id: 'f1', title: 'حريق في مستودع للأخشاب بجدة', text: fire, published: '2015-08-09T09:00:00Z' }),
    '{"id": "broken", \n',
    line({ id: 'empty', url: 'http://example.com/x' }),
    line({ id: 'c1', title: 'duplicate id', text: corona }),
    line({ id: 'c2', title: 'كورونا: 12 حالة جديدة في العاصمة', text: corona.replace('اليوم', 'مساء اليوم'), published: '2015-08-09T10:00:00Z' }),
    line({ id: 'future', title: 'حريق مستودع الأخشاب في جدة تحت السيطرة', text: fire, published: nextMonth }),
    line({ id: 'nodate', title: 'الدفاع المدني يسيطر على حريق مستودع أخشاب بجدة', published: 'yesterday-ish' }),
    line({ id: 7, title: 'رقم معرف عددي' }),
  ];
  const r = await runCluster(['--input', '-'], input);
  assert.equal(r.code, 1);
  const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; story: string; copyOf?: string });
  assert.deepEqual(rows.map((x) => x.id), ['c1', 'f1', 'c2', 'future', 'nodate', '7']);
  const byId = new Map(rows.map((x) => [x.id, x]));
  assert.equal(byId.get('c2')!.copyOf, 'c1');
  assert.equal(byId.get('c2')!.story, byId.get('c1')!.story);
  assert.notEqual(byId.get('f1')!.story, byId.get('c1')!.story);
  assert.match(r.stderr, /E_BAD_JSON: .*line 3/);
  assert.match(r.stderr, /E_BAD_RECORD: record has no text, html or title .*line 4, id "empty"/);
  assert.match(r.stderr, /E_DUPLICATE_ID: .*first record with this id was kept .*line 5, id "c1"/);
  assert.match(r.stderr, /W_DATE: published \S+ is in the future; clustered as undated .*line 7/);
  assert.match(r.stderr, /W_DATE: .*yesterday-ish.* is not a date; ignored .*line 8/);
  assert.doesNotMatch(r.stderr, /\rcluster:/, 'no progress when stderr is not a terminal');
});

test('a line over the cap is refused without being held in memory, and the records around it still land', async () => {
  async function* huge() {
    yield line({ id: 'before', title: 'قبل السطر الطويل' });
    yield '{"id": "huge", "text": "';
    const mb = 'ا'.repeat(512 * 1024); // 1 MB of UTF-8 per chunk
    for (let sent = 0; sent <= MAX_LINE_BYTES; sent += 1024 * 1024) yield mb;
    yield '"}\n';
    yield line({ id: 'after', title: 'بعد السطر الطويل' });
  }
  const r = await runCluster(['--input', '-'], huge());
  assert.equal(r.code, 1);
  assert.deepEqual(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id), ['before', 'after']);
  assert.match(r.stderr, /E_TOO_LARGE: line is over the cap .*line 2/);
});

test('--state carries stories, copies and numbering over to the next batch', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tabayyun-cluster-'));
  try {
    const state = join(dir, 'state.json');
    const first = await runCluster(['--input', '-', '--state', state], [
      line({ id: 'c1', title: 'الصحة تسجل 12 إصابة بكورونا في الرياض', text: corona, published: '2015-08-09T08:00:00Z' }),
      line({ id: 'f1', title: 'حريق في مستودع للأخشاب بجدة', text: fire, published: '2015-08-09T09:00:00Z' }),
    ]);
    assert.equal(first.code, 0);
    const saved = JSON.parse(readFileSync(state, 'utf8')) as { format: string; seq: number };
    assert.equal(saved.seq, 2);
    const out = join(dir, 'out.jsonl');
    const second = await runCluster(['--input', '-', '--state', state, '--output', out], [
      line({ id: 'c2', title: 'كورونا: 12 حالة جديدة في العاصمة', text: corona, published: '2015-08-09T12:00:00Z' }),
      line({ id: 'n1', title: 'افتتاح مهرجان التمور في بريدة', text: 'افتتح أمير منطقة القصيم مهرجان التمور في بريدة بمشاركة مئات المزارعين من مختلف المحافظات.' }),
    ]);
    assert.equal(second.code, 0);
    assert.equal(second.stdout, '');
    const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; story: string; copyOf?: string });
    const firstRows = first.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; story: string });
    assert.equal(rows[0]!.copyOf, 'c1');
    assert.equal(rows[0]!.story, firstRows[0]!.story);
    assert.equal(rows[1]!.story, 's3', 'story numbers continue after the first batch');
    assert.equal((JSON.parse(readFileSync(state, 'utf8')) as { seq: number }).seq, 4);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged state file is an input error, before anything is read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tabayyun-cluster-'));
  try {
    const state = join(dir, 'state.json');
    writeFileSync(state, '{"format": "tabayyun.cluster-state", "version": 1');
    await assert.rejects(runCluster(['--input', '-', '--state', state], [line({ id: 'a', title: 'x' })]), /cluster state is not JSON/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('usage errors: no --input, a stray argument, a bad threshold', async () => {
  await assert.rejects(runCluster([], []), /needs --input/);
  await assert.rejects(runCluster(['file.jsonl'], []), /unexpected argument/);
  await assert.rejects(runCluster(['--input', '-', '--threshold', '2'], []), /between 0 and 1/);
});

test('progress goes to stderr only when it is a terminal', async () => {
  const r = await runCluster(['--input', '-'], [line({ id: 'a', title: 'خبر أول' })], true);
  assert.match(r.stderr, /\rcluster: 1 articles, [\d,]+\/s, 1 stories\n$/);
});
