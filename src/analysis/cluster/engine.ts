/**
 * Streaming story clustering. Articles come in input order; each one
 *
 * 1. is checked for being a wire copy of a recent earlier article (MinHash + LSH over word shingles): a copy names
 *    in `copyOf` the earliest article whose text it repeats, and joins that article's story;
 * 2. otherwise looks up a few candidate stories through an inverted index over the stories' heaviest terms, scores
 *    them, and joins the best one if its score reaches `joinThreshold`, or opens a new story. A second chance lets
 *    it join on a lower score (`anchorJoin`) when it shares several rare word pairs of title and lead with the story
 *    and no outlet (see `anchored`). An outlet's report filed from one city never joins a story holding the same
 *    outlet's report from another (`datelineClash`: an agency's closes of two markets are two stories).
 *
 * The score blends two cosines over idf-weighted light stems: the article (title terms weighted up, lead, facets)
 * against the story's centroid, and the article's title against the story's titles; it decays when the article is
 * far in time from the story (the mean time of its articles). Document frequencies are learned as the stream goes.
 *
 * Every `sweepEvery` articles a sweep closes stories that fell silent (no article for `silenceHours` of publication
 * time, or beyond `maxOpenStories`) and merges stories that turn out to be one (by score, or by the same second chance
 * on a lower score, `anchorMerge`). Closed stories leave every index, so
 * the cost per article depends on the open window, not on how many articles came before.
 *
 * Pure and deterministic: no clock, no randomness; the same input order gives the same stories, and a run saved and
 * restored halfway (`saveState` / `restoreState` in state.ts) gives the same stories as one that never stopped.
 */
import { extractFeatures, type ArticleFeatures, type ClusterArticle } from './features.js';
import { bandKeys, estimateContainment, estimateJaccard, minhashSignature } from './minhash.js';
import { resolveOptions, type ClusterOptions } from './options.js';
import { DecayedCounts } from './decayed-counts.js';
import { TermStats } from './term-stats.js';
import { dotList, dotTables, TermWeights, topListEntries, unitList, type WeightList } from './weights.js';

const HOUR = 3_600_000;

function datelineKey(a: ClusterArticle): string | undefined {
  return a.outlet !== undefined && a.dateline ? `${a.outlet}\u0000${a.dateline}` : undefined;
}

/**
 * Does one outlet file from two different cities across these two sets of `outlet + dateline` keys? An agency writes
 * one report per event from the bureau that covers it: its reports from Beirut, Kuwait and Ramallah on one evening
 * are three markets' closes (or three countries' condolences), however alike their words. Other outlets' datelines,
 * and articles without one, say nothing. A wire copy still joins its original's story (copies are found first).
 */
export function datelineClash(a: Iterable<string>, b: ReadonlySet<string>): boolean {
  if (b.size === 0) return false;
  for (const x of a) {
    if (b.has(x)) continue;
    const outlet = x.slice(0, x.indexOf('\u0000') + 1);
    for (const y of b) if (y.startsWith(outlet)) return true;
  }
  return false;
}

export interface Assignment {
  /** The story's number when the article joined it; merges may later fold it into another (see `storyLabel`). */
  story: number;
  /** The id of the earliest (recent) article whose text this one repeats: it is a wire copy of it. */
  copyOf?: string;
}

export interface Story {
  id: number;
  size: number;
  firstSeq: number;
  lastSeq: number;
  /** Latest publication time of a member (ms), when any member had one. */
  lastTime: number | undefined;
  /** Sum and count of the members' publication times: their mean is the story's time for scoring. */
  timeSum: number;
  timeCount: number;
  /** Sum of the members' unit vectors (weights frozen with the idf of the moment each joined). */
  vec: TermWeights;
  vecNorm: number;
  /** Sum of the members' unit title vectors. */
  title: TermWeights;
  titleNorm: number;
  /** Index keys the story is posted under. */
  posted: Set<number>;
  /** The outlets of its articles. */
  outlets: Set<string>;
  /** Word-pair keys of its titles and leads (bounded), for the second chance. */
  pairs: Set<number>;
  /** `outlet + U+0000 + dateline place` of the members that had a dateline. */
  datelines: Set<string>;
  /** Joined or merged since the last merge check. */
  changed: boolean;
}

/** An open article that later articles may be copies of. */
export interface CopyEntry {
  seq: number;
  id: string;
  story: number;
  signature: Uint32Array;
  shingles: number;
  /** Publication time (ms), or the stream's clock when it came undated. */
  time: number | undefined;
}

