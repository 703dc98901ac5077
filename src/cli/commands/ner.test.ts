import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { TabayyunError } from '../../errors.js';
import type { CliIO } from '../command.js';
import { nerCommand } from './ner.js';

const tmp = mkdtempSync(join(tmpdir(), 'tabayyun-ner-'));

async function run(args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  stdin.end(input);
  const io: CliIO = { stdin, stdout, stderr, stderrIsTTY: false, cwd: tmp };
  const code = await nerCommand.run(args, io);
  return { code, stdout: out, stderr: err };
}

test('ner --conll: token<TAB>tag per line, a blank line after each sentence, extra columns ignored', async () => {
  const file = join(tmp, 'in.conll');
  writeFileSync(file, 'قال O\nالرئيس O\nالروسي O\nفلاديمير B-PER\nبوتين I-PER\nفي O\nموسكو B-LOC\n\n\nوصل\nإلى\nهانوي\n');
  const r = await run(['--conll', file]);
  assert.equal(r.code, 0);
  const lines = r.stdout.split('\n');
  assert.deepEqual(lines.slice(0, 8), ['قال\tO', 'الرئيس\tO', 'الروسي\tO', 'فلاديمير\tB-PER', 'بوتين\tI-PER', 'في\tO', 'موسكو\tB-LOC', '']);
  assert.deepEqual(lines.slice(8), ['وصل\tO', 'إلى\tO', 'هانوي\tB-LOC', '', '']);
  for (const line of lines) if (line) assert.match(line, /^\S+\t(O|[BI]-(PER|LOC|ORG|MISC))$/);
});

test('ner --conll - reads standard input', async () => {
  const r = await run(['--conll', '-'], 'بوتين\n');
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^بوتين\t(B-PER|O)\n\n$/);
});

test('ner FILE prints entities with offsets; --json prints them as JSON', async () => {
  const file = join(tmp, 'in.txt');
  const text = 'وصل الرئيس الروسي فلاديمير بوتين إلى هانوي.';
  writeFileSync(file, text);
  const plain = await run([file]);
  assert.equal(plain.code, 0);
  assert.match(plain.stdout, /^PER\t18\t32\tفلاديمير بوتين$/m);
  const json = JSON.parse((await run([file, '--json'])).stdout) as { entities: Array<{ text: string; start: number; end: number }> };
  for (const e of json.entities) assert.equal(text.slice(e.start, e.end), e.text);
});

test('usage and input errors', async () => {
  assert.equal((await run([])).code, 2);
  await assert.rejects(run(['--conll', join(tmp, 'missing.conll')]), (e: unknown) => e instanceof TabayyunError && e.code === 'E_NOT_FOUND');
  await assert.rejects(run(['--conll', 'x', 'y']), (e: unknown) => e instanceof TabayyunError && e.code === 'E_USAGE');
});

test('ner --conll: after -DOCSTART- the sentences of a document are tagged together', async () => {
  const doc = 'قال\nالرئيس\nالحمدان\nإن\nالاتفاق\nنهائي\n.\n\nونجح\nالحمدان\nفي\nالمهمة\n.\n';
  const alone = (await run(['--conll', '-'], doc)).stdout.split('\n');
  const together = (await run(['--conll', '-'], `-DOCSTART- O\n\n${doc}`)).stdout.split('\n');
  // Same lines as the input, shifted by the -DOCSTART- line and the blank line after it.
  assert.deepEqual(together.slice(0, 2), ['-DOCSTART-\tO', '']);
  assert.equal(together.length, alone.length + 2);
  // The name tagged with its title in the first sentence is tagged alone in the second too (with today's model the
  // sentence-by-sentence run leaves it O there).
  assert.equal(together[2 + 2], 'الحمدان\tB-PER');
  assert.equal(together[2 + 9], 'الحمدان\tB-PER');
});
