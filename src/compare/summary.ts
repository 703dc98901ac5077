/**
 * The summary: a few statements that cover the most-confirmed facts without saying one thing twice. Facts are
 * ranked by independent accounts (wire copies count once), then by how many articles carry them, then by how central
 * they are to the story (cosine to the sum of all statements); a fact whose statement repeats one already chosen
 * (MAX_OVERLAP) is passed over. The chosen statements are given in story order, each citing the articles that
 * support its fact.
 * Citations are checked against the sentence as written (citationsFor): an article that reports the fact without
 * one of the sentence's figures is cited as partial, one that contradicts it is not cited.
 */
import type { DateMention } from '../analysis/dates/index.js';
import type { Quantity } from '../analysis/quantities/index.js';
import { quantitiesAgree } from './quantity-agreement.js';
import { cosine, type Vector } from './vectors.js';

/** A chosen statement this alike to an earlier one adds nothing. */
export const MAX_OVERLAP = 0.35;

export interface SummaryFact {
  index: number;
  /** Statement ids of the fact, repeats left out. */
  statements: number[];
  articles: number[];
  independent: number;
  conflict: boolean;
}

/** About five sentences for two articles, one more per article after that, ten at most. */
export function summaryLength(articles: number): number {
  return Math.max(3, Math.min(10, 3 + articles));
}

export interface SummaryPick {
  fact: number;
  statement: number;
}

export function pickSummary(facts: readonly SummaryFact[], vectors: readonly Vector[], wordCount: (statement: number) => number, count: number): SummaryPick[] {
  const centroid: Vector = new Map();
  for (const v of vectors) for (const [t, x] of v) centroid.set(t, (centroid.get(t) ?? 0) + x);
  let norm = 0;
  for (const x of centroid.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (const [t, x] of centroid) centroid.set(t, x / norm);

  const candidates = facts.map((f) => {
    // The statement to show: the most central one of a readable length.
    let best = f.statements[0]!;
    let bestScore = -Infinity;
    for (const s of f.statements) {
      const words = wordCount(s);
      const score = cosine(vectors[s]!, centroid) - (words < 6 ? 0.3 : 0) - (words > 45 ? 0.2 : 0);
      if (score > bestScore) { bestScore = score; best = s; }
    }
    const centrality = cosine(vectors[best]!, centroid);
    return { fact: f, statement: best, score: f.independent * 2 + f.articles.length * 0.5 + centrality + (wordCount(best) < 6 ? -1 : 0) };
  });
  candidates.sort((a, b) => b.score - a.score || a.statement - b.statement);
  const chosen: typeof candidates = [];
  for (const c of candidates) {
    if (chosen.length >= count) break;
    if (chosen.some((d) => cosine(vectors[d.statement]!, vectors[c.statement]!) >= MAX_OVERLAP)) continue;
    chosen.push(c);
  }
  return chosen.map((c) => ({ fact: c.fact.index, statement: c.statement }));
}

/** What a citation check needs of a statement: its article and the figures and dates it states. */
export interface CitedStatement {
  article: number;
  quantities: readonly Quantity[];
  dates: readonly DateMention[];
}

export interface Citations {
  /** Its own article and those whose statements of the fact carry every figure and date the sentence states (input order). */
  full: number[];
  /** Articles that report the fact but leave out a figure or date the sentence states. */
  partial: number[];
}

/**
 * Which articles support a summary sentence as written. An article that reports the fact supports the sentence only
 * when its statements of the fact carry each figure (quantitiesAgree) and each resolved date the sentence states, and
 * when it is not on the other side of one of the fact's conflicts (`opposed`); "the first visit in 24 years" is not
 * supported in full by an article that says only "the first visit". Opposed articles are cited neither way: the
 * conflict id carries them.
 */
export function citationsFor(
  chosen: CitedStatement,
  factStatements: readonly CitedStatement[],
  opposed: ReadonlySet<number>,
): Citations {
  const full = [chosen.article];
  const partial: number[] = [];
  const others = [...new Set(factStatements.map((s) => s.article))].filter((k) => k !== chosen.article).sort((a, b) => a - b);
  const dated = chosen.dates.filter((d) => d.value !== null);
  for (const k of others) {
    if (opposed.has(k)) continue;
    const mine = factStatements.filter((s) => s.article === k);
    const figures = chosen.quantities.every((q) => mine.some((s) => s.quantities.some((r) => quantitiesAgree(q, r))));
    const dates = dated.every((d) => mine.some((s) => s.dates.some((e) => e.value !== null && datesOverlap(d, e))));
    (figures && dates ? full : partial).push(k);
  }
  return { full: full.sort((a, b) => a - b), partial };
}

/** Two resolved dates name the same time when one's span holds the other's start ('2024-06' holds '2024-06-20'). */
function datesOverlap(a: DateMention, b: DateMention): boolean {
  const span = (d: DateMention): [string, string] => [d.value!, d.until ?? d.value!];
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  const within = (x: string, lo: string, hi: string) => x.startsWith(lo) || x.startsWith(hi) || (x >= lo && x <= hi);
  return within(b0, a0, a1) || within(a0, b0, b1);
}
