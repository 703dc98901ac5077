/**
 * Fact alignment: statements of different articles that say the same thing are joined into one fact.
 *
 * Two statements of two articles are linked when they are each other's best match between those two articles and
 * alike enough (ALIGN.mutual), or each other's best match by a clear margin over either one's second best even when
 * only somewhat alike (ALIGN.weak, ALIGN.margin: two outlets telling one fact in their own words), or very alike
 * whatever else matches (ALIGN.strong: an outlet that says one thing in two places), or when both give a figure for
 * the same counted noun and are otherwise related (ALIGN.figure: that is where figures conflict, "حوالى عشرة
 * اتفاقات" / "15 اتفاقا"; not when the other article gives the same figure in another statement). A one-sided best
 * match is no link: it made stars, one sentence pulling in four of the other article. Inside one article,
 * statements that are nearly the same words (ALIGN.repeat) are one fact said twice. Links are joined transitively
 * (union-find). The thresholds were chosen on the tuning half of eval/facts-gold.json (`node dist/eval/eval.js
 * facts`).
 */
import { statementSimilarity } from './similarity.js';
import type { Statement } from './prepare.js';
import type { Vector } from './vectors.js';

export const ALIGN = {
  /** Mutual best match between two articles. */
  mutual: 0.25,
  /** Mutual best match that stands out: at least `margin` times as alike as either side's second best. */
  weak: 0.1,
  margin: 1.5,
  /** Any pair, best or not. */
  strong: 0.45,
  /** Same counted noun with a figure on both sides. */
  figure: 0.1,
  /** Two groups merge when their statements of different articles are this alike on average (average linkage). */
  groups: 0.24,
  /** Near-identical statements in one article. */
  repeat: 0.8,
};

export interface AlignedGroup {
  statements: number[];
  /** Statements (ids) that repeat an earlier one of the same article. */
  repeats: Set<number>;
}

export interface AlignInput {
  statements: readonly Statement[];
  vectors: readonly Vector[];
  /** Articles that may be compared with each other (same language): pairs of article indices for which this is true. */
  comparable(a: number, b: number): boolean;
  articleCount: number;
  /** Pairs of statements known to say the same thing (the same quote in two articles). */
  links?: ReadonlyArray<[number, number]>;
}

function figureHeads(v: Vector): Set<string> {
  const out = new Set<string>();
  for (const t of v.keys()) if (t.startsWith('q:')) out.add(t);
  return out;
}

/** The figures of a statement with what they count (`n:` terms: value and unit or counted noun). */
function figureValues(v: Vector): string[] {
  const out: string[] = [];
  for (const t of v.keys()) if (t.startsWith('n:')) out.push(t);
  return out;
}

/**
 * Does statement `i` give a figure that a statement of the other article other than `j` gives too (same value, same
 * counted noun)? Then that one is where `i`'s figure is confirmed, and a different figure in `j` is another count
 * (3 shops closed in al-Ahsa, more than 50 in Riyadh and Dammam), not a conflict to align on.
 */
function figureAgreesElsewhere(i: number, j: number, others: readonly number[], vectors: readonly Vector[]): boolean {
  const mine = figureValues(vectors[i]!);
  if (mine.length === 0 || mine.some((t) => vectors[j]!.has(t))) return false;
  return others.some((o) => o !== j && mine.some((t) => vectors[o]!.has(t)));
}

/** The highest value of a row other than the one at `best` (0 for a row of one). */
function secondBest(row: readonly number[], best: number): number {
  let out = 0;
  for (let k = 0; k < row.length; k++) if (k !== best && row[k]! > out) out = row[k]!;
  return out;
}