/** An article's unit vectors (whole article, title alone); empty lists when there are no terms. */
interface ArticleVectors {
  vec: WeightList;
  title: WeightList;
}

export interface ClustererCounts {
  articles: number;
  openStories: number;
  storiesOpened: number;
  merges: number;
  copies: number;
  openCopyEntries: number;
}

/** Ranking of candidates: higher weight first, then the more recent story (higher id). */
function better(w: number, id: number, than: [number, number]): boolean {
  return w > than[1] || (w === than[1] && id > than[0]);
}

/**
 * The story's time for scoring: the mean publication time of its dated members. A story that keeps absorbing
 * articles day after day drifts into a topic; scoring against the mean (not the latest) time makes that harder.
 */
function meanTime(s: Story): number | undefined {
  return s.timeCount ? s.timeSum / s.timeCount : undefined;
}

export class StoryClusterer {
  readonly options: ClusterOptions;
  /** Articles added so far (the next article's sequence number). */
  seq = 0;
  nextStory = 1;
  /** Latest publication time seen (ms): the stream's clock. */
  clock: number | undefined;
  stats = new TermStats();
  /** Fading document frequencies of word pairs (title and lead), for the second chance. */
  pairStats: DecayedCounts;
  readonly stories = new Map<number, Story>();
  /** Story merged away → the story it went into. */
  readonly aliases = new Map<number, number>();
  /** Index key → ids of stories posted under it, oldest first. */
  readonly postings = new Map<number, number[]>();
  readonly copies = new Map<number, CopyEntry>();
  private readonly bands = new Map<number, number[]>();
  /** Entries in the band index, live or not. */
  private bandedEntries = 0;
  merges = 0;
  copyCount = 0;

  constructor(options: Partial<ClusterOptions> = {}) {
    this.options = resolveOptions(options);
    this.pairStats = new DecayedCounts(this.options.anchorHalfLife);
  }

  /** Adds one article and says which story it joined (or opened) and what it is a copy of. */
  add(article: ClusterArticle): Assignment {
    const o = this.options;
    const seq = this.seq++;
    const time = article.time !== undefined && Number.isFinite(article.time) ? article.time : undefined;
    if (time !== undefined && (this.clock === undefined || time > this.clock)) this.clock = time;
    const features = extractFeatures(article, o);
    const vectors = this.vectorize(features);
    const pairs = o.anchorPairs > 0 ? this.pairKeys(features, seq) : [];
    // The article's heaviest terms: its query for candidate stories, and the keys its story gets posted under.
    const heavy = topListEntries(vectors.vec, Math.max(o.queryTerms, o.indexTerms));

    let storyId: number | undefined;
    let copyOf: string | undefined;
    let signature: Uint32Array | undefined;
    if (features.shingles.length >= o.minCopyShingles) {
      signature = minhashSignature(features.shingles, o.minhashBins);
      const found = this.findCopy(signature, features.shingles.length, time);
      // One outlet's two texts from two cities are a template filled twice (two markets' closes), not a reprint.
      const dl = datelineKey(article);
      const copyStory = found && this.stories.get(this.resolve(found.story));
      const copy = found && !(dl !== undefined && copyStory && datelineClash([dl], copyStory.datelines)) ? found : undefined;
      if (copy) {
        storyId = this.resolve(copy.story);
        // The same id again (a batch fed twice through a saved state) joins its story but is no copy of itself.
        if (copy.id !== article.id) {
          copyOf = copy.id;
          this.copyCount++;
        }
      }
    }
    if (storyId === undefined) {
      const best = this.bestStory(vectors, heavy.slice(0, o.queryTerms), time, datelineKey(article));
      if (best && (best.score >= o.joinThreshold
        || (best.score >= o.anchorJoin && this.anchored(pairs, article.outlet === undefined ? [] : [article.outlet], time, best.story)))) storyId = best.story.id;
    }
    const story = storyId === undefined ? this.openStory(seq) : this.stories.get(storyId)!;
    this.join(story, vectors, seq, time);
    if (article.outlet !== undefined) story.outlets.add(article.outlet);
    const dateline = datelineKey(article);
    if (dateline !== undefined) story.datelines.add(dateline);
    for (const k of pairs) if (story.pairs.size < o.anchorCap) story.pairs.add(k);
    this.post(story, heavy.slice(0, o.indexTerms).map((e) => e[0]));
    if (signature) this.addCopyEntry({ seq, id: article.id, story: story.id, signature, shingles: features.shingles.length, time: time ?? this.clock });
    if (this.seq % o.sweepEvery === 0) this.sweep();
    return copyOf === undefined ? { story: story.id } : { story: story.id, copyOf };
  }

