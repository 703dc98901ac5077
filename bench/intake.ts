/**
 * Intake speed: HTML pages per second for our extraction + cleaning (`readArticle`), beside Readability alone
 * (linkedom parse + `Readability.parse()`, its default HTML serialisation) on the same pages, one core.
 *
 * Two page sets:
 * - the three real pages of test/pages (30, 70 and 500 KB of real markup), repeated;
 * - SaudiNewsNet articles wrapped as simple HTML (the corpus is text only): a <head> with the title, an <article>
 *   with an <h1> and one <p> per line of content. These pages are small and clean, so the figure is the cost of
 *   the pipeline on a typical article body rather than on page chrome.
 * Plus plain-text intake (cleaning only) on the same SaudiNewsNet articles, in articles per second.
 *
 * Run alone: `node --expose-gc dist/bench/intake.js` (after `npx tsc -p tsconfig.json`).
 */
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { readArticle } from '../src/ingest/article.js';
import { loadPageCases } from '../eval/extraction.js';
import { findSharedDir, loadSaudiNewsNetDay, saudiNewsNetDays, type SaudiArticle } from '../eval/news-corpus.js';

/** SaudiNewsNet articles timed (the first ones of the first day with content). */
const SNN_ARTICLES = 2000;
/** Rounds over the three real pages. */
const PAGE_ROUNDS = 10;

function readabilityAlone(html: string): number {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as never).parse();
  return parsed?.content?.length ?? 0;
}

function ours(html: string): number {
  return readArticle(html, { format: 'html' }).text.length;
}

/** Runs `fn` over the inputs once to warm up, then times `rounds` passes; returns items per second. */
function rate(inputs: string[], fn: (html: string) => number, rounds = 1): number {
  let sink = 0;
  for (const html of inputs.slice(0, Math.min(inputs.length, 20))) sink += fn(html);
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const html of inputs) sink += fn(html);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (sink < 0) console.log(sink); // keeps the work observable
  return Math.round(((inputs.length * rounds) / seconds) * 10) / 10;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function wrapAsHtml(a: SaudiArticle): string {
  const paragraphs = a.content.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => `<p>${escape(l)}</p>`).join('\n');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escape(a.title)}</title></head>` +
    `<body><article><h1>${escape(a.title)}</h1>\n${paragraphs}\n</article></body></html>`;
}

function sample(sharedDir: string): SaudiArticle[] {
  const out: SaudiArticle[] = [];
  for (const day of saudiNewsNetDays(sharedDir)) {
    for (const a of loadSaudiNewsNetDay(sharedDir, day)) {
      if (a.content.trim()) out.push(a);
      if (out.length >= SNN_ARTICLES) return out;
    }
  }
  return out;
}

export function benchIntake(sharedDir: string | null): Record<string, unknown> {
  const pages = loadPageCases().map((c) => c.html);
  const real = pages.length ? {
    pages: pages.length,
    rounds: PAGE_ROUNDS,
    kilobytes: pages.map((p) => Math.round(Buffer.byteLength(p) / 1024)),
    extractionAndCleaningPagesPerSecond: rate(pages, ours, PAGE_ROUNDS),
    readabilityAlonePagesPerSecond: rate(pages, readabilityAlone, PAGE_ROUNDS),
  } : null;
  let snn: Record<string, unknown> | null = null;
  if (sharedDir && saudiNewsNetDays(sharedDir).length) {
    const articles = sample(sharedDir);
    const html = articles.map(wrapAsHtml);
    const texts = articles.map((a) => a.content);
    const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
    const textRate = rate(texts, (t) => readArticle({ text: t }).text.length);
    snn = {
      articles: articles.length,
      meanKilobytesAsHtml: Math.round(html.reduce((n, h) => n + Buffer.byteLength(h), 0) / html.length / 102.4) / 10,
      htmlExtractionAndCleaningPagesPerSecond: rate(html, ours),
      htmlReadabilityAlonePagesPerSecond: rate(html, readabilityAlone),
      plainTextCleaningArticlesPerSecond: textRate,
      plainTextCleaningWordsPerSecond: Math.round((textRate * words) / articles.length),
    };
  }
  return {
    realPages: real,
    saudiNewsNet: snn,
    skipped: {
      ...(real ? {} : { realPages: 'test/pages is missing' }),
      ...(snn ? {} : { saudiNewsNet: 'SaudiNewsNet is not in ../shared/data (set TABAYYUN_SHARED)' }),
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(benchIntake(findSharedDir()), null, 2));
}
