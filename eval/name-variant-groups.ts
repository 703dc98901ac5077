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

/** FNV-1a of a string's code points: the split's hash, also used by the pair-model training to fold groups. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** An English name token without accents, lower case: "Mohamed" and "mohamed" are one token. */
export function foldEnglish(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * True when two strings are at most one edit (insertion, deletion or substitution) apart: English tokens that close
 * ("mohamed" / "mohammed") are one name, so their Arabic spellings are never negatives.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.slice(i) === b.slice(i + 1);
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

