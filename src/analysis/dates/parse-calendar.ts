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
const THE_YEAR = keySet(['العام', 'السنة']);
const HOLY = keySet(['المبارك', 'الكريم', 'المعظم', 'الفضيل', 'المبارك،']);
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
  /** The end of a range of years. */
  until?: number;
  /** Digits of the year as written (0 for a relative year). */
  digits: number;
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
export function yearRef(ctx: Ctx, i: number, bare: boolean, parenthesized = false): YearRef | undefined {
  if (i < 0) return undefined;
  let j = i;
  let prefix = 0;
  let cue = false;
  let first = i;
  // "من عام", "في سنة": the preposition is a separate word, left out of the span.
  if ((isWord(ctx, j, MIN) || isWord(ctx, j, FI)) && wordClitic(ctx, next(ctx, j), YEAR_CUES, false) === 0) { j = next(ctx, j); first = j; }
  const c = wordClitic(ctx, j, YEAR_CUES);
  if (c >= 0) {
    const after = next(ctx, j);
    const rel = relativeWord(ctx, after);
    if (rel !== undefined) return { year: { rel }, first, last: after, prefix: c, cue: true, digits: 0 };
    cue = true;
    prefix = c;
    j = after;
  } else if (wordClitic(ctx, j, THIS) >= 0 && isWord(ctx, next(ctx, j), THE_YEAR)) {
    return { year: { rel: 0 }, first, last: next(ctx, j), prefix: wordClitic(ctx, j, THIS), cue: true, digits: 0 };
  } else if (j !== i) {
    return undefined;
  }
  let open = false;
  if ((cue || parenthesized) && isPunct(ctx, j, '(')) { open = true; j = next(ctx, j); }
  const n = plainNumber(ctx, j);
  if (!n) return undefined;
  if (n.digits > 4 || n.value < 1) return undefined;
  if (!cue && n.digits < 3) return undefined;
  let last = j;
  // "عام (1931/1932)", "لسنة 1958-1963": a range of years.
  let until: number | undefined;
  const sep = next(ctx, last);
  if (isPunct(ctx, sep, '/', '-', '–') && n.digits === 4) {
    const m = plainNumber(ctx, next(ctx, sep));
    if (m && m.digits === 4 && m.value > n.value && m.value - n.value < 200) { until = m.value; last = next(ctx, sep); }
  }
  if (open) {
    const close = next(ctx, last);
    if (!isPunct(ctx, close, ')')) return undefined;
    last = close;
  }
  const era = eraAt(ctx, next(ctx, last));
  // A single-letter era after a bare number is as often a unit (1000 م is a thousand metres).
  if (era && !cue && ctx.toks[era.last]!.key.length === 1 && era.era === 'gregorian' && n.value < 1500) return undefined;
  if (era) last = era.last;
  if (!cue && !era && !bare) return undefined;
  const calendar: Calendar = era?.era ?? 'gregorian';
  const ref: YearRef = { year: { abs: n.value, calendar }, first, last, prefix, cue, digits: n.digits };
  if (until !== undefined) ref.until = until;
  if (era) ref.era = era.era;
  return ref;
}

