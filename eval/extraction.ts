/**
 * Article intake figures: the three real pages committed in test/pages (upstream expectations: trafilatura's
 * must / must-not snippets, token F1 against fundus's and newspaper4k's expected bodies, title and date), the two
 * seeds' cleaning against a hand labelling, and SaudiNewsNet's share of articles that lose more than 20% of their
 * text to cleaning. `evaluateExtraction(sharedDir)` returns them as structured figures; a part whose data is absent
 * is null with a reason.
 *
 * Run alone: `node dist/eval/extraction.js` (after `npx tsc -p tsconfig.json`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readArticle, safeReadArticle, type Article } from '../src/ingest/article.js';
import { normalizeKey } from '../src/text/normalize.js';
import { findSharedDir, loadSaudiNewsNet, saudiNewsNetDir, type SaudiArticle } from './news-corpus.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const PAGES_DIR = join(REPO, 'test', 'pages');
export const EXAMPLES_DIR = join(REPO, 'examples');

// ---------------------------------------------------------------------------------------------------------------
// Token F1

/**
 * Tokens for comparing an extraction with an expected body: runs of letters and digits, normalised
 * (diacritics, alef forms, ى, Arabic-Indic digits folded), so that the score measures what was kept, not how
 * punctuation or hamza seats were written.
 */
