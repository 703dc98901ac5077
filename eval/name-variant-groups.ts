/**
 * The name-variant groups of ../shared/data/name-variants/variant_groups.dev.jsonl and their split in two halves by
 * the FNV-1a hash of the English token (even: tuning, odd: test). Apart from the evaluation (./names-quotes.ts) so
 * that the script that learns the letter costs (scripts/train-names.ts) can pick the tuning half without loading
 * the matcher.
 */
import { readFileSync } from 'node:fs';
import { sharedDataPath } from './shared-data.js';

export interface VariantGroup {
  en: string;
  spellings: string[];
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** 0 for the tuning half, 1 for the test half. */
export function splitHalf(en: string): 0 | 1 {
  return (fnv1a(en) % 2) as 0 | 1;
}

export function loadVariantGroups(sharedDir: string): VariantGroup[] | null {
  const file = sharedDataPath(sharedDir, 'name-variants', 'variant_groups.dev.jsonl');
  if (!file) return null;
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((line) => {
    const g = JSON.parse(line) as { en: string; ar_variants: Array<{ ar: string }> };
    return { en: g.en, spellings: g.ar_variants.map((v) => v.ar) };
  });
}

