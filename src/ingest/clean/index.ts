/**
 * Cleaning: one list of small passes over the lines of a source text. Each pass only marks lines (or a dateline
 * prefix / agency suffix) as removed, with a stable reason; nothing is deleted before every pass has run, and
 * nothing inside a kept line is rewritten. The order matters where passes look at positions: footers go before
 * the agency credit is looked for on the "last" line, the headline before the dateline on the "first".
 */
import { splitLines, isBlank, INVISIBLE_OR_SPACE } from './lines.js';
import { lineRest } from './helpers.js';
import type { CleanContext, CleanMetadata, CleanPass, Hint, Removed, RemovalReason } from './types.js';
import { hintedBlocks } from './hinted-blocks.js';
import { whitespaceLine } from './whitespace-line.js';
import { fragment } from './fragment.js';
import { titleLine } from './title-line.js';
import { byline } from './byline.js';
import { dateStamp } from './date-stamp.js';
import { commentPrompt } from './comment-prompt.js';
import { sharePrompt } from './share-prompt.js';
import { newsletter } from './newsletter.js';
import { copyright } from './copyright.js';
import { authorBox } from './author-box.js';
import { relatedLinks } from './related-links.js';
import { endMarker } from './end-marker.js';
import { agencyCredit } from './agency-credit.js';
import { dateline } from './dateline.js';
import { repeatedLine } from './repeated-line.js';
import { caption } from './caption.js';
import { navigation } from './navigation.js';
import { tagLine } from './tag-line.js';

export type { RemovalReason, Removed, Hint, CleanMetadata } from './types.js';

export const PASSES: ReadonlyArray<readonly [string, CleanPass]> = [
  ['hinted-blocks', hintedBlocks],
  ['whitespace-line', whitespaceLine],
  ['navigation', navigation],
  ['title-line', titleLine],
  ['byline', byline],
  ['date-stamp', dateStamp],
  ['fragment', fragment],
  ['comment-prompt', commentPrompt],
  ['share-prompt', sharePrompt],
  ['newsletter', newsletter],
  ['copyright', copyright],
  ['author-box', authorBox],
  ['related-links', relatedLinks],
  ['tag-line', tagLine],
  ['end-marker', endMarker],
  ['agency-credit', agencyCredit],
  ['dateline', dateline],
  ['repeated-line', repeatedLine],
  ['caption', caption],
];

/** A slice of the source that appears in the clean text at `textStart`. */
export interface Segment {
  start: number;
  end: number;
  textStart: number;
}

export interface Cleaned {
  text: string;
  segments: Segment[];
  removed: Removed[];
  meta: CleanMetadata;
}

export interface CleanOptions {
  format?: 'text' | 'html';
  hints?: readonly Hint[];
  title?: string;
  /** Passes to skip by name (for measuring what one pass does). */
  skip?: readonly string[];
}

export function cleanText(source: string, options: CleanOptions = {}): Cleaned {
  const lines = splitLines(source);
  const ctx: CleanContext = {
    source,
    lines,
    lineReason: new Array(lines.length).fill(undefined),
    partial: [],
    hints: options.hints ?? [],
    format: options.format ?? 'text',
    knownTitle: options.title,
    meta: {},
    cache: { keys: new Array(lines.length), words: new Array(lines.length) },
  };
  for (const [name, pass] of PASSES) if (!options.skip?.includes(name)) pass(ctx);
  return assemble(ctx);
}

function assemble(ctx: CleanContext): Cleaned {
  const { source, lines, lineReason } = ctx;
  const pieces: Array<{ start: number; end: number; line: number }> = [];
  for (const line of lines) {
    if (lineReason[line.index] !== undefined || isBlank(line.text)) continue;
    const rest = lineRest(ctx, line.index);
    const start = line.start + rest.offset;
    const end = start + rest.text.length;
    if (/[^\s\u00a0]/u.test(rest.text)) pieces.push({ start, end, line: line.index });
  }
  let text = '';
  const segments: Segment[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    if (k > 0) {
      // A paragraph break survives when the source had a blank (or white-space) line between the two pieces.
      const prev = pieces[k - 1]!.line;
      let paragraph = false;
      for (let j = prev + 1; j < piece.line; j++) {
        const t = lines[j]!.text;
        if (isBlank(t) || INVISIBLE_OR_SPACE.test(t)) { paragraph = true; break; }
      }
      text += paragraph ? '\n\n' : '\n';
    }
    segments.push({ start: piece.start, end: piece.end, textStart: text.length });
    text += source.slice(piece.start, piece.end);
  }
  return { text, segments, removed: ledger(ctx), meta: ctx.meta };
}

/** Removed lines, merged into blocks of one reason (only blank lines between), plus the partial cuts. */
function ledger(ctx: CleanContext): Removed[] {
  const out: Removed[] = [];
  let open: { start: number; end: number; reason: RemovalReason } | undefined;
  const close = () => {
    if (open) out.push({ text: ctx.source.slice(open.start, open.end), ...open });
    open = undefined;
  };
  for (const line of ctx.lines) {
    const reason = ctx.lineReason[line.index];
    if (reason === undefined) {
      if (!isBlank(line.text)) close();
      continue;
    }
    if (open && open.reason === reason) open.end = line.end;
    else { close(); open = { start: line.start, end: line.end, reason }; }
  }
  close();
  out.push(...ctx.partial);
  return out.sort((a, b) => a.start - b.start);
}

/** Maps an offset in the clean text to the source; an offset in a separator maps to the end of the slice before. */
export function toSourceOffset(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.textStart <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found < 0) return segments[0]?.start ?? 0;
  const seg = segments[found]!;
  return Math.min(seg.start + (offset - seg.textStart), seg.end);
}
