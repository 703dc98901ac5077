/**
 * Author boxes: a heading "عن الكاتب", "نبذة عن الكاتب", "مقالات الكاتب" and the lines of its block (the name and
 * biography that follow it up to the next blank line); and the columnist's contact lines under an opinion piece — a
 * line that is only an e-mail address, or "للتواصل أرسل رسالة نصية …".
 */
import { isContent, isGap, matchLine, remove, rules, wordsOf } from './helpers.js';
import type { CleanPass } from './types.js';

const HEADINGS = [
  ...rules('start', 6, ['عن الكاتب', 'نبذة عن الكاتب', 'عن المؤلف', 'نبذة عن المؤلف', 'مقالات الكاتب', 'مقالات أخرى للكاتب', 'المزيد من مقالات الكاتب', 'كل مقالات', 'about the author']),
  ...rules('exact', 2, ['الكاتب', 'الكاتبة', 'المؤلف', 'author']),
];
/** A biography line is short; a long line after the heading is already the next text. */
const MAX_BOX_LINE_WORDS = 60;

const EMAIL_ONLY = /^[\s\u200e\u200f]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\s\u200e\u200f.]*$/u;
const CONTACT = /^\s*(?:للتواصل|للتواصل مع الكاتب|للتعليق على المقال|تويتر\s*:|twitter\s*:|e-?mail\s*:|البريد الإلكتروني\s*:)/iu;
const MAX_CONTACT_WORDS = 40;
/** A continuation line that ends a sentence with a full stop is prose again. */
const endsLikeSentenceProse = (text: string) => /[.!؟?]["»”]?\s*$/u.test(text) && !/\d/.test(text);

export const authorBox: CleanPass = (ctx) => {
  for (const line of ctx.lines) {
    if (!isContent(ctx, line.index)) continue;
    if (EMAIL_ONLY.test(line.text) || (CONTACT.test(line.text) && wordsOf(ctx, line.index) <= MAX_CONTACT_WORDS)) {
      remove(ctx, line.index, 'author-box');
      // The instructions run on over the next short lines of the block ("تبدأ بالرمز (41) ثم مسافة …").
      for (let j = line.index + 1; j < ctx.lines.length && !isGap(ctx, j) && wordsOf(ctx, j) <= MAX_CONTACT_WORDS; j++) {
        if (isContent(ctx, j) && !endsLikeSentenceProse(ctx.lines[j]!.text)) remove(ctx, j, 'author-box');
      }
      continue;
    }
    if (!matchLine(ctx, line.index, HEADINGS)) continue;
    remove(ctx, line.index, 'author-box');
    for (let j = line.index + 1; j < ctx.lines.length && !isGap(ctx, j); j++) {
      if (isContent(ctx, j) && wordsOf(ctx, j) <= MAX_BOX_LINE_WORDS) remove(ctx, j, 'author-box');
    }
  }
};
