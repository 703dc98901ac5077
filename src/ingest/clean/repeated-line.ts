/**
 * Lines repeated verbatim (white space aside): the first occurrence stays, later copies are kept aside. A sentence
 * repeated inside longer lines (the seed 000 says "ووصفت الخارجية الأمريكية تعميق العلاقات …" twice) is not a
 * repeated line; cutting inside lines is left to the comparison, which aligns sentences.
 */
import { contentLines, remove, wordsOf } from './helpers.js';
import type { CleanPass } from './types.js';

/** Two-word lines repeat legitimately less often than they repeat as widgets; one-word lines are left alone. */
const MIN_WORDS = 2;

export const repeatedLine: CleanPass = (ctx) => {
  const seen = new Set<string>();
  for (const i of contentLines(ctx)) {
    const text = ctx.lines[i]!.text;
    if (wordsOf(ctx, i) < MIN_WORDS) continue;
    const key = text.replace(/[\s\u00a0]+/gu, ' ').trim();
    if (seen.has(key)) remove(ctx, i, 'repeated-line');
    else seen.add(key);
  }
};
