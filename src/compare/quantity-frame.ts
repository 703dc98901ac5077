/**
 * The words around a figure: what it counts is in its head noun, but what happened to what it counts is in the
 * words beside it ("يؤديها أكثر من ألف مصل على دفعتين" against "استشهاد 15 مصلياً، خمسة منهم"). Two figures of one
 * noun are one disputed count only when their frames share a word: a verb, a place, a name, a qualifier.
 */
import { normalizeKey } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import type { Statement } from './prepare.js';

/** Content words taken on each side of a figure, inside its statement. */
export const FRAME_WORDS = 5;

/** Stems of the content words around `q` in `s` (up to FRAME_WORDS on each side), less the figure's own words. */
export function frameStems(s: Statement, q: { start: number; end: number }): Set<string> {
  const before: string[] = [];
  const after: string[] = [];
  for (const w of s.words) {
    if (w.end <= q.start) before.push(w.norm);
    else if (w.start >= q.end) after.push(w.norm);
  }
  const words = [...before.slice(-FRAME_WORDS), ...after.slice(0, FRAME_WORDS)];
  return new Set(words.map(stem).filter((x) => x.length > 1));
}

/** Do the frames of two figures share a word? */
export function sameFrame(a: Statement, qa: { start: number; end: number }, b: Statement, qb: { start: number; end: number }): boolean {
  const fa = frameStems(a, qa);
  for (const x of frameStems(b, qb)) if (fa.has(x)) return true;
  return false;
}

function entityForm(text: string): string {
  return normalizeKey(text).replace(/^(?:[وفبلك]?ال|[وفبلك])(?=\S{3,})/, '');
}

/**
 * Do two statements speak of the same named things? False only when both name something (a place, a body, a person)
 * and neither names anything the other's sentence holds: "مؤشر سوق الأسهم السعودية … 135.65 نقطة" and "مؤشر بورصة
 * بيروت … 1171.01 نقطة" count points of two markets.
 */
export function sameEntities(a: Statement, textA: string, b: Statement, textB: string): boolean {
  if (a.entities.length === 0 || b.entities.length === 0) return true;
  const sa = normalizeKey(textA.slice(a.sentenceStart, a.sentenceEnd));
  const sb = normalizeKey(textB.slice(b.sentenceStart, b.sentenceEnd));
  for (const e of a.entities) { const f = entityForm(e.text); if (f.length >= 2 && sb.includes(f)) return true; }
  for (const e of b.entities) { const f = entityForm(e.text); if (f.length >= 2 && sa.includes(f)) return true; }
  return false;
}