  /** The story a (possibly merged-away) story number now belongs to. */
  resolve(story: number): number {
    let s = story;
    while (this.aliases.has(s)) s = this.aliases.get(s)!;
    return s;
  }

  /** The label written out for a story number: `s` + the number of the story it ended up in. */
  storyLabel(story: number): string {
    return `s${this.resolve(story)}`;
  }

  /** Runs the sweep now (closing silent stories, merging); callers run it at the end of a batch. */
  flush(): void {
    this.sweep();
  }

  counts(): ClustererCounts {
    return {
      articles: this.seq,
      openStories: this.stories.size,
      storiesOpened: this.nextStory - 1,
      merges: this.merges,
      copies: this.copyCount,
      openCopyEntries: this.copies.size,
    };
  }

  // ---- representation -------------------------------------------------------------------------------------------

  private vectorize(f: ArticleFeatures): ArticleVectors {
    const o = this.options;
    const titleKeys = f.titleTerms.map(TermStats.key);
    const leadKeys = f.leadTerms.map(TermStats.key);
    const facetKeys = f.facets.map((x) => TermStats.key('\u0001' + x));
    this.stats.observe(new Set([...titleKeys, ...leadKeys, ...facetKeys]));
    // Sublinear term frequency (1 + ln tf) in each field, the title's scaled by titleWeight, then idf.
    const counts = (keys: number[]) => {
      const m = new Map<number, number>();
      for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
      for (const [k, c] of m) m.set(k, 1 + Math.log(c));
      return m;
    };
    const titleTf = counts(titleKeys);
    const vec = new Map<number, number>();
    for (const [k, w] of titleTf) vec.set(k, o.titleWeight * w);
    for (const [k, w] of counts(leadKeys)) vec.set(k, (vec.get(k) ?? 0) + w);
    for (const k of new Set(facetKeys)) vec.set(k, (vec.get(k) ?? 0) + o.facetWeight);
    for (const [k, w] of vec) vec.set(k, w * this.stats.idf(k));
    for (const [k, w] of titleTf) titleTf.set(k, w * this.stats.idf(k));
    return { vec: unitList(vec), title: unitList(titleTf) };
  }

  /** Keys of adjacent term pairs of the title and of the lead's first `anchorLeadTerms` terms, counted in `pairStats`. */
  private pairKeys(f: ArticleFeatures, seq: number): number[] {
    const keys = new Set<number>();
    const add = (t: readonly string[]) => { for (let i = 0; i + 1 < t.length; i++) keys.add(TermStats.key('\u0002' + t[i] + ' ' + t[i + 1])); };
    add(f.titleTerms);
    add(f.leadTerms.slice(0, this.options.anchorLeadTerms));
    this.pairStats.observe(keys, seq);
    return [...keys];
  }

  /**
   * The second chance, for an article or story whose score fell short of the threshold but reached the lower
   * `anchorJoin` / `anchorMerge`: it joins when it shares at least `anchorPairs` rare word pairs (a name, a place, a
   * phrase of the lead: "يوسف السليمان", "المسار الإلكتروني") with the story, and no outlet. Large stories told from
   * different angles share few words overall but keep their names and key phrases; and an outlet rarely reports one
   * event twice, while two events of one kind (captures of two towns) are often reported side by side by the same
   * outlets, with the same stock phrases. On the tuning half of the gold day the outlet condition is what makes the
   * rule pay: without it, pairwise F1 falls well below the engine without the rule.
   */
  private anchored(pairs: Iterable<number>, outlets: Iterable<string>, time: number | undefined, story: Story): boolean {
    if (this.options.anchorPairs <= 0) return false;
    const storyTime = meanTime(story);
    if (time !== undefined && storyTime !== undefined && Math.abs(time - storyTime) > this.options.anchorHours * HOUR) return false;
    for (const x of outlets) if (story.outlets.has(x)) return false;
    return this.rareShared(pairs, story.pairs) >= this.options.anchorPairs;
  }

