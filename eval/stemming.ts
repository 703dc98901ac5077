/**
 * Stemming evaluation.
 *
 * - Lucene parity: the ArabicStemFilter and ArabicAnalyzer unit-test cases committed in test/fixtures/lucene-arabic/
 *   (always available, exact match).
 * - Golden Arabic Corpus (shared/data/golden-corpus-arabic-stemming, BSD-2-Clause): 1,165 words with a gold stem and
 *   root. Word, gold stem and gold root are all normalised with SEARCH_OPTIONS (the stemmer's own input form) before
 *   comparing, so orthographic choices (hamza seats on alef, ة/ه, harakat) are not counted as disagreements. The gold
 *   stems strip every clitic pronoun (كم، هما، نا …) and prefix (ب، ف، أ …); a light stemmer removes only Light10's
 *   affixes, so agreement here measures how far we are from full clitic segmentation, not news retrieval quality.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lightStem, stem } from '../src/text/stem.js';
import { SEARCH_OPTIONS, normalizeKey } from '../src/text/normalize.js';
import { searchTerms } from '../src/text/search-terms.js';
import { sharedDataPath } from './shared-data.js';

export interface PassCount {
  passed: number;
  total: number;
}

export interface GoldenAgreement {
  words: number;
  /** Share of words whose stem (`stem`, the project's default) equals the gold stem. */
  stemAgreement: number;
  /** The same for `lightStem` (Lucene's Light10 exactly). */
  lightStemAgreement: number;
  /** Share of words whose stem equals the gold root (for reference: a light stemmer does not extract roots). */
  rootAgreement: number;
  /** Disagreements on the stem, by kind. */
  disagreements: {
    /** Our stem still holds the gold stem with affixes around it: under-stemming. */
    longerContainsGold: number;
    /** Our stem is a part of the gold stem: over-stemming. */
    shorterInsideGold: number;
    /** Neither contains the other. */
    other: number;
  };
  /** A few disagreements for reading: word, ours, gold stem. */
  examples: Array<{ word: string; ours: string; gold: string }>;
}

export interface StemmingEvaluation {
  lucene: { stem: PassCount; analyzer: PassCount };
  /** Null when the shared data folder is absent; `skipped` then says why. */
  golden: GoldenAgreement | null;
  skipped: string | null;
}

interface StemCase { input: string; expected: string }
interface AnalyzerCase { input: string; expected_tokens: string[] }

function readFixture<T>(name: string): T[] {
  // Compiled to dist/eval/; the fixtures stay in the source tree.
  const url = new URL(`../../test/fixtures/lucene-arabic/${name}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { cases: T[] }).cases;
}


function luceneCounts(): { stem: PassCount; analyzer: PassCount } {
  const stemCases = readFixture<StemCase>('stem.json');
  const analyzerCases = readFixture<AnalyzerCase>('analyzer.json');
  return {
    stem: { passed: stemCases.filter((c) => stem(c.input) === c.expected).length, total: stemCases.length },
    analyzer: {
      passed: analyzerCases.filter((c) => searchTerms(c.input).join(' ') === c.expected_tokens.join(' ')).length,
      total: analyzerCases.length,
    },
  };
}

const EXAMPLES = 30;

function goldenAgreement(file: string): GoldenAgreement {
  const rows = JSON.parse(readFileSync(file, 'utf8')) as Array<{ word: string; stem: string; root: string }>;
  let stemMatches = 0;
  let lightStemMatches = 0;
  let rootMatches = 0;
  const disagreements = { longerContainsGold: 0, shorterInsideGold: 0, other: 0 };
  const examples: GoldenAgreement['examples'] = [];
  // Every k-th disagreement, so the examples spread over the alphabetically sorted corpus.
  const misses: GoldenAgreement['examples'] = [];
  for (const row of rows) {
    const key = normalizeKey(row.word, SEARCH_OPTIONS);
    const ours = stem(key);
    const gold = normalizeKey(row.stem, SEARCH_OPTIONS);
    if (lightStem(key) === gold) lightStemMatches++;
    if (ours === normalizeKey(row.root, SEARCH_OPTIONS)) rootMatches++;
    if (ours === gold) { stemMatches++; continue; }
    if (ours.includes(gold)) disagreements.longerContainsGold++;
    else if (gold.includes(ours)) disagreements.shorterInsideGold++;
    else disagreements.other++;
    misses.push({ word: row.word, ours, gold });
  }
  const step = Math.max(1, Math.floor(misses.length / EXAMPLES));
  for (let i = 0; i < misses.length && examples.length < EXAMPLES; i += step) examples.push(misses[i]!);
  return {
    words: rows.length,
    stemAgreement: stemMatches / rows.length,
    lightStemAgreement: lightStemMatches / rows.length,
    rootAgreement: rootMatches / rows.length,
    disagreements,
    examples,
  };
}

/**
 * Runs the stemming evaluation. `sharedDir` is the shared folder (holding data/) or its data/ folder itself; the
 * golden-corpus part is skipped (null, with the reason) when the corpus is not there.
 */
export function evaluateStemming(sharedDir: string): StemmingEvaluation {
  const lucene = luceneCounts();
  const file = sharedDataPath(sharedDir, 'golden-corpus-arabic-stemming', 'golden_corpus_arabic.json');
  if (!file) return { lucene, golden: null, skipped: `golden corpus not found under ${sharedDir}` };
  return { lucene, golden: goldenAgreement(file), skipped: null };
}