export function alignStatements(input: AlignInput, thresholds = ALIGN): AlignedGroup[] {
  const { statements, vectors } = input;
  const n = statements.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number) => { const a = find(i); const b = find(j); if (a !== b) parent[Math.max(a, b)] = Math.min(a, b); };
  const byArticle: number[][] = Array.from({ length: input.articleCount }, () => []);
  for (const s of statements) byArticle[s.article]!.push(s.id);
  const repeats = new Set<number>();

  // Repeats inside one article: the later one is the repeat.
  for (const ids of byArticle) {
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) {
        const i = ids[x]!; const j = ids[y]!;
        if (statementSimilarity(vectors[i]!, vectors[j]!) >= thresholds.repeat) { union(i, j); repeats.add(j); }
      }
    }
  }

  for (let a = 0; a < input.articleCount; a++) {
    for (let b = a + 1; b < input.articleCount; b++) {
      if (!input.comparable(a, b)) continue;
      const A = byArticle[a]!; const B = byArticle[b]!;
      if (A.length === 0 || B.length === 0) continue;
      const sim = A.map((i) => B.map((j) => statementSimilarity(vectors[i]!, vectors[j]!)));
      const bestOfA = sim.map((row) => row.indexOf(Math.max(...row)));
      const bestOfB = B.map((_, y) => {
        let best = 0;
        for (let x = 1; x < A.length; x++) if (sim[x]![y]! > sim[best]![y]!) best = x;
        return best;
      });
      const secondOfA = sim.map((row, x) => secondBest(row, bestOfA[x]!));
      const secondOfB = B.map((_, y) => secondBest(sim.map((row) => row[y]!), bestOfB[y]!));
      for (let x = 0; x < A.length; x++) {
        for (let y = 0; y < B.length; y++) {
          const s = sim[x]![y]!;
          const i = A[x]!; const j = B[y]!;
          const mutual = bestOfA[x] === y && bestOfB[y] === x;
          const clear = mutual && s >= thresholds.weak && s >= thresholds.margin * secondOfA[x]! && s >= thresholds.margin * secondOfB[y]!;
          let link = s >= thresholds.strong || (mutual && s >= thresholds.mutual) || clear;
          if (!link && s >= thresholds.figure && !figureAgreesElsewhere(i, j, B, vectors) && !figureAgreesElsewhere(j, i, A, vectors)) {
            const hi = figureHeads(vectors[i]!);
            if (hi.size > 0) for (const h of figureHeads(vectors[j]!)) if (hi.has(h)) { link = true; break; }
          }
          if (link) union(i, j);
        }
      }
    }
  }

  for (const [i, j] of input.links ?? []) union(i, j);
  mergeGroups(input, find, union, thresholds.groups);

  const groups = new Map<number, AlignedGroup>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let g = groups.get(r);
    if (!g) { g = { statements: [], repeats: new Set() }; groups.set(r, g); }
    g.statements.push(i);
    if (repeats.has(i)) g.repeats.add(i);
  }
  return [...groups.values()];
}

/**
 * Average-linkage pass over the linked groups: two groups whose statements of different articles are alike on
 * average join (an outlet's three sentences on a treaty and another's one). Greedy, best pair first, until no pair
 * reaches `threshold`. Only groups with two statements or more start a merge, so a lone statement still needs a link.
 */
function mergeGroups(input: AlignInput, find: (i: number) => number, union: (i: number, j: number) => void, threshold: number): void {
  const { statements, vectors } = input;
  for (let round = 0; round < statements.length; round++) {
    const members = new Map<number, number[]>();
    for (const s of statements) {
      const r = find(s.id);
      const list = members.get(r) ?? [];
      list.push(s.id);
      members.set(r, list);
    }
    const roots = [...members.keys()].filter((r) => members.get(r)!.length > 1);
    let best = threshold;
    let pair: [number, number] | undefined;
    for (let x = 0; x < roots.length; x++) {
      for (let y = x + 1; y < roots.length; y++) {
        let sum = 0;
        let count = 0;
        for (const i of members.get(roots[x]!)!) {
          for (const j of members.get(roots[y]!)!) {
            const a = statements[i]!.article; const b = statements[j]!.article;
            if (a === b || !input.comparable(a, b)) continue;
            sum += statementSimilarity(vectors[i]!, vectors[j]!);
            count++;
          }
        }
        if (count > 0 && sum / count >= best) { best = sum / count; pair = [roots[x]!, roots[y]!]; }
      }
    }
    if (!pair) return;
    union(pair[0], pair[1]);
  }
}
