/**
 * Issue 6: fact alignment of `compare` measured on hand-annotated stories (eval/facts-gold.json, guidelines in
 * eval/FACTS-GOLD.md). Each story's articles go through intake as the CLI reads them (readArticle: cleaned text,
 * outlet, crawl time as publication time; the seeds as test/golden/compare/seeds.ts reads them) and then
 * compareArticles; statement and conflict spans are mapped back to the raw text the gold offsets point into.
 * Figures per split: tune (thresholds were chosen on it), test (reported), seed (examples/). The SaudiNewsNet
 * stories need ../shared; the seeds are always scored.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareArticles } from '../src/compare/compare-articles.js';
import type { CompareArticleInput } from '../src/compare/types.js';
import { readArticle, toSourceSpan, type Article } from '../src/ingest/article.js';
import { crawlTimeIso, GOLD_DAY, loadGold } from './clustering-data.js';
import { addCounts, emptyCounts, figures, scoreStory, type FactCounts, type FactFigures, type GoldConflict, type GoldUnit, type PredictedConflict, type PredictedStatement } from './facts-metrics.js';
import { loadSaudiNewsNetDay } from './news-corpus.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const FACTS_GOLD = `${root}eval/facts-gold.json`;

/** Publication dates of the seeds, as in test/golden/compare/seeds.ts. */
const SEED_PUBLISHED: Record<string, string> = {
  'examples/000_b103aa280f0a7f28.txt': '2024-06-21',
  'examples/001_6afa7cba81430075.txt': '2024-06-20',
};

type Span = [number, number, number];

export interface GoldArticle {
  source?: string;
  outlet?: string;
  url?: string;
  file?: string;
  sha256: string;
}

export interface GoldStory {
  story: string;
  split: 'tune' | 'test' | 'seed';
  articles: GoldArticle[];
  facts: Array<{ spans: Span[] }>;
  conflicts: GoldConflict[];
}

export function loadFactsGold(file = FACTS_GOLD): GoldStory[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { stories: GoldStory[] }).stories;
}

export function goldUnits(story: GoldStory): GoldUnit[] {
  return story.facts.flatMap((f, fact) => f.spans.map(([article, start, end]) => ({ article, start, end, fact })));
}

const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

/** The raw text of each article of a story, or the reason it cannot be had. */
function storyTexts(story: GoldStory, byUrl: ReadonlyMap<string, { content: string; title: string; date_extracted: string }> | null): Array<{ raw: string; title?: string; published?: string; outlet?: string }> | string {
  const out: Array<{ raw: string; title?: string; published?: string; outlet?: string }> = [];
  for (const a of story.articles) {
    let raw: string;
    const extra: { title?: string; published?: string; outlet?: string } = {};
    if (a.file) {
      raw = readFileSync(root + a.file, 'utf8');
      const p = SEED_PUBLISHED[a.file];
      if (p) extra.published = p;
    } else {
      const found = byUrl?.get(a.url ?? '');
      if (!found) return byUrl ? `article not found: ${a.url}` : `SaudiNewsNet ${GOLD_DAY} not found`;
      raw = found.content;
      extra.title = found.title;
      extra.published = crawlTimeIso(found as Parameters<typeof crawlTimeIso>[0]);
      if (a.outlet) extra.outlet = a.outlet;
    }
    if (sha256(raw) !== a.sha256) return `text changed (sha256): ${a.url ?? a.file}`;
    out.push({ raw, ...extra });
  }
  return out;
}

export interface StoryResult {
  story: string;
  split: string;
  counts: FactCounts;
  /** Predicted facts as lists of `article:unit` gold labels, for reading the errors. */
  detail?: string[];
}

export function evaluateStory(story: GoldStory, texts: Array<{ raw: string; title?: string; published?: string; outlet?: string }>): StoryResult {
  const articles: Article[] = texts.map((t, k) => readArticle({
    id: String(k), text: t.raw, ...(t.title ? { title: t.title } : {}), ...(t.published ? { published: t.published } : {}), ...(t.outlet ? { outlet: t.outlet } : {}),
  }));
  const inputs: CompareArticleInput[] = articles.map((a, k) => {
    const input: CompareArticleInput = { id: String(k), text: a.text };
    if (a.outlet) input.outlet = a.outlet;
    if (a.published) input.published = a.published;
    return input;
  });
  const comparison = compareArticles(inputs);
  const toRaw = (k: number, start: number, end: number) => toSourceSpan(articles[k]!, start, end);
  const statements: PredictedStatement[] = comparison.facts.flatMap((f) => f.mentions.map((m) => {
    const k = Number(m.article);
    return { article: k, ...toRaw(k, m.start, m.end), fact: f.id };
  }));
  const conflicts: PredictedConflict[] = comparison.conflicts.map((c) => ({
    values: c.values.map((v) => { const k = Number(v.article); return { article: k, ...toRaw(k, v.start, v.end) }; }),
  }));
  const units = goldUnits(story);
  return { story: story.story, split: story.split, counts: scoreStory(units, story.conflicts, statements, conflicts) };
}

