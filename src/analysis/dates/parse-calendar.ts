/**
 * Absolute and partial calendar dates: month names of every system (alone, with شهر, or paired: يونيو/حزيران),
 * days (digits, cardinals, ordinals: الأول من شباط), years (عام 2017، سنة (1935) م، 1445هـ، bare 2017), numeric
 * dates (20/6/2024، 2024-06-20، 20.6.2024، 2/2013), parts of a month (منتصف آذار، مطلع 2019) and holidays
 * (عيد الفطر 2013، عيد الميلاد).
 */
import { lookupClitic, matchClitic } from '../numbers/token-view.js';
import { keySet } from '../numbers/fold.js';
import { isIndefiniteNoun } from '../numbers/particles.js';
import { UNIT_KEYS } from '../quantities/units.js';
import type { Ctx } from './context.js';
import { isPunct, isWord, next, plainNumber, smallNumber, wordClitic, wordKey } from './context.js';
import {
  CURRENT_WORDS, GREGORIAN_ERA, HIJRI_ERA, HOLIDAYS, HOLIDAY_MAX_WORDS, MONTHS, MONTH_CUES, MONTH_PARTS, NEXT_WORDS,
  PAST_WORDS, TWO_WORD_MONTHS, YEAR_CUES, type Calendar, type MonthName,
} from './lexicon.js';
import type { DateCandidate, MonthSpec, YearSpec } from './types.js';

const SHAHR = keySet(['شهر']);
const AL_SHAHR = keySet(['الشهر']);
const THIS = keySet(['هذا', 'هذه']);
const MIN = keySet(['من']);
const FI = keySet(['في']);
const SEASONS = keySet(['صيف', 'شتاء', 'ربيع', 'خريف']);
const NUMBER_BLOCKERS = keySet([
  'رقم', 'الرقم', 'القرار', 'قرار', 'المادة', 'مادة', 'الفقرة', 'البند', 'الساعة', 'ساعة', 'غرفة', 'الطريق', 'طريق',
  'الحافلة', 'الرحلة', 'رحلة', 'الهاتف', 'هاتف', 'صندوق', 'ص.ب', 'عدد', 'العدد', 'بلغ', 'بلغت', 'نحو', 'حوالي',
  'قرابة', 'زهاء', 'أكثر', 'أقل', 'مجموع', 'إجمالي', 'بنحو', 'بحوالي', 'كود', 'الرمز', 'موديل', 'طراز',
]);

export interface MonthRef {
  month: MonthSpec;
  calendar: Calendar;
  first: number;
  last: number;
  prefix: number;
  /** An ambiguous name (مارس، آب، رمضان) with nothing yet to make it a month. */
  ambiguous: boolean;
}

function nameAt(ctx: Ctx, i: number): { name: MonthName; last: number; prefix: number } | undefined {
  const k = wordKey(ctx, i);
  if (k === undefined) return undefined;
  const one = lookupClitic(k, MONTHS, true);
  if (one) return { name: one.entry, last: i, prefix: one.prefix };
  const two = lookupClitic(k, TWO_WORD_MONTHS, true);
  if (two) {
    const j = next(ctx, i);
    const k2 = wordKey(ctx, j);
    if (k2 === undefined) return undefined;
    for (const [seconds, name] of two.entry) if (seconds.has(k2)) return { name, last: j, prefix: two.prefix };
  }
  return undefined;
}

