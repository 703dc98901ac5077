/**
 * Features of a pair of short statements, for the stance model (./stance-model.ts): how much of each one the other
 * covers, and the signs that the second turns the first around — a negation on one side only, opposite words
 * (ارتفاع / انخفاض), figures or dates that cannot agree, a name or a place swapped. Beside these dense features come
 * sparse ones: the words that only one side has (their matching keys), so the model can learn which unshared words
 * reverse a statement (براءة، يرفض، تراجع) and which do not.
 *
 * The strongest signal is the residual: the unshared words left once each is paired with a form of itself on the
 * other side (يسحب / سحب، ترتفع / ارتفاع). A paraphrase mostly rewords, so little is left; a contradiction written
 * from a headline swaps a word, a name or a figure, so one word stays on each side.
 *
 * Symmetric by construction: swapping the two statements gives the same features.
 */
import { extractDates } from '../analysis/dates/index.js';
import { extractNumbers } from '../analysis/numbers/index.js';
import { extractQuantities } from '../analysis/quantities/index.js';
import { isStopword } from '../text/stopwords.js';
import { normalizeKey } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import type { Token } from '../text/types.js';
import { dateConflicts, quantityConflicts, type FoundConflict } from './conflicts.js';
import { conceptOf, isNegator, oppositesOf } from './lexicon.js';
import { keyContext, matchKey, type KeyContext } from './match-key.js';
import type { Statement } from './prepare.js';
import { statementSimilarity } from './similarity.js';
import { conceptTerm, skeleton, statementTerms, TERM_WEIGHTS, weigh, type Vector } from './vectors.js';

export interface PairSide {
  text: string;
  statement: Statement;
  /** Matching keys of its content words. */
  keys: Set<string>;
  /** The same keys in text order, with each word's norm. */
  sequence: Array<{ key: string; norm: string }>;
  negations: number;
  /** The negators it uses (their norms). */
  negators: Set<string>;
  numbers: number[];
}

/** Bumped when a feature changes: the model records the version it was trained on. */
export const FEATURES_VERSION = 4;

export const DENSE_FEATURES = [
  'bias', 'similarity', 'cosine', 'coverMin', 'coverMax', 'unsharedMin', 'unsharedMax', 'negationMismatch',
  'opposite', 'quantityConflict', 'numberMismatch', 'dateConflict', 'lengthRatio', 'sharedWords', 'noShared',
  'nameSwap', 'nameOneSide', 'orderKept', 'substitutions', 'oneSubstitution', 'trigrams',
  'simBelow05', 'simBelow10', 'simBelow15', 'simBelow20', 'simBelow30', 'simAbove60',
  'residualMin', 'residualMax', 'residualShareMin', 'residualShareMax', 'residualNone', 'residualOneSide', 'residualOneEach',
  'softMatched', 'hardSignal', 'hardAndClose', 'numberAndClose', 'negationAndClose', 'oppositeAndClose', 'inversions',
  'nameInversion', 'residualNameSwap', 'residualWeightMin', 'residualWeightMax', 'residualTrigram',
] as const;

/** Tells whether a word (its norm) looks like a name: a known place, person or organisation, a nisba, a foreign word. */
export type NameTest = (norm: string) => boolean;

export interface PairFeatures {
  dense: number[];
  sparse: string[];
  similarity: number;
  conflicts: FoundConflict[];
  /** Words one side has and the other not, on opposite sides of a pair in ./lexicon.ts. */
  opposites: Array<[string, string]>;
}

/**
 * Words that give a figure or a day without a number (a weekday; a dual of a unit of time, عامين). Figures and dates
 * are looked for only in a statement with a number or one of these: most headlines have neither (6 in 7 of ANS), and
 * extracting them was the largest part of building a side. On every ANS sentence the gate loses no figure and no date
 * that the features use.
 */
