/**
 * Story clustering, end to end from JSONL records as `tabayyun cluster` runs it: reading and validating lines,
 * cleaning (intake), features (tokens, stems, shingles), clustering, writing the output lines.
 *
 * Each measured run is a fresh Node process that runs the cluster command on a JSONL file written beforehand, so
 * that its time and memory are its own (not the cost of unzipping the corpus to make the file, nor a JIT warmed by
 * an earlier run). Time is taken around the command only (module loading excluded); memory is sampled every 20 ms
 * (peak RSS and peak heap in use) and the process's own peak RSS is read from the OS at the end.
 *
 * Figures: the labelled day (1,276 articles) in articles/s; all 31,030 articles in one run; the cost per article at
 * 1k, 10k and all articles side by side (the candidate search is bounded, so it must stay flat); and, in-process,
 * the clustering engine alone on already-cleaned articles, to show its share.
 *
 * Run alone: `node --expose-gc dist/bench/bench.js cluster` (after `npx tsc -p tsconfig.json`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { StoryClusterer } from '../src/analysis/cluster/engine.js';
import { articleId, crawlTimeIso, GOLD_DAY, prepareDay } from '../eval/clustering-data.js';
import { loadSaudiNewsNetDay, saudiNewsNetDays, type SaudiArticle } from '../eval/news-corpus.js';

export interface ClusterRun {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  microsecondsPerArticle: number;
  peakRssMB: number;
  peakHeapMB: number;
  exitCode: number;
  /** [ms since start, articles done], from the command's progress lines. */
  progress: Array<[number, number]>;
}

/** The records `tabayyun cluster` reads: SaudiNewsNet title + content, crawl time as publication time. */
function toJsonl(items: Array<{ day: string; index: number; a: SaudiArticle }>): string {
  return items.map(({ day, index, a }) => JSON.stringify({
    id: articleId(day, index), title: a.title, text: a.content, outlet: a.source, url: a.url, published: crawlTimeIso(a),
  })).join('\n') + '\n';
}

// The child reads the command's own progress lines (it is told stderr is a terminal) to time the stream as it goes:
// [ms since start, articles done] every half second.
const CHILD = `
const [commandUrl, file] = process.argv.slice(1);
const { clusterCommand } = await import(commandUrl);
const { Writable, Readable } = await import('node:stream');
let peakRss = 0, peakHeap = 0;
const sample = () => { const m = process.memoryUsage(); peakRss = Math.max(peakRss, m.rss); peakHeap = Math.max(peakHeap, m.heapUsed); };
const timer = setInterval(sample, 20);
const progress = [];
const t0 = performance.now();
const stderr = new Writable({ write(chunk, _e, done) {
  const m = /cluster: ([\\d,]+) articles/.exec(String(chunk));
  if (m) progress.push([performance.now() - t0, Number(m[1].replace(/,/g, ''))]);
  done();
} });
const stdout = new Writable({ write(_c, _e, done) { done(); } });
const code = await clusterCommand.run(['--input', file], { stdin: Readable.from([]), stdout, stderr, stderrIsTTY: true, cwd: process.cwd() });
const seconds = (performance.now() - t0) / 1000;
clearInterval(timer);
sample();
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
process.stdout.write(JSON.stringify({ seconds, peakRss, peakHeap, code, progress }));
`;

function runChild(file: string, articles: number): ClusterRun {
  const commandUrl = new URL('../src/cli/commands/cluster.js', import.meta.url).href;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, commandUrl, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`cluster run failed: ${child.stderr}`);
  const r = JSON.parse(child.stdout) as { seconds: number; peakRss: number; peakHeap: number; code: number; progress: Array<[number, number]> };
  return {
    articles,
    seconds: Number(r.seconds.toFixed(2)),
    articlesPerSecond: Math.round(articles / r.seconds),
    microsecondsPerArticle: Math.round((r.seconds * 1e6) / articles),
    peakRssMB: Math.round(r.peakRss / 2 ** 20),
    peakHeapMB: Math.round(r.peakHeap / 2 ** 20),
    exitCode: r.code,
    progress: r.progress,
  };
}

/** The time at which `n` articles were done, interpolated between progress samples. */
function timeAt(progress: Array<[number, number]>, n: number): number | undefined {
  for (let i = 1; i < progress.length; i++) {
    const [t0, n0] = progress[i - 1]!;
    const [t1, n1] = progress[i]!;
    if (n0 <= n && n <= n1) return n1 === n0 ? t1 : t0 + ((t1 - t0) * (n - n0)) / (n1 - n0);
  }
  return undefined;
}

/** Microseconds per article over the 1,000 articles before the n-th (the marginal cost at that point of the stream). */
function marginalCost(progress: Array<[number, number]>, n: number): number | null {
  const a = n === 1000 ? 0 : timeAt(progress, n - 1000);
  const b = timeAt(progress, n);
  return a === undefined || b === undefined ? null : Math.round(((b - a) * 1000) / 1000);
}

export function benchCluster(sharedDir: string) {
  const days = saudiNewsNetDays(sharedDir);
  if (!days.length) return null;
  const corpus = days.flatMap((day) => loadSaudiNewsNetDay(sharedDir, day).map((a, index) => ({ day, index, a })));
  const dir = mkdtempSync(join(tmpdir(), 'tabayyun-bench-cluster-'));
  try {
    const write = (name: string, items: typeof corpus) => {
      const file = join(dir, name);
      writeFileSync(file, toJsonl(items));
      return file;
    };
    const goldItems = corpus.filter((x) => x.day === GOLD_DAY);
    const files = { gold: write('gold-day.jsonl', goldItems), all: write('all.jsonl', corpus) };
    const total = corpus.length;
    corpus.length = 0; // the child processes read the files; this process need not keep the corpus
    (globalThis as { gc?: () => void }).gc?.();

    const gold = runChild(files.gold, goldItems.length);
    const all = runChild(files.all, total);
    // The last progress sample counts the articles clustered (records without text or title are skipped).
    const last = all.progress[all.progress.length - 1]?.[1] ?? total;
    const costs = [1000, 10_000, 20_000, last].map((n) => [n, marginalCost(all.progress, n)] as const);

    // The engine alone, in this process, on the labelled day already cleaned (features + clustering).
    const prepared = prepareDay(sharedDir, GOLD_DAY).articles;
    const c = new StoryClusterer();
    const t0 = performance.now();
    for (const a of prepared) c.add(a);
    c.flush();
    const engineSeconds = (performance.now() - t0) / 1000;

    const line = (r: ClusterRun) => `${r.articlesPerSecond} articles/s (${r.seconds} s), peak RSS ${r.peakRssMB} MB, peak heap ${r.peakHeapMB} MB`;
    return {
      pipeline: 'JSONL → validate → clean (readArticle) → features → clustering → output lines; a fresh process per run (cold JIT)',
      [`labelled day ${GOLD_DAY} (${gold.articles} articles)`]: line(gold),
      [`all SaudiNewsNet (${all.articles} articles) in one run`]: line(all),
      'cost per article (µs) over the 1,000 articles before the 1k / 10k / 20k / last article':
        costs.map(([n, c]) => `${n}: ${c ?? 'n/a'}`).join(' · '),
      'engine alone on the labelled day, warm (cleaned articles: features + clustering)': `${Math.round(prepared.length / engineSeconds)} articles/s`,
      targets: 'labelled day >= 400 articles/s; all articles < 60 s and < 2 GB; cost per article flat',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