/** A month name, شهر + name or number, الشهر + ordinal, or a relative month (الشهر الماضي، هذا الشهر). */
export function monthRef(ctx: Ctx, i: number): MonthRef | undefined {
  if (i < 0) return undefined;
  const named = nameAt(ctx, i);
  if (named) return withPair(ctx, { month: { abs: named.name.month }, calendar: named.name.calendar, first: i, last: named.last, prefix: named.prefix, ambiguous: named.name.ambiguous === true });
  const shahr = wordClitic(ctx, i, SHAHR);
  if (shahr >= 0) {
    const j = next(ctx, i);
    const n = nameAt(ctx, j);
    if (n) return withPair(ctx, { month: { abs: n.name.month }, calendar: n.name.calendar, first: i, last: n.last, prefix: shahr, ambiguous: false });
    const num = smallNumber(ctx, j, 12, false);
    if (num && !(ctx.hitAt[j]?.kind === 'cardinal' && ctx.toks[j]?.key.startsWith('و'))) {
      return { month: { abs: num.value }, calendar: 'gregorian', first: i, last: num.last, prefix: shahr, ambiguous: false };
    }
    return undefined;
  }
  const alShahr = wordClitic(ctx, i, AL_SHAHR);
  if (alShahr >= 0) {
    const j = next(ctx, i);
    const ord = smallNumber(ctx, j, 12, true);
    if (ord && ord.ordinal) return { month: { abs: ord.value }, calendar: 'gregorian', first: i, last: ord.last, prefix: alShahr, ambiguous: false };
    const rel = relativeWord(ctx, j);
    if (rel !== undefined) return { month: { rel }, calendar: 'gregorian', first: i, last: j, prefix: alShahr, ambiguous: false };
    return undefined;
  }
  if (wordClitic(ctx, i, THIS) >= 0 && isWord(ctx, next(ctx, i), AL_SHAHR)) {
    return { month: { rel: 0 }, calendar: 'gregorian', first: i, last: i + 1, prefix: wordClitic(ctx, i, THIS), ambiguous: false };
  }
  return undefined;
}

/** "يونيو/حزيران", "يونيو (حزيران)", "حزيران - يونيو": a second name of the same month joins the first. */
function withPair(ctx: Ctx, ref: MonthRef): MonthRef {
  if (!('abs' in ref.month)) return ref;
  let j = next(ctx, ref.last);
  let open = false;
  if (isPunct(ctx, j, '/', '-', '\\', '،', ',')) j = next(ctx, j);
  else if (isPunct(ctx, j, '(')) { j = next(ctx, j); open = true; }
  const other = nameAt(ctx, j);
  if (!other || other.prefix > 0 || other.name.month !== ref.month.abs || other.name.calendar !== ref.calendar) return ref;
  let last = other.last;
  if (open) {
    const c = next(ctx, last);
    if (!isPunct(ctx, c, ')')) return ref;
    last = c;
  }
  return { ...ref, last, ambiguous: false };
}

/** −1 / 0 / +1 for الماضي / الحالي / المقبل at token i. */
export function relativeWord(ctx: Ctx, i: number): number | undefined {
  const k = wordKey(ctx, i);
  if (k === undefined) return undefined;
  if (PAST_WORDS.has(k)) return -1;
  if (NEXT_WORDS.has(k)) return 1;
  if (CURRENT_WORDS.has(k) && k.startsWith('ال')) return 0;
  return undefined;
}

export interface YearRef {
  year: YearSpec;
  first: number;
  last: number;
  prefix: number;
  /** Introduced by عام / سنة (or a relative year). */
  cue: boolean;
  era?: Calendar;
}

/** The era word after a year (م، هـ، ميلادي، هجري), if any: calendar and its token. */
function eraAt(ctx: Ctx, i: number): { era: Calendar; last: number } | undefined {
  const k = wordKey(ctx, i);
  if (k === undefined) return undefined;
  if (GREGORIAN_ERA.has(k)) return { era: 'gregorian', last: i };
  if (HIJRI_ERA.has(k)) return { era: 'hijri', last: i };
  return undefined;
}

/**
 * A year at i: [من|في|ل|ب]? (عام|سنة|العام) (YYYY | (YYYY)) [era], or YYYY + era, or (when `bare`) a plain four-digit
 * year; or a relative year (العام الماضي، السنة القادمة، هذا العام).
 */