function yearAfter(ctx: Ctx, i: number): YearRef | undefined {
  let j = i;
  if (isPunct(ctx, j, '،', ',', '/')) j = next(ctx, j);
  const y = yearRef(ctx, j, true, true);
  if (!y) return undefined;
  if (!y.cue && !y.era && 'abs' in y.year && y.digits !== 4) return undefined;
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
  // "20 من يونيو"; "20 / شعبان / 1428" (with its year: "3/صفر" alone is a football score)
  const slashed = isPunct(ctx, j, '/', '-');
  if (isWord(ctx, j, MIN) || slashed) j = next(ctx, j);
  const month = monthRef(ctx, j);
  if (!month) {
    // "في 25 الجاري", "يوم 3 المقبل": a day of the current, last or next month (شهر is masculine).
    const rel = !slashed && day.ordinal === false ? relativeWord(ctx, j) : undefined;
    if (rel === undefined || wordKey(ctx, j)!.endsWith('ه')) return undefined;
    return { first: i, last: j, prefix: day.prefix, expr: { type: 'calendar', calendar: 'gregorian', month: { rel }, day: day.value } };
  }
  const year = yearAfter(ctx, next(ctx, month.last));
  if (slashed && !year) return undefined;
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
  // A label before the date in brackets: "شباط (28/2/1945)", "تموز (1970)".
  const open = next(ctx, month.last);
  if (isPunct(ctx, open, '(')) {
    const inner = parseNumeric(ctx, next(ctx, open), false);
    const close = inner ? next(ctx, inner.last) : -1;
    if (inner && isPunct(ctx, close, ')') && inner.expr.type === 'calendar') {
      return { ...inner, first: i, last: close, prefix: month.prefix };
    }
  }
  let j = next(ctx, month.last);
  // رمضان المبارك
  if (month.calendar === 'hijri' && isWord(ctx, j, HOLY)) { month.last = j; month.ambiguous = false; j = next(ctx, j); }
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
  if (year && !(STRICT_MONTHS.has(wordKey(ctx, i)!.slice(month.prefix)) && month.prefix > 0)) {
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

/** آب and ماي are also "father" and a Yemeni city (إب) or "my": a month only with a day, a year or شهر. */
const STRICT_MONTHS = keySet(['آب', 'ماي']);

/** A month name that is also a common word needs a cue: في مارس، منذ رمضان، مطلع تموز، شهر آب. */
function cuedBefore(ctx: Ctx, i: number, prefix: number): boolean {
  if (STRICT_MONTHS.has(wordKey(ctx, i)!.slice(prefix))) return false;
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
  if (year) {
    const calendar = 'abs' in year.year ? year.year.calendar : 'gregorian';
    return { first: i, last: year.last, prefix: hit.prefix, expr: { type: 'calendar', calendar, year: year.year, part } };
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
    const season = k === undefined ? -1 : matchClitic(k, SEASONS, true);
    if (season >= 0) {
      // "صيف 2014": the season is part of the span.
      const n = plainNumber(ctx, next(ctx, i));
      if (n && n.digits === 4 && n.value >= 1000 && n.value <= 2199 && !isIndefiniteNoun(ctx.toks[next(ctx, next(ctx, i))]) && !followedByUnit(ctx, next(ctx, i))) {
        y = yearRef(ctx, next(ctx, i), true);
        if (y) { first = i; prefix = season; }
      }
    } else if (isPunct(ctx, i, '(')) {
      // "(1343) هجري": a bracketed year with its era.
      const inner = yearRef(ctx, i, false, true);
      if (inner && inner.era && 'abs' in inner.year) { y = inner; first = i; }
    } else if (ctx.toks[i]?.kind === 'number') {
      const n = plainNumber(ctx, i);
      if (n && n.digits === 4) {
        const withEra = yearRef(ctx, i, false);
        if (withEra) y = withEra;
        else if (bareYearOk(ctx, i, n.value) || afterFi(ctx, i, n.value)) y = yearRef(ctx, i, true);
      }
    }
  } else {
    prefix = y.prefix;
  }
  if (!y || !('abs' in y.year)) {
    if (y && 'rel' in y.year) return { first: i, last: y.last, prefix: y.prefix, expr: { type: 'calendar', calendar: 'gregorian', year: y.year } };
    return undefined;
  }
  const cand: DateCandidate = { first: y.cue ? y.first : first, last: y.last, prefix: y.cue ? y.prefix : prefix, expr: { type: 'calendar', calendar: y.year.calendar, year: y.year } };
  if (y.until !== undefined) cand.until = { type: 'calendar', calendar: y.year.calendar, year: { abs: y.until, calendar: y.year.calendar } };
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

/** "في 1950": a four-digit number after في is a year unless a noun or a unit follows it (في 1500 منزل). */
function afterFi(ctx: Ctx, i: number, value: number): boolean {
  if (value < 1000 || value > 2199 || ctx.toks[i]!.brk) return false;
  const p = wordKey(ctx, i - 1);
  if (p === undefined || !(FI.has(p) || matchClitic(p, FI, false) >= 0)) return false;
  if (followedByUnit(ctx, i)) return false;
  // In the years news talks about, "في 2017" is a year whatever follows (a verb looks like a noun here).
  return (value >= 1900 && value <= 2099) || !isIndefiniteNoun(ctx.toks[next(ctx, i)]);
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
  // 2009-2024 is a range of years; 2024/06/20, 10:30 and 1,500 are not years.
  const yearRange = nx !== undefined && !nx.brk && nx.key === '-' && plainNumber(ctx, i + 2)?.digits === 4;
  if (nx && !nx.brk && !nx.gap && (nx.kind === 'punct' || nx.kind === 'symbol') && !yearRange && !['.', '،', ',', ')', '»', '"', ';', '؛', ':'].includes(nx.key)) return false;
  if (nx && !nx.brk && nx.kind === 'punct' && ['/', ':', '-'].includes(nx.key) && !yearRange) return false;
  if (prev && !t.brk && prev.kind === 'word' && (NUMBER_BLOCKERS.has(prev.key) || matchClitic(prev.key, NUMBER_BLOCKERS, true) >= 0)) return false;
  if (prev && !t.brk && (prev.kind === 'punct' || prev.kind === 'symbol') && (prev.key === '$' || prev.key === '-' || prev.key === '#')) return false;
  // A noun after a number is what it counts ("1987 شخصا"), unless the number follows a definite noun, as a year
  // in construct does: "الانتفاضة الأولى 1987 صادرة", "حرب 1967".
  const afterDefinite = prev !== undefined && !t.brk && prev.kind === 'word' && prev.key.startsWith('ال');
  if (nx && !nx.brk && isIndefiniteNoun(nx) && !afterDefinite) return false;
  if (followedByUnit(ctx, i)) return false;
  return true;
}

/**
 * Numeric dates: d/m/yyyy, yyyy-mm-dd, d-m-yyyy, d.m.yyyy (spaces allowed around "/"), m/yyyy, and d/m when
 * `dayMonth` (after a weekday, يوم or بتاريخ). A trailing هـ makes it Hijri, and so does a year of 1350–1500.
 */
const RE_DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
/** Years a numeric date without an era is read as Hijri. */
const HIJRI_NUMERIC_YEARS = [1350, 1500] as const;

export function parseNumeric(ctx: Ctx, i: number, dayMonth: boolean): DateCandidate | undefined {
  const j = i;
  // 20.6.2024 reaches us as one number token (dots between digits).
  const dotted = ctx.toks[j]?.kind === 'number' ? RE_DOTTED_DATE.exec(ctx.toks[j]!.key) : null;
  if (dotted) {
    const [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
    return { first: i, last: i, prefix: 0, expr: { type: 'calendar', calendar: 'gregorian', month: { abs: m }, day: d, year: { abs: y, calendar: 'gregorian' } } };
  }
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
  /** A number, or a year in brackets ("21/4/(1942)", as archives write it): value and last token. */
  const partAt = (k: number): [{ value: number; digits: number }, number] | undefined => {
    const n = plainNumber(ctx, k);
    if (n) return [n, k];
    if (!isPunct(ctx, k, '(')) return undefined;
    const inner = plainNumber(ctx, next(ctx, k));
    return inner && inner.digits === 4 && isPunct(ctx, next(ctx, next(ctx, k)), ')') ? [inner, next(ctx, next(ctx, k))] : undefined;
  };
  let rangeEnd: number | undefined;
  if (isPunct(ctx, s2, sep) && !(tight && (ctx.toks[s2]!.gap || ctx.toks[s2 + 1]?.gap))) {
    const c = partAt(next(ctx, s2));
    if (c) {
      parts = [a, b, c[0]];
      last = c[1];
      // "9/10/10/(1940)": days 9 to 10 of October 1940.
      const s3 = next(ctx, last);
      if (c[0].digits <= 2 && isPunct(ctx, s3, sep)) {
        const d = partAt(next(ctx, s3));
        if (d && d[0].digits === 4 && a.digits <= 2 && b.digits <= 2 && b.value > a.value) {
          rangeEnd = b.value;
          parts = [a, c[0], d[0]];
          last = d[1];
        }
      }
    }
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
  // 4/22/1948: month first, as some archives write it.
  if (day !== undefined && month > 12 && day <= 12 && month <= 31) [day, month] = [month, day];
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
  let calendar: Calendar = 'gregorian';
  const era = eraAt(ctx, next(ctx, last));
  if (era) { calendar = era.era; last = era.last; }
  // "01/11/1436" with no era: a year of 1350–1500 in a numeric date is Hijri (1931–2077), as Saudi and Gulf news write
  // it; a Gregorian date of those centuries is not written with slashes in the news.
  else if (year !== undefined && year >= HIJRI_NUMERIC_YEARS[0] && year <= HIJRI_NUMERIC_YEARS[1]) calendar = 'hijri';
  const expr = { type: 'calendar' as const, calendar, month: { abs: month }, ...(day !== undefined ? { day } : {}), ...(year !== undefined ? { year: { abs: year, calendar } } : {}) };
  const cand: DateCandidate = { first: i, last, prefix: 0, expr };
  if (rangeEnd !== undefined) cand.until = { ...expr, day: rangeEnd };
  return cand;
}

/** عيد الفطر، عيد الأضحى 2013، رأس السنة الهجرية، عيد الميلاد 2020، الكريسماس. */
const HOLIDAY_FIRST_WORDS: ReadonlySet<string> = new Set([...HOLIDAYS.keys()].map((k) => k.split(' ')[0]!));

export function parseHoliday(ctx: Ctx, i: number): DateCandidate | undefined {
  const k0 = wordKey(ctx, i);
  if (k0 === undefined || !(HOLIDAY_FIRST_WORDS.has(k0) || HOLIDAY_FIRST_WORDS.has(k0.slice(1)))) return undefined;
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