const NUMBERLESS: ReadonlySet<string> = new Set(
  ['أحد', 'اثنين', 'ثلاثاء', 'أربعاء', 'خميس', 'جمعة', 'سبت', 'يومين', 'أسبوعين', 'شهرين', 'عامين', 'سنتين', 'ساعتين', 'قرنين', 'دقيقتين', 'ليلتين']
    .flatMap((w) => [w, `ال${w}`]).map((w) => normalizeKey(w)),
);

function numberlessFigureOrDate(norm: string): boolean {
  if (NUMBERLESS.has(norm)) return true;
  const first = norm[0];
  return (first === 'و' || first === 'ف' || first === 'ب' || first === 'ل') && NUMBERLESS.has(norm.slice(1));
}

/** A statement of its own (no article around it): the whole text is one statement. */
export function pairSide(text: string, index: number, context?: KeyContext, tokens: readonly Token[] = tokenize(text)): PairSide {
  const words = tokens
    .filter((t) => t.kind === 'word' && t.norm.length > 1 && !isStopword(t.norm))
    .map((t) => ({ norm: t.norm, start: t.start, end: t.end }));
  const statement: Statement = {
    id: index,
    article: index,
    sentence: 0,
    start: 0,
    end: text.length,
    sentenceStart: 0,
    sentenceEnd: text.length,
    words,
    quantities: [],
    dates: [],
    entities: [],
  };
  const numbers = extractNumbers(text, { tokens });
  if (numbers.length || tokens.some((t) => t.kind === 'word' && numberlessFigureOrDate(t.norm))) {
    statement.quantities = extractQuantities(text, { tokens });
    statement.dates = extractDates(text, { tokens });
  }
  const sequence = words.map((w) => ({ key: matchKey(w.norm, context), norm: w.norm }));
  const keys = new Set(sequence.map((w) => w.key));
  const negating = tokens.filter((t) => t.kind === 'word' && isNegator(t.norm));
  const negations = negating.length;
  const negators = new Set(negating.map((t) => t.norm));
  return { text, statement, keys, sequence, negations, negators, numbers: numbers.filter((n) => !n.role).map((n) => n.value) };
}

/** Both sides, with the clitic context of the pair (./match-key.ts). */
export function pairSides(a: string, b: string): [PairSide, PairSide] {
  const ta = tokenize(a); const tb = tokenize(b);
  const norms: string[] = [];
  for (const t of ta) if (t.kind === 'word') norms.push(t.norm);
  for (const t of tb) if (t.kind === 'word') norms.push(t.norm);
  const context = keyContext(norms);
  return [pairSide(a, 0, context, ta), pairSide(b, 1, context, tb)];
}

/** Character trigrams of the content words (each padded with spaces): meets "تنحدر" with "انحدار". */
function trigrams(side: PairSide): Set<string> {
  const out = new Set<string>();
  for (const w of side.sequence) {
    const s = ` ${w.key} `;
    for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  }
  return out;
}

/** Longest run of letters two strings share. */
function longestCommonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let n = 0;
      while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n]) n++;
      if (n > best) best = n;
    }
  }
  return best;
}

/**
 * Two keys that look like forms of one word: their consonant skeletons share a run of three letters, or are equal.
 * Catches what the matching keys leave apart — a verb and its noun (يسحب / سحب، ترتفع / ارتفاع، تسدد / تسديد) —
 * which a paraphrase does all the time and a contradiction rarely needs.
 */
export function sameRoot(a: string, b: string): boolean {
  const sa = skeleton(a); const sb = skeleton(b);
  if (sa === sb) return sa.length >= 2;
  return longestCommonRun(sa, sb) >= 3;
}

/** The unshared words of each side that no unshared word of the other side is a form of. */
function residual(onlyA: ReadonlySet<string>, onlyB: ReadonlySet<string>): { a: string[]; b: string[]; matched: number } {
  const a = [...onlyA]; const b = [...onlyB];
  const ra = a.filter((x) => !b.some((y) => sameRoot(x, y)));
  const rb = b.filter((y) => !a.some((x) => sameRoot(x, y)));
  return { a: ra, b: rb, matched: a.length - ra.length + b.length - rb.length };
}

