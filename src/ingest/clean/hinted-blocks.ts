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
    // A block named by its class ("post-tags") says more than "made of links", which its inner blocks also are.
    const inside = ctx.hints.filter((h) => h.start <= line.start && line.end <= h.end);
    const hint = inside.find((h) => h.reason !== 'link-list') ?? inside[0];
    if (hint) remove(ctx, line.index, hint.reason);
  }
};
