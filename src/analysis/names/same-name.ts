/**
 * Are two spellings one name? Word by word, after aligning the words of the two spellings (a word of one may be
 * two or three written apart in the other: بيونغيانغ / بيونغ يانغ، هوشي منه / هو شي منه، عبدالله / عبد الله).
 * Every aligned pair must pass on its own, so one matching surname cannot carry a different given name:
 * كيم جونغ أون and كيم جونغ إيل differ in their last word and are two men. A word pair is decided by rules
 * (`ruleDecision`) or, when its spellings are close, by a pair model trained on the tuning half of the name-variant
 * groups (./pair-model.ts).
 */
import { foldNameWord, letterSkeleton } from './letters.js';
import { PAIR_GATE, onlyExplainedEdits, pairScore, type PairModel } from './pair-model.js';
import { EDIT_OVERHEAD, compareWords, type WordComparison } from './word-distance.js';

export interface SameNameResult {
  same: boolean;
  /** 1 − total weighted cost / mean length in letters, in [0, 1]: 1 for the same spelling. */
  score: number;
}

/**
 * A close word pair is the same word when the pair model's score (./pair-model.ts) reaches this. The model's
 * intercept is set by its training script so that this value is the strictest cut whose held-out (cross-validated)
 * recall on the tuning half of ../shared/data/name-variants stays at 0.80 or more, the recall target. Strict
 * because a wrong merge (two people shown as one) misleads a reader more than a missed variant (one person listed
 * twice).
 */
export const WORD_THRESHOLD = 0.8;

/** Words of two letters or fewer (تو، لي، هو) are the same only if almost identical: one swap changes the name. */
const SHORT_WORD_MAX_COST = 0.25;


/** A strictly compared pair (a listed Arabic given name) allows only orthographic variation. */
const STRICT_MAX_COST = 0.3;

/**
 * When both names have two words or more, each aligned pair of words passes at this much under the threshold: several
 * words close at once are more evidence than one (نان دان / نيان زان, whose نان / نيان alone scores 0.76). Set by hand
 * (the name-variant groups are single words): a different given name (أون / إيل، لام / لان) scores under 0.05.
 */
const MULTI_WORD_SLACK = 0.1;

/** Writing two words as one costs this (the space is a spelling choice, but a real one). */
const JOIN_COST = 0.1;

/** Names with more words than this are compared for equality only: no name is that long. */
export const MAX_NAME_WORDS = 12;

const WORD_SEPARATORS = /[\s\u200c\u200d\-‐‑–—_.·/]+/u;

// ابن and بن are one particle (ابن is the spelling at the start of a line or after a full stop in classical usage).
const WORD_FOLDS: Record<string, string> = { 'ابن': 'بن' };

/** The folded words of a name: the units the matcher compares. */
export function nameWords(name: string): string[] {
  const out: string[] = [];
  for (const part of name.split(WORD_SEPARATORS)) {
    const folded = foldNameWord(part);
    if (folded) out.push(WORD_FOLDS[folded] ?? folded);
  }
  return out;
}

/**
 * The orthographic key of a name: folded words joined by one space. Two spellings with one key differ only in
 * harakat, hamza seats, ة/ه, ى/ي or punctuation, never in a letter a reader would see as a different spelling.
 */
export function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

/**
 * The consonant skeleton of a name: per word, the article dropped, vowel letters, ayn and hamza dropped, letters
 * transliterations swap mapped to one class (ج غ ق ك خ → ك، د ذ ز ض ظ → د، ت ط → ت، ث س ص → س، ح ه → ه), doubled
 * letters and the g of "ng" dropped, and the words joined. Spellings of one foreign name usually share it
 * (نغوين / نوين / نجوين → "نن"), so it is a blocking key for candidate pairs; it is not the decision, because
 * different Arabic names share skeletons too (حسن / حسين).
 */
export function nameSkeleton(name: string): string {
  // Words are run together first: whether a name is written as one word or two does not change its skeleton.
  const letters = nameWords(name).map((w) => (w.length >= 5 && w.startsWith('ال') ? w.slice(2) : w)).join('');
  return letterSkeleton(letters);
}

export interface SameNameOptions {
  /**
   * Pair-model score a close word pair must reach (default WORD_THRESHOLD; see ./pair-model.ts); the evaluation varies
   * it to print the curve. Not the `score` of the result, which is the edit distance's.
   */
  threshold?: number;
  /**
   * Only the decision is needed: word pairs are abandoned as soon as they cannot pass, and alignments as soon as
   * one of their pairs fails, so the score of a pair that is not the same name is then meaningless (an upper bound
   * of the cheapest alignment, or 0). For bulk comparison (the evaluation, large stories).
   */
  decisionOnly?: boolean;
  /** A pair model other than the shipped one (the training script's held-out folds). */
  model?: PairModel;
}

