/**
 * Entity evaluation: exact-span, exact-type precision/recall/F1 (CoNLL conlleval semantics) of the shipped model on
 * - NewsFANE Gold 2014, the `test` blocks (every 10th block of 50 sentences; corpora.ts `newsFaneSplit`), which
 *   training never reads — as segmented in the corpus, and with clitics re-attached as running text writes them;
 * - the Wojood sample's val.txt (training reads only train.txt), over PER/LOC/ORG: Wojood has no class our MISC
 *   corresponds to (corpora.ts `WOJOOD_CLASSES`).
 * Also the tagger's speed, in tokens/s over all 168k NewsFANE tokens (`ner --conll`'s path: features, Viterbi,
 * rules): a first pass, whose per-word caches start empty, and a second, warm one; and the time to load the model
 * and gazetteers. Reads ../shared; returns null with a reason when it is absent.
 *
 * With `--dev-model FILE`, also the NewsFANE `dev` blocks tagged by a model trained without them, the figure
 * features and settings are chosen on (training the dev model takes a minute or two, so it is not done here):
 *
 *   node dist/eval/entities.js [SHARED_DIR] [--json]
 *   node dist/scripts/train-ner.js --dev --out /tmp/ner-dev.bin && node dist/eval/entities.js --dev-model /tmp/ner-dev.bin
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NEWSFANE_BLOCK, newsFaneSplit, readNewsFane, readWojood, reattachClitics, type TaggedSentence } from '../src/analysis/entities/corpora.js';
import { loadEntityModel, loadGazetteer, type EntityResources } from '../src/analysis/entities/load.js';
import { tagDocument, tagTokens } from '../src/analysis/entities/extract.js';
import { decodeModel } from '../src/analysis/entities/model-format.js';
import { scoreEntities, type EntityScores } from '../src/analysis/entities/scoring.js';
import { seededRandom } from '../src/analysis/entities/perceptron.js';
import type { EntityType } from '../src/analysis/entities/types.js';
import { findSharedDir } from './news-corpus.js';
import { sharedDataPath } from './shared-data.js';

export interface SetFigures {
  sentences: number;
  tokens: number;
  scores: EntityScores;
  /** 95% bootstrap interval of the overall F1 (1,000 resamples of sentences, fixed seed). */
  f1Interval: [number, number];
}

export interface EntityFigures {
  /** NewsFANE `dev` blocks, tagged by the model given as `devModel` (trained without them); null without one. */
  newsfaneDev: SetFigures | null;
  newsfaneDevDocuments: SetFigures | null;
  /** Sentence by sentence (`ner --conll`), and block by block as documents (`analyze`). */
  newsfaneTest: SetFigures | null;
  newsfaneTestDocuments: SetFigures | null;
  newsfaneTestReattached: SetFigures | null;
  wojoodVal: SetFigures | null;
  /** Wall-clock tokens/s, and per second of this process's CPU time (steadier on a shared machine). */
  speed: { tokens: number; coldTokensPerSecond: number; warmTokensPerSecond: number; coldTokensPerCpuSecond: number } | null;
  model: { bytes: number; features: number; loadMs: number; gazetteerLoadMs: number; meta: Record<string, unknown> };
}

export type EntityEvaluation = { figures: EntityFigures; reason?: undefined } | { figures: null; reason: string };

function tagAll(sentences: readonly TaggedSentence[], resources: EntityResources): string[][] {
  return sentences.map((s) => tagTokens(s.tokens.map((text) => ({ text })), resources));
}

/**
 * Tags NewsFANE sentences block by block, each 50-sentence block as one document (`tagDocument`: names carried
 * across it), as `analyze` tags an article. A block holds one to three articles; the corpus marks no boundaries.
 */
function tagBlocks(sentences: ReadonlyArray<{ index: number; sentence: TaggedSentence }>, resources: EntityResources): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < sentences.length; ) {
    const block = Math.floor(sentences[i]!.index / NEWSFANE_BLOCK);
    let j = i;
    while (j < sentences.length && Math.floor(sentences[j]!.index / NEWSFANE_BLOCK) === block) j++;
    out.push(...tagDocument(sentences.slice(i, j).map((x) => x.sentence.tokens.map((text) => ({ text }))), resources));
    i = j;
  }
  return out;
}

function figures(sentences: readonly TaggedSentence[], predicted: string[][], types?: EntityType[]): SetFigures {
  const gold = sentences.map((s) => s.tags);
  const scores = scoreEntities(gold, predicted, types);
  const random = seededRandom(7);
  const samples: number[] = [];
  for (let r = 0; r < 1000; r++) {
    const g: string[][] = [];
    const p: string[][] = [];
    for (let i = 0; i < gold.length; i++) {
      const k = Math.floor(random() * gold.length);
      g.push(gold[k]!);
      p.push(predicted[k]!);
    }
    samples.push(scoreEntities(g, p, types).overall.f1);
  }
  samples.sort((a, b) => a - b);
  return {
    sentences: sentences.length,
    tokens: sentences.reduce((n, s) => n + s.tokens.length, 0),
    scores,
    f1Interval: [samples[24]!, samples[974]!],
  };
}

