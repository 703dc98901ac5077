/**
 * Author boxes: a heading "عن الكاتب", "نبذة عن الكاتب", "مقالات الكاتب" and the lines of its block (the name and
 * biography that follow it up to the next blank line).
 */
import { isContent, isGap, matchLine, remove, rules, wordsOf } from './helpers.js';
import type { CleanPass } from './types.js';

const HEADINGS = [
  ...rules('start', 6, ['عن الكاتب', 'نبذة عن الكاتب', 'عن المؤلف', 'نبذة عن المؤلف', 'مقالات الكاتب', 'مقالات أخرى للكاتب', 'المزيد من مقالات الكاتب', 'كل مقالات', 'about the author']),
  ...rules('exact', 2, ['الكاتب', 'الكاتبة', 'المؤلف', 'author']),
];
/** A biography line is short; a long line after the heading is already the next text. */
const MAX_BOX_LINE_WORDS = 60;

export const authorBox: CleanPass = (ctx) => {
  for (const line of ctx.lines) {
    if (!isContent(ctx, line.index)) continue;
    if (!matchLine(ctx, line.index, HEADINGS)) continue;
    remove(ctx, line.index, 'author-box');
    for (let j = line.index + 1; j < ctx.lines.length && !isGap(ctx, j); j++) {
      if (isContent(ctx, j) && wordsOf(ctx, j) <= MAX_BOX_LINE_WORDS) remove(ctx, j, 'author-box');
    }
  }
};