interface PairOutcome {
  /** Weighted cost plus the per-edit overhead. */
  cost: number;
  /** The rules' decision, or null when the pair model decides (see `ruleDecision`). */
  rule: boolean | null;
  /** The pair model's score when it decides, else 0. */
  score: number;
}

const passes = (pair: PairOutcome, threshold: number) => pair.rule ?? pair.score >= threshold;

// Word pairs recur across the names of a story (every spelling of every entity against every other): outcomes are
// kept when the threshold is a default one, keyed by the pair and the options; the cache is emptied when it grows
// past a bound. Other thresholds (the evaluation's sweeps over millions of distinct pairs) are not kept: there a
// cache costs more than it saves.
const PAIR_CACHE_LIMIT = 200_000;
const pairCache = new Map<string, PairOutcome>();

function wordPair(a: string, b: string, cacheable: boolean, decisionOnly: boolean, joined: boolean, model?: PairModel): PairOutcome {
  if (!cacheable || model) return computeWordPair(a, b, decisionOnly, joined, model);
  const key = `${a}\u0000${b}\u0000${decisionOnly ? 'd' : 'f'}${joined ? 'j' : 's'}`;
  let outcome = pairCache.get(key);
  if (outcome === undefined) {
    outcome = computeWordPair(a, b, decisionOnly, joined);
    if (pairCache.size >= PAIR_CACHE_LIMIT) pairCache.clear();
    pairCache.set(key, outcome);
  }
  return outcome;
}

/**
 * Words whose lengths differ by more letters than this are not one name unless the letter rules explain every
 * difference: two spellings of one name differ by three letters or more in 1.3% of the pairs of the tuning half, and
 * the pair model is trained on no negative that far apart (أوباما / أوباميانغ).
 */
export const MODEL_LENGTH_GAP = 2;

/** The largest cost a word pair of this mean length can have and still pass (see `ruleDecision`). */
export function wordPairMaxCost(meanLength: number): number {
  return Math.max(STRICT_MAX_COST, SHORT_WORD_MAX_COST, (1 - PAIR_GATE) * meanLength);
}

/**
 * The decision the rules take on a compared word pair, or null when it is the pair model's to take: strict pairs
 * (a listed Arabic given name), words of two letters, two letters no transliteration swaps, pairs scoring under the
 * gate, and pairs whose only differences the letter rules explain (`onlyExplainedEdits`) are decided here; the rest,
 * close pairs, by the model (./pair-model.ts).
 */
export function ruleDecision(c: WordComparison, meanLength: number, joined: boolean): boolean | null {
  if (c.strict) return c.cost <= STRICT_MAX_COST;
  if (meanLength <= 2) return c.cost <= SHORT_WORD_MAX_COST;
  // A letter no transliteration swaps is allowed once, in single words, and then only if the model accepts the pair
  // (فرراندو / فرناندو; in a short word one different consonant usually makes another name, which the model knows);
  // not in words written together, where it is often another word (بيونغيانغ / بيونغتشانغ are Pyongyang and
  // Pyeongchang). Two are never allowed (nor a Slavic surname against its feminine form, counted as two).
  if (c.hardEdits > 1 || (c.hardEdits === 1 && joined)) return false;
  // Two words that both carry the article are Arabic forms (الناصرية، البصرة، الحارثي), not transliterations: their
  // spellings vary only in what the folding already equates, so a letter no transliteration swaps makes another name.
  if (c.hardEdits === 1 && c.aligned[0].startsWith('ال') && c.aligned[1].startsWith('ال')) return false;
  if (c.score < PAIR_GATE) return false;
  if (c.hardEdits === 0 && !c.article && onlyExplainedEdits(c)) return true;
  if (Math.abs(c.aligned[0].length - c.aligned[1].length) > MODEL_LENGTH_GAP) return false;
  return null;
}

function computeWordPair(a: string, b: string, decisionOnly: boolean, joined: boolean, model?: PairModel): PairOutcome {
  const meanLength = (a.length + b.length) / 2;
  const c = compareWords(a, b, decisionOnly ? wordPairMaxCost(meanLength) : Infinity);
  const rule = ruleDecision(c, meanLength, joined);
  return { cost: c.cost + EDIT_OVERHEAD * c.edits, rule, score: rule === null ? pairScore(c, joined, model) : 0 };
}

