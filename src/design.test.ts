/**
 * DESIGN.md's import rules, checked on the sources: the text core imports nothing else of the project; analysis
 * imports only text; compare only analysis and text; ingest never reaches cli or compare; and only the files listed
 * here may touch the file system or the network (everything else is pure).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

const layerOf = (file: string): string => relative(src, file).split('/')[0]!.replace(/\.ts$/, '');
const ALLOWED: Record<string, string[]> = {
  text: ['text'],
  analysis: ['analysis', 'text', 'errors'],
  compare: ['compare', 'analysis', 'text', 'errors'],
  ingest: ['ingest', 'analysis', 'text', 'errors', 'version'],
};
/** The only modules outside cli/ and ingest/ allowed to do I/O: loading the shipped model and gazetteers. */
const IO_ALLOWED = new Set(['analysis/entities/load.ts']);

test('imports point one way (cli → ingest → compare/analysis → text)', () => {
  const violations: string[] = [];
  for (const file of files(src)) {
    const layer = layerOf(file);
    const allowed = ALLOWED[layer];
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)) {
      const target = layerOf(resolve(dirname(file), m[1]!).replace(/\.js$/, '.ts'));
      if (allowed && !allowed.includes(target)) violations.push(`${relative(src, file)} imports ${m[1]} (${layer} → ${target})`);
    }
    if (layer !== 'cli' && layer !== 'ingest' && layer !== 'index' && !IO_ALLOWED.has(relative(src, file))) {
      if (/from 'node:(fs|http|https|net|child_process|dns)/.test(text)) violations.push(`${relative(src, file)} does I/O`);
    }
  }
  assert.deepEqual(violations, []);
});
