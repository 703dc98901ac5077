/**
 * The learned half of the letter costs (./letters.ts holds the hand-set half). The tables in
 * ./letter-costs.generated.ts are built by `npm run train:names` (scripts/train-names.ts) from CC0 Wikidata
 * transliterations; the matcher uses a mix of the two, with the learned share below: the hand-set costs carry
 * variation the training file has little of (vowel letters left out, as many Arabic spellings do), the learned ones
 * what a hand cannot weigh letter by letter and position by position (a last letter swapped or added is more often
 * another name: سيمون / سيموني، بيري / بيرو). The shares are the ones that gave the best precision at recall 0.80 on
 * the tuning half of ../shared/data/name-variants (grid 0–1, see eval/names-quotes.ts).
 */
import { NAME_LETTERS } from './fold.js';
import { LEARNED_EVIDENCE, LEARNED_GAP, LEARNED_SUBSTITUTION } from './letter-costs.generated.js';

/** Share of the learned cost in a substitution. */
export const LEARNED_SUBSTITUTION_SHARE = 0.4;
/** Share of the learned cost in a letter added or dropped (context rules such as doubled letters stay hand-set). */
export const LEARNED_GAP_SHARE = 0.2;

/** Where in its word an edit falls: the first letter, inside, or the last letter. */
export type LetterPosition = 0 | 1 | 2;
export const INITIAL: LetterPosition = 0;
export const MEDIAL: LetterPosition = 1;
export const FINAL: LetterPosition = 2;

const letterIndex = new Map([...NAME_LETTERS].map((c, i) => [c, i]));

/**
 * A learned cost gets half its share when its rarer letter was seen this many times at that position in training,
 * and the share grows towards the full one with more: ظ or a final ص, seen once or twice, keep their hand-set cost.
 */
const EVIDENCE_HALF = 10;

/** A learned cost and how far to trust it: the share of it in the mixed cost (0 when there is no evidence). */
export interface Learned {
  cost: number;
  share: number;
}

function trust(seen: number, share: number): number {
  return (share * seen) / (seen + EVIDENCE_HALF);
}

/** The learned cost of writing `b` for `a` at `position`, or null when a letter is not in the table. */
export function learnedSubstitution(a: string, b: string, position: LetterPosition): Learned | null {
  const x = letterIndex.get(a);
  const y = letterIndex.get(b);
  if (x === undefined || y === undefined) return null;
  const seen = Math.min(LEARNED_EVIDENCE[position]![x]!, LEARNED_EVIDENCE[position]![y]!);
  return { cost: LEARNED_SUBSTITUTION[position]![x * NAME_LETTERS.length + y]!, share: trust(seen, LEARNED_SUBSTITUTION_SHARE) };
}

/** The learned cost of adding or dropping `letter` at `position`, or null when it is not in the table. */
export function learnedGap(letter: string, position: LetterPosition): Learned | null {
  const x = letterIndex.get(letter);
  if (x === undefined) return null;
  return { cost: LEARNED_GAP[position]![x]!, share: trust(LEARNED_EVIDENCE[position]![x]!, LEARNED_GAP_SHARE) };
}
