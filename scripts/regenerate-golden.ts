/**
 * Regenerates the golden fixtures in test/golden/: the analysis of each example article, written as pretty JSON so
 * that a change in tokenisation, normalisation or stemming shows up as a reviewable diff.
 * Run: npm run regenerate:golden — then read the diff like code before committing it.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { goldenOf } from '../test/golden.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const examples = `${root}examples/`;
const out = `${root}test/golden/`;
mkdirSync(out, { recursive: true });
for (const file of readdirSync(examples).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(examples + file, 'utf8');
  const target = out + file.replace(/\.txt$/, '.analysis.json');
  writeFileSync(target, JSON.stringify(goldenOf(text), null, 1) + '\n');
  console.log(`wrote ${target}`);
}