export function yearRef(ctx: Ctx, i: number, bare: boolean): YearRef | undefined {
  if (i < 0) return undefined;
  let j = i;
  let prefix = 0;
  let cue = false;
  // "من عام", "في سنة": the preposition is a separate word.
  if ((isWord(ctx, j, MIN) || isWord(ctx, j, FI)) && wordClitic(ctx, next(ctx, j), YEAR_CUES, false) === 0) j = next(ctx, j);
  const c = wordClitic(ctx, j, YEAR_CUES);
  if (c >= 0) {
    const after = next(ctx, j);
    const rel = relativeWord(ctx, after);
    if (rel !== undefined) return { year: { rel }, first: i, last: after, prefix: j === i ? c : 0, cue: true };
    cue = true;
    if (j === i) prefix = c;
    j = after;
  } else if (wordClitic(ctx, j, THIS) >= 0 && isWord(ctx, next(ctx, j), keySet(['العام', 'السنة']))) {
    return { year: { rel: 0 }, first: i, last: next(ctx, j), prefix: j === i ? wordClitic(ctx, j, THIS) : 0, cue: true };
  } else if (j !== i) {
    return undefined;
  }
  let open = false;
  if (cue && isPunct(ctx, j, '(')) { open = true; j = next(ctx, j); }
  const n = plainNumber(ctx, j);
  if (!n) return undefined;
  const maxDigits = 4;
  if (n.digits > maxDigits || n.value < 1) return undefined;
  if (!cue && n.digits < 3) return undefined;
  let last = j;
  if (open) {
    const close = next(ctx, last);
    if (!isPunct(ctx, close, ')')) return undefined;
    last = close;
  }
  const era = eraAt(ctx, next(ctx, last));
  if (era) last = era.last;
  if (!cue && !era && !bare) return undefined;
  const calendar: Calendar = era?.era ?? 'gregorian';
  const ref: YearRef = { year: { abs: n.value, calendar }, first: i, last, prefix, cue };
  if (era) ref.era = era.era;
  return ref;
}

function yearAfter(ctx: Ctx, i: number): YearRef | undefined {
  let j = i;
  if (isPunct(ctx, j, '،', ',')) j = next(ctx, j);
  const y = yearRef(ctx, j, true);
  if (!y) return undefined;
  if (!y.cue && !y.era && 'abs' in y.year && plainNumber(ctx, y.first)!.digits !== 4) return undefined;
  return y;
}

/** The month's calendar unless the year's era says otherwise (a Hijri year after a Hijri month). */
function calendarOf(month: MonthRef, year: YearRef | undefined): Calendar {
  if (year?.era) return year.era;
  return month.calendar;
}

/** day [من] month [year]: 20 يونيو 2024، الأول من شباط، 14 شهر شباط، 15 رمضان 1445هـ. */
export function parseDayMonth(ctx: Ctx, i: number): DateCandidate | undefined {
  const day = smallNumber(ctx, i, 31, true);
  if (!day) return undefined;
  let j = next(ctx, day.last);
  if (isWord(ctx, j, MIN)) j = next(ctx, j);
  const month = monthRef(ctx, j);
  if (!month) return undefined;
  const year = yearAfter(ctx, next(ctx, month.last));
  const calendar = calendarOf(month, year);
  const cand: DateCandidate = {
    first: i, last: year ? year.last : month.last, prefix: day.prefix,
    expr: { type: 'calendar', calendar, month: month.month, day: day.value, ...(year ? { year: year.year } : {}) },
  };
  return cand;
}

/** month day [year] (as in "يوليو 13", "اغسطس 27"), month [year], with direction words (يونيو الماضي). */
export function parseMonthFirst(ctx: Ctx, i: number): DateCandidate | undefined {
  const month = monthRef(ctx, i);
  if (!month || !('abs' in month.month)) return undefined;
  const j = next(ctx, month.last);
  // month + day: a one- or two-digit number that is not a clock time or the start of a numeric date.
  const d = plainNumber(ctx, j);
  if (d && d.digits <= 2 && d.value >= 1 && d.value <= 31 && !isPunct(ctx, next(ctx, j), ':', '/', '.')) {
    const year = yearAfter(ctx, next(ctx, j));
    return {
      first: i, last: year ? year.last : j, prefix: month.prefix,
      expr: { type: 'calendar', calendar: calendarOf(month, year), month: month.month, day: d.value, ...(year ? { year: year.year } : {}) },
    };
  }
  const year = yearAfter(ctx, j);
  if (year) {
    return { first: i, last: year.last, prefix: month.prefix, expr: { type: 'calendar', calendar: calendarOf(month, year), month: month.month, year: year.year } };
  }
  const rel = relativeWord(ctx, j);
  const cand: DateCandidate = { first: i, last: month.last, prefix: month.prefix, expr: { type: 'calendar', calendar: month.calendar, month: month.month } };
  if (rel !== undefined) {
    cand.last = j;
    cand.direction = rel < 0 ? 'past' : rel > 0 ? 'future' : 'current';
    return cand;
  }
  if (month.ambiguous && !cuedBefore(ctx, i, month.prefix)) return undefined;
  return cand;
}