  /** How many of `pairs` are in `story` and rare: a fading count (see decayed-counts.ts) of at most `anchorMaxDf`. */
  private rareShared(pairs: Iterable<number>, story: Set<number>): number {
    const at = this.seq - 1;
    let n = 0;
    for (const k of pairs) if (story.has(k) && this.pairStats.value(k, at) <= this.options.anchorMaxDf) n++;
    return n;
  }

  /** The blend of whole-article and title cosines, lowered by distance in time. */
  private score(a: ArticleVectors, aTime: number | undefined, s: Story): number {
    const whole = s.vecNorm > 0 ? dotList(a.vec, s.vec) / s.vecNorm : 0;
    const share = a.title.keys.length > 0 && s.titleNorm > 0 ? this.options.titleShare : 0;
    const titles = share > 0 ? dotList(a.title, s.title) / s.titleNorm : 0;
    return this.blend(whole, share, titles, aTime, meanTime(s));
  }

  /** The score of two stories, for the merge check. */
  private storyScore(a: Story, b: Story): number {
    const whole = a.vecNorm > 0 && b.vecNorm > 0 ? dotTables(a.vec, b.vec) / (a.vecNorm * b.vecNorm) : 0;
    const share = a.titleNorm > 0 && b.titleNorm > 0 ? this.options.titleShare : 0;
    const titles = share > 0 ? dotTables(a.title, b.title) / (a.titleNorm * b.titleNorm) : 0;
    return this.blend(whole, share, titles, meanTime(a), meanTime(b));
  }

  private blend(whole: number, share: number, titles: number, aTime: number | undefined, bTime: number | undefined): number {
    return ((1 - share) * whole + share * titles) * this.timeFactor(aTime, bTime);
  }

  private timeFactor(a: number | undefined, b: number | undefined): number {
    if (a === undefined || b === undefined) return 1;
    const gap = Math.abs(a - b) / HOUR - this.options.timeGraceHours;
    return gap <= 0 ? 1 : Math.pow(0.5, gap / this.options.timeHalfLifeHours);
  }

  /**
   * Reprints appear within days of their original: an article older than the silence window is no longer a copy
   * candidate, even in a story still open (a long-running story would otherwise keep every member's signature).
   */
  private isStale(e: CopyEntry, time: number | undefined): boolean {
    const now = time ?? this.clock;
    return now !== undefined && e.time !== undefined && now - e.time > this.options.silenceHours * HOUR;
  }

  private isSilent(s: Story, time: number | undefined): boolean {
    const now = time ?? this.clock;
    return now !== undefined && s.lastTime !== undefined && now - s.lastTime > this.options.silenceHours * HOUR;
  }

  // ---- candidates -----------------------------------------------------------------------------------------------

  /** Open stories sharing heavy terms with `vec`, the most promising first (by summed weight of shared terms). */
  private candidates(query: Array<[number, number]>, exclude?: number): Story[] {
    const o = this.options;
    const acc = new Map<number, number>();
    for (const [key, w] of query) {
      const list = this.postings.get(key);
      if (!list) continue;
      // The most recent `maxPostings` open stories of the list (closed ones are skipped, and swept out periodically).
      for (let i = list.length - 1, seen = 0; i >= 0 && seen < o.maxPostings; i--) {
        const id = list[i]!;
        if (!this.stories.has(id)) continue;
        seen++;
        if (id !== exclude) acc.set(id, (acc.get(id) ?? 0) + w);
      }
    }
    // The best `maxCandidates` by insertion into a short sorted list: cheaper than sorting every story touched.
    const top: Array<[number, number]> = [];
    for (const [id, w] of acc) {
      if (top.length === o.maxCandidates && !better(w, id, top[top.length - 1]!)) continue;
      let i = top.length;
      while (i > 0 && better(w, id, top[i - 1]!)) i--;
      top.splice(i, 0, [id, w]);
      if (top.length > o.maxCandidates) top.pop();
    }
    return top.map(([id]) => this.stories.get(id)!);
  }

  private bestStory(a: ArticleVectors, query: Array<[number, number]>, time: number | undefined, dateline?: string): { story: Story; score: number } | undefined {
    let best: { story: Story; score: number } | undefined;
    for (const s of this.candidates(query)) {
      if (this.isSilent(s, time)) continue;
      if (dateline !== undefined && datelineClash([dateline], s.datelines)) continue;
      const score = this.score(a, time, s);
      if (!best || score > best.score || (score === best.score && s.id < best.story.id)) best = { story: s, score };
    }
    return best;
  }