export function evaluateEntities(sharedDir: string | null, options: { devModel?: string } = {}): EntityEvaluation {
  const newsFile = (sharedDir && sharedDataPath(sharedDir, 'ner-newsfane', 'NewsFANE_Gold_2014_170K.clean.tsv')) || '';
  const wojoodFile = (sharedDir && sharedDataPath(sharedDir, 'ner-wojood-sample', 'val.txt')) || '';
  const haveNews = newsFile !== '';
  const haveWojood = wojoodFile !== '';
  if (!haveNews && !haveWojood) return { figures: null, reason: 'no NER corpora in ../shared/data (ner-newsfane, ner-wojood-sample)' };

  const t0 = performance.now();
  const model = loadEntityModel();
  const t1 = performance.now();
  const gazetteer = loadGazetteer();
  const t2 = performance.now();
  const resources: EntityResources = { model, gazetteer };
  const modelPath = fileURLToPath(new URL('../../data/models/ner.bin', import.meta.url));

  let newsfaneDev: SetFigures | null = null;
  let newsfaneDevDocuments: SetFigures | null = null;
  let newsfaneTest: SetFigures | null = null;
  let newsfaneTestDocuments: SetFigures | null = null;
  let newsfaneTestReattached: SetFigures | null = null;
  let speed: EntityFigures['speed'] = null;
  if (haveNews) {
    const all = readNewsFane(readFileSync(newsFile, 'utf8'));
    const test = all.filter((_, i) => newsFaneSplit(i) === 'test');
    const tokens = all.reduce((n, s) => n + s.tokens.length, 0);
    const c0 = performance.now();
    const cpu = process.cpuUsage();
    tagAll(all, resources);
    const cpuSeconds = process.cpuUsage(cpu).user / 1e6;
    const c1 = performance.now();
    tagAll(all, resources);
    const c2 = performance.now();
    speed = { tokens, coldTokensPerSecond: Math.round(tokens / ((c1 - c0) / 1000)), warmTokensPerSecond: Math.round(tokens / ((c2 - c1) / 1000)), coldTokensPerCpuSecond: Math.round(tokens / cpuSeconds) };
    const indexed = all.map((sentence, index) => ({ sentence, index }));
    newsfaneTest = figures(test, tagAll(test, resources));
    newsfaneTestDocuments = figures(test, tagBlocks(indexed.filter((x) => newsFaneSplit(x.index) === 'test'), resources));
    if (options.devModel) {
      const dev = all.filter((_, i) => newsFaneSplit(i) === 'dev');
      const devResources = { model: decodeModel(new Uint8Array(readFileSync(options.devModel))), gazetteer };
      newsfaneDev = figures(dev, tagAll(dev, devResources));
      newsfaneDevDocuments = figures(dev, tagBlocks(indexed.filter((x) => newsFaneSplit(x.index) === 'dev'), devResources));
    }
    const reattached = test.map(reattachClitics);
    newsfaneTestReattached = figures(reattached, tagAll(reattached, resources));
  }
  let wojoodVal: SetFigures | null = null;
  if (haveWojood) {
    const val = readWojood(readFileSync(wojoodFile, 'utf8'));
    wojoodVal = figures(val, tagAll(val, resources), ['PER', 'LOC', 'ORG']);
  }
  return {
    figures: {
      newsfaneDev,
      newsfaneDevDocuments,
      newsfaneTest,
      newsfaneTestDocuments,
      newsfaneTestReattached,
      wojoodVal,
      speed,
      model: {
        bytes: statSync(modelPath).size,
        features: model.header.featureCount,
        loadMs: Math.round(t1 - t0),
        gazetteerLoadMs: Math.round(t2 - t1),
        meta: model.header.meta,
      },
    },
  };
}

/** One line per set: overall and per-type F1. */
export function formatEntityFigures(f: EntityFigures): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  const line = (name: string, s: SetFigures | null) => {
    if (!s) return `${name}: (absent)`;
    const types = s.scores.types.map((t) => `${t} P ${pct(s.scores.byType[t].precision)} R ${pct(s.scores.byType[t].recall)} F1 ${pct(s.scores.byType[t].f1)} (n=${s.scores.byType[t].gold})`);
    return `${name}: F1 ${pct(s.scores.overall.f1)} [95% ${pct(s.f1Interval[0])}–${pct(s.f1Interval[1])}] P ${pct(s.scores.overall.precision)} R ${pct(s.scores.overall.recall)}; ${types.join('; ')}`;
  };
  return [
    ...(f.newsfaneDev ? [line('NewsFANE dev (model trained without it), by sentence', f.newsfaneDev)] : []),
    ...(f.newsfaneDevDocuments ? [line('NewsFANE dev (model trained without it), blocks as documents', f.newsfaneDevDocuments)] : []),
    line('NewsFANE test, by sentence', f.newsfaneTest),
    line('NewsFANE test, blocks as documents', f.newsfaneTestDocuments),
    line('NewsFANE test, clitics re-attached', f.newsfaneTestReattached),
    line('Wojood val (PER/LOC/ORG)', f.wojoodVal),
    f.speed ? `tagger: ${f.speed.coldTokensPerSecond} tokens/s cold (${f.speed.coldTokensPerCpuSecond} per CPU second), ${f.speed.warmTokensPerSecond} warm (${f.speed.tokens} tokens)` : 'tagger speed: (no data)',
    `model: ${(f.model.bytes / 1e6).toFixed(2)} MB, ${f.model.features} features, loads in ${f.model.loadMs} ms (+ gazetteers ${f.model.gazetteerLoadMs} ms)`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--dev-model');
  const devModel = at >= 0 ? args[at + 1] : undefined;
  const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--dev-model');
  const result = evaluateEntities(positional[0] ?? findSharedDir(), devModel ? { devModel } : {});
  if (!result.figures) console.log(`entities: skipped: ${result.reason}`);
  else {
    console.log(formatEntityFigures(result.figures));
    if (process.argv.includes('--json')) console.log(JSON.stringify(result.figures, null, 2));
  }
}
