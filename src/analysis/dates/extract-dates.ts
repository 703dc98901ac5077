/**
 * extractDates: every date in a text, resolved against the publication date when one is given.
 *
 * Pure: no clock. A relative date (أمس، الخميس، الشهر المقبل، 20 يونيو without a year) without `published` comes back
 * with `value: null` and `unresolved: true`; with it, `anchor` names the date it was resolved against.
 */
import type { Token } from '../../text/types.js';
import { hitsOf } from '../numbers/extract-numbers.js';
import { originalOffset, viewOf } from '../numbers/token-view.js';
import type { TokenView } from '../numbers/token-view.js';
import { makeCtx } from './context.js';
import { FUTURE_MARKERS, NOT_FUTURE_PREFIXES, WEEKDAY_NAMES, type Calendar, type WeekdayName } from './lexicon.js';
import { dateCandidatesOf } from './parse-dates.js';
import { isoDay } from './calendar.js';
import { parseAnchor, resolveCandidate, type DateWarning, type Direction } from './resolve.js';
import type { DateCandidate, Grain, MonthPart } from './types.js';

export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** ISO 8601 value at the mention's grain (see resolve.ts), or null when it could not be resolved. */
  value: string | null;
  grain: Grain;
  calendar: Calendar;
  /** The value depends on the publication date (أمس، الخميس، 20 يونيو without a year). */
  relative?: boolean;
  /** The publication date used to resolve it (ISO day). */
  anchor?: string;
  /** Relative, and no publication date was given: value is null. */
  unresolved?: boolean;
  /** Last day of a range, a span or a Hijri month or year (inclusive). */
  until?: string;
  /** The weekday the text names (checked against the calendar: see `warning`). */
  weekday?: WeekdayName;
  /** منذ / حتى / قبل / بعد / خلال before the date. */
  relation?: 'since' | 'until' | 'before' | 'after' | 'during';
  /** مطلع / أوائل / أواخر / نهاية of a month or year. */
  part?: MonthPart;
  dayPart?: DateCandidate['dayPart'];
  /** Read forward because of a future marker (سوف، سـ + verb، من المقرر) or an explicit word (المقبل). */
  future?: boolean;
  warning?: DateWarning;
}

export interface ExtractDatesOptions {
  /** ISO date or date-time of publication: the anchor of relative dates. */
  published?: string;
  /** How to read a date that could point either way: 'past' (news, the default) or 'future' (Duckling's reading). */
  direction?: Direction;
  tokens?: readonly Token[];
}

const CLAUSE_END = new Set(['.', '!', '?', '؟', '؛', ';', ':', '…', '...']);
const FUTURE_LOOKBACK = 8;

function isFutureVerb(key: string): boolean {
  // سيزور، ستعقد، سنعمل، سأزور (أ folded to ا): a future verb, unless it is one of the nouns that start alike.
  if (key.length < 4 || key[0] !== 'س') return false;
  const c = key[1];
  if (c !== 'ي' && c !== 'ت' && c !== 'ن' && c !== 'ا') return false;
  if (key.endsWith('ه') || key.endsWith('ات') || key.startsWith('ال')) return false;
  for (const p of NOT_FUTURE_PREFIXES) if (key.startsWith(p)) return false;
  return true;
}

/** A future marker in the clause before token `first`. */
function futureBefore(view: TokenView, first: number): boolean {
  const toks = view.tokens;
  for (let i = first - 1, n = 0; i >= 0 && n < FUTURE_LOOKBACK; i--, n++) {
    const t = toks[i]!;
    if (t.kind === 'punct' && CLAUSE_END.has(t.key)) return false;
    if (t.kind === 'word') {
      const k = t.key.startsWith('و') || t.key.startsWith('ف') ? t.key.slice(1) : t.key;
      if (FUTURE_MARKERS.has(t.key) || FUTURE_MARKERS.has(k) || isFutureVerb(k) || isFutureVerb(t.key)) return true;
    }
    if (toks[i]!.brk) return false;
  }
  return false;
}

/** Does the reading of this expression depend on a direction (past or future)? */
function directional(c: DateCandidate): boolean {
  const e = c.expr;
  if (c.direction) return false;
  switch (e.type) {
    case 'weekday': return e.relation === 'bare';
    case 'calendar': return e.month !== undefined && e.year === undefined && !('rel' in e.month);
    case 'holiday': return e.year === undefined;
    case 'nth-weekday': case 'month-week': return e.year === undefined && 'abs' in e.month;
    default: return false;
  }
}

function partOf(c: DateCandidate): MonthPart | undefined {
  return c.expr.type === 'calendar' ? c.expr.part : undefined;
}

export function extractDates(text: string, options: ExtractDatesOptions = {}): DateMention[] {
  const view = viewOf(text, options.tokens);
  const ctx = makeCtx(view, hitsOf(view));
  const anchor = parseAnchor(options.published);
  const bias: Direction = options.direction ?? 'past';
  const out: DateMention[] = [];
  for (const c of dateCandidatesOf(ctx)) {
    const start = originalOffset(text, view.tokens[c.first]!, c.prefix);
    const end = view.tokens[c.last]!.end;
    let dir = bias;
    let future = false;
    if (directional(c) && bias === 'past' && futureBefore(view, c.first)) { dir = 'future'; future = true; }
    if (c.direction === 'future' || (c.expr.type === 'weekday' && c.expr.relation === 'next')) future = true;
    const r = resolveCandidate(c, anchor, dir);
    const m: DateMention = { text: text.slice(start, end), start, end, value: r.value, grain: r.grain, calendar: r.calendar };
    if (r.relative) {
      m.relative = true;
      if (anchor) m.anchor = isoDay(anchor.day);
      else m.unresolved = true;
    }
    if (r.until) m.until = r.until;
    if (c.weekday !== undefined) m.weekday = WEEKDAY_NAMES[c.weekday];
    else if (c.expr.type === 'weekday') m.weekday = WEEKDAY_NAMES[c.expr.weekday];
    if (c.relation) m.relation = c.relation;
    const part = partOf(c);
    if (part) m.part = part;
    if (c.dayPart) m.dayPart = c.dayPart;
    if (future) m.future = true;
    if (r.warning) m.warning = r.warning;
    out.push(m);
  }
  return out;
}

/** Token ranges of the dates of a text (for the quantity pass, which leaves numbers inside dates alone). */
export function dateTokenRanges(text: string, tokens?: readonly Token[]): Array<{ first: number; last: number; relative: boolean }> {
  const view = viewOf(text, tokens);
  const ctx = makeCtx(view, hitsOf(view));
  return dateCandidatesOf(ctx).map((c) => ({
    first: c.first, last: c.last,
    relative: c.expr.type === 'offset' || c.expr.type === 'span',
  }));
}