export function scoringTokens(text: string): string[] {
  return normalizeKey(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface TokenScore { precision: number; recall: number; f1: number }

/** Bag-of-tokens precision, recall and F1 (each token counted as often as it occurs). */
export function tokenF1(predicted: string, expected: string): TokenScore {
  const gold = new Map<string, number>();
  const goldTokens = scoringTokens(expected);
  for (const t of goldTokens) gold.set(t, (gold.get(t) ?? 0) + 1);
  const predTokens = scoringTokens(predicted);
  let overlap = 0;
  for (const t of predTokens) {
    const n = gold.get(t) ?? 0;
    if (n > 0) { overlap++; gold.set(t, n - 1); }
  }
  const precision = predTokens.length ? overlap / predTokens.length : 0;
  const recall = goldTokens.length ? overlap / goldTokens.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

// ---------------------------------------------------------------------------------------------------------------
// The three pages

export interface PageCase {
  slug: string;
  html: string;
  url: string;
  title: string;
  /** Expected publication date ('YYYY-MM-DD' or ISO), or null when the page gives none. */
  published: string | null;
  modified?: string;
  snippets?: { with: string[]; without: string[] };
  body?: string;
}

interface PageJson {
  url: string;
  expected: { kind: 'trafilatura' | 'fundus' | 'newspaper'; file: string; metadata?: string };
  published?: string;
  modified?: string;
}

/** Reads test/pages/<slug>/: source.html, page.json, and the upstream expected files it names. */
export function loadPageCases(dir = PAGES_DIR): PageCase[] {
  if (!existsSync(dir)) return [];
  const out: PageCase[] = [];
  for (const slug of readdirSync(dir).sort()) {
    const folder = join(dir, slug);
    if (!existsSync(join(folder, 'page.json'))) continue;
    const page = JSON.parse(readFileSync(join(folder, 'page.json'), 'utf8')) as PageJson;
    const html = readFileSync(join(folder, 'source.html'), 'utf8');
    const expectedText = readFileSync(join(folder, page.expected.file), 'utf8');
    const base = { slug, html, url: page.url, ...(page.modified ? { modified: page.modified } : {}) };
    if (page.expected.kind === 'trafilatura') {
      const e = JSON.parse(expectedText) as { title: string; date: string; with: string[]; without: string[] };
      out.push({ ...base, title: e.title, published: page.published ?? (e.date || null), snippets: { with: e.with, without: e.without } });
    } else if (page.expected.kind === 'fundus') {
      const e = JSON.parse(expectedText) as { V1: { title: string; publishing_date: string | null; body: { sections: Array<{ paragraphs: string[] }> } } };
      const body = e.V1.body.sections.flatMap((s) => s.paragraphs).join('\n\n');
      out.push({ ...base, title: e.V1.title, published: page.published ?? e.V1.publishing_date, body });
    } else {
      const meta = JSON.parse(readFileSync(join(folder, page.expected.metadata!), 'utf8')) as { title: string; publish_date: string | null };
      out.push({ ...base, title: meta.title, published: page.published ?? meta.publish_date, body: expectedText });
    }
  }
  return out;
}

function sameInstant(a: string | undefined, b: string | null): boolean {
  if (!a || !b) return !a && !b;
  if (/^\d{4}-\d{2}-\d{2}$/.test(b)) return a.slice(0, 10) === b;
  const x = Date.parse(a.replace(' ', 'T'));
  const y = Date.parse(b.replace(' ', 'T'));
  return Number.isFinite(x) && x === y;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface PageScore {
  slug: string;
  titleRight: boolean;
  title: string | null;
  dateRight: boolean;
  published: string | null;
  modifiedRight?: boolean;
  snippets?: { withFound: number; withTotal: number; withoutAbsent: number; withoutTotal: number; missing: string[]; leaked: string[] };
  body?: TokenScore;
}

export function scorePage(c: PageCase): PageScore {
  const a = readArticle(c.html, { format: 'html', url: c.url });
  const score: PageScore = {
    slug: c.slug,
    titleRight: squash(a.title ?? '') === squash(c.title),
    title: a.title ?? null,
    dateRight: sameInstant(a.published, c.published),
    published: a.published ?? null,
  };
  if (c.modified) score.modifiedRight = sameInstant(a.modified, c.modified);
  if (c.snippets) {
    const text = squash(a.text);
    const missing = c.snippets.with.filter((s) => !text.includes(squash(s)));
    const leaked = c.snippets.without.filter((s) => text.includes(squash(s)));
    score.snippets = {
      withFound: c.snippets.with.length - missing.length, withTotal: c.snippets.with.length,
      withoutAbsent: c.snippets.without.length - leaked.length, withoutTotal: c.snippets.without.length, missing, leaked,
    };
  }
  if (c.body !== undefined) score.body = tokenF1(a.text, c.body);
  return score;
}

// ---------------------------------------------------------------------------------------------------------------
// The seeds, against a hand labelling

/** The five image captions of the seed 001, read off the file by hand. */
export const SEED_001_CAPTIONS = [
  'مراسم استقبال الرئيس الروسي فلاديمير بوتين في فيتنام',
  'الرئيس الروسي بوتين والرئيس الفيتنامي تو لام يتصافحان',
  'اجتماع موسع للرئيس بوتين مع نظيره الفيتنامي بحضور وفدين من مسؤولي البلدين -هانوي، 20 يونيو 2024',
  'كيم مستقبلاً بوتين بالساحة الرئيسية في بيونغ يانغ أمس',
  'كيم يستقبل بوتين في مطار بيونغ يانغ',
];
/** Its boilerplate lines and the reason each must carry. */
export const SEED_001_BOILERPLATE: Array<[string, string]> = [
  ['قد يهمك:', 'related-links'],
  ['عن الكاتب:', 'author-box'],
  ['اترك رد', 'comment-prompt'],
  ['جميع المحتويات المنشورة على موقع نجوم مصرية', 'copyright'],
];

function findSeed(prefix: string, dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  return name ? join(dir, name) : undefined;
}

function removedAs(a: Article, text: string, reason: string): boolean {
  return a.removed.some((r) => r.reason === reason && r.text.includes(text));
}

export function evaluateSeeds(dir = EXAMPLES_DIR): Record<string, unknown> | null {
  const f0 = findSeed('000_', dir);
  const f1 = findSeed('001_', dir);
  if (!f0 || !f1) return null;
  const s1 = readFileSync(f1, 'utf8');
  const a1 = readArticle(s1, { format: 'text' });
  const lines1 = s1.split('\n');
  const nbspLines = lines1.filter((l) => l.includes('\u00a0') && l.trim() === '');
  const nbspRemoved = a1.removed.filter((r) => r.reason === 'whitespace-line').reduce((n, r) => n + (r.text.match(/\u00a0/g)?.length ?? 0), 0);
  // The report's sentences: the lines that end with a full stop, less the copyright footer.
  const sentences = lines1.map((l) => l.trim()).filter((l) => /[.!؟]$/.test(l) && !l.startsWith('جميع المحتويات'));
  const s0 = readFileSync(f0, 'utf8');
  const a0 = readArticle(s0, { format: 'text' });
  const lines0 = s0.split('\n').map((l) => l.trim()).filter((l) => l && l !== '(وكالات)');
  return {
    seed001: {
      title: a1.title ?? null,
      captionsRemoved: SEED_001_CAPTIONS.filter((c) => removedAs(a1, c, 'caption')).length,
      captionsTotal: SEED_001_CAPTIONS.length,
      boilerplateRemoved: SEED_001_BOILERPLATE.filter(([t, r]) => removedAs(a1, t, r)).length,
      boilerplateTotal: SEED_001_BOILERPLATE.length,
      noBreakSpaceLinesRemoved: nbspRemoved,
      noBreakSpaceLinesTotal: nbspLines.length,
      reportSentencesKept: sentences.filter((s) => a1.text.includes(s)).length,
      reportSentencesTotal: sentences.length,
    },
    seed000: {
      agency: a0.agency ?? null,
      agencyCreditRemoved: removedAs(a0, '(وكالات)', 'agency-credit'),
      linesKept: lines0.filter((l) => a0.text.includes(l)).length,
      linesTotal: lines0.length,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// SaudiNewsNet

function letters(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]/gu)) n++;
  return n;
}

/** A SaudiNewsNet article as an input record, the way a JSONL dump of it would be poured in. */
export function saudiRecord(a: SaudiArticle): { id: string; title?: string; text: string; url: string; outlet: string } {
  return { id: a.url, ...(a.title ? { title: a.title } : {}), text: a.content, url: a.url, outlet: a.source };
}

/** Share of an article's letters and digits that cleaning removed. */
export function lostShare(a: Article): number {
  const total = letters(a.source);
  return total === 0 ? 0 : 1 - letters(a.text) / total;
}

export function evaluateSaudiNewsNet(sharedDir: string, articles = loadSaudiNewsNet(sharedDir)): Record<string, unknown> {
  let read = 0;
  let over = 0;
  let lostSum = 0;
  const errors: Record<string, number> = {};
  const reasons: Record<string, number> = {};
  const byOutlet: Record<string, { articles: number; over20: number }> = {};
  for (const a of articles) {
    const result = safeReadArticle(saudiRecord(a), { format: 'text' });
    if (!result.ok) { errors[result.error.code] = (errors[result.error.code] ?? 0) + 1; continue; }
    const article = result.value;
    const lost = lostShare(article);
    read++;
    lostSum += lost;
    const outlet = (byOutlet[a.source] ??= { articles: 0, over20: 0 });
    outlet.articles++;
    if (lost > 0.2) { over++; outlet.over20++; }
    for (const r of article.removed) reasons[r.reason] = (reasons[r.reason] ?? 0) + 1;
  }
  return {
    articles: articles.length,
    read,
    refused: errors,
    over20Percent: over,
    over20PercentShare: round(over / Math.max(1, read)),
    meanLostShare: round(lostSum / Math.max(1, read)),
    removedBlocksByReason: Object.fromEntries(Object.entries(reasons).sort((x, y) => y[1] - x[1])),
    byOutlet,
  };
}

/** FNV-1a: a stable hash for a deterministic sample. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h;
}

/** The articles read by hand: the `n` non-empty articles with the smallest hash of their URL. */
export function handCheckSample(articles: SaudiArticle[], n = 30): SaudiArticle[] {
  return articles
    .filter((a) => a.content.trim() !== '')
    .map((a) => [fnv1a(a.url), a] as const)
    .sort((x, y) => x[0] - y[0])
    .slice(0, n)
    .map(([, a]) => a);
}

// ---------------------------------------------------------------------------------------------------------------

export function evaluateExtraction(sharedDir: string | null): Record<string, unknown> {
  const cases = loadPageCases();
  const pages = cases.length ? Object.fromEntries(cases.map((c) => [c.slug, scorePage(c)])) : null;
  const seeds = evaluateSeeds();
  const snn = sharedDir && saudiNewsNetDir(sharedDir) ? evaluateSaudiNewsNet(sharedDir) : null;
  const skipped: Record<string, string> = {};
  if (!pages) skipped['pages'] = 'test/pages is missing';
  if (!seeds) skipped['seeds'] = 'examples/000_*.txt and 001_*.txt are missing';
  if (!snn) skipped['saudiNewsNet'] = 'SaudiNewsNet is not in ../shared/data (set TABAYYUN_SHARED)';
  return { pages, seeds, saudiNewsNet: snn, skipped };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(evaluateExtraction(findSharedDir()), null, 2));
}
