/**
 * An agency credit closing the text — a last line "(وكالات)", "(أ ف ب)", "المصدر: رويترز", or the same credit at the
 * end of the last paragraph ("… الجديدة. (رويترز)") — becomes `agency` and is kept out of the text. Only the last
 * content line is read: a credit in the middle of a text is a quoted source, not the copy's origin.
 */
import { agenciesOf } from '../metadata/agencies.js';
import { contentLines, cutSuffix, lineRest, remove } from './helpers.js';
import type { CleanPass } from './types.js';

const WHOLE_LINE = /^[\s\-–—]*(?:(?:المصدر|المصادر|source)\s*[:：]\s*)?[(\[«]?\s*([^()\[\]«»\n]{1,40}?)\s*[)\]»]?[\s.]*$/iu;
const SUFFIX = /(?<=[.!؟?»”"]\s*|\s)[(\[]\s*([^()\[\]\n]{1,30}?)\s*[)\]][\s.]*$/u;

export const agencyCredit: CleanPass = (ctx) => {
  const last = contentLines(ctx).at(-1);
  if (last === undefined) return;
  const line = ctx.lines[last]!;
  // What is left of the line: a tag list may already have been cut from its end.
  const rest = lineRest(ctx, last);
  const whole = WHOLE_LINE.exec(rest.text);
  const wholeAgencies = whole ? agenciesOf(whole[1]!) : undefined;
  if (wholeAgencies) {
    if (rest.offset === 0 && rest.text.length === line.text.length) remove(ctx, last, 'agency-credit');
    else cutSuffix(ctx, last, rest.offset, 'agency-credit');
    ctx.meta.agency ??= wholeAgencies[0]!;
    return;
  }
  const suffix = SUFFIX.exec(rest.text);
  const suffixAgencies = suffix ? agenciesOf(suffix[1]!) : undefined;
  if (suffix && suffixAgencies) {
    // Cut at the bracket, leaving the space before it with the kept text.
    const at = rest.offset + suffix.index + (suffix[0].length - suffix[0].trimStart().length);
    cutSuffix(ctx, last, at, 'agency-credit');
    ctx.meta.agency ??= suffixAgencies[0]!;
  }
};
