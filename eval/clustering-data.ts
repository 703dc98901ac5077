/**
 * The story-clustering evaluation's inputs: SaudiNewsNet articles as CLI records (so they go through the same
 * cleaning as `tabayyun cluster`), the gold stories of 2015-08-09, and the split of those stories into a tuning half
 * and a test half.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterArticle } from '../src/analysis/cluster/features.js';
import { hashString } from '../src/analysis/cluster/hash.js';
import { prepareRecord } from '../src/cli/commands/cluster.js';
import { loadSaudiNewsNetDay, saudiNewsNetDays, type SaudiArticle } from './news-corpus.js';

export const GOLD_DAY = '2015-08-09';

/** `date_extracted` ("2015-08-09 17:26:01", the crawl time) stands in for the publication time, read as UTC. */
export function crawlTimeIso(a: SaudiArticle): string {
  return `${a.date_extracted.replace(' ', 'T')}Z`;
}

/** Record id of the i-th article of a day's zip: "2015-08-09#12". Stable, and carries no text of the article. */
export function articleId(day: string, index: number): string {
  return `${day}#${index}`;
}

export interface PreparedDay {
  day: string;
  raw: SaudiArticle[];
  articles: ClusterArticle[];
}

/** A day's articles as the CLI would cluster them (title + content, cleaned; crawl time as publication time). */
export function prepareDay(sharedDir: string, day: string, withFacets = false): PreparedDay {
  const raw = loadSaudiNewsNetDay(sharedDir, day);
  const articles = raw.map((a, i) => {
    const id = articleId(day, i);
    const prepared = prepareRecord({ id, title: a.title, text: a.content, outlet: a.source, url: a.url, published: crawlTimeIso(a) }, Date.now(), { id }, withFacets);
    // Every SaudiNewsNet article has a title, so none is refused; the fallback keeps the indices aligned regardless.
    return prepared.article ?? { id, title: a.title };
  });
  return { day, raw, articles };
}

/** Every day in order (31,030 articles). */
export function prepareCorpus(sharedDir: string): PreparedDay[] {
  return saudiNewsNetDays(sharedDir).map((day) => prepareDay(sharedDir, day));
}

export interface GoldDay {
  /** `stories[i]` is the gold story of article i of the day's zip. */
  stories: string[];
  /** 0 = tuning half, 1 = test half, per article (by its story). */
  half: number[];
}

export function goldFile(sharedDir: string): string {
  return join(sharedDir, 'data', 'saudinewsnet', 'gold', `${GOLD_DAY}.stories.jsonl`);
}

/**
 * The split is by story, never by article, so no story is seen in both halves: a story goes to the tuning half
 * when the hash of its id is even. Seed 0 is the split the evaluation tunes and reports on; other seeds give other
 * splits, only to show how much a half's figures move with the stories that happen to fall in it.
 */
export function storyHalf(story: string, seed = 0): number {
  return hashString(story, seed) % 2;
}

export function loadGold(sharedDir: string): GoldDay | null {
  const file = goldFile(sharedDir);
  if (!existsSync(file)) return null;
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { i: number; story: string });
  const stories: string[] = [];
  for (const r of rows) stories[r.i] = r.story;
  return { stories, half: stories.map((s) => storyHalf(s)) };
}