/** A month name that is also a common word needs a cue: في مارس، منذ رمضان، مطلع تموز، شهر آب. */
function cuedBefore(ctx: Ctx, i: number, prefix: number): boolean {
  if (prefix > 0) {
    const k = wordKey(ctx, i)!;
    if (k[prefix - 1] === 'ب' || k[prefix - 1] === 'ل') return true; // بتموز، لرمضان
  }
  const p = ctx.toks[i - 1];
  if (!p || ctx.toks[i]!.brk || p.kind !== 'word') return false;
  return matchClitic(p.key, MONTH_CUES, true) >= 0;
}

/** منتصف آذار (day 15)، بداية شهر 3 (day 1)، مطلع يونيو، أواخر 2019 (a part of a month or a year). */
export function parseMonthPart(ctx: Ctx, i: number): DateCandidate | undefined {
  const k = wordKey(ctx, i);
  if (k === undefined) return undefined;
  const hit = lookupClitic(k, MONTH_PARTS, true);
  if (!hit) return undefined;
  const part = hit.entry;
  const j = next(ctx, i);
  const month = monthRef(ctx, j);
  if (month) {
    const year = yearAfter(ctx, next(ctx, month.last));
    const last = year ? year.last : month.last;
    const base = { type: 'calendar' as const, calendar: calendarOf(month, year), month: month.month, ...(year ? { year: year.year } : {}) };
    if (part === 'mid') return { first: i, last, prefix: hit.prefix, expr: { ...base, day: 15 } };
    if (part === 'start') return { first: i, last, prefix: hit.prefix, expr: { ...base, day: 1 } };
    return { first: i, last, prefix: hit.prefix, expr: { ...base, part } };
  }
  const year = yearRef(ctx, j, true);
  if (year && 'abs' in year.year) {
    return { first: i, last: year.last, prefix: hit.prefix, expr: { type: 'calendar', calendar: year.year.calendar, year: year.year, part } };
  }
  return undefined;
}

/** عام 2017، سنة (1935) م، في 1950، 1445هـ، 2017م، صيف 2014, and bare years that pass `bareYearOk`; 2009-2024. */
export function parseYear(ctx: Ctx, i: number): DateCandidate | undefined {
  let y = yearRef(ctx, i, false);
  let first = i;
  let prefix = 0;
  if (!y) {
    const k = wordKey(ctx, i);
    if (k !== undefined && (FI.has(k) || matchClitic(k, FI, false) >= 0 || matchClitic(k, SEASONS, true) >= 0)) {
      // "في 1950", "صيف 2014": the preposition stays out of the span, the season stays in.
      const season = matchClitic(k, SEASONS, true);
      const n = plainNumber(ctx, next(ctx, i));
      if (n && n.digits === 4 && n.value >= 1000 && n.value <= 2199 && !isIndefiniteNoun(ctx.toks[next(ctx, next(ctx, i))]) && !followedByUnit(ctx, next(ctx, i))) {
        y = yearRef(ctx, next(ctx, i), true);
        if (y && season >= 0) { first = i; prefix = season; } else if (y) first = y.first;
      }
    } else if (ctx.toks[i]?.kind === 'number') {
      const n = plainNumber(ctx, i);
      if (n && n.digits === 4) {
        const withEra = yearRef(ctx, i, false);
        if (withEra) y = withEra;
        else if (bareYearOk(ctx, i, n.value)) y = yearRef(ctx, i, true);
      }
    }
  } else {
    prefix = y.prefix;
  }
  if (!y || !('abs' in y.year)) {
    if (y && 'rel' in y.year) return { first: i, last: y.last, prefix: y.prefix, expr: { type: 'calendar', calendar: 'gregorian', year: y.year } };
    return undefined;
  }
  const cand: DateCandidate = { first, last: y.last, prefix, expr: { type: 'calendar', calendar: y.year.calendar, year: y.year } };
  // A range of years: 2009-2024, 1939 - 1945.
  const dash = next(ctx, y.last);
  if (isPunct(ctx, dash, '-', '–', '—')) {
    const n2 = plainNumber(ctx, next(ctx, dash));
    if (n2 && n2.digits === 4 && n2.value > y.year.abs && n2.value - y.year.abs < 200) {
      cand.last = next(ctx, dash);
      cand.until = { type: 'calendar', calendar: y.year.calendar, year: { abs: n2.value, calendar: y.year.calendar } };
    }
  }
  return cand;
}