export interface FactsEvaluation {
  splits: Record<string, { stories: number; articles: number; figures: FactFigures }>;
  stories: StoryResult[];
  skipped: string[];
}

export function evaluateFacts(sharedDir: string | null, gold = loadFactsGold()): FactsEvaluation {
  let byUrl: Map<string, { content: string; title: string; date_extracted: string }> | null = null;
  if (sharedDir) {
    try {
      byUrl = new Map(loadSaudiNewsNetDay(sharedDir, GOLD_DAY).map((a) => [a.url, a]));
    } catch {
      byUrl = null;
    }
  }
  const stories: StoryResult[] = [];
  const skipped: string[] = [];
  const sums = new Map<string, { stories: number; articles: number; counts: FactCounts }>();
  for (const story of gold) {
    const texts = storyTexts(story, byUrl);
    if (typeof texts === 'string') { skipped.push(`${story.story}: ${texts}`); continue; }
    const r = evaluateStory(story, texts);
    stories.push(r);
    const s = sums.get(story.split) ?? { stories: 0, articles: 0, counts: emptyCounts() };
    sums.set(story.split, { stories: s.stories + 1, articles: s.articles + story.articles.length, counts: addCounts(s.counts, r.counts) });
  }
  const splits: FactsEvaluation['splits'] = {};
  for (const split of ['tune', 'test', 'seed']) {
    const s = sums.get(split);
    if (s) splits[split] = { stories: s.stories, articles: s.articles, figures: figures(s.counts) };
  }
  return { splits, stories, skipped };
}

/** Size of the gold set: stories, articles, facts (shared ones), conflicts, per split. */
export function goldSize(gold = loadFactsGold()): Record<string, { stories: number; articles: number; facts: number; shared: number; conflicts: number }> {
  const out: Record<string, { stories: number; articles: number; facts: number; shared: number; conflicts: number }> = {};
  for (const s of gold) {
    const o = (out[s.split] ??= { stories: 0, articles: 0, facts: 0, shared: 0, conflicts: 0 });
    o.stories++;
    o.articles += s.articles.length;
    o.facts += s.facts.length;
    o.shared += s.facts.filter((f) => new Set(f.spans.map((x) => x[0])).size > 1).length;
    o.conflicts += s.conflicts.length;
  }
  return out;
}

/**
 * How many conflicts compare reports on every multi-article story of the gold day (the first 12 articles of each,
 * raw text, as the largest-story bench does): a volume check, not precision — a flood of conflicts is what a
 * fact-checker cannot use. Returns null without the corpus.
 */
export interface ConflictVolume {
  stories: number;
  articles: number;
  byKind: Record<string, number>;
  perStory: number;
  /** Against the hand verdicts in eval/conflict-check.json: of the conflicts reported now, how many were judged and how. */
  handCheck: { judged: number; real: number; false: number; unsure: number; notJudged: number; precisionOfJudged: number | null };
}

interface ConflictVerdict { story: string; kind: string; values: Array<[number, number, number]>; verdict: 'real' | 'false' | 'unsure' }

export const CONFLICT_CHECK = `${root}eval/conflict-check.json`;

function verdictKey(story: string, kind: string, values: ReadonlyArray<readonly [number, number, number]>): string {
  return `${story}|${kind}|${values.map((v) => v.join(':')).sort().join('|')}`;
}

type Values = ReadonlyArray<readonly [number, number, number]>;

/**
 * Compares every story of two or more articles (its first 12, raw text, as the largest-story bench does), counts the
 * conflicts by kind into `byKind` and hands each to `seen` with its values as [article index, start, end].
 */
function compareStories(raw: ReadonlyArray<{ content: string; source: string }>, byStory: ReadonlyMap<string, number[]>, byKind: Record<string, number>,
  seen: (story: string, kind: string, values: Values) => void): { stories: number; articles: number; total: number } {
  let stories = 0;
  let articles = 0;
  let total = 0;
  for (const [story, members] of byStory) {
    if (members.length < 2) continue;
    const chosen = members.slice(0, 12);
    stories++;
    articles += chosen.length;
    const c = compareArticles(chosen.map((i) => ({ id: String(i), text: raw[i]!.content, outlet: raw[i]!.source })));
    for (const x of c.conflicts) {
      byKind[x.kind] = (byKind[x.kind] ?? 0) + 1;
      total++;
      seen(story, x.kind, x.values.map((y) => [Number(y.article), y.start, y.end] as const));
    }
  }
  return { stories, articles, total };
}

