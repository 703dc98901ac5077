/** The seeds' analyses must match the reviewed golden files (regenerate with `npm run regenerate:golden`). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { goldenOf } from './golden.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files = readdirSync(`${root}examples/`).filter((f) => f.endsWith('.txt')).sort();

test('there are golden fixtures for both seed articles', () => {
  assert.equal(files.length, 2);
});

for (const file of files) {
  test(`golden analysis of ${file}`, () => {
    const text = readFileSync(`${root}examples/${file}`, 'utf8');
    const expected = JSON.parse(readFileSync(`${root}test/golden/${file.replace(/\.txt$/, '.analysis.json')}`, 'utf8'));
    const actual = goldenOf(text);
    assert.deepEqual(actual.sentences, expected.sentences);
    assert.deepEqual(actual.tokens, expected.tokens);
  });
}
