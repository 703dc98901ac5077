/**
 * Turns a parsed date expression into an ISO value, given the anchor (the publication date) and a direction.
 *
 * News reports what happened, so an expression that could point either way (a bare weekday, a date without its
 * year, a holiday) is read in the past by default: the most recent Thursday (today if the article is dated on a
 * Thursday); for a date without a year, the nearest occurrence, with a future one counted three times as far (so
 * "13 February" in an article of 12 February is tomorrow, and "15 August" is last August). A future marker in the
 * clause (سوف، سـ + verb، من المقرر) or an explicit word (المقبل) reads forward; a reader can also ask for the
 * forward reading throughout (`direction: 'future'`), which is how Duckling reads.
 *
 * Values: "2024" (year), "2024-06" (month), "2024-W25" (ISO week), "2024-06-20" (day), "2024-06-20T15:00"
 * (hour, minute), "2024-06-20T15:23:24" (second); a zone named in the text is appended ("Z", "+03:00"). A Hijri
 * month or year, which starts and ends mid-Gregorian-month, gives its first day as `value` and its last day as
 * `until`.
 */
import {
  addMonths, daysInMonth, dayNumber, easter, fromDayNumber, fromHijri, hijriMonthLength, isoDay, isoMonth, isoWeek,
  isoYear, isValidYmd, mondayOf, toHijri, weekdayOf, MAX_YEAR, MIN_YEAR,
} from './calendar.js';
import { WEEKDAY_NAMES, type Calendar, type HolidayRule } from './lexicon.js';
import type { DateCandidate, DateExpr, Grain, MonthSpec, TimeSpec, YearSpec } from './types.js';

export interface Anchor {
  /** Day number of the publication date (as written, no time-zone shift). */
  day: number;
  /** Minutes since midnight of the publication time, when given. */
  minutes?: number;
}

const RE_PUBLISHED = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads an ISO publication date ("2024-06-21", "2024-06-21T10:30:00+03:00"); undefined if it is not one. */
export function parseAnchor(published: string | undefined): Anchor | undefined {
  if (published === undefined) return undefined;
  const m = RE_PUBLISHED.exec(published.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidYmd(y, mo, d)) return undefined;
  const anchor: Anchor = { day: dayNumber(y, mo, d) };
  if (m[4] !== undefined) {
    const h = Number(m[4]);
    const mi = Number(m[5]);
    if (h <= 23 && mi <= 59) anchor.minutes = h * 60 + mi;
  }
  return anchor;
}

export type Direction = 'past' | 'future';

export interface DateWarning {
  code: 'weekday-mismatch' | 'invalid-date' | 'ambiguous-hour' | 'out-of-range';
  message: string;
}

export interface Resolved {
  value: string | null;
  grain: Grain;
  calendar: Calendar;
  /** The anchor was needed (and used, if given). */
  relative: boolean;
  /** The first day, for consumers that need a day (timelines): a day number. */
  day?: number;
  until?: string;
  warning?: DateWarning;
}

/** A resolved point before formatting. */
type Point =
  | { kind: 'day'; day: number }
  | { kind: 'week'; monday: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'year'; year: number }
  | { kind: 'range'; start: number; end: number; grain: Grain };

interface Partial {
  point?: Point;
  relative: boolean;
  warning?: DateWarning;
}

/** Score of a candidate day at distance `dist` (days, candidate − anchor) under a direction: lower is better. */
function score(dist: number, dir: Direction, strict: boolean): number {
  if (strict) {
    if (dir === 'past') return dist <= 0 ? -dist : Infinity;
    return dist >= 0 ? dist : Infinity;
  }
  return dir === 'past' ? (dist <= 0 ? -dist : 3 * dist) : (dist >= 0 ? dist : 3 * -dist);
}

function pick<T>(items: T[], dayOf: (t: T) => number, anchor: number, dir: Direction, strict: boolean): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const it of items) {
    const s = score(dayOf(it) - anchor, dir, strict);
    if (s < bestScore) { best = it; bestScore = s; }
  }
  return best;
}

