/**
 * A byline at the head of the text — "بقلم: …", "كتب: …", "حوار: …", "تقرير: …", "By …" — becomes `author`.
 * Only short lines among the first three are read: "كتب الوزير رسالة…" is a sentence, not a byline.
 */
import { countWords } from './lines.js';
import { contentLines, remove } from './helpers.js';
import type { CleanPass } from './types.js';

const BYLINE = /^\s*(?:بقلم|كتب|كتبت|كتبه|كتبها|إعداد|اعداد|حوار|تقرير|متابعة|تحرير|بواسطة|المحرر|by)\s*[:：\-–—]\s*(\S.*?)\s*$/iu;
const BYLINE_NO_COLON = /^\s*(?:بقلم|by)\s+(\S.*?)\s*$/iu;
const MAX_BYLINE_WORDS = 7;

export const byline: CleanPass = (ctx) => {
  for (const i of contentLines(ctx).slice(0, 3)) {
    const text = ctx.lines[i]!.text;
    if (countWords(text) > MAX_BYLINE_WORDS) continue;
    const m = BYLINE.exec(text) ?? BYLINE_NO_COLON.exec(text);
    if (!m) continue;
    remove(ctx, i, 'byline');
    ctx.meta.author ??= m[1]!.replace(/[\s\u00a0]+$/u, '');
    return;
  }
};
