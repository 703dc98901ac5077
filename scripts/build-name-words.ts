/**
 * Builds data/gazetteers/name-words.txt: the Arabic spellings of the words of people's names, with how many Wikidata
 * person labels use each, from NETransliteration (Merhav & Ash, COLING 2018; CC0 1.0), which pairs each English
 * token of a Wikidata person label with its Arabic spelling. Read from the shared data
 * (name-variants/netransliteration-wikidata/wd_arabic.normalized.aligned.tokens); only the CC0 file is read.
 * Each word is stored as the tagger compares names (features.ts `bare`: match key, no article), with the summed
 * count, one `word<TAB>count` a line, sorted: the output is byte-for-byte reproducible.
 *
 *   node dist/scripts/build-name-words.js      (npm run build:name-words)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { findSharedDir, sharedDataPath } from '../eval/shared-data.js';
import { matchKey } from '../src/analysis/entities/word-forms.js';
import { nameWordKey } from '../src/analysis/entities/gazetteer.js';

const OUT = new URL('../../data/gazetteers/name-words.txt', import.meta.url);
const SOURCE = ['name-variants', 'netransliteration-wikidata', 'wd_arabic.normalized.aligned.tokens'];
const ARABIC_WORD = /^[\u0621-\u064A]{2,}$/;

function main(): void {
  const shared = findSharedDir();
  const path = shared ? sharedDataPath(shared, ...SOURCE) : undefined;
  if (!path) {
    console.error(`${SOURCE.join('/')} not found: set TABAYYUN_SHARED to the folder that holds data/name-variants`);
    process.exit(2);
  }
  const counts = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [, letters, count] = line.split('\t');
    if (!letters || !count) continue;
    const key = nameWordKey(matchKey(letters.replace(/ /g, '')));
    if (!ARABIC_WORD.test(key)) continue;
    counts.set(key, (counts.get(key) ?? 0) + Number(count));
  }
  const lines = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, n]) => `${w}\t${n}`);
  writeFileSync(OUT, lines.join('\n') + '\n');
  console.log(`wrote ${OUT.pathname}: ${lines.length} words`);
}

main();