function yearOf(spec: YearSpec | undefined, anchor: Anchor | undefined, calendar: Calendar): number | undefined {
  if (!spec) return undefined;
  if ('abs' in spec) return spec.abs;
  if (!anchor) return undefined;
  if (calendar === 'hijri') return toHijri(anchor.day).year + spec.rel;
  return fromDayNumber(anchor.day).year + spec.rel;
}

function invalid(message: string): DateWarning {
  return { code: 'invalid-date', message };
}

/** First day of a month in a calendar (undefined when out of range). */
function monthStart(calendar: Calendar, year: number, month: number): number | undefined {
  if (calendar === 'hijri') return fromHijri(year, month, 1);
  return year >= MIN_YEAR && year <= MAX_YEAR ? dayNumber(year, month, 1) : undefined;
}

function monthLength(calendar: Calendar, year: number, month: number): number | undefined {
  if (calendar === 'hijri') return hijriMonthLength(year, month);
  return daysInMonth(year, month);
}

/** A date of a calendar as a day number, if it exists. */
function dateOf(calendar: Calendar, year: number, month: number, day: number): number | undefined {
  if (calendar === 'hijri') return fromHijri(year, month, day);
  return isValidYmd(year, month, day) ? dayNumber(year, month, day) : undefined;
}

function anchorYm(calendar: Calendar, anchor: Anchor): { year: number; month: number; day: number } {
  return calendar === 'hijri' ? toHijri(anchor.day) : fromDayNumber(anchor.day);
}

/**
 * Resolves a month (and its year) of a calendar expression, inferring the year from the anchor when the text gives
 * none. `dayOfMonth` (and `weekday`) narrow the choice; `explicit` is an explicit direction word.
 */
function resolveMonth(
  calendar: Calendar, yearSpec: YearSpec | undefined, monthSpec: MonthSpec, anchor: Anchor | undefined, dir: Direction,
  explicit: DateCandidate['direction'], fit: (year: number, month: number) => number | undefined,
): { year: number; month: number; relative: boolean; fitted: boolean } | undefined {
  let year = yearOf(yearSpec, anchor, calendar);
  let relative = yearSpec !== undefined && 'rel' in yearSpec;
  if ('rel' in monthSpec) {
    if (!anchor) return undefined;
    const a = anchorYm(calendar, anchor);
    const r = addMonths(a.year, a.month, monthSpec.rel);
    return { year: r.year, month: r.month, relative: true, fitted: fit(r.year, r.month) !== undefined };
  }
  const month = monthSpec.abs;
  if (year !== undefined) return { year, month, relative, fitted: fit(year, month) !== undefined };
  if (!anchor) return undefined;
  relative = true;
  const a = anchorYm(calendar, anchor);
  const here = a.year * 12 + a.month;
  const years = [a.year - 1, a.year, a.year + 1];
  if (explicit === 'past') {
    year = years.filter((y) => y * 12 + month < here).pop();
  } else if (explicit === 'future') {
    year = years.find((y) => y * 12 + month > here);
  } else if (explicit === 'current') {
    year = a.year;
  } else {
    const fitting = years.filter((y) => fit(y, month) !== undefined);
    const pool = fitting.length > 0 ? fitting : years;
    year = pick(pool, (y) => fit(y, month) ?? monthStart(calendar, y, month) ?? 0, anchor.day, dir, false);
    return year === undefined ? undefined : { year, month, relative, fitted: fitting.length > 0 };
  }
  return year === undefined ? undefined : { year, month, relative, fitted: fit(year, month) !== undefined };
}

function nthWeekday(calendar: Calendar, year: number, month: number, n: number, weekday: number): number | undefined {
  const start = monthStart(calendar, year, month);
  const len = monthLength(calendar, year, month);
  if (start === undefined || len === undefined) return undefined;
  if (n > 0) {
    const firstMatch = start + ((weekday - weekdayOf(start) + 7) % 7);
    const d = firstMatch + 7 * (n - 1);
    return d < start + len ? d : undefined;
  }
  const end = start + len - 1;
  return end - ((weekdayOf(end) - weekday + 7) % 7);
}

