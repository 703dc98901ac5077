/**
 * Finds date expressions in a token view: at each token the parsers of parse-calendar, parse-relative and
 * parse-time propose a candidate, the longest wins, and the winner is extended by what may surround it:
 * منذ / حتى / قبل / بعد or بتاريخ before it, a part of the day (صباح / مساء) before a day, a clock time after a day
 * (الخميس الساعة 8) or a day after a clock time (الساعة 8 مساء الخميس), and a day range (13-15 تموز).
 */
import { keySet } from '../numbers/fold.js';
import { matchClitic, lookupClitic } from '../numbers/token-view.js';
import type { Ctx } from './context.js';
import { isPunct, isWord, next, plainNumber, wordClitic, wordKey } from './context.js';
import {
  DAY_PARTS, HOLIDAYS, MONTHS, MONTH_PARTS, PERIODS, RELATIVE_DAYS, TWO_WORD_MONTHS, WEEKDAYS_BARE, WEEKDAYS_DEFINITE,
  YEAR_CUES,
} from './lexicon.js';
import {
  parseDayMonth, parseHoliday, parseMonthFirst, parseMonthPart, parseNumeric, parseYear,
} from './parse-calendar.js';
import { parseAgo, parseNth, parsePeriod, parseRelativeDay, parseSpan, parseWeekday } from './parse-relative.js';
import { parseClock } from './parse-time.js';
import type { DateCandidate } from './types.js';

const RELATIONS: ReadonlyMap<string, NonNullable<DateCandidate['relation']>> = new Map([
  ...[...keySet(['منذ', 'مذ'])].map((k) => [k, 'since'] as const),
  ...[...keySet(['حتى', 'لغاية', 'وحتى'])].map((k) => [k, 'until'] as const),
  ...[...keySet(['قبل'])].map((k) => [k, 'before'] as const),
  ...[...keySet(['بعد'])].map((k) => [k, 'after'] as const),
]);
const DATED = keySet(['بتاريخ', 'تاريخ']);
const TIME_LINKS = keySet(['في', 'عند', 'على', 'من', 'حوالي', 'نحو']);
const RANGE_LINKS = keySet(['إلى', 'الى', 'حتى', 'لغاية']);

/** Words (after stripping up to two proclitic letters) that can start a date: a cheap filter before the parsers. */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(), ...TWO_WORD_MONTHS.keys(), ...WEEKDAYS_DEFINITE.keys(), ...WEEKDAYS_BARE.keys(), ...RELATIVE_DAYS.keys(),
  ...PERIODS.keys(), ...YEAR_CUES, ...MONTH_PARTS.keys(), ...DAY_PARTS.keys(), ...RELATIONS.keys(), ...DATED,
  ...[...HOLIDAYS.keys()].map((k) => k.split(' ')[0]!),
  ...keySet(['هذا', 'هذه', 'يوم', 'اليوم', 'قبل', 'بعد', 'منذ', 'خلال', 'طوال', 'طيلة', 'غضون', 'في', 'الساعة', 'أول',
    'آخر', 'اخر', 'ثاني', 'ثان', 'ثالث', 'رابع', 'خامس', 'الأسبوع', 'الاسبوع', 'شهر', 'الشهر', 'صيف', 'شتاء', 'ربيع',
    'خريف', 'القبل', 'أمس', 'عند', 'الأول']),
]);

function triggered(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!;
  if (t.kind === 'number') return true;
  if (t.kind === 'punct') return t.key === '(';
  if (t.kind !== 'word') return false;
  if (ctx.hitAt[i]) return true;
  const k = t.key;
  return TRIGGERS.has(k) || (k.length > 2 && TRIGGERS.has(k.slice(1))) || (k.length > 3 && TRIGGERS.has(k.slice(2)));
}

/** Candidates that start at token i; the longest (then the first listed) wins. */
function bestAt(ctx: Ctx, i: number): DateCandidate | undefined {
  let best: DateCandidate | undefined;
  const consider = (c: DateCandidate | undefined): void => {
    if (c && (!best || c.last > best.last)) best = c;
  };
  consider(parseNumeric(ctx, i, false));
  consider(parseDayMonth(ctx, i));
  consider(parseNth(ctx, i));
  consider(parseWeekday(ctx, i));
  consider(parseRelativeDay(ctx, i));
  consider(parsePeriod(ctx, i));
  consider(parseAgo(ctx, i));
  consider(parseSpan(ctx, i));
  consider(parseMonthPart(ctx, i));
  consider(parseMonthFirst(ctx, i));
  consider(parseYear(ctx, i));
  consider(parseHoliday(ctx, i));
  const clock = parseClock(ctx, i);
  if (clock && (!best || clock.last > best.last)) {
    best = { first: clock.first, last: clock.last, prefix: clock.prefix, expr: { type: 'clock' }, time: clock.time };
  }
  return best;
}

/** A day-level expression can take a clock time. */
function takesTime(c: DateCandidate): boolean {
  const e = c.expr;
  if (c.time) return false;
  switch (e.type) {
    case 'offset': return e.unit === 'day';
    case 'weekday': case 'nth-weekday': case 'holiday': return true;
    case 'calendar': return e.day !== undefined;
    default: return false;
  }
}

function isAbsolute(c: DateCandidate): boolean {
  return c.expr.type === 'calendar' || c.expr.type === 'holiday' || c.expr.type === 'nth-weekday';
}