/**
 * Word order of the words both sides share: the share of pairs of them that come in the other order, and whether two
 * names swapped places ("ميركل تحذر ترامب" / "ترامب يحذر ميركل": same words, roles reversed).
 */
function inversions(a: PairSide, b: PairSide, isName?: NameTest): { share: number; names: boolean } {
  const first = (side: PairSide) => {
    const pos = new Map<string, { at: number; norm: string }>();
    side.sequence.forEach((w, i) => { if (!pos.has(w.key)) pos.set(w.key, { at: i, norm: w.norm }); });
    return pos;
  };
  const pa = first(a); const pb = first(b);
  const shared = [...pa.keys()].filter((k) => pb.has(k));
  let discordant = 0; let total = 0; let names = false;
  for (let i = 0; i < shared.length; i++) {
    for (let j = i + 1; j < shared.length; j++) {
      const x = shared[i]!; const y = shared[j]!;
      total++;
      if ((pa.get(x)!.at - pa.get(y)!.at) * (pb.get(x)!.at - pb.get(y)!.at) < 0) {
        discordant++;
        if (isName && isName(pa.get(x)!.norm) && isName(pa.get(y)!.norm)) names = true;
      }
    }
  }
  return { share: total ? discordant / total : 0, names };
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union ? shared / union : 0;
}

function coverage(v: Vector, other: Vector): number {
  let covered = 0;
  for (const [t, x] of v) if (other.has(t)) covered += x * x;
  return covered;
}

function sameConcept(k: string, others: ReadonlySet<string>): boolean {
  const c = conceptOf(k);
  if (!c) return false;
  for (const o of others) if (conceptOf(o) === c) return true;
  return false;
}

function findOpposites(only: ReadonlySet<string>, other: ReadonlySet<string>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const k of only) {
    for (const m of oppositesOf(k)) {
      for (const o of other) {
        if (oppositesOf(o).some((n) => n.pair === m.pair && n.side !== m.side)) out.push([k, o]);
      }
    }
  }
  return out;
}

/**
 * Edit structure of two key sequences: the longest common subsequence, and the substitutions, i.e. stretches where
 * both sides have unshared words between the same two shared anchors ("… من شرقي سوريا …" / "… من اليمن …").
 * Contradictions written from a headline are usually such minimal edits; paraphrases reorder.
 */
export function editStructure(a: readonly string[], b: readonly string[]): { lcs: number; substitutions: Array<[string[], string[]]> } {
  const n = a.length; const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const substitutions: Array<[string[], string[]]> = [];
  let i = 0; let j = 0;
  let gapA: string[] = []; let gapB: string[] = [];
  const flush = () => { if (gapA.length && gapB.length) substitutions.push([gapA, gapB]); gapA = []; gapB = []; };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { flush(); i++; j++; }
    else if (j >= m || (i < n && dp[i + 1]![j]! >= dp[i]![j + 1]!)) gapA.push(a[i++]!);
    else gapB.push(b[j++]!);
  }
  flush();
  return { lcs: dp[0]![0]!, substitutions };
}

/**
 * The edit structure read both ways, keeping the one with fewer substitutions (ties broken on their text): where the
 * longest common subsequence is not unique, one reading can see two substitutions where the other sees one, and the
 * features must not depend on which statement comes first.
 */
function symmetricEdit(a: readonly string[], b: readonly string[]): ReturnType<typeof editStructure> {
  const ab = editStructure(a, b);
  const ba = editStructure(b, a);
  const flipped = { lcs: ba.lcs, substitutions: ba.substitutions.map(([x, y]): [string[], string[]] => [y, x]) };
  if (ab.substitutions.length !== flipped.substitutions.length) return ab.substitutions.length < flipped.substitutions.length ? ab : flipped;
  const text = (e: typeof ab) => e.substitutions.map(([x, y]) => [x.join(' '), y.join(' ')].sort().join('|')).sort().join('/');
  return text(ab) <= text(flipped) ? ab : flipped;
}

