/** Newsletter and subscription boxes: "اشترك في النشرة البريدية", "أدخل بريدك الإلكتروني", "إشترك لمشاهدة …". */
import { endsLikeSentence } from './lines.js';
import { isContent, matchLine, remove, rules, wordsOf } from './helpers.js';
import type { CleanPass } from './types.js';

const PROMPTS = [
  ...rules('start', 15, [
    'اشترك في النشرة', 'اشترك في نشرتنا', 'اشترك بالنشرة', 'اشترك الآن', 'اشترك مجانا', 'اشترك لمشاهدة', 'اشترك ليصلك',
    'اشترك للحصول', 'سجل بريدك', 'أدخل بريدك', 'ادخل بريدك الإلكتروني', 'النشرة البريدية', 'النشرة الإخبارية',
    'احصل على آخر الأخبار', 'ليصلك كل جديد', 'subscribe to', 'sign up for', 'subscribe now',
  ]),
  ...rules('exact', 3, ['اشترك', 'اشتراك', 'إشترك', 'subscribe', 'newsletter']),
  ...rules('contains', 20, ['النشرة البريدية', 'بريدك الإلكتروني للاشتراك']),
];

export const newsletter: CleanPass = (ctx) => {
  for (const line of ctx.lines) {
    if (!isContent(ctx, line.index)) continue;
    // A newsletter prompt is a call to action, not a reported sentence ending with a full stop.
    if (endsLikeSentence(line.text) && wordsOf(ctx, line.index) > 6 && !/[:!]\s*$/.test(line.text)) continue;
    if (matchLine(ctx, line.index, PROMPTS)) remove(ctx, line.index, 'newsletter');
  }
};