function resolveCalendar(e: Extract<DateExpr, { type: 'calendar' }>, c: DateCandidate, anchor: Anchor | undefined, dir: Direction): Partial {
  const cal = e.calendar;
  if (e.month === undefined) {
    if (e.day !== undefined) return resolveDayOnly(e.day, c.weekday, anchor, dir);
    const year = yearOf(e.year, anchor, cal);
    const relative = e.year !== undefined && 'rel' in e.year;
    if (year === undefined) return { relative };
    if (cal === 'hijri') {
      const start = fromHijri(year, 1, 1);
      const next = fromHijri(year + 1, 1, 1);
      if (start === undefined || next === undefined) return { relative, warning: { code: 'out-of-range', message: `Hijri year ${year} is out of range` } };
      return { point: { kind: 'range', start, end: next - 1, grain: 'year' }, relative };
    }
    if (year < MIN_YEAR || year > MAX_YEAR) return { relative, warning: { code: 'out-of-range', message: `year ${year} is out of range` } };
    return { point: { kind: 'year', year }, relative };
  }
  const dayWanted = (y: number, m: number): number | undefined => {
    if (e.day === undefined) return monthStart(cal, y, m);
    const d = dateOf(cal, y, m, e.day);
    if (d === undefined) return undefined;
    if (c.weekday !== undefined && weekdayOf(d) !== c.weekday) return undefined;
    return d;
  };
  const ym = resolveMonth(cal, e.year, e.month, anchor, dir, c.direction, dayWanted);
  if (!ym) return { relative: e.year === undefined || 'rel' in e.year || 'rel' in e.month };
  const { year, month, relative } = ym;
  const len = monthLength(cal, year, month);
  const start = monthStart(cal, year, month);
  if (len === undefined || start === undefined) return { relative, warning: { code: 'out-of-range', message: `year ${year} is out of range` } };
  if (e.lastDay) return { point: { kind: 'day', day: start + len - 1 }, relative };
  if (e.day !== undefined) {
    if (e.day > len) {
      const warning = invalid(`day ${e.day} does not exist in month ${month} of ${year}`);
      return cal === 'hijri'
        ? { point: { kind: 'range', start, end: start + len - 1, grain: 'month' }, relative, warning }
        : { point: { kind: 'month', year, month }, relative, warning };
    }
    return { point: { kind: 'day', day: start + e.day - 1 }, relative };
  }
  if (cal === 'hijri') return { point: { kind: 'range', start, end: start + len - 1, grain: 'month' }, relative };
  return { point: { kind: 'month', year, month }, relative };
}

/** "السبت السادس عشر": the 16th of the month nearest the anchor on which that weekday falls. */
function resolveDayOnly(day: number, weekday: number | undefined, anchor: Anchor | undefined, dir: Direction): Partial {
  if (!anchor) return { relative: true };
  const a = fromDayNumber(anchor.day);
  const options: number[] = [];
  for (let delta = -12; delta <= 12; delta++) {
    const { year, month } = addMonths(a.year, a.month, delta);
    if (!isValidYmd(year, month, day)) continue;
    const d = dayNumber(year, month, day);
    if (weekday === undefined ? delta === 0 : weekdayOf(d) === weekday) options.push(d);
  }
  const d = pick(options, (x) => x, anchor.day, dir, false);
  return d === undefined ? { relative: true } : { point: { kind: 'day', day: d }, relative: true };
}

