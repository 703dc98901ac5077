/**
 * Words per second for the text core (normalise + tokenise + stem) over SaudiNewsNet, on one core, beside two
 * baselines measured in the same run on the same text: splitting on whitespace only, and normalising the whole
 * text with the offset map (the part every later stage pays for).
 */
import { performance } from 'node:perf_hooks';
import { loadSaudiNewsNet } from '../eval/news-corpus.js';
import { normalize } from '../src/text/normalize.js';
import { tokenize } from '../src/text/tokenize.js';
import { stem } from '../src/text/stem.js';
import { splitSentences } from '../src/text/sentences.js';

function time(fn: () => number, rounds = 3): { seconds: number; result: number } {
  let best = Infinity;
  let result = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    result = fn();
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return { seconds: best, result };
}

export function benchTextCore(sharedDir: string, limit = Infinity) {
  const texts = loadSaudiNewsNet(sharedDir).slice(0, limit).map((a) => a.content);
  const chars = texts.reduce((s, t) => s + t.length, 0);
  const split = time(() => { let n = 0; for (const t of texts) n += t.split(/\s+/).filter(Boolean).length; return n; });
  const words = split.result;
  const norm = time(() => { let n = 0; for (const t of texts) n += normalize(t).text.length; return n; });
  const core = time(() => {
    let n = 0;
    for (const t of texts) {
      for (const tok of tokenize(t)) if (tok.kind === 'word') { stem(tok.norm); n++; }
    }
    return n;
  });
  const withSentences = time(() => { let n = 0; for (const t of texts) { const toks = tokenize(t); n += splitSentences(t, toks).length; for (const tok of toks) if (tok.kind === 'word') stem(tok.norm); } return n; }, 1);
  const rate = (s: number) => Math.round(words / s);
  return {
    corpus: `SaudiNewsNet, ${texts.length} articles, ${words} whitespace-separated words, ${(chars / 1e6).toFixed(1)} M chars`,
    'tokenise + normalise + stem (words/s)': rate(core.seconds),
    'tokenise + normalise + stem + sentences (words/s)': rate(withSentences.seconds),
    'baseline: whitespace split only (words/s)': rate(split.seconds),
    'baseline: normalise with offset map only (words/s)': rate(norm.seconds),
    'word tokens found': core.result,
    target: '>= 1,000,000 words/s on one core',
  };
}