// Alignment steps: k words of one spelling against l words of the other, written together.
const STEPS: ReadonlyArray<readonly [number, number]> = [[1, 1], [2, 1], [1, 2], [3, 1], [1, 3]];

/** Compares two lists of folded words (see `nameWords`). */
export function compareNameWords(a: readonly string[], b: readonly string[], options: SameNameOptions = {}): SameNameResult {
  const threshold = options.threshold ?? WORD_THRESHOLD;
  const decisionOnly = options.decisionOnly ?? false;
  const lettersA = a.reduce((s, w) => s + w.length, 0);
  const lettersB = b.reduce((s, w) => s + w.length, 0);
  if (a.length === 0 || b.length === 0) return { same: false, score: 0 };
  if (a.length > MAX_NAME_WORDS || b.length > MAX_NAME_WORDS) {
    const same = a.join(' ') === b.join(' ');
    return { same, score: same ? 1 : 0 };
  }
  const meanLength = (lettersA + lettersB) / 2;
  if (a.length === 1 && b.length === 1) {
    // One word each, the common case: no alignment to search.
    const pair = wordPair(a[0]!, b[0]!, threshold === WORD_THRESHOLD, decisionOnly, false, options.model);
    return { same: passes(pair, threshold), score: Math.max(0, Math.min(1, 1 - pair.cost / meanLength)) };
  }
  const n = a.length;
  const m = b.length;
  // Both names have two words or more, so every alignment pairs two words or more: each pair may score lower.
  const wordThreshold = Math.min(n, m) >= 2 ? threshold - MULTI_WORD_SLACK : threshold;
  const cacheable = threshold === WORD_THRESHOLD;
  // best[i][j]: cheapest alignment of a[0..i) with b[0..j) whose pairs all pass (Infinity if none), and, apart,
  // the cheapest alignment at all, for the score of a pair that is not the same name.
  const passing: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const any: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  passing[0]![0] = 0;
  any[0]![0] = 0;
  // Words written together, built once: joinedA[i * 3 + k - 1] is a[i..i+k) run together.
  const joinedA = joinedRuns(a);
  const joinedB = joinedRuns(b);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const fromPassing = passing[i]![j]!;
      const fromAny = any[i]![j]!;
      if (fromAny === Infinity) continue;
      // Only the decision is asked for: a cell no passing alignment reaches cannot lead to one.
      if (decisionOnly && fromPassing === Infinity) continue;
      for (const [k, l] of STEPS) {
        if (i + k > n || j + l > m) continue;
        const wa = joinedA[i * 3 + k - 1]!;
        const wb = joinedB[j * 3 + l - 1]!;
        const pair = wordPair(wa, wb, cacheable, decisionOnly, k > 1 || l > 1, options.model);
        const ok = passes(pair, wordThreshold);
        const cost = pair.cost + JOIN_COST * (k - 1 + l - 1);
        const nextAny = any[i + k]!;
        nextAny[j + l] = Math.min(nextAny[j + l]!, fromAny + cost);
        if (ok && fromPassing !== Infinity) {
          const nextPassing = passing[i + k]!;
          nextPassing[j + l] = Math.min(nextPassing[j + l]!, fromPassing + cost);
        }
      }
    }
  }
  const same = passing[n]![m]! !== Infinity;
  const cost = same ? passing[n]![m]! : any[n]![m]!;
  const score = cost === Infinity ? 0 : Math.max(0, Math.min(1, 1 - cost / meanLength));
  return { same, score };
}

/** Runs of one, two and three consecutive words written together, at i * 3 + (count − 1). */
function joinedRuns(words: readonly string[]): string[] {
  const out = new Array<string>(words.length * 3);
  for (let i = 0; i < words.length; i++) {
    let run = '';
    for (let k = 0; k < 3 && i + k < words.length; k++) {
      run += words[i + k]!;
      out[i * 3 + k] = run;
    }
  }
  return out;
}

/**
 * Whether two spellings are one name (نغوين / نوين / نجوين، نتانياهو / نتنياهو، بيونغ يانغ / بيونغيانغ، أميركا /
 * أمريكا، نان دان / نيان زان), with a similarity score. Both spellings must name the whole entity: a surname alone
 * against the full name is a partial mention, which ./link-mentions.ts handles.
 */
export function sameName(a: string, b: string, options?: SameNameOptions): SameNameResult {
  return compareNameWords(nameWords(a), nameWords(b), options);
}
