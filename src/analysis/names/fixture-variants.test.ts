/**
 * The matcher on the CC0 fixture (test/fixtures/name-variants, see its README): Wikidata spellings of names that
 * differ only by accents in English (frédéric / frederic). The floors are a little under what the matcher measures
 * today (recall 0.88, 9 false positives in 15,317 negatives), so that a regression fails here even without
 * ../shared; the full figures are in `npm run eval`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sameName } from './same-name.js';

// Tests run from dist/src/analysis/names/; fixtures stay in the source tree.
const FIXTURE = new URL('../../../../test/fixtures/name-variants/wikidata-sample.tsv', import.meta.url);

function groups(): string[][] {
  const byName = new Map<string, Set<string>>();
  for (const line of readFileSync(FIXTURE, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const [english, letters] = line.split('\t');
    const key = english!.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    const spelling = letters!.replace(/ /g, '');
    let set = byName.get(key);
    if (!set) byName.set(key, (set = new Set()));
    set.add(spelling);
  }
  return [...byName.values()].map((s) => [...s]);
}

test('fixture: spellings of one name are matched (recall floor)', () => {
  let positives = 0;
  let found = 0;
  for (const g of groups()) {
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        positives++;
        if (sameName(g[i]!, g[j]!).same) found++;
      }
    }
  }
  assert.ok(positives > 100);
  assert.ok(found / positives >= 0.85, `recall ${found}/${positives}`);
});

test('fixture: spellings of different names are kept apart (false-positive ceiling)', () => {
  const gs = groups();
  let negatives = 0;
  let merged = 0;
  for (let x = 0; x < gs.length; x++) {
    for (let y = x + 1; y < gs.length; y++) {
      for (const a of gs[x]!) {
        for (const b of gs[y]!) {
          if (Math.abs(a.length - b.length) > 1) continue;
          negatives++;
          if (sameName(a, b).same) merged++;
        }
      }
    }
  }
  assert.ok(negatives > 10_000);
  assert.ok(merged / negatives <= 0.001, `false positives ${merged}/${negatives}`);
});
