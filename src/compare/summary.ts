/**
 * The summary: a few statements that cover the most-confirmed facts without saying one thing twice. Facts are
 * ranked by independent accounts (wire copies count once), then by how many articles carry them, then by how central
 * they are to the story (cosine to the sum of all statements); a fact whose statement repeats one already chosen
 * (MAX_OVERLAP) is passed over. The chosen statements are given in story order, each citing the articles that
 * support its fact.
 */
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