function resolveWeekday(e: Extract<DateExpr, { type: 'weekday' }>, anchor: Anchor | undefined, dir: Direction): Partial {
  if (!anchor) return { relative: true };
  const wa = weekdayOf(anchor.day);
  const back = (wa - e.weekday + 7) % 7;
  const fwd = (e.weekday - wa + 7) % 7;
  let day: number;
  switch (e.relation) {
    case 'past': day = anchor.day - (back || 7); break;
    case 'next': day = anchor.day + (fwd || 7); break;
    case 'week': day = mondayOf(anchor.day) + 7 * (e.week ?? 0) + ((e.weekday + 6) % 7); break;
    default: day = dir === 'past' ? anchor.day - back : anchor.day + (fwd || 7);
  }
  return { point: { kind: 'day', day }, relative: true };
}

function resolveOffset(e: Extract<DateExpr, { type: 'offset' }>, anchor: Anchor | undefined): Partial {
  if (!anchor) return { relative: true };
  switch (e.unit) {
    case 'day': return { point: { kind: 'day', day: anchor.day + e.offset }, relative: true };
    case 'week':
      return e.grain === 'week'
        ? { point: { kind: 'week', monday: mondayOf(anchor.day) + 7 * e.offset }, relative: true }
        : { point: { kind: 'day', day: anchor.day + 7 * e.offset }, relative: true };
    case 'month': {
      const a = fromDayNumber(anchor.day);
      const r = addMonths(a.year, a.month, e.offset);
      return { point: { kind: 'month', year: r.year, month: r.month }, relative: true };
    }
    case 'year': {
      const year = fromDayNumber(anchor.day).year + e.offset;
      if (year < MIN_YEAR || year > MAX_YEAR) return { relative: true };
      return { point: { kind: 'year', year }, relative: true };
    }
    default:
      return { relative: true }; // hours and minutes ago need a publication time: see resolveClockOffset
  }
}

function holidayIn(rule: HolidayRule, gregorianYear: number): number | undefined {
  if (rule.calendar === 'gregorian') return isValidYmd(gregorianYear, rule.month, rule.day) ? dayNumber(gregorianYear, rule.month, rule.day) : undefined;
  if (rule.calendar === 'easter') return gregorianYear >= 1583 && gregorianYear <= MAX_YEAR ? easter(gregorianYear) : undefined;
  if (gregorianYear < 623 || gregorianYear > 2270) return undefined;
  const h0 = toHijri(dayNumber(gregorianYear, 1, 1)).year;
  for (const hy of [h0, h0 + 1]) {
    const d = fromHijri(hy, rule.month, rule.day);
    if (d !== undefined && fromDayNumber(d).year === gregorianYear) return d;
  }
  return undefined;
}

function resolveHoliday(e: Extract<DateExpr, { type: 'holiday' }>, anchor: Anchor | undefined, dir: Direction): Partial {
  const rule = e.rule;
  if (e.year && 'abs' in e.year) {
    const day = e.year.calendar === 'hijri' && rule.calendar === 'hijri' ? fromHijri(e.year.abs, rule.month, rule.day) : holidayIn(rule, e.year.abs);
    return day === undefined ? { relative: false } : { point: { kind: 'day', day }, relative: false };
  }
  if (!anchor) return { relative: true };
  const y = fromDayNumber(anchor.day).year + (e.year && 'rel' in e.year ? e.year.rel : 0);
  const options = (e.year ? [y] : [y - 1, y, y + 1]).map((yy) => holidayIn(rule, yy)).filter((d): d is number => d !== undefined);
  const day = pick(options, (d) => d, anchor.day, dir, false);
  return day === undefined ? { relative: true } : { point: { kind: 'day', day }, relative: true };
}

