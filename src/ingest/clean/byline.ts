/**
 * A byline at the head of the text — "بقلم: …", "كتب: …", "حوار: …", "تقرير: …", "By …" — becomes `author`.
 * Only short lines among the first three are read: "كتب الوزير رسالة…" is a sentence, not a byline.
 * A first line of two short parts joined by a dash — "سلوى المدني ـ عين اليوم" (reporter and outlet), "الرياض -
 * محمد العلي" — standing above the text is a credit line too; which part is the name cannot be told, so the line is
 * kept as the author as written.
 */
import { contentLines, remove, wordsOf } from './helpers.js';
import type { CleanPass } from './types.js';

const BYLINE = /^\s*(?:بقلم|كتب|كتبت|كتبه|كتبها|إعداد|اعداد|حوار|تقرير|متابعة|تحرير|بواسطة|المحرر|by)\s*[:：\-–—]\s*(\S.*?)\s*$/iu;
const BYLINE_NO_COLON = /^\s*(?:بقلم|by)\s+(\S.*?)\s*$/iu;
const MAX_BYLINE_WORDS = 7;
/** Two parts of one to three words around " - ", " – ", " — " or a spaced tatweel " ـ ". */
const CREDIT_LINE = /^\s*([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})\s+[-–—ـ]\s+([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})\s*$/u;
/** The text under a credit line must be prose, not another short line. */
const MIN_NEXT_WORDS = 8;

export const byline: CleanPass = (ctx) => {
  const lines = contentLines(ctx);
  const first = lines[0];
  if (first !== undefined && lines[1] !== undefined && CREDIT_LINE.test(ctx.lines[first]!.text) && wordsOf(ctx, lines[1]) >= MIN_NEXT_WORDS) {
    remove(ctx, first, 'byline');
    ctx.meta.author ??= ctx.lines[first]!.text.trim();
    return;
  }
  for (const i of lines.slice(0, 3)) {
    const text = ctx.lines[i]!.text;
    if (wordsOf(ctx, i) > MAX_BYLINE_WORDS) continue;
    const m = BYLINE.exec(text) ?? BYLINE_NO_COLON.exec(text);
    if (!m) continue;
    remove(ctx, i, 'byline');
    ctx.meta.author ??= m[1]!.replace(/[\s\u00a0]+$/u, '');
    return;
  }
};
