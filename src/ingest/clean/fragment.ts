/**
 * Lines with no word in them: counters ("0"), separators ("***", "|", "—"), lone numbers left by share widgets.
 * A line holding only a number is not prose either: article numbers inside prose always come with words.
 */
import { isBlank, INVISIBLE_OR_SPACE } from './lines.js';
import { remove } from './helpers.js';
import type { CleanPass } from './types.js';

const HAS_LETTER = /\p{L}/u;

export const fragment: CleanPass = (ctx) => {
  for (const line of ctx.lines) {
    if (isBlank(line.text) || INVISIBLE_OR_SPACE.test(line.text)) continue;
    if (!HAS_LETTER.test(line.text)) remove(ctx, line.index, 'fragment');
  }
};
