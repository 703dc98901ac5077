/**
 * Loads SaudiNewsNet from ../shared/data (evaluation and benchmarks only: the corpus is CC BY-NC-SA and is never
 * committed). Each daily zip holds one JSON array of {source, url, date_extracted, title, author, content}.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';

export interface SaudiArticle {
  source: string;
  url: string;
  date_extracted: string;
  title: string;
  author: string;
  content: string;
}

export function saudiNewsNetDir(sharedDir: string): string | null {
  const dir = join(sharedDir, 'data', 'saudinewsnet', 'dataset');
  return existsSync(dir) ? dir : null;
}

/** The days available, sorted ('2015-07-21', …). */
export function saudiNewsNetDays(sharedDir: string): string[] {
  const dir = saudiNewsNetDir(sharedDir);
  if (!dir) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.zip')).map((f) => f.slice(0, -4)).sort();
}

export function loadSaudiNewsNetDay(sharedDir: string, day: string): SaudiArticle[] {
  const dir = saudiNewsNetDir(sharedDir);
  if (!dir) throw new Error('SaudiNewsNet is not available');
  const files = unzipSync(new Uint8Array(readFileSync(join(dir, `${day}.zip`))));
  const out: SaudiArticle[] = [];
  for (const [name, bytes] of Object.entries(files)) {
    if (!name.endsWith('.json')) continue;
    out.push(...(JSON.parse(strFromU8(bytes)) as SaudiArticle[]));
  }
  return out;
}

/** All days in order (31,030 articles). */
export function loadSaudiNewsNet(sharedDir: string): SaudiArticle[] {
  return saudiNewsNetDays(sharedDir).flatMap((day) => loadSaudiNewsNetDay(sharedDir, day));
}

export { findSharedDir } from './shared-data.js';
