/** What the quote passes share: a cue (a reporting verb found in a sentence) and quotation-pair lookups. */
import type { Token } from '../../text/types.js';
import type { VerbForm } from './lexicon.js';
import type { QuotePair } from './quote-marks.js';
import type { Speaker, SpeakerFeatures, TextSpan } from './types.js';

export interface Cue {
  index: number;
  form: VerbForm;
  verb: TextSpan;
  speaker?: Speaker;
  features: SpeakerFeatures;
  /** Where the content starts (offset), and whether it opens with a quotation pair. */
  contentStart?: number;
  /** Token index of the first content token. */
  contentToken?: number;
  /** What opened the content: a complementiser or colon (reported content), or a quotation reached directly. */
  opener?: 'complementiser' | 'colon' | 'mark';
  /** The comma (or end) that closes this cue's clause, set once the next cue is known. */
  clauseEnd: number;
  /** Inside another cue's content: part of what was said. */
  nested?: boolean;
  /** The verb of a relative clause (… القحطاني الذي تساءل …): its subject is not the sentence's speaker. */
  relative?: boolean;
}

export const isPunctText = (t: Token, ...marks: string[]) => t.kind === 'punct' && marks.includes(t.text);

/** True when `offset` lies strictly inside a quotation. */
export function insidePair(pairs: readonly QuotePair[], offset: number): boolean {
  // Pairs are sorted and disjoint: binary search.
  let lo = 0;
  let hi = pairs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pairs[mid]!;
    if (offset <= p.open) hi = mid - 1;
    else if (offset >= p.close) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Quotation pairs lying wholly in [start, end), by binary search over the sorted pairs. */
export function pairsWithin(pairs: readonly QuotePair[], start: number, end: number): QuotePair[] {
  let lo = 0;
  let hi = pairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid]!.open < start) lo = mid + 1; else hi = mid;
  }
  const out: QuotePair[] = [];
  for (let k = lo; k < pairs.length && pairs[k]!.open < end; k++) if (pairs[k]!.close < end) out.push(pairs[k]!);
  return out;
}
