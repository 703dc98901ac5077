/**
 * Regenerates test/golden/compare/: the comparison of the two seed articles as JSON (pretty, for reviewable diffs),
 * Markdown and HTML. Run: node dist/scripts/regenerate-compare-golden.js — then read the diff like code: a changed
 * fact, conflict or summary line is a change in what a journalist is told.
 */
import { writeFileSync } from 'node:fs';
import { renderHtml } from '../src/compare/render-html.js';
import { renderMarkdown } from '../src/compare/render-markdown.js';
import { goldenDir, seedComparison } from '../test/golden/compare/seeds.js';

const comparison = seedComparison();
const files: Array<[string, string]> = [
  ['seeds.comparison.json', `${JSON.stringify(comparison, null, 1)}\n`],
  ['seeds.comparison.md', renderMarkdown(comparison)],
  ['seeds.comparison.html', renderHtml(comparison)],
];
for (const [name, text] of files) {
  writeFileSync(goldenDir + name, text);
  console.log(`wrote ${goldenDir}${name}`);
}