function resolveExpr(e: DateExpr, c: DateCandidate, anchor: Anchor | undefined, dir: Direction): Partial {
  switch (e.type) {
    case 'calendar': return resolveCalendar(e, c, anchor, dir);
    case 'offset': return resolveOffset(e, anchor);
    case 'weekday': return resolveWeekday(e, anchor, dir);
    case 'holiday': return resolveHoliday(e, anchor, dir);
    case 'clock': return anchor ? { point: { kind: 'day', day: anchor.day }, relative: true } : { relative: true };
    case 'nth-weekday': case 'month-week': {
      const fit = (y: number, m: number): number | undefined => (e.type === 'nth-weekday' ? nthWeekday(e.calendar, y, m, e.n, e.weekday) : monthStart(e.calendar, y, m));
      const ym = resolveMonth(e.calendar, e.year, e.month, anchor, dir, c.direction, fit);
      if (!ym) return { relative: true };
      if (e.type === 'nth-weekday') {
        const day = nthWeekday(e.calendar, ym.year, ym.month, e.n, e.weekday);
        return day === undefined ? { relative: ym.relative, warning: invalid(`no such weekday in month ${ym.month} of ${ym.year}`) } : { point: { kind: 'day', day }, relative: ym.relative };
      }
      // The first or last week that lies wholly in the month (Monday to Sunday).
      const start = monthStart(e.calendar, ym.year, ym.month);
      const len = monthLength(e.calendar, ym.year, ym.month);
      if (start === undefined || len === undefined) return { relative: ym.relative };
      const firstMonday = start + ((1 - weekdayOf(start) + 7) % 7);
      const end = start + len - 1;
      const lastMonday = mondayOf(end) + 6 <= end ? mondayOf(end) : mondayOf(end) - 7;
      const monday = e.n === 1 ? firstMonday : lastMonday;
      return { point: { kind: 'week', monday }, relative: ym.relative };
    }
    case 'span': {
      if (!anchor) return { relative: true };
      const a = fromDayNumber(anchor.day);
      let other: number;
      if (e.unit === 'day') other = anchor.day + e.direction * e.amount;
      else if (e.unit === 'week') other = anchor.day + e.direction * 7 * e.amount;
      else {
        const months = e.unit === 'month' ? e.amount : 12 * e.amount;
        const r = addMonths(a.year, a.month, e.direction * months);
        other = dayNumber(r.year, r.month, Math.min(a.day, daysInMonth(r.year, r.month)));
      }
      const [start, end] = e.direction < 0 ? [other, anchor.day] : [anchor.day, other];
      return { point: { kind: 'range', start, end, grain: 'day' }, relative: true };
    }
  }
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function formatTime(t: TimeSpec, hour: number): string {
  let s = `T${pad2(hour)}:${pad2(t.minute)}`;
  if (t.grain === 'second') s += `:${pad2(t.second ?? 0)}`;
  return s + (t.tz ?? '');
}

/** Chooses a.m. or p.m. for "الساعة 3" when the publication time is known; otherwise keeps the hour as written. */
function clockHour(t: TimeSpec, day: number, anchor: Anchor | undefined, dir: Direction): { hour: number; ambiguous: boolean } {
  if (t.pm !== undefined || t.hour === 0 || t.hour > 12) return { hour: t.hour, ambiguous: false };
  const am = t.hour === 12 ? 0 : t.hour;
  const pm = am + 12;
  if (!anchor || anchor.minutes === undefined || day !== anchor.day) return { hour: t.hour, ambiguous: true };
  const now = anchor.minutes;
  const amM = am * 60 + t.minute;
  const pmM = pm * 60 + t.minute;
  if (dir === 'past') return { hour: pmM <= now ? pm : amM <= now ? am : t.hour, ambiguous: !(amM <= now) };
  return { hour: amM >= now ? am : pmM >= now ? pm : t.hour, ambiguous: !(pmM >= now) };
}

function format(point: Point, time: TimeSpec | undefined, anchor: Anchor | undefined, dir: Direction): { value: string; grain: Grain; until?: string; day?: number; ambiguousHour?: boolean } {
  switch (point.kind) {
    case 'day': {
      if (!time) return { value: isoDay(point.day), grain: 'day', day: point.day };
      const { hour, ambiguous } = clockHour(time, point.day, anchor, dir);
      return { value: isoDay(point.day) + formatTime(time, hour), grain: time.grain, day: point.day, ambiguousHour: ambiguous };
    }
    case 'week': return { value: isoWeek(point.monday), grain: 'week', day: point.monday };
    case 'month': return { value: isoMonth(point.year, point.month), grain: 'month', day: dayNumber(point.year, point.month, 1) };
    case 'year': return { value: isoYear(point.year), grain: 'year', day: dayNumber(point.year, 1, 1) };
    case 'range': return { value: isoDay(point.start), grain: point.grain, until: isoDay(point.end), day: point.start };
  }
}

const EXPR_GRAIN: Record<DateExpr['type'], Grain> = {
  calendar: 'day', offset: 'day', weekday: 'day', 'nth-weekday': 'day', 'month-week': 'week', holiday: 'day', clock: 'hour', span: 'day',
};

function exprGrain(c: DateCandidate): Grain {
  const e = c.expr;
  if (c.time) return c.time.grain;
  if (e.type === 'offset') return e.grain;
  if (e.type === 'calendar') return e.day !== undefined || e.lastDay ? 'day' : e.month !== undefined ? 'month' : 'year';
  return EXPR_GRAIN[e.type];
}

function exprCalendar(e: DateExpr): Calendar {
  if (e.type === 'calendar' || e.type === 'nth-weekday' || e.type === 'month-week') return e.calendar;
  if (e.type === 'holiday') return e.rule.calendar === 'hijri' ? 'hijri' : 'gregorian';
  return 'gregorian';
}

/** Hours or minutes ago ("قبل ساعتين") from a publication time. */
function resolveClockOffset(e: Extract<DateExpr, { type: 'offset' }>, anchor: Anchor | undefined): { value: string; day: number } | undefined {
  if (!anchor || anchor.minutes === undefined || (e.unit !== 'hour' && e.unit !== 'minute')) return undefined;
  const total = anchor.day * 1440 + anchor.minutes + e.offset * (e.unit === 'hour' ? 60 : 1);
  const day = Math.floor(total / 1440);
  const m = total - day * 1440;
  return { value: `${isoDay(day)}T${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`, day };
}

export function resolveCandidate(c: DateCandidate, anchor: Anchor | undefined, dir: Direction): Resolved {
  const calendar = exprCalendar(c.expr);
  if (c.expr.type === 'offset' && (c.expr.unit === 'hour' || c.expr.unit === 'minute')) {
    const r = resolveClockOffset(c.expr, anchor);
    return r ? { value: r.value, grain: c.expr.grain, calendar, relative: true, day: r.day } : { value: null, grain: c.expr.grain, calendar, relative: true };
  }
  const part = resolveExpr(c.expr, c, anchor, dir);
  const out: Resolved = { value: null, grain: exprGrain(c), calendar, relative: part.relative };
  if (part.warning) out.warning = part.warning;
  if (!part.point) return out;
  const f = format(part.point, c.time, anchor, dir);
  out.value = f.value;
  out.grain = f.grain;
  if (f.day !== undefined) out.day = f.day;
  if (f.until) out.until = f.until;
  if (c.time && !c.time.tz && c.expr.type === 'clock') out.relative = true;
  if (f.ambiguousHour && !out.warning) {
    out.warning = { code: 'ambiguous-hour', message: `the text does not say whether ${c.time!.hour} o'clock is a.m. or p.m.; the hour is kept as written` };
  }
  if (c.until) {
    const u = resolveExpr(c.until, { ...c, expr: c.until, weekday: undefined }, anchor, dir);
    if (u.point) {
      const uf = format(u.point, undefined, anchor, dir);
      out.until = uf.until ?? uf.value;
    }
  }
  // A weekday written beside the date must agree with it.
  if (c.weekday !== undefined && part.point.kind === 'day' && weekdayOf(part.point.day) !== c.weekday) {
    const actual = WEEKDAY_NAMES[weekdayOf(part.point.day)];
    out.warning = {
      code: 'weekday-mismatch',
      message: `the text says ${WEEKDAY_NAMES[c.weekday]}, but ${isoDay(part.point.day)} is a ${actual}`,
    };
  }
  return out;
}