function followedByUnit(ctx: Ctx, i: number): boolean {
  const j = next(ctx, i);
  const t = ctx.toks[j];
  if (!t || j < 0) return false;
  if (t.kind === 'punct' || t.kind === 'symbol') return t.key === '%' || t.key === '$' || t.key === '€';
  return t.kind === 'word' && UNIT_KEYS.has(t.key);
}

/**
 * A four-digit number alone is a year when it looks like one (1900–2099) and nothing makes it a count: no noun or
 * unit after it, no "رقم", "القرار", "بلغ", "نحو" before it, not part of 10:30, 20/6, 1,500 or 15-20.
 */
export function bareYearOk(ctx: Ctx, i: number, value: number): boolean {
  if (value < 1900 || value > 2099) return false;
  const t = ctx.toks[i]!;
  const prev = ctx.toks[i - 1];
  const nx = ctx.toks[i + 1];
  if (prev && !t.brk && !t.gap && (prev.kind === 'punct' || prev.kind === 'symbol') && prev.key !== '(' && prev.key !== '«' && prev.key !== '"') return false;
  if (nx && !nx.brk && !nx.gap && (nx.kind === 'punct' || nx.kind === 'symbol') && !['.', '،', ',', ')', '»', '"', ';', '؛', ':'].includes(nx.key)) return false;
  if (nx && !nx.brk && (nx.kind === 'punct') && ['/', ':', '-'].includes(nx.key)) {
    // 2009-2024 is a range of years; 2024/06/20 and 10:30 are not bare years.
    if (!(nx.key === '-' && plainNumber(ctx, i + 2)?.digits === 4)) return false;
  }
  if (prev && !t.brk && prev.kind === 'word' && (NUMBER_BLOCKERS.has(prev.key) || matchClitic(prev.key, NUMBER_BLOCKERS, true) >= 0)) return false;
  if (prev && !t.brk && (prev.kind === 'punct' || prev.kind === 'symbol') && (prev.key === '$' || prev.key === '-' || prev.key === '#')) return false;
  if (nx && !nx.brk && isIndefiniteNoun(nx)) return false;
  if (followedByUnit(ctx, i)) return false;
  return true;
}

/**
 * Numeric dates: d/m/yyyy, yyyy-mm-dd, d-m-yyyy, d.m.yyyy (spaces allowed around "/"), m/yyyy, and d/m when
 * `dayMonth` (after a weekday, يوم or بتاريخ). A trailing هـ makes it Hijri.
 */
