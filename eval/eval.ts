/**
 * `npm run eval`: every quality figure on the open data in ../shared/data (set TABAYYUN_SHARED to point elsewhere).
 * A section whose data is absent says so and is skipped; a section that crashes is reported and the run goes on,
 * exiting 1 at the end. Figures computed from committed fixtures (Lucene cases, the seeds, the test pages) are
 * printed even without ../shared.
 */
import { performance } from 'node:perf_hooks';
import { findSharedDir } from './news-corpus.js';
import { printSection, type Figures } from './report.js';

const shared = findSharedDir();
console.log('# tabayyun evaluation');
console.log(`node ${process.version}; shared data: ${shared ?? 'not found (sections that need it are skipped)'}`);
const only = process.argv.slice(2);
let failed = 0;

async function section(name: string, key: string, fn: () => Promise<void> | void): Promise<void> {
  if (only.length && !only.includes(key)) return;
  const t0 = performance.now();
  try {
    await fn();
  } catch (e) {
    failed++;
    console.log(`\n## ${name}\n  FAILED: ${(e as Error).stack ?? e}`);
  }
  console.log(`  (${key}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

await section('Text core: light stemming (Lucene cases, golden corpus)', 'stemming', async () => {
  const { evaluateStemming } = await import('./stemming.js');
  const r = evaluateStemming(shared ?? '/nonexistent');
  const { examples: _examples, ...golden } = r.golden ?? {};
  printSection('Text core: light stemming (Lucene cases, golden corpus)', { lucene: r.lucene as unknown as Figures, golden: r.golden ? golden : r.skipped });
});

await section('Numbers, quantities, dates (Duckling corpora, Wojood val)', 'numbers-dates', async () => {
  const { evaluateNumbersDates, formatNumbersDates } = await import('./numbers-dates.js');
  if (!shared) return printSection('Numbers, quantities, dates', null, '../shared not found');
  console.log('\n## Numbers, quantities, dates (Duckling corpora, Wojood val)');
  console.log(formatNumbersDates(evaluateNumbersDates(shared)).replace(/^/gm, '  '));
});

await section('Article intake: extraction and cleaning', 'extraction', async () => {
  const { evaluateExtraction } = await import('./extraction.js');
  const r = evaluateExtraction(shared);
  const snn = r['saudiNewsNet'] as Record<string, unknown> | null;
  const brief = snn ? Object.fromEntries(Object.entries(snn).filter(([k]) => !/sample|handCheck|examples|worst/i.test(k))) : null;
  printSection('Article intake: extraction and cleaning', { pages: r['pages'], seeds: r['seeds'], saudiNewsNet: brief, skipped: r['skipped'] } as Figures);
});

await section('Entities (NER): NewsFANE held-out blocks, Wojood val', 'entities', async () => {
  const { evaluateEntities, formatEntityFigures } = await import('./entities.js');
  const r = evaluateEntities(shared);
  console.log('\n## Entities (NER): NewsFANE held-out blocks, Wojood val');
  console.log(r.figures ? formatEntityFigures(r.figures).replace(/^/gm, '  ') : `  skipped: ${r.reason}`);
});

await section('Name variants and quotes', 'names-quotes', async () => {
  const { evaluateNames, evaluateQuotes, checklist } = await import('./names-quotes.js');
  const names = shared ? evaluateNames(shared) : { variants: null, examples: checklist(), skipped: '../shared not found' };
  const quotes = evaluateQuotes(shared);
  const wrong = names.examples.filter((e) => e.same !== e.expected);
  const q = quotes.quotes ? { missing: quotes.quotes.missing, bySplit: quotes.quotes.bySplit } : quotes.skipped;
  printSection('Name variants and quotes', {
    'issue checklist pairs decided right': `${names.examples.length - wrong.length} of ${names.examples.length}`,
    ...(wrong.length ? { 'checklist pairs decided wrong': wrong.map((e) => `${e.a} / ${e.b}`) } : {}),
    variants: names.variants ?? names.skipped,
    quotes: q,
  } as Figures);
});

await section('Stance of headline pairs (ANS dev.csv)', 'stance', async () => {
  const { evaluateStance } = await import('./stance.js');
  const r = shared ? evaluateStance(shared) : null;
  printSection('Stance of headline pairs (ANS dev.csv): pairs → consistent / conflict / unrelated', r as Figures | null, 'ans-stance not found');
});

await section('Story clustering (SaudiNewsNet 2015-08-09 gold) and wire copies', 'clustering', async () => {
  const { evaluateClustering, formatClusteringEvaluation } = await import('./clustering.js');
  if (!shared) return printSection('Story clustering', null, '../shared not found');
  const f = formatClusteringEvaluation(evaluateClustering(shared));
  printSection('Story clustering (SaudiNewsNet 2015-08-09 gold)', f.goldDay, 'gold day not found');
  printSection('Wire copies (all SaudiNewsNet)', f.wireCopies, 'SaudiNewsNet not found');
});

await section('Fact alignment of compare (hand-annotated stories, eval/facts-gold.json)', 'facts', async () => {
  const { conflictVolume, evaluateFacts, goldSize, pipelineConflicts, PIPELINE_CHECKS } = await import('./facts.js');
  const r = evaluateFacts(shared);
  const volume = conflictVolume(shared);
  const pipeline: Record<string, unknown> = {};
  for (const file of PIPELINE_CHECKS) {
    const p = await pipelineConflicts(shared, file);
    if (p) pipeline[p.day] = p;
  }
  printSection('Fact alignment of compare (hand-annotated stories, eval/facts-gold.json)', {
    gold: goldSize(),
    ...r.splits,
    ...(volume ? { conflictVolume: volume } : {}),
    ...(Object.keys(pipeline).length ? { pipelineConflicts: pipeline } : {}),
    ...(r.skipped.length ? { skipped: `${r.skipped.length} stories (${[...new Set(r.skipped.map((x) => x.replace(/^[^:]*: /, '')))].join('; ')})` } : {}),
  } as Figures);
});

process.exitCode = failed ? 1 : 0;
