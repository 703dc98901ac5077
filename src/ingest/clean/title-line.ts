/**
 * The headline. When the title is known (a record's `title`, the HTML metadata), lines near the top that repeat it
 * are removed — pages often print it twice, in the header and again above the body. When it is not known (a plain
 * text file), the first line is taken as the title when the file starts with it and a blank line follows it, it is
 * short (at most 30 words and 250 characters), does not end with a full stop and more text follows: the layout of
 * a headline, as at the top of the seed 001. A first line followed directly by another line is a paragraph (the
 * seed 000 opens that way).
 */
import { countWords, isBlank } from './lines.js';
import { contentLines, isGap, keyOf, lineKey, remove } from './helpers.js';
import type { CleanPass } from './types.js';

/** How far down a repeated headline is looked for, in content lines. */
const HEAD_LINES = 8;
const MAX_TITLE_WORDS = 30;
const MAX_TITLE_CHARS = 250;

export const titleLine: CleanPass = (ctx) => {
  const lines = contentLines(ctx);
  if (lines.length === 0) return;
  const known = ctx.knownTitle ? lineKey(ctx.knownTitle) : '';
  if (known) {
    for (const i of lines.slice(0, HEAD_LINES)) {
      if (keyOf(ctx, i) === known) remove(ctx, i, 'title');
    }
    return;
  }
  if (ctx.format !== 'text') return;
  const first = lines[0]!;
  const line = ctx.lines[first]!;
  const startsFile = ctx.lines.slice(0, first).every((l) => isBlank(l.text));
  const text = line.text.trim();
  if (!startsFile || lines.length < 2 || !isGap(ctx, first + 1)) return;
  if (countWords(text) > MAX_TITLE_WORDS || text.length > MAX_TITLE_CHARS || /[.。]$/.test(text)) return;
  remove(ctx, first, 'title');
  ctx.meta.title = text;
};
