/**
 * How alike two articles of a story are, by dimension, each 0..1:
 * - geography: the places they name (canonical LOC entities, weighted Jaccard over mention counts);
 * - entities: the people, organisations and other names (the other entity types, same measure);
 * - time: the days their events fall on (share of each article's dated days the other has too, averaged); with no
 *   dated event in either, how close their publication dates are (a day apart: 0.5); null when neither is known
 *   for both (no dated event and a publication date missing): unknown is not "far apart";
 * - narrative: the share of their statements that are in facts both report, averaged with the cosine of their
 *   whole texts;
 * - overall: 0.35 narrative + 0.25 entities + 0.2 geography + 0.2 time (without time, the other weights scaled to 1).
 */
export interface ArticleProfile {
  places: Map<number, number>;
  names: Map<number, number>;
  days: Set<string>;
  published?: string;
  /** Sum of the article's statement vectors, normalised. */
  vector: Map<string, number>;
  statements: number;
}

export const OVERALL_WEIGHTS = { narrative: 0.35, entities: 0.25, geography: 0.2, time: 0.2 };

export function weightedJaccard(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): number {
  let min = 0;
  let max = 0;
  for (const [k, x] of a) { const y = b.get(k) ?? 0; min += Math.min(x, y); max += Math.max(x, y); }
  for (const [k, y] of b) if (!a.has(k)) max += y;
  return max > 0 ? min / max : 0;
}

function dayShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inB = 0;
  for (const d of a) if (b.has(d)) inB++;
  let inA = 0;
  for (const d of b) if (a.has(d)) inA++;
  return (inB / a.size + inA / b.size) / 2;
}

function publicationCloseness(a?: string, b?: string): number | null {
  if (!a || !b) return null;
  const ms = (s: string) => Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00Z` : s);
  const d = Math.abs(ms(a) - ms(b)) / 86_400_000;
  return Number.isFinite(d) ? 1 / (1 + d) : null;
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;
}

export function profileSimilarity(a: ArticleProfile, b: ArticleProfile, sharedStatements: { a: number; b: number }) {
  const geography = weightedJaccard(a.places, b.places);
  const entities = weightedJaccard(a.names, b.names);
  const time = a.days.size || b.days.size ? dayShare(a.days, b.days) : publicationCloseness(a.published, b.published);
  let dot = 0;
  for (const [t, x] of a.vector) { const y = b.vector.get(t); if (y !== undefined) dot += x * y; }
  const factShare = a.statements + b.statements > 0 ? (sharedStatements.a + sharedStatements.b) / (a.statements + b.statements) : 0;
  const narrative = (factShare + Math.min(1, dot)) / 2;
  const w = OVERALL_WEIGHTS;
  const known = w.narrative * narrative + w.entities * entities + w.geography * geography;
  const overall = time === null ? known / (1 - w.time) : known + w.time * time;
  return { geography: round(geography), entities: round(entities), time: time === null ? null : round(time), narrative: round(narrative), overall: round(overall) };
}