function extend(ctx: Ctx, c: DateCandidate): DateCandidate {
  // A clock time after a day: "الخميس الساعة 8", "يوم السبت 21/09 الساعة 1:30 بعد الظهر", "أمس، عند الساعة 10".
  if (takesTime(c)) {
    let j = next(ctx, c.last);
    if (isPunct(ctx, j, '،', ',')) j = next(ctx, j);
    if (isWord(ctx, j, TIME_LINKS)) j = next(ctx, j);
    const clock = j >= 0 ? parseClock(ctx, j) : undefined;
    if (clock) return { ...c, last: clock.last, time: clock.time };
  }
  // A day after a clock time: "الساعة 8 مساء الخميس", "العاشرة من صباح اليوم", "الساعة 3 من يوم الأحد".
  if (c.expr.type === 'clock') {
    let j = next(ctx, c.last);
    if (isWord(ctx, j, keySet(['من']))) j = next(ctx, j);
    if (j >= 0) {
      const part = wordClitic(ctx, j, new Set(DAY_PARTS.keys()), false);
      const day = bestAt(ctx, part === 0 ? next(ctx, j) : j);
      if (day && takesTime(day)) {
        const dayPart = part === 0 ? DAY_PARTS.get(wordKey(ctx, j)!) : undefined;
        const out: DateCandidate = { ...day, first: c.first, prefix: c.prefix, time: c.time! };
        if (dayPart) out.dayPart = dayPart;
        return out;
      }
    }
  }
  // A day range: "13-15 تموز", "13 الى 15 تموز", "يوليو 13-15".
  return c;
}

/** Day ranges written with the month once: "13-15 تموز", "من 13 الى 15 يوليو", "يوليو 13-15", "من 1-8 شهر أيلول". */
function dayRange(ctx: Ctx, i: number): DateCandidate | undefined {
  let j = i;
  let first = i;
  if (isWord(ctx, j, keySet(['من']))) j = next(ctx, j);
  const a = plainNumber(ctx, j);
  if (a && a.digits <= 2 && a.value >= 1 && a.value <= 31) {
    const s = next(ctx, j);
    let b = -1;
    if (isPunct(ctx, s, '-', '–')) b = next(ctx, s);
    else if (isWord(ctx, s, RANGE_LINKS)) b = next(ctx, s);
    const bn = plainNumber(ctx, b);
    if (bn && bn.digits <= 2 && bn.value > a.value && bn.value <= 31) {
      const end = parseDayMonth(ctx, b);
      if (end && end.expr.type === 'calendar') {
        const startExpr = { ...end.expr, day: a.value };
        return { first, last: end.last, prefix: 0, expr: startExpr, until: end.expr };
      }
    }
  }
  // يوليو 13-15 / اغسطس 27 الى 29
  const m = parseMonthFirst(ctx, i);
  if (m && m.expr.type === 'calendar' && m.expr.day !== undefined && m.expr.year === undefined) {
    const s = next(ctx, m.last);
    let b = -1;
    if (isPunct(ctx, s, '-', '–')) b = next(ctx, s);
    else if (isWord(ctx, s, RANGE_LINKS)) b = next(ctx, s);
    const bn = plainNumber(ctx, b);
    if (bn && bn.digits <= 2 && bn.value > m.expr.day && bn.value <= 31) {
      first = i;
      return { first, last: b, prefix: m.prefix, expr: m.expr, until: { ...m.expr, day: bn.value } };
    }
  }
  return undefined;
}

export function findDateCandidates(ctx: Ctx): DateCandidate[] {
  const out: DateCandidate[] = [];
  const toks = ctx.toks;
  let i = 0;
  while (i < toks.length) {
    if (!triggered(ctx, i)) { i++; continue; }
    let c = bestAt(ctx, i);
    const range = dayRange(ctx, i);
    if (range && (!c || range.last > c.last)) c = range;
    const k = wordKey(ctx, i);
    if (k !== undefined) {
      // منذ / حتى / قبل / بعد + an absolute date; بتاريخ + a date; صباح / مساء + a day.
      const j = next(ctx, i);
      if (j >= 0) {
        const rel = lookupClitic(k, RELATIONS, false);
        const dated = matchClitic(k, DATED, true);
        const part = lookupClitic(k, DAY_PARTS, true);
        if (rel || dated >= 0 || part) {
          let inner = bestAt(ctx, isPunct(ctx, j, '(') && dated >= 0 ? next(ctx, j) : j);
          if (dated >= 0 && !inner) inner = parseNumeric(ctx, isPunct(ctx, j, '(') ? next(ctx, j) : j, true);
          if (inner && (!c || inner.last > c.last)) {
            if (rel && isAbsolute(inner) && inner.prefix === 0) c = { ...inner, first: i, prefix: rel.prefix, relation: rel.entry };
            else if (dated >= 0 && inner.prefix === 0) {
              let last = inner.last;
              if (isPunct(ctx, j, '(') && isPunct(ctx, next(ctx, last), ')')) last = next(ctx, last);
              c = { ...inner, first: i, prefix: dated, last };
            } else if (part && takesTime(inner) && inner.prefix === 0 && inner.expr.type !== 'calendar') {
              c = { ...inner, first: i, prefix: part.prefix, dayPart: part.entry };
            }
          }
        }
      }
    }
    if (!c) { i++; continue; }
    c = extend(ctx, c);
    out.push(c);
    i = c.last + 1;
  }
  return out;
}
