/**
 * Navigation left in the text: lines made only of "التالي", "السابق", "Next Previous", "الصفحة الرئيسية", slider
 * arrows and the like (3alyoum's photo slider leaves "Next Previous" above the text).
 */
import { isContent, keyOf, remove, wordsOf } from './helpers.js';
import type { CleanPass } from './types.js';

const NAV_WORDS = new Set([
  'next', 'previous', 'prev', 'back', 'home', 'more', 'التالي', 'السابق', 'التاليه', 'السابقه', 'التالية', 'السابقة',
  'الصفحه', 'الصفحة', 'الرئيسيه', 'الرئيسية', 'الخبر', 'المقال', 'عوده', 'عودة', 'رجوع', 'للاعلي', 'الي', 'الاعلي',
]);
const MAX_NAV_WORDS = 5;

export const navigation: CleanPass = (ctx) => {
  for (const line of ctx.lines) {
    if (!isContent(ctx, line.index) || wordsOf(ctx, line.index) > MAX_NAV_WORDS) continue;
    const words = keyOf(ctx, line.index).split(' ');
    // Two nav words at least ("الخبر التالي", "Next Previous"); a lone "التالي" can end a sentence-less list item.
    if (words.length >= 2 && words.every((w) => NAV_WORDS.has(w))) remove(ctx, line.index, 'navigation');
  }
};
