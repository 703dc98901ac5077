/**
 * Saving and restoring a clusterer, so that a service can continue where a batch ended. The state is plain JSON:
 * open stories (centroids, index postings, outlets, word pairs), open copy signatures, document frequencies (of terms and
 * of word pairs), merges and counters.
 *
 * It records the versions of the normaliser, tokeniser and stemmer: the term keys in it were made by them, and keys
 * made by other rules would silently stop matching. A state saved with other versions is refused (the batch has to
 * be rerun from its articles); so is one of another format version.
 */
import { TabayyunError } from '../../errors.js';
import { NORMALIZER_VERSION } from '../../text/normalize.js';
import { STEMMER_VERSION } from '../../text/stem.js';
import { TOKENIZER_VERSION } from '../../text/tokenize.js';
import { StoryClusterer, type CopyEntry, type Story } from './engine.js';
import { resolveOptions, type ClusterOptions } from './options.js';
import { DecayedCounts } from './decayed-counts.js';
import { TermStats } from './term-stats.js';
import { TermWeights } from './weights.js';

export const CLUSTER_STATE_FORMAT = 'tabayyun.cluster-state';
/** Bumped whenever the meaning of a field changes. */
export const CLUSTER_STATE_VERSION = 3;

export interface SavedStory {
  id: number;
  size: number;
  firstSeq: number;
  lastSeq: number;
  lastTime: number | null;
  timeSum: number;
  timeCount: number;
  vec: number[];
  title: number[];
  posted: number[];
  outlets: string[];
  /** Word-pair keys in insertion order (the order decides which are kept when the story is full). */
  pairs: number[];
  /** `outlet + U+0000 + dateline` keys (see engine.ts `datelineClash`). */
  datelines: string[];
  changed: boolean;
}

export interface SavedCopy {
  seq: number;
  id: string;
  story: number;
  shingles: number;
  time: number | null;
  signature: number[];
}

export interface ClusterState {
  format: typeof CLUSTER_STATE_FORMAT;
  version: number;
  normalizerVersion: number;
  tokenizerVersion: number;
  stemmerVersion: number;
  options: ClusterOptions;
  seq: number;
  nextStory: number;
  clock: number | null;
  merges: number;
  copies: number;
  stats: { docs: number; df: number[] };
  pairStats: { halfLife: number; entries: number[] };
  stories: SavedStory[];
  /** Flat [from, to, from, to, …]: stories merged away and where they went. */
  aliases: number[];
  /** [key, story ids] in index order. */
  postings: Array<[number, number[]]>;
  copyEntries: SavedCopy[];
}

export function saveState(c: StoryClusterer): ClusterState {
  const aliases: number[] = [];
  for (const [from, to] of c.aliases) aliases.push(from, to);
  return {
    format: CLUSTER_STATE_FORMAT,
    version: CLUSTER_STATE_VERSION,
    normalizerVersion: NORMALIZER_VERSION,
    tokenizerVersion: TOKENIZER_VERSION,
    stemmerVersion: STEMMER_VERSION,
    options: { ...c.options },
    seq: c.seq,
    nextStory: c.nextStory,
    clock: c.clock ?? null,
    merges: c.merges,
    copies: c.copyCount,
    stats: c.stats.toJSON(),
    pairStats: c.pairStats.toJSON(),
    stories: [...c.stories.values()].map((s) => ({
      id: s.id, size: s.size, firstSeq: s.firstSeq, lastSeq: s.lastSeq, lastTime: s.lastTime ?? null,
      timeSum: s.timeSum, timeCount: s.timeCount, vec: s.vec.toFlat(), title: s.title.toFlat(), posted: [...s.posted],
      outlets: [...s.outlets], pairs: [...s.pairs], datelines: [...s.datelines], changed: s.changed,
    })),
    aliases,
    postings: [...c.postings].map(([k, ids]) => [k, [...ids]]),
    copyEntries: [...c.copies.values()].map((e) => ({
      seq: e.seq, id: e.id, story: e.story, shingles: e.shingles, time: e.time ?? null, signature: [...e.signature],
    })),
  };
}

function fail(message: string): never {
  throw new TabayyunError('E_PARSE', `cluster state: ${message}`);
}

const isInt = (v: unknown): v is number => Number.isInteger(v);
const isNumberArray = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));

