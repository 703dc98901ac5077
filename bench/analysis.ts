/**
 * Quantities + dates over SaudiNewsNet, in articles/s, beside the text core's own cost (tokenising the same
 * articles) measured in the same run.
 */
import { performance } from 'node:perf_hooks';
import { tokenize } from '../src/text/tokenize.js';
import { extractQuantities } from '../src/analysis/quantities/index.js';
import { extractDates } from '../src/analysis/dates/index.js';
import { loadSaudiNewsNet } from '../eval/news-corpus.js';

const seconds = (fn: () => void): number => { const t0 = performance.now(); fn(); return (performance.now() - t0) / 1000; };

export function benchQuantitiesDates(sharedDir: string) {
  const texts = loadSaudiNewsNet(sharedDir).map((a) => a.content);
  const tokenSets = texts.map((t) => tokenize(t)); // warm-up and the tokens every pass shares
  const tokenizeOnly = seconds(() => { for (const t of texts) tokenize(t); });
  let found = 0;
  const passes = seconds(() => {
    texts.forEach((t, i) => {
      const tokens = tokenSets[i]!;
      found += extractQuantities(t, { tokens }).length + extractDates(t, { tokens, published: '2015-08-01' }).length;
    });
  });
  return {
    articles: texts.length,
    'quantities + dates (articles/s, tokens given)': Math.round(texts.length / passes),
    'baseline: text core tokenising the same articles (articles/s)': Math.round(texts.length / tokenizeOnly),
    'quantities + dates found': found,
  };
}
