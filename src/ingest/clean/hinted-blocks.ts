/**
 * Lines that the HTML structure already marks as boilerplate: a <figcaption>, a block whose class or id says
 * "tags", "related", "share", "comments", or a block made mostly of links. The HTML reader records them as hints
 * (source ranges with a reason); this pass removes every content line that lies wholly inside one.
 */
import { isBlank } from './lines.js';
import { remove } from './helpers.js';
import type { CleanPass } from './types.js';

export const hintedBlocks: CleanPass = (ctx) => {
  if (ctx.hints.length === 0) return;
  for (const line of ctx.lines) {
    if (isBlank(line.text)) continue;
    const hint = ctx.hints.find((h) => h.start <= line.start && line.end <= h.end);
    if (hint) remove(ctx, line.index, hint.reason);
  }
};