/**
 * The features of a pair. `idf` weighs words (a prior from a corpus: in a pair of two statements the pair itself
 * says nothing about which words are rare); words it does not know get `unknownIdf`.
 */
export function pairFeatures(a: PairSide, b: PairSide, idf: ReadonlyMap<string, number>, unknownIdf: number, isName?: NameTest): PairFeatures {
  const context = { has: () => false };
  // Figures and dates from the statement; words by the keys of the pair's clitic context (./match-key.ts).
  const terms = (side: PairSide) => {
    const out = statementTerms(side.statement, context, () => undefined, { words: false });
    for (const k of side.keys) {
      if (k.length < 2) continue;
      out.set(`w:${k}`, 1);
      const s = skeleton(k);
      if (s.length >= 3 && s !== k) out.set(`k:${s}`, 0.35);
      const c = conceptTerm(k);
      if (c) out.set(c, TERM_WEIGHTS.concept);
    }
    return out;
  };
  const va = weigh(terms(a), idf, unknownIdf);
  const vb = weigh(terms(b), idf, unknownIdf);
  const similarity = statementSimilarity(va, vb);
  let cos = 0;
  for (const [t, x] of va) { const y = vb.get(t); if (y !== undefined) cos += x * y; }
  const ca = coverage(va, vb);
  const cb = coverage(vb, va);

  const onlyA = new Set([...a.keys].filter((k) => !b.keys.has(k) && !sameConcept(k, b.keys)));
  const onlyB = new Set([...b.keys].filter((k) => !a.keys.has(k) && !sameConcept(k, a.keys)));
  const shared = [...a.keys].filter((k) => b.keys.has(k)).length;
  const ua = a.keys.size ? onlyA.size / a.keys.size : 0;
  const ub = b.keys.size ? onlyB.size / b.keys.size : 0;
  const opposites = [...findOpposites(onlyA, b.keys), ...findOpposites(onlyB, a.keys)];
  const conflicts = [...quantityConflicts(a.statement, b.statement), ...dateConflicts(a.statement, b.statement)];
  const numbersA = new Set(a.numbers);
  const numbersB = new Set(b.numbers);
  const numberMismatch = numbersA.size > 0 && numbersB.size > 0 && ![...numbersA].some((n) => numbersB.has(n)) ? 1 : 0;
  const la = a.keys.size; const lb = b.keys.size;
  const namesOnly = (side: PairSide, only: ReadonlySet<string>) => (isName ? side.sequence.some((w) => only.has(w.key) && isName(w.norm)) : false);
  const na = namesOnly(a, onlyA);
  const nb = namesOnly(b, onlyB);
  const edit = symmetricEdit(a.sequence.map((w) => w.key), b.sequence.map((w) => w.key));

  const rest = residual(onlyA, onlyB);
  const rMin = Math.min(rest.a.length, rest.b.length); const rMax = Math.max(rest.a.length, rest.b.length);
  const shareA = la ? rest.a.length / la : 0; const shareB = lb ? rest.b.length / lb : 0;

  const negationMismatch = (a.negations % 2) !== (b.negations % 2) ? 1 : 0;
  const opposite = opposites.length > 0 ? 1 : 0;
  const numberSignal = numberMismatch || conflicts.some((c) => c.kind === 'quantity') ? 1 : 0;
  const hard = numberSignal || negationMismatch || opposite || conflicts.some((c) => c.kind === 'date') ? 1 : 0;
  const close = rMax <= 1 ? 1 : 0;
  const order = inversions(a, b, isName);
  const residualNames = (side: PairSide, words: readonly string[]) => (isName ? side.sequence.some((w) => words.includes(w.key) && isName(w.norm)) : false);

  const weightShare = (side: PairSide, words: readonly string[]) => {
    let all = 0; let part = 0;
    for (const k of side.keys) { const w = idf.get(`w:${k}`) ?? unknownIdf; all += w; if (words.includes(k)) part += w; }
    return all ? part / all : 0;
  };
  const wa = weightShare(a, rest.a); const wb = weightShare(b, rest.b);
  const gramsOf = (words: readonly string[]) => {
    const out = new Set<string>();
    for (const k of words) { const p = ` ${k} `; for (let i = 0; i + 3 <= p.length; i++) out.add(p.slice(i, i + 3)); }
    return out;
  };

  const dense = [
    1,
    similarity,
    Math.min(1, cos),
    Math.min(ca, cb),
    Math.max(ca, cb),
    Math.min(ua, ub),
    Math.max(ua, ub),
    (a.negations % 2) !== (b.negations % 2) ? 1 : 0,
    opposites.length > 0 ? 1 : 0,
    conflicts.some((c) => c.kind === 'quantity') ? 1 : 0,
    numberMismatch,
    conflicts.some((c) => c.kind === 'date') ? 1 : 0,
    la && lb ? Math.min(la, lb) / Math.max(la, lb) : 0,
    Math.min(1, shared / 5),
    shared === 0 ? 1 : 0,
    na && nb ? 1 : 0,
    na !== nb ? 1 : 0,
    shared ? edit.lcs / shared : 0,
    Math.min(1, edit.substitutions.length / 3),
    edit.substitutions.length === 1 && edit.substitutions[0]![0].length === 1 && edit.substitutions[0]![1].length === 1 ? 1 : 0,
    jaccard(trigrams(a), trigrams(b)),
    // Similarity in bins: the step from related to unrelated is not linear.
    similarity < 0.05 ? 1 : 0,
    similarity < 0.1 ? 1 : 0,
    similarity < 0.15 ? 1 : 0,
    similarity < 0.2 ? 1 : 0,
    similarity < 0.3 ? 1 : 0,
    similarity > 0.6 ? 1 : 0,
    Math.min(1, rMin / 4),
    Math.min(1, rMax / 6),
    Math.min(shareA, shareB),
    Math.max(shareA, shareB),
    rMax === 0 ? 1 : 0,
    rMin === 0 && rMax > 0 ? 1 : 0,
    rest.a.length === 1 && rest.b.length === 1 ? 1 : 0,
    Math.min(1, rest.matched / 4),
    hard,
    hard * close,
    numberSignal * close,
    negationMismatch * close,
    opposite * close,
    order.share,
    order.names ? 1 : 0,
    residualNames(a, rest.a) && residualNames(b, rest.b) ? 1 : 0,
    Math.min(wa, wb),
    Math.max(wa, wb),
    rest.a.length && rest.b.length ? jaccard(gramsOf(rest.a), gramsOf(rest.b)) : 0,
  ];
  const sparse: string[] = [];
  for (const k of new Set([...onlyA, ...onlyB])) sparse.push(`u:${k}`);
  // The residual words (unshared and no form of an unshared word across), and their pairs across: the model learns
  // which substitutions reverse a statement (يرفض / يصدق) from the rewrites of ANS, not from a hand list alone.
  for (const k of new Set([...rest.a, ...rest.b])) sparse.push(`r:${k}`);
  if (rest.a.length * rest.b.length <= 16) for (const x of rest.a) for (const y of rest.b) sparse.push(`q:${[x, y].sort().join('|')}`);
  // A negator one side has and the other not (لم، غير، عدم …), by itself: they do not all weigh the same.
  for (const n of a.negators) if (!b.negators.has(n)) sparse.push(`n:${n}`);
  for (const n of b.negators) if (!a.negators.has(n)) sparse.push(`n:${n}`);
  // A one-word substitution, as a pair (ارتفاع→انخفاض، سوريا→اليمن reads the same either way round).
  for (const [x, y] of edit.substitutions) {
    if (x.length === 1 && y.length === 1) sparse.push(`x:${[x[0], y[0]].sort().join('|')}`);
  }
  return { dense, sparse, similarity, conflicts, opposites };
}
