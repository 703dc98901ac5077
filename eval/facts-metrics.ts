/**
 * Scoring compare's fact alignment against hand-annotated facts (eval/facts-gold.json, eval/FACTS-GOLD.md). Pure:
 * gold units and predicted statements come in as spans of one story, offsets into the same texts.
 *
 * A gold unit (a sentence, or the part of one that states one fact) is mapped to the predicted statements that
 * overlap it by half the shorter of the two or more (any overlap when none does so). Two units of different articles
 * are linked by the comparison when one of their statements shares a fact with one of the other's.
 */

export interface GoldUnit {
  article: number;
  start: number;
  end: number;
  /** Index of the gold fact the unit states. */
  fact: number;
}

export interface GoldConflict {
  kind: string;
  /** The two sides: spans of one article each ([article, start, end]). */
  sides: [Array<[number, number, number]>, Array<[number, number, number]>];
}

export interface PredictedStatement {
  article: number;
  start: number;
  end: number;
  fact: string;
}

export interface PredictedConflict {
  values: Array<{ article: number; start: number; end: number }>;
}

/** Counts of one story or many (summed). */
export interface FactCounts {
  units: number;
  /** Units no statement overlaps. */
  unmapped: number;
  truePairs: number;
  falsePairs: number;
  missedPairs: number;
  sharedFacts: number;
  sharedFactsFound: number;
  uniqueUnits: number;
  uniqueUnitsKept: number;
  conflicts: number;
  conflictsFound: number;
  predictedConflicts: number;
  predictedConflictsRight: number;
}

export function emptyCounts(): FactCounts {
  return {
    units: 0, unmapped: 0, truePairs: 0, falsePairs: 0, missedPairs: 0, sharedFacts: 0, sharedFactsFound: 0,
    uniqueUnits: 0, uniqueUnitsKept: 0, conflicts: 0, conflictsFound: 0, predictedConflicts: 0, predictedConflictsRight: 0,
  };
}

export function addCounts(a: FactCounts, b: FactCounts): FactCounts {
  const out = emptyCounts();
  for (const k of Object.keys(out) as Array<keyof FactCounts>) out[k] = a[k] + b[k];
  return out;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Indices of the statements that stand for a unit. */
export function statementsOfUnit(unit: GoldUnit, statements: readonly PredictedStatement[]): number[] {
  const touching = statements.map((s, i) => ({ i, s, o: s.article === unit.article ? overlap(unit, s) : 0 })).filter((x) => x.o > 0);
  const strong = touching.filter((x) => x.o * 2 >= Math.min(unit.end - unit.start, x.s.end - x.s.start));
  return (strong.length ? strong : touching).map((x) => x.i);
}

export function scoreStory(units: readonly GoldUnit[], conflicts: readonly GoldConflict[], statements: readonly PredictedStatement[], predicted: readonly PredictedConflict[]): FactCounts {
  const c = emptyCounts();
  const factsOf = units.map((u) => new Set(statementsOfUnit(u, statements).map((i) => statements[i]!.fact)));
  c.units = units.length;
  c.unmapped = factsOf.filter((f) => f.size === 0).length;
  const articlesOfPredicted = new Map<string, Set<number>>();
  for (const s of statements) {
    const set = articlesOfPredicted.get(s.fact) ?? new Set<number>();
    set.add(s.article);
    articlesOfPredicted.set(s.fact, set);
  }
  const linked = (x: number, y: number) => [...factsOf[x]!].some((f) => factsOf[y]!.has(f));

  const goldArticles = new Map<number, Set<number>>();
  for (const u of units) {
    const set = goldArticles.get(u.fact) ?? new Set<number>();
    set.add(u.article);
    goldArticles.set(u.fact, set);
  }
  const sharedFound = new Set<number>();
  for (let x = 0; x < units.length; x++) {
    for (let y = x + 1; y < units.length; y++) {
      const u = units[x]!; const v = units[y]!;
      if (u.article === v.article) continue;
      const same = u.fact === v.fact;
      const link = linked(x, y);
      if (same && link) { c.truePairs++; sharedFound.add(u.fact); }
      else if (link) c.falsePairs++;
      else if (same) c.missedPairs++;
    }
  }
  for (const [fact, arts] of goldArticles) {
    if (arts.size > 1) { c.sharedFacts++; if (sharedFound.has(fact)) c.sharedFactsFound++; }
  }
  units.forEach((u, x) => {
    if (goldArticles.get(u.fact)!.size > 1) return;
    c.uniqueUnits++;
    if ([...factsOf[x]!].every((f) => [...articlesOfPredicted.get(f)!].every((a) => a === u.article))) c.uniqueUnitsKept++;
  });

  const touches = (v: PredictedConflict['values'][number], side: ReadonlyArray<[number, number, number]>) =>
    side.some(([article, start, end]) => article === v.article && overlap(v, { start, end }) > 0);
  const matches = (p: PredictedConflict, g: GoldConflict) =>
    p.values.some((v) => touches(v, g.sides[0])) && p.values.some((v) => touches(v, g.sides[1]));
  c.conflicts = conflicts.length;
  c.conflictsFound = conflicts.filter((g) => predicted.some((p) => matches(p, g))).length;
  c.predictedConflicts = predicted.length;
  c.predictedConflictsRight = predicted.filter((p) => conflicts.some((g) => matches(p, g))).length;
  return c;
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

export interface FactFigures {
  pairs: { precision: number | null; recall: number | null; f1: number | null; gold: number; predicted: number };
  sharedFactsFound: number | null;
  uniqueKept: number | null;
  conflicts: { recall: number | null; precision: number | null; gold: number; predicted: number };
  units: number;
  unmapped: number;
}

export function figures(c: FactCounts): FactFigures {
  const p = ratio(c.truePairs, c.truePairs + c.falsePairs);
  const r = ratio(c.truePairs, c.truePairs + c.missedPairs);
  const f1 = p !== null && r !== null && p + r > 0 ? Math.round(((2 * p * r) / (p + r)) * 1000) / 1000 : null;
  return {
    pairs: { precision: p, recall: r, f1, gold: c.truePairs + c.missedPairs, predicted: c.truePairs + c.falsePairs },
    sharedFactsFound: ratio(c.sharedFactsFound, c.sharedFacts),
    uniqueKept: ratio(c.uniqueUnitsKept, c.uniqueUnits),
    conflicts: { recall: ratio(c.conflictsFound, c.conflicts), precision: ratio(c.predictedConflictsRight, c.predictedConflicts), gold: c.conflicts, predicted: c.predictedConflicts },
    units: c.units,
    unmapped: c.unmapped,
  };
}
