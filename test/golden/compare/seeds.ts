/**
 * The two seed articles as `compare` sees them: cleaned by intake, with their publication dates (000 is agency text
 * published 2024-06-21, outlet unknown; 001 a scraped page published 2024-06-20, its outlet read off its copyright
 * footer). Shared by the golden test and
 * scripts/regenerate-compare-golden.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareArticles } from '../../../src/compare/compare-articles.js';
import type { CompareArticleInput, Comparison } from '../../../src/compare/types.js';
import { readArticle } from '../../../src/ingest/article.js';

export const root = fileURLToPath(new URL('../../../../', import.meta.url));
export const goldenDir = `${root}test/golden/compare/`;

export const SEEDS = [
  { id: '000', file: 'examples/000_b103aa280f0a7f28.txt', published: '2024-06-21' },
  { id: '001', file: 'examples/001_6afa7cba81430075.txt', published: '2024-06-20' },
];

export function seedInputs(): CompareArticleInput[] {
  return SEEDS.map((s) => {
    const raw = readFileSync(root + s.file, 'utf8');
    const article = readArticle({ id: s.id, text: raw, published: s.published });
    const input: CompareArticleInput = { id: s.id, text: article.text, published: s.published };
    if (article.title) input.title = article.title;
    if (article.agency) input.agency = article.agency;
    if (article.outlet) input.outlet = article.outlet;
    return input;
  });
}

export function seedComparison(): Comparison {
  return compareArticles(seedInputs());
}
