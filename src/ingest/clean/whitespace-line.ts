/**
 * Lines of no-break spaces, zero-width characters or stray spaces (scraped pages are full of "&nbsp;" paragraphs,
 * as in the seed 001). Lines that are exactly empty are paragraph breaks and are not reported.
 */
import { INVISIBLE_OR_SPACE } from './lines.js';
import { remove } from './helpers.js';
import type { CleanPass } from './types.js';

export const whitespaceLine: CleanPass = (ctx) => {
  for (const line of ctx.lines) {
    if (line.text.length > 0 && INVISIBLE_OR_SPACE.test(line.text)) remove(ctx, line.index, 'whitespace-line');
  }
};