  /**
   * Posts a story under index keys it is not posted under yet. A story is posted under the heaviest terms of each of
   * its articles: cheaper than re-ranking its whole centroid at every join, and it finds the story from any angle
   * one of its articles took.
   */
  private post(s: Story, keys: Iterable<number>): void {
    const o = this.options;
    for (const key of keys) {
      if (s.posted.has(key)) continue;
      let list = this.postings.get(key);
      if (!list) this.postings.set(key, (list = []));
      list.push(s.id);
      s.posted.add(key);
      if (list.length > 2 * o.maxPostings) this.compactPosting(key, list);
    }
  }

  /** Drops closed stories from a posting list and keeps its most recent `maxPostings`. */
  private compactPosting(key: number, list: number[]): void {
    const open = list.filter((id) => this.stories.has(id));
    const kept = open.slice(-this.options.maxPostings);
    for (const id of open.slice(0, open.length - kept.length)) this.stories.get(id)!.posted.delete(key);
    if (kept.length) this.postings.set(key, kept);
    else this.postings.delete(key);
  }

  // ---- stories --------------------------------------------------------------------------------------------------

  private openStory(seq: number): Story {
    const story: Story = {
      id: this.nextStory++, size: 0, firstSeq: seq, lastSeq: seq, lastTime: undefined, timeSum: 0, timeCount: 0,
      vec: new TermWeights(), vecNorm: 0, title: new TermWeights(), titleNorm: 0, posted: new Set(), outlets: new Set(), pairs: new Set(), datelines: new Set(), changed: true,
    };
    this.stories.set(story.id, story);
    return story;
  }

  private join(s: Story, a: ArticleVectors, seq: number, time: number | undefined): void {
    s.vec.addList(a.vec);
    s.title.addList(a.title);
    this.reshape(s);
    s.size++;
    s.lastSeq = seq;
    if (time !== undefined && (s.lastTime === undefined || time > s.lastTime)) s.lastTime = time;
    if (time !== undefined) { s.timeSum += time; s.timeCount++; }
    // An article without a date is taken to be as recent as the stream, so an undated story does not stay open forever.
    if (time === undefined && s.lastTime === undefined) s.lastTime = this.clock;
    s.changed = true;
  }

  /** Bounds the centroids and refreshes the cached norms. */
  private reshape(s: Story): void {
    const keep = this.options.centroidTerms;
    if (s.vec.size > 2 * keep) s.vec.prune(keep);
    if (s.title.size > 2 * keep) s.title.prune(keep);
    this.refreshNorms(s);
  }

  /** Recomputes the cached centroid norms (after a change, or after a restore). */
  refreshNorms(s: Story): void {
    s.vecNorm = s.vec.norm();
    s.titleNorm = s.title.norm();
  }

  private merge(into: Story, from: Story): void {
    into.vec.addTable(from.vec);
    into.title.addTable(from.title);
    this.reshape(into);
    for (const x of from.outlets) into.outlets.add(x);
    for (const k of from.pairs) if (into.pairs.size < this.options.anchorCap) into.pairs.add(k);
    for (const d of from.datelines) into.datelines.add(d);
    into.size += from.size;
    into.firstSeq = Math.min(into.firstSeq, from.firstSeq);
    into.lastSeq = Math.max(into.lastSeq, from.lastSeq);
    if (from.lastTime !== undefined && (into.lastTime === undefined || from.lastTime > into.lastTime)) into.lastTime = from.lastTime;
    into.timeSum += from.timeSum;
    into.timeCount += from.timeCount;
    into.changed = true;
    this.aliases.set(from.id, into.id);
    this.stories.delete(from.id);
    this.merges++;
    this.post(into, [...from.posted]);
  }

  // ---- the sweep ------------------------------------------------------------------------------------------------

  private sweep(): void {
    this.closeSilent();
    this.mergeCheck();
    this.pruneCopies();
    this.prunePostings();
    // A pair whose count faded below a tenth is as good as unseen; dropping it keeps the table to the recent window.
    this.pairStats.prune(this.seq - 1, 0.1);
  }

  /** Drops closed stories from the index, and the keys left with none: the index holds the open window only. */
  private prunePostings(): void {
    for (const [key, list] of this.postings) {
      const open = list.filter((id) => this.stories.has(id));
      if (open.length === list.length) continue;
      if (open.length) this.postings.set(key, open);
      else this.postings.delete(key);
    }
  }

