/**
 * Lines with no word in them: separators ("***", "|", "—") and the small counters share widgets leave ("0",
 * "12"). Longer numbers stay: a list of admission numbers or a table column is the article's data. Reading time
 * badges ("2min") go too.
 */
import { isBlank, INVISIBLE_OR_SPACE } from './lines.js';
import { remove } from './helpers.js';
import type { CleanPass } from './types.js';

const HAS_LETTER = /\p{L}/u;
const MAX_COUNTER_DIGITS = 3;
/** Reading-time badges: "2min", "3 دقائق قراءة", "5 min read". */
const READING_TIME = /^\s*\d{1,3}\s*(?:min|mins|minutes?|دقيقة|دقائق|د)(?:\s*(?:read|قراءة|للقراءة))?\s*$/iu;

export const fragment: CleanPass = (ctx) => {
  for (const line of ctx.lines) {
    if (isBlank(line.text) || INVISIBLE_OR_SPACE.test(line.text)) continue;
    if (READING_TIME.test(line.text) || (!HAS_LETTER.test(line.text) && (line.text.match(/\p{N}/gu)?.length ?? 0) <= MAX_COUNTER_DIGITS)) {
      remove(ctx, line.index, 'fragment');
    }
  }
};
