/**
 * Related-link blocks: a heading — "قد يهمك", "اقرأ أيضاً", "مواضيع ذات صلة", "الأكثر قراءة" — and the link titles
 * listed under it; or a single line "اقرأ أيضاً: <title of another article>". Link titles are short lines without
 * a full stop; the list ends at the first line that reads as prose, or after the heading's block and the next one.
 */
import { countWords, endsLikeSentence } from './lines.js';
import { isContent, isGap, matchLine, remove, rules } from './helpers.js';
import type { CleanContext, CleanPass } from './types.js';

const PHRASES = [
  'قد يهمك', 'قد يهمك أيضا', 'يهمك أيضا', 'اقرأ أيضا', 'اقرأ كذلك', 'اقرأ المزيد', 'اقرأ أكثر', 'اقرأ', 'إقرأ أيضا',
  'مواضيع ذات صلة', 'أخبار ذات صلة', 'مقالات ذات صلة', 'روابط ذات صلة', 'موضوعات ذات صلة', 'ذات صلة', 'مواضيع متعلقة',
  'أخبار متعلقة', 'مواضيع مشابهة', 'أخبار مشابهة', 'شاهد أيضا', 'شاهد أيضاً', 'شاهد', 'تابع أيضا', 'اخترنا لك',
  'ننصحك بقراءة', 'المزيد من الأخبار', 'المزيد', 'الأكثر قراءة', 'الأكثر تصفحا', 'الأكثر مشاهدة', 'الأكثر تداولا',
  'الأكثر شعبية', 'آخر الأخبار', 'أحدث الأخبار', 'أخبار أخرى', 'رابط الخبر', 'رابط المقال', 'رابط دائم', 'طالع أيضا',
  'read more', 'read also', 'related', 'related articles', 'see also', 'you may also like', 'more stories',
];
const HEADINGS = rules('exact', 6, PHRASES);
/** "اقرأ أيضاً: عنوان مقال آخر" on one line. */
const INLINE = rules('start', 30, PHRASES.filter((p) => p !== 'شاهد' && p !== 'المزيد' && p !== 'اقرأ'));
const MAX_LINK_WORDS = 20;
/** How many lines a related-link list may run to. */
const MAX_LIST_LINES = 12;

function looksLikeLinkTitle(text: string): boolean {
  const words = countWords(text);
  return words > 0 && words <= MAX_LINK_WORDS && !(endsLikeSentence(text) && words > 8);
}

/** Removes the link titles under a heading: the rest of its block, or the next block when it stands alone. */
function removeList(ctx: CleanContext, heading: number): void {
  let j = heading + 1;
  if (isGap(ctx, j)) while (j < ctx.lines.length && isGap(ctx, j)) j++;
  for (let taken = 0; j < ctx.lines.length && !isGap(ctx, j) && taken < MAX_LIST_LINES; j++) {
    if (!isContent(ctx, j)) continue;
    if (!looksLikeLinkTitle(ctx.lines[j]!.text)) return;
    remove(ctx, j, 'related-links');
    taken++;
  }
}

export const relatedLinks: CleanPass = (ctx) => {
  for (const line of ctx.lines) {
    if (!isContent(ctx, line.index)) continue;
    if (matchLine(ctx, line.index, HEADINGS)) {
      remove(ctx, line.index, 'related-links');
      removeList(ctx, line.index);
    } else if (matchLine(ctx, line.index, INLINE) && /[:：-]/.test(line.text)) {
      remove(ctx, line.index, 'related-links');
    }
  }
};