  private closeSilent(): void {
    for (const s of [...this.stories.values()]) if (this.isSilent(s, undefined)) this.stories.delete(s.id);
    const over = this.stories.size - this.options.maxOpenStories;
    if (over > 0) {
      const byAge = [...this.stories.values()].sort((a, b) => a.lastSeq - b.lastSeq);
      for (const s of byAge.slice(0, over)) this.stories.delete(s.id);
    }
  }

  /**
   * Merges each story changed since the last check into its best match, when that match is close enough. Stories of
   * one article are not checked from their side: their article was scored against every candidate when it came in,
   * and they are still found as candidates of the larger stories that changed.
   */
  private mergeCheck(): void {
    const changed = [...this.stories.values()].filter((s) => s.changed).sort((a, b) => a.id - b.id);
    for (const s of changed) {
      s.changed = false;
      if (!this.stories.has(s.id) || s.size < 2) continue; // merged away earlier in this check, or a single article
      let best: { story: Story; score: number } | undefined;
      for (const t of this.candidates(s.vec.sorted().slice(0, this.options.queryTerms), s.id)) {
        if (datelineClash(s.datelines, t.datelines)) continue;
        let score = this.storyScore(s, t);
        for (const x of s.outlets) if (t.outlets.has(x)) { score *= this.options.sameOutletMergeFactor; break; }
        if (!best || score > best.score || (score === best.score && t.id < best.story.id)) best = { story: t, score };
      }
      const o = this.options;
      if (best && (best.score >= o.mergeThreshold || (best.score >= o.anchorMerge && this.anchored(s.pairs, s.outlets, meanTime(s), best.story)))) {
        const [into, from] = best.story.id < s.id ? [best.story, s] : [s, best.story];
        this.merge(into, from);
        into.changed = false;
      }
    }
  }

  // ---- wire copies ----------------------------------------------------------------------------------------------

  /**
   * The earliest open article this one is a near-duplicate of. Not the earliest of a chain of copies: templated
   * texts (congratulation cables, weather bulletins) chain A ≈ B ≈ C with A and C different, and `copyOf` must name
   * an article whose text this one actually repeats. The containment test only goes one way: the new article may be
   * an excerpt of an earlier one, but a round-up that takes in an earlier release is not a copy of it.
   */
  private findCopy(signature: Uint32Array, shingles: number, time: number | undefined): CopyEntry | undefined {
    const o = this.options;
    const seen = new Set<number>();
    let best: CopyEntry | undefined;
    for (const key of bandKeys(signature, o.bandRows)) {
      for (const seq of this.bands.get(key) ?? []) {
        if (seen.has(seq)) continue;
        seen.add(seq);
        const entry = this.copies.get(seq);
        if (!entry) continue;
        const story = this.stories.get(this.resolve(entry.story));
        if (!story || this.isSilent(story, time) || this.isStale(entry, time)) continue;
        if (best && entry.seq > best.seq) continue;
        const jaccard = estimateJaccard(signature, entry.signature);
        const isCopy = jaccard >= o.copyJaccard
          || (shingles <= entry.shingles && shingles >= o.copyMinSizeRatio * entry.shingles
            && estimateContainment(jaccard, shingles, entry.shingles) >= o.copyContainment);
        if (isCopy) best = entry;
      }
    }
    return best;
  }

  private addCopyEntry(entry: CopyEntry): void {
    this.copies.set(entry.seq, entry);
    this.bandedEntries++;
    for (const key of bandKeys(entry.signature, this.options.bandRows)) {
      let list = this.bands.get(key);
      if (!list) this.bands.set(key, (list = []));
      list.push(entry.seq);
    }
  }

  /**
   * Forgets the copy entries of closed stories. Their band postings are skipped when met and rebuilt away once they
   * are half of the index, which keeps the rebuild cost per article constant.
   */
  private pruneCopies(): void {
    for (const [seq, entry] of this.copies) {
      if (!this.stories.has(this.resolve(entry.story)) || this.isStale(entry, undefined)) this.copies.delete(seq);
    }
    if (this.bandedEntries > 2 * this.copies.size + 1024) this.rebuildBands();
  }

  /** The band index from the open copy entries, in sequence order (as it was built). */
  rebuildBands(): void {
    this.bands.clear();
    this.bandedEntries = 0;
    const entries = [...this.copies.values()].sort((a, b) => a.seq - b.seq);
    this.copies.clear();
    for (const e of entries) this.addCopyEntry(e);
  }
}
