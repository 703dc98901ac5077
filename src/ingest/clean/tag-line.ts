/**
 * Tag lists: a line "الوسوم: …", "كلمات مفتاحية: …", "Tags: …", or the same list glued to the end of the last
 * paragraph, as 3alyoum's pages leave it ("… المنتشرة. سمات جدة زمزم علاج"). Glued, the list is cut only after a
 * finished sentence and when it holds no punctuation of its own: "تحمل سمات القيادة." is prose.
 */
import { contentLines, cutSuffix, keyOf, lineRest, remove, wordsOf } from './helpers.js';
import type { CleanPass } from './types.js';

const LABELS = ['الوسوم', 'وسوم', 'سمات', 'كلمات مفتاحية', 'الكلمات المفتاحية', 'كلمات دلالية', 'الكلمات الدلالية', 'tags', 'keywords'];
const LINE = new RegExp(`^[\\s\u200e\u200f\u202a-\u202e]*(?:${LABELS.join('|')})\\s*[:：]?\\s*\\S`, 'iu');
const GLUED = new RegExp(`(?<=[.!؟?»"”]\\s*)(?:${LABELS.join('|')})\\s*[:：]?(?:\\s+[^\\s.،,!؟?:]+){1,15}\\s*$`, 'iu');
const MAX_TAG_LINE_WORDS = 25;

export const tagLine: CleanPass = (ctx) => {
  const lines = contentLines(ctx);
  for (const i of lines) {
    if (wordsOf(ctx, i) > MAX_TAG_LINE_WORDS) continue;
    const text = ctx.lines[i]!.text;
    // A tag line has no sentence in it: no full stop before its end.
    if (LINE.test(text) && !/[.!؟?]\s*\S/.test(text) && keyOf(ctx, i).split(' ').length >= 2) remove(ctx, i, 'tags');
  }
  const last = contentLines(ctx).at(-1);
  if (last === undefined) return;
  const rest = lineRest(ctx, last);
  const m = GLUED.exec(rest.text);
  if (m && m.index > 0) cutSuffix(ctx, last, rest.offset + m.index, 'tags');
};
