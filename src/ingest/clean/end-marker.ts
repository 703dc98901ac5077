/**
 * Wire-copy trailers: "// انتهى //", "(انتهى)", "-انتهى-" and the Saudi Press Agency's clock line "15:23 ت م"
 * (توقيت مكة). They close the copy and say nothing about the story.
 */
import { contentLines, keyOf, remove, wordsOf } from './helpers.js';
import type { CleanPass } from './types.js';

const END_WORDS = new Set(['انتهي', 'انتهى', 'انتهت', 'النهايه', 'end', 'ends']);
/** "15:23 ت م", "09:10 ت غ", "11:05 ص" and the like: a clock time and a zone or day-half abbreviation only. */
const CLOCK_LINE = /^\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[\u0600-\u06ff]\s*){0,3}\s*$/u;
/** Trailers are looked for in the last few content lines only. */
const TAIL_LINES = 4;

export const endMarker: CleanPass = (ctx) => {
  for (const i of contentLines(ctx).slice(-TAIL_LINES)) {
    const text = ctx.lines[i]!.text;
    if (wordsOf(ctx, i) > 6) continue;
    const key = keyOf(ctx, i);
    if (END_WORDS.has(key) || CLOCK_LINE.test(text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)))) {
      remove(ctx, i, 'end-marker');
    }
  }
};