export function parseNumeric(ctx: Ctx, i: number, dayMonth: boolean): DateCandidate | undefined {
  let open = false;
  let j = i;
  if (isPunct(ctx, j, '(')) { open = true; j = next(ctx, j); }
  const a = plainNumber(ctx, j);
  if (!a) return undefined;
  const s1 = next(ctx, j);
  if (!isPunct(ctx, s1, '/', '-', '.', '\\')) return undefined;
  const sep = ctx.toks[s1]!.key;
  const tight = sep !== '/';
  if (tight && (ctx.toks[s1]!.gap || ctx.toks[s1 + 1]?.gap)) return undefined;
  const jb = next(ctx, s1);
  const b = plainNumber(ctx, jb);
  if (!b) return undefined;
  const s2 = next(ctx, jb);
  let parts: Array<{ value: number; digits: number }> = [a, b];
  let last = jb;
  if (isPunct(ctx, s2, sep) && !(tight && (ctx.toks[s2]!.gap || ctx.toks[s2 + 1]?.gap))) {
    const jc = next(ctx, s2);
    let c = plainNumber(ctx, jc);
    let lastC = jc;
    if (!c && isPunct(ctx, jc, '(')) {
      // Wojood's "21 / 1 / ( 1942 )"
      const inner = plainNumber(ctx, next(ctx, jc));
      if (inner && isPunct(ctx, next(ctx, next(ctx, jc)), ')')) { c = inner; lastC = next(ctx, next(ctx, jc)); }
    }
    if (c) { parts = [a, b, c]; last = lastC; }
  }
  let year: number | undefined;
  let month: number;
  let day: number | undefined;
  if (parts.length === 3) {
    const [p, q, r] = parts as [typeof a, typeof a, typeof a];
    if (p.digits === 4) { year = p.value; month = q.value; day = r.value; }
    else if (r.digits === 4 && p.digits <= 2 && q.digits <= 2) { day = p.value; month = q.value; year = r.value; }
    else if (r.digits === 2 && p.digits <= 2 && q.digits <= 2 && sep === '/') { day = p.value; month = q.value; year = 2000 + r.value; }
    else return undefined;
  } else {
    // m/yyyy only for years that look like years: 2/1000 is a fraction.
    if (a.digits <= 2 && b.digits === 4 && b.value >= 1800 && b.value <= 2199 && (sep === '/' || sep === '-')) { month = a.value; year = b.value; }
    else if (dayMonth && a.digits <= 2 && b.digits <= 2) { day = a.value; month = b.value; }
    else return undefined;
  }
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
  let calendar: Calendar = 'gregorian';
  if (open) {
    const close = next(ctx, last);
    if (!isPunct(ctx, close, ')')) return undefined;
    last = close;
  }
  const era = eraAt(ctx, next(ctx, last));
  if (era) { calendar = era.era; last = era.last; }
  const expr = { type: 'calendar' as const, calendar, month: { abs: month }, ...(day !== undefined ? { day } : {}), ...(year !== undefined ? { year: { abs: year, calendar } } : {}) };
  return { first: i, last, prefix: 0, expr };
}

/** عيد الفطر، عيد الأضحى 2013، رأس السنة الهجرية، عيد الميلاد 2020، الكريسماس. */
export function parseHoliday(ctx: Ctx, i: number): DateCandidate | undefined {
  const k0 = wordKey(ctx, i);
  if (k0 === undefined) return undefined;
  const firsts: Array<[string, number]> = [[k0, 0]];
  if (k0.length > 3 && (k0[0] === 'و' || k0[0] === 'ب' || k0[0] === 'ف' || k0[0] === 'ل')) firsts.push([k0.slice(1), 1]);
  for (const [first, prefix] of firsts) {
    const words = [first];
    let j = i;
    const ends: number[] = [i];
    for (let n = 1; n < HOLIDAY_MAX_WORDS; n++) {
      const nj = next(ctx, j);
      const k = wordKey(ctx, nj);
      if (k === undefined) break;
      words.push(k);
      ends.push(nj);
      j = nj;
    }
    for (let n = words.length; n >= 1; n--) {
      const rule = HOLIDAYS.get(words.slice(0, n).join(' '));
      if (!rule) continue;
      const last = ends[n - 1]!;
      const year = yearAfter(ctx, next(ctx, last));
      return { first: i, last: year ? year.last : last, prefix, expr: { type: 'holiday', rule, ...(year ? { year: year.year } : {}) } };
    }
  }
  return undefined;
}
