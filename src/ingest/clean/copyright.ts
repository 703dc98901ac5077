/**
 * Copyright and terms footers: "جميع الحقوق محفوظة", "©", "حقوق النشر", "شروط الاستخدام", and the disclaimer "الآراء
 * الواردة … لا تعبر عن رأي …". A strong marker removes a line of any length among the last three content lines
 * (the seed 001's footer is one long line); higher up only a short line goes, since a report may quote the phrase.
 */
import { contentLines, hasPhrase, keyOf, lineKey, remove, wordsOf } from './helpers.js';
import type { CleanPass } from './types.js';

const STRONG = ['جميع الحقوق محفوظة', 'جميع الحقوق محفوظه', 'الحقوق محفوظة', 'حقوق النشر محفوظة', 'حقوق الطبع محفوظة', 'حقوق النشر', 'حقوق الطبع والنشر', 'all rights reserved', 'copyright'].map(lineKey);
const TERMS = ['شروط الاستخدام', 'شروط الخدمة', 'سياسة الخصوصية', 'بيان الخصوصية', 'اتفاقية الاستخدام', 'terms of use', 'privacy policy'].map(lineKey);
const DISCLAIMER = /(الاراء|المقالات|التعليقات|المواد) .{0,60}(لا تعبر|لا تعكس|لا تمثل) .{0,30}(راي|اراء|وجهه نظر|وجهة نظر)/u;
/** Every marker above contains one of these (raw text, before normalisation). */
const MAYBE = /©|حقوق|copyright|rights|شروط|سياس|بيان|اتفاقي|terms|privacy|تعبر|تعكس|تمثل/iu;
const TAIL_LINES = 3;
const MAX_WORDS_ELSEWHERE = 15;

export const copyright: CleanPass = (ctx) => {
  const lines = contentLines(ctx);
  const tail = new Set(lines.slice(-TAIL_LINES));
  for (const i of lines) {
    const text = ctx.lines[i]!.text;
    const words = wordsOf(ctx, i);
    // A long line far from the end cannot be a footer; do not key it.
    if (!tail.has(i) && words > 40) continue;
    // Cheap test on the raw line first: most lines have none of the words the markers are made of.
    if (!MAYBE.test(text)) continue;
    const key = keyOf(ctx, i);
    const strong = text.includes('©') || hasPhrase(key, STRONG) !== undefined;
    const terms = words <= 8 && hasPhrase(key, TERMS) !== undefined;
    const disclaimer = DISCLAIMER.test(key) && (tail.has(i) || words <= 40);
    if ((strong && (tail.has(i) || words <= MAX_WORDS_ELSEWHERE)) || terms || disclaimer) remove(ctx, i, 'copyright');
  }
};
