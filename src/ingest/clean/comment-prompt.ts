/**
 * Comment widgets and comment policies: "اترك رد", "أضف تعليقاً", "إضافة تعليق جديد", "لن يتم نشر عنوان بريدك
 * الإلكتروني", and the paragraphs news sites print above their comment threads ("ترحب شبكة CNN بالنقاش الحيوي …
 * مراجعة التعليقات قبل نشرها").
 */
import { isContent, keyOf, matchLine, maxWordsOf, remove, rules, wordsOf } from './helpers.js';
import type { CleanPass } from './types.js';

const PROMPTS = [
  ...rules('start', 8, [
    'اترك رد', 'اترك ردا', 'اترك تعليقا', 'اترك تعليق', 'اترك تعليقك', 'أضف تعليق', 'أضف تعليقا', 'أضف تعليقك',
    'إضافة تعليق', 'اكتب تعليقك', 'اكتب تعليقا', 'أرسل تعليقك', 'أرسل تعليقا', 'شارك برأيك', 'عدد التعليقات',
    'لا توجد تعليقات', 'كن أول من يعلق', 'كن أول من يعلّق', 'التعليقات مغلقة', 'إلغاء الرد', 'تعليقات الفيسبوك',
    'leave a reply', 'leave a comment', 'add a comment', 'post a comment', 'no comments',
  ]),
  ...rules('exact', 3, ['التعليقات', 'تعليقات', 'تعليق', 'علق', 'comments', 'comment', 'التعليق']),
  ...rules('contains', 80, [
    'لن يتم نشر عنوان بريدك الإلكتروني', 'لن يتم نشر بريدك الإلكتروني', 'الحقول الإلزامية مشار إليها',
    'مراجعة التعليقات قبل نشرها', 'التعليقات المنشورة لا تعبر', 'التعليقات لا تعبر', 'your email address will not be published',
  ]),
];
const MAX_WORDS = maxWordsOf(PROMPTS);
/** Long lines can only match the 'contains' rules or the welcome, which all contain one of these. */
const MAYBE_LONG = /تعليق|بريدك|الحقول|ترحب|email/iu;
/** "ترحب شبكة CNN بالنقاش الحيوي والمفيد": a comment-thread welcome. */
const WELCOME = /^ترحب .{0,40}بالنقاش/u;

export const commentPrompt: CleanPass = (ctx) => {
  for (const line of ctx.lines) {
    if (!isContent(ctx, line.index)) continue;
    const words = wordsOf(ctx, line.index);
    if (words > MAX_WORDS || (words > 8 && !MAYBE_LONG.test(line.text))) continue;
    if (matchLine(ctx, line.index, PROMPTS, MAX_WORDS) || WELCOME.test(keyOf(ctx, line.index))) remove(ctx, line.index, 'comment-prompt');
  }
};