export function conflictVolume(sharedDir: string | null, checkFile = CONFLICT_CHECK): ConflictVolume | null {
  if (!sharedDir) return null;
  const gold = loadGold(sharedDir);
  if (!gold) return null;
  let raw: ReturnType<typeof loadSaudiNewsNetDay>;
  try { raw = loadSaudiNewsNetDay(sharedDir, GOLD_DAY); } catch { return null; }
  const byStory = new Map<string, number[]>();
  gold.stories.forEach((s, i) => { const list = byStory.get(s) ?? []; list.push(i); byStory.set(s, list); });
  const byKind: Record<string, number> = { quantity: 0, date: 0, name: 0, attribution: 0, other: 0 };
  const verdicts = new Map<string, ConflictVerdict['verdict']>();
  if (existsSync(checkFile)) {
    for (const v of (JSON.parse(readFileSync(checkFile, 'utf8')) as { verdicts: ConflictVerdict[] }).verdicts) verdicts.set(verdictKey(v.story, v.kind, v.values), v.verdict);
  }
  const handCheck = { real: 0, false: 0, unsure: 0, notJudged: 0 };
  const { stories, articles, total } = compareStories(raw, byStory, byKind, (story, kind, values) => {
    const v = verdicts.get(verdictKey(story, kind, values));
    if (v) handCheck[v]++;
    else handCheck.notJudged++;
  });
  const judged = handCheck.real + handCheck.false + handCheck.unsure;
  return {
    stories, articles, byKind, perStory: Math.round((total / Math.max(1, stories)) * 100) / 100,
    handCheck: { judged, ...handCheck, precisionOfJudged: judged ? Math.round((handCheck.real / judged) * 1000) / 1000 : null },
  };
}

/** Blind samples of the pipeline's conflicts, one file per day (see each file's `about`): every eval/conflict-check-pipeline*.json. */
export const PIPELINE_CHECKS = readdirSync(`${root}eval`).filter((f) => /^conflict-check-pipeline.*\.json$/.test(f)).sort().map((f) => `${root}eval/${f}`);

/**
 * Conflicts of the whole pipeline on a day nobody labelled: the day's articles clustered by the engine, each predicted
 * story of two or more articles compared (first 12 articles, raw text, as conflictVolume). This is what a user who
 * runs `cluster` then `compare` sees, false merges of the clusterer included. The blind hand verdicts in
 * eval/conflict-check-pipeline.json are a random sample of the quantity conflicts of an earlier compare (see its
 * `about`): the survivors of a random sample are a random sample of what is still reported, so their verdicts estimate
 * the precision of today's quantity conflicts on that day.
 */
export interface PipelineConflicts {
  day: string;
  stories: number;
  articles: number;
  byKind: Record<string, number>;
  perStory: number;
  sample: { judged: number; stillReported: number; real: number; false: number; unsure: number; precisionOfReported: number | null };
}

export async function pipelineConflicts(sharedDir: string | null, checkFile: string): Promise<PipelineConflicts | null> {
  if (!sharedDir || !existsSync(checkFile)) return null;
  const check = JSON.parse(readFileSync(checkFile, 'utf8')) as { day: string; verdicts: ConflictVerdict[] };
  const { prepareDay } = await import('./clustering-data.js');
  const { clusterStream } = await import('./clustering.js');
  let raw: ReturnType<typeof loadSaudiNewsNetDay>;
  try { raw = loadSaudiNewsNetDay(sharedDir, check.day); } catch { return null; }
  const { labels } = clusterStream(prepareDay(sharedDir, check.day).articles);
  const byStory = new Map<string, number[]>();
  labels.forEach((s, i) => { const list = byStory.get(s) ?? []; list.push(i); byStory.set(s, list); });
  const key = (kind: string, values: ReadonlyArray<readonly [number, number, number]>) => `${kind}:${values.map((v) => v.join('/')).sort().join('|')}`;
  const verdicts = new Map(check.verdicts.map((v) => [key(v.kind, v.values), v.verdict]));
  const byKind: Record<string, number> = { quantity: 0, date: 0, name: 0, attribution: 0, other: 0 };
  const sample = { judged: verdicts.size, stillReported: 0, real: 0, false: 0, unsure: 0 };
  const { stories, articles, total } = compareStories(raw, byStory, byKind, (_story, kind, values) => {
    const v = verdicts.get(key(kind, values));
    if (v) { sample.stillReported++; sample[v]++; }
  });
  const decided = sample.real + sample.false + sample.unsure;
  return {
    day: check.day, stories, articles, byKind, perStory: Math.round((total / Math.max(1, stories)) * 100) / 100,
    sample: { ...sample, precisionOfReported: decided ? Math.round((sample.real / decided) * 1000) / 1000 : null },
  };
}