/** Checks the shape of parsed JSON before anything is built from it (the file may be damaged or hostile). */
function check(json: unknown): asserts json is ClusterState {
  if (!json || typeof json !== 'object') fail('not a JSON object');
  const s = json as Record<string, unknown>;
  if (s['format'] !== CLUSTER_STATE_FORMAT) fail(`not a cluster state (format ${JSON.stringify(s['format'])})`);
  if (s['version'] !== CLUSTER_STATE_VERSION) fail(`format version ${String(s['version'])}; this build reads version ${CLUSTER_STATE_VERSION}`);
  const versions: Array<[string, number]> = [
    ['normalizerVersion', NORMALIZER_VERSION], ['tokenizerVersion', TOKENIZER_VERSION], ['stemmerVersion', STEMMER_VERSION],
  ];
  for (const [field, current] of versions) {
    if (s[field] !== current) {
      fail(`saved with ${field} ${String(s[field])}, this build has ${current}: its term keys would not match; rerun the batch from its articles`);
    }
  }
  for (const field of ['seq', 'nextStory', 'merges', 'copies']) if (!isInt(s[field]) || (s[field] as number) < 0) fail(`${field} is not a count`);
  if (s['clock'] !== null && typeof s['clock'] !== 'number') fail('clock is not a number');
  const stats = s['stats'] as Record<string, unknown> | undefined;
  if (!stats || !isInt(stats['docs']) || !isNumberArray(stats['df'])) fail('stats are damaged');
  const pairStats = s['pairStats'] as Record<string, unknown> | undefined;
  if (!pairStats || typeof pairStats['halfLife'] !== 'number' || !isNumberArray(pairStats['entries'])) fail('word-pair stats are damaged');
  if (!Array.isArray(s['stories'])) fail('stories is not a list');
  for (const st of s['stories'] as unknown[]) {
    const x = st as Record<string, unknown>;
    if (!x || !isInt(x['id']) || !isInt(x['size']) || !isNumberArray(x['vec']) || !isNumberArray(x['title']) || !isNumberArray(x['posted'])
      || !isNumberArray(x['pairs']) || !Array.isArray(x['outlets']) || !(x['outlets'] as unknown[]).every((o) => typeof o === 'string')
      || !Array.isArray(x['datelines']) || !(x['datelines'] as unknown[]).every((o) => typeof o === 'string')) {
      fail('a story is damaged');
    }
  }
  if (!isNumberArray(s['aliases'])) fail('aliases are damaged');
  if (!Array.isArray(s['postings']) || !(s['postings'] as unknown[]).every((p) => Array.isArray(p) && isInt(p[0]) && isNumberArray(p[1]))) {
    fail('postings are damaged');
  }
  if (!Array.isArray(s['copyEntries'])) fail('copy entries are damaged');
  for (const e of s['copyEntries'] as unknown[]) {
    const x = e as Record<string, unknown>;
    if (!x || !isInt(x['seq']) || typeof x['id'] !== 'string' || !isInt(x['story']) || !isNumberArray(x['signature'])) {
      fail('a copy entry is damaged');
    }
  }
  if (!s['options'] || typeof s['options'] !== 'object') fail('options are missing');
}

function weightsOf(flat: number[]): TermWeights {
  try {
    return TermWeights.fromFlat(flat);
  } catch (e) {
    return fail(`a story centroid is damaged (${(e as Error).message})`);
  }
}

/**
 * A clusterer that continues from `json`. Thresholds may be overridden; the representation settings (lead length,
 * shingles, MinHash size) are always the saved ones, since the saved centroids and signatures were built with them.
 */
export function restoreState(json: unknown, overrides: Partial<ClusterOptions> = {}): StoryClusterer {
  check(json);
  const saved = resolveOptions(json.options);
  const fixed: Array<keyof ClusterOptions> = ['leadTerms', 'shingleWords', 'shingleSize', 'minhashBins', 'bandRows', 'titleWeight', 'facetWeight', 'anchorLeadTerms', 'anchorHalfLife'];
  const options: ClusterOptions = { ...saved, ...overrides };
  for (const key of fixed) (options as unknown as Record<string, unknown>)[key] = saved[key];
  const c = new StoryClusterer(options);
  c.seq = json.seq;
  c.nextStory = json.nextStory;
  c.clock = json.clock ?? undefined;
  c.merges = json.merges;
  c.copyCount = json.copies;
  c.stats = TermStats.fromJSON(json.stats);
  c.pairStats = DecayedCounts.fromJSON(json.pairStats);
  for (const s of json.stories) {
    const story: Story = {
      id: s.id, size: s.size, firstSeq: s.firstSeq, lastSeq: s.lastSeq, lastTime: s.lastTime ?? undefined,
      timeSum: s.timeSum, timeCount: s.timeCount, vec: weightsOf(s.vec), vecNorm: 0, title: weightsOf(s.title), titleNorm: 0,
      posted: new Set(s.posted), outlets: new Set(s.outlets), pairs: new Set(s.pairs), datelines: new Set(s.datelines), changed: s.changed,
    };
    c.refreshNorms(story);
    c.stories.set(story.id, story);
  }
  for (let i = 0; i + 1 < json.aliases.length; i += 2) c.aliases.set(json.aliases[i]!, json.aliases[i + 1]!);
  for (const [key, ids] of json.postings) c.postings.set(key, [...ids]);
  for (const e of json.copyEntries) {
    if (e.signature.length !== options.minhashBins) fail('a copy signature has the wrong size');
    const entry: CopyEntry = {
      seq: e.seq, id: e.id, story: e.story, shingles: e.shingles, time: typeof e.time === 'number' ? e.time : undefined, signature: Uint32Array.from(e.signature),
    };
    c.copies.set(entry.seq, entry);
  }
  c.rebuildBands();
  return c;
}
