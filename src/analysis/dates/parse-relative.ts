/**
 * Dates relative to the publication date: أمس، أول أمس، اليوم، غدا، بعد غد; الأسبوع الماضي، الشهر المقبل، هذا العام;
 * قبل ثلاثة أيام، منذ عامين، بعد أسبوع; خلال الأيام الخمسة الماضية; weekdays (الخميس، الأحد الماضي، الاثنين من هذا
 * الأسبوع) and the n-th weekday, day or week of a month (ثالث ثلاثاء من أيلول 2014، آخر يوم من أكتوبر).
 */
import { lookupClitic, matchClitic } from '../numbers/token-view.js';
import { keySet, lexicalKey, lexicon } from '../numbers/fold.js';
import type { Ctx } from './context.js';
import { isPunct, isWord, next, smallNumber, wordClitic, wordKey } from './context.js';
import { monthRef, parseDayMonth, parseNumeric, relativeWord, yearRef } from './parse-calendar.js';
import {
  PERIODS, RELATIVE_DAYS, TIME_UNITS, WEEKDAYS_BARE, WEEKDAYS_DEFINITE, YEAR_CUES, type TimeUnitWord,
} from './lexicon.js';
import type { DateCandidate, Grain, MonthSpec } from './types.js';

const YAWM = keySet(['يوم']);
const AL_YAWM = keySet(['اليوم']);
const LINKERS = keySet(['الذي', 'الي', 'اللي']);
const AWWAL = keySet(['أول']);
const QABL = keySet(['قبل', 'القبل']);
const BAAD = keySet(['بعد']);
const MUNDHU = keySet(['منذ', 'مذ', 'من']);
const AGO = keySet(['قبل', 'منذ', 'مذ']);
const MIN = keySet(['من']);
const AMS = keySet(['أمس', 'الأمس', 'البارحة', 'امبارح', 'مبارح']);
const GHAD = keySet(['غد', 'الغد', 'بكرة', 'بكرا', 'غدا']);
const THIS = keySet(['هذا', 'هذه']);
const WEEK = keySet(['الأسبوع', 'الاسبوع']);
const WEEK_BARE = keySet(['أسبوع', 'اسبوع']);
const IN_OF = keySet(['من', 'في']);
const KHILAL = keySet(['خلال', 'طوال', 'طيلة', 'غضون']);
const LAST_ADJ = keySet(['الماضية', 'الماضي', 'الأخيرة', 'الاخيرة', 'المنصرمة', 'الفائتة', 'السابقة']);
const NEXT_ADJ = keySet(['المقبلة', 'القادمة', 'التالية']);
const AFTER_EVENT = keySet(['من', 'على', 'ذلك', 'عن']);
/**
 * Words before اليوم that make it something other than today: that day (ذلك اليوم، نفس اليوم), per day (في اليوم،
 * باليوم), and the names of outlets (عين اليوم، صحيفة اليوم، روسيا اليوم، المصري اليوم).
 */
const TODAY_BLOCKERS_PREV = keySet(['ذلك', 'نفس', 'ذات', 'في', 'عين', 'صحيفة', 'جريدة', 'روسيا', 'المصري', 'أخبار', 'اخبار']);
const AL_AWWAL = keySet(['الأول']);
const ONLY = keySet(['فقط', 'فحسب', 'تقريبا', 'تقريباً']);
const LINK_DATE = keySet(['الموافق', 'الموافقة', 'في']);
const AS_SABIQ = keySet(['السابق']);
const BARE_GHAD = lexicalKey('غد');
/** "ثالث ثلاثاء", "آخر اثنين": the n-th (−1 = last) in construct. */
const ORDINAL_N_VALUE: ReadonlyMap<string, number> = lexicon<number>([
  ['أول', 1], ['ثاني', 2], ['ثان', 2], ['ثالث', 3], ['رابع', 4], ['خامس', 5], ['آخر', -1], ['اخر', -1],
]);
const ORDINAL_N: ReadonlySet<string> = new Set(ORDINAL_N_VALUE.keys());
/** "الثلاثاء الثالث من أيلول", "الاثنين الأخير": the n-th (−1 = last) after the weekday. */
const ORDINAL_DEF: ReadonlyMap<string, number> = lexicon<number>([
  ['الأول', 1], ['الأولى', 1], ['الثاني', 2], ['الثانية', 2], ['الثان', 2], ['الثالث', 3], ['الثالثة', 3], ['الرابع', 4],
  ['الرابعة', 4], ['الخامس', 5], ['الخامسة', 5], ['الأخير', -1], ['الأخيرة', -1],
]);

/** أمس، اليوم، غدا، أول أمس، أول من أمس، قبل أمس، بعد غد، (يوم|اليوم الذي) بعد الغد, with an optional weekday after. */
export function parseRelativeDay(ctx: Ctx, i: number): DateCandidate | undefined {
  let j = i;
  let prefix = 0;
  // Optional lead: يوم / اليوم [الذي|الي] before قبل / بعد / أمس / غد.
  const lead = wordClitic(ctx, j, YAWM) >= 0 ? wordClitic(ctx, j, YAWM) : wordClitic(ctx, j, AL_YAWM);
  let led = false;
  if (lead >= 0) {
    let k = next(ctx, j);
    if (isWord(ctx, k, LINKERS)) k = next(ctx, k);
    const kk = wordKey(ctx, k);
    if (kk !== undefined && (QABL.has(kk) || BAAD.has(kk) || AMS.has(kk) || GHAD.has(kk))) { prefix = lead; j = k; led = true; }
  }
  let offset: number | undefined;
  let last = j;
  const k = wordKey(ctx, j);
  if (k === undefined) return undefined;
  if (matchClitic(k, AWWAL, true) >= 0) {
    let m = next(ctx, j);
    if (isWord(ctx, m, MIN)) m = next(ctx, m);
    if (isWord(ctx, m, AMS)) { offset = -2; last = m; }
  } else if (matchClitic(k, QABL, true) >= 0 || QABL.has(k)) {
    const m = next(ctx, j);
    if (isWord(ctx, m, AMS)) { offset = -2; last = m; }
  } else if (matchClitic(k, BAAD, true) >= 0 || BAAD.has(k)) {
    const m = next(ctx, j);
    if (isWord(ctx, m, GHAD)) { offset = 2; last = m; }
  }
  if (offset === undefined) {
    const hit = lookupClitic(k, RELATIVE_DAYS, true);
    if (!hit) return undefined;
    offset = hit.entry;
    if (!led) prefix = hit.prefix;
    if (offset === -1 && isWord(ctx, next(ctx, j), AL_AWWAL)) { offset = -2; last = next(ctx, j); } // أمس الأول
    if (AL_YAWM.has(k.slice(hit.prefix)) && !led) {
      // اليوم: today, unless "اليوم التالي", "اليوم الأول", "اليوم العالمي …", or "ذلك اليوم".
      const p = ctx.toks[i - 1];
      if (p && !ctx.toks[i]!.brk && p.kind === 'word' && TODAY_BLOCKERS_PREV.has(p.key)) return undefined;
      const n = wordKey(ctx, next(ctx, j));
      if (n !== undefined && n.startsWith('ال') && !WEEKDAYS_DEFINITE.has(n)) {
        const rel = relativeWord(ctx, next(ctx, j));
        // "اليوم الماضي" is yesterday; "اليوم السابق" is the day before some event, not before publication.
        if (rel === -1 && !isWord(ctx, next(ctx, j), AS_SABIQ)) { offset = -1; last = next(ctx, j); }
        else return undefined;
      }
    } else if (k.slice(hit.prefix) === BARE_GHAD && !led) {
      // bare غد: only as يوم غد / الغد, never alone (غد is also a name and a verb root).
      return undefined;
    }
  }
  const cand: DateCandidate = { first: i, last, prefix, expr: { type: 'offset', unit: 'day', offset, grain: 'day' } };
  // أمس الخميس، اليوم الجمعة، غدا السبت (a comma may sit between).
  let w = next(ctx, last);
  if (isPunct(ctx, w, '،', ',')) w = next(ctx, w);
  const wd = weekdayWord(ctx, w, false);
  if (wd && wd.prefix === 0) { cand.weekday = wd.weekday; cand.last = wd.last; }
  return cand;
}

/** A weekday name at i: definite (الخميس، والخميس) or, when `bare`, a construct form (خميس). */
export function weekdayWord(ctx: Ctx, i: number, bare: boolean): { weekday: number; last: number; prefix: number; definite: boolean } | undefined {
  const k = wordKey(ctx, i);
  if (k === undefined) return undefined;
  const d = lookupClitic(k, WEEKDAYS_DEFINITE, true);
  if (d) {
    const n = wordKey(ctx, next(ctx, i));
    // الأحد عشر and الاثني عشر are ordinals; "كلا الاثنين", "بين الاثنين" are "the two".
    if ((d.entry === 0 || d.entry === 1) && n !== undefined && (n === 'عشر' || n === 'عشره')) return undefined;
    if (d.entry === 1) {
      const p = wordKey(ctx, i - 1);
      if (p !== undefined && !ctx.toks[i]!.brk && (p === 'كلا' || p === 'بين' || p === 'هذين')) return undefined;
    }
    return { weekday: d.entry, last: i, prefix: d.prefix, definite: true };
  }
  if (!bare) return undefined;
  const b = lookupClitic(k, WEEKDAYS_BARE, true);
  return b ? { weekday: b.entry, last: i, prefix: b.prefix, definite: false } : undefined;
}

/** الأسبوع الماضي، الشهر المقبل، العام الحالي، هذا الأسبوع، هذه السنة. */
export function parsePeriod(ctx: Ctx, i: number): DateCandidate | undefined {
  const k = wordKey(ctx, i);
  if (k === undefined) return undefined;
  let unitAt = i;
  let prefix = 0;
  let offset: number | undefined;
  const thisPrefix = matchClitic(k, THIS, true);
  if (thisPrefix >= 0) {
    unitAt = next(ctx, i);
    prefix = thisPrefix;
    offset = 0;
  }
  const uk = wordKey(ctx, unitAt);
  if (uk === undefined) return undefined;
  const unit = lookupClitic(uk, PERIODS, true);
  if (!unit) return undefined;
  if (unitAt === i) prefix = unit.prefix;
  else if (unit.prefix > 0) return undefined;
  let last = unitAt;
  if (offset === undefined) {
    const rel = relativeWord(ctx, next(ctx, unitAt));
    if (rel === undefined) return undefined;
    offset = rel;
    last = next(ctx, unitAt);
  }
  const grain: Grain = unit.entry;
  return { first: i, last, prefix, expr: { type: 'offset', unit: unit.entry, offset, grain } };
}

/** An amount of time at i: "ثلاثة أيام", "24 عامًا", "عامين", "أسبوع" (one). Returns amount, unit and last token. */
export function amountAt(ctx: Ctx, i: number): { amount: number; unit: TimeUnitWord['unit']; last: number } | undefined {
  if (i < 0) return undefined;
  const t = ctx.toks[i]!;
  if (t.kind === 'word') {
    const u = TIME_UNITS.get(t.key);
    if (u && !u.plural) return { amount: u.dual ? 2 : 1, unit: u.unit, last: i };
  }
  const h = ctx.hitAt[i];
  if (!h || h.kind !== 'cardinal' || h.vague || h.prefix > 0) return undefined;
  if (!Number.isFinite(h.value) || h.value <= 0 || h.value > 10_000) return undefined;
  const j = next(ctx, h.last);
  const k = wordKey(ctx, j);
  if (k === undefined) return undefined;
  const u = TIME_UNITS.get(k);
  if (!u || u.dual) return undefined;
  return { amount: h.value, unit: u.unit, last: j };
}

/** قبل ثلاثة أيام، منذ 24 عامًا، منذ عامين، بعد أسبوع (not "بعد أسبوع من الهجوم": that anchor is the event). */
export function parseAgo(ctx: Ctx, i: number): DateCandidate | undefined {
  const k = wordKey(ctx, i);
  if (k === undefined) return undefined;
  let sign = 0;
  let prefix = matchClitic(k, AGO, true);
  if (prefix >= 0) sign = -1;
  else {
    prefix = matchClitic(k, BAAD, true);
    if (prefix >= 0) sign = 1;
  }
  if (sign === 0) return undefined;
  const a = amountAt(ctx, next(ctx, i));
  if (!a) return undefined;
  // "قبل ثلاثة أيام من الانتخابات", "بعد أسبوع على الهجوم", "بعد أربعة أشهر فقط من تعيينه": counted from an
  // event, not from publication.
  let n = next(ctx, a.last);
  while (isWord(ctx, n, ONLY)) n = next(ctx, n);
  const after = wordKey(ctx, n);
  if (after !== undefined && (sign > 0 ? AFTER_EVENT.has(after) : after === 'من')) return undefined;
  if (sign > 0 && after !== undefined && after.startsWith('ال')) return undefined;
  const grain: Grain = a.unit === 'week' ? 'day' : a.unit;
  const cand: DateCandidate = { first: i, last: a.last, prefix, expr: { type: 'offset', unit: a.unit, offset: sign * a.amount, grain } };
  if (MUNDHU.has(k.slice(prefix)) && k.slice(prefix) !== 'من') cand.relation = 'since';
  return cand;
}

/** خلال الأيام الخمسة الماضية، في الأشهر الثلاثة الأخيرة، خلال 24 ساعة الماضية، الأسابيع الثلاثة القادمة. */
export function parseSpan(ctx: Ctx, i: number): DateCandidate | undefined {
  let j = i;
  const lead = wordClitic(ctx, j, KHILAL);
  if (lead >= 0) j = next(ctx, j);
  const k = wordKey(ctx, j);
  if (k === undefined) return undefined;
  let amount: number | undefined;
  let unit: TimeUnitWord['unit'] | undefined;
  let last = j;
  if (k.startsWith('ال')) {
    // الأيام الخمسة الماضية
    const u = TIME_UNITS.get(k.slice(2));
    if (!u || !u.plural) return undefined;
    unit = u.unit;
    const n = next(ctx, j);
    const h = ctx.hitAt[n];
    if (!h || !h.definite || h.vague) return undefined;
    amount = h.value;
    last = h.last;
  } else {
    const a = amountAt(ctx, j);
    if (!a) return undefined;
    amount = a.amount;
    unit = a.unit;
    last = a.last;
  }
  const adj = next(ctx, last);
  let direction: -1 | 1;
  if (isWord(ctx, adj, LAST_ADJ)) direction = -1;
  else if (isWord(ctx, adj, NEXT_ADJ)) direction = 1;
  else return undefined;
  if (unit === 'hour' || unit === 'minute') return undefined;
  return { first: i, last: adj, prefix: lead >= 0 ? lead : 0, expr: { type: 'span', unit, amount, direction } };
}

/**
 * A weekday, with what may follow it: الماضي / المقبل; من هذا الأسبوع / الأسبوع الماضي; a date (الخميس 20 يونيو،
 * الخميس الموافق 14 شباط، يوم الاثنين في 18 شباط، يوم السبت 21/09); an ordinal day (السبت السادس عشر، الثلاثاء التاسع
 * عشر من هذا الشهر); or the n-th of a month (الثلاثاء الأخير من شهر مارس).
 */
export function parseWeekday(ctx: Ctx, i: number): DateCandidate | undefined {
  let j = i;
  let prefix = 0;
  let yawm = false;
  const y = wordClitic(ctx, j, YAWM);
  if (y >= 0) { yawm = true; prefix = y; j = next(ctx, j); }
  const wd = weekdayWord(ctx, j, yawm);
  let bare = false;
  let wdx = wd;
  if (!wdx) {
    // A construct weekday: "احد الأسبوع الماضي", "اثنين الأسبوع الحالي".
    const b = weekdayWord(ctx, j, true);
    if (!b || !isWord(ctx, next(ctx, j), WEEK)) return undefined;
    wdx = b;
    bare = true;
  }
  if (!yawm) prefix = wdx.prefix;
  else if (wdx.prefix > 0) return undefined;
  const weekday = wdx.weekday;
  const base: DateCandidate = { first: i, last: wdx.last, prefix, expr: { type: 'weekday', weekday, relation: 'bare' } };
  let n = next(ctx, wdx.last);
  // الماضي / المقبل
  const rel = relativeWord(ctx, n);
  if (rel !== undefined && rel !== 0) {
    return { ...base, last: n, expr: { type: 'weekday', weekday, relation: rel < 0 ? 'past' : 'next' } };
  }
  // من هذا الأسبوع / من الأسبوع الماضي / الأسبوع الحالي (construct)
  let m = n;
  if (isWord(ctx, m, MIN)) m = next(ctx, m);
  if (isWord(ctx, m, THIS) && isWord(ctx, next(ctx, m), WEEK)) {
    return { ...base, last: next(ctx, m), expr: { type: 'weekday', weekday, relation: 'week', week: 0 } };
  }
  if (isWord(ctx, m, WEEK)) {
    const r = relativeWord(ctx, next(ctx, m));
    if (r !== undefined) return { ...base, last: next(ctx, m), expr: { type: 'weekday', weekday, relation: 'week', week: r } };
  }
  if (bare) return undefined;
  // n-th weekday: الثلاثاء الأخير من شهر مارس، الأربعاء الثانية من شهر أكتوبر في سنة 2014.
  const ordKey = wordKey(ctx, n);
  const nth = ordKey !== undefined ? ORDINAL_DEF.get(ordKey) : undefined;
  if (nth !== undefined) {
    let o = next(ctx, n);
    const of = wordClitic(ctx, o, IN_OF);
    if (of === 0) o = next(ctx, o);
    const month = monthRef(ctx, o);
    if (month && (of === 0 || month.prefix > 0)) {
      const yr = yearAfterMonth(ctx, month.last);
      return {
        ...base, last: yr ? yr.last : month.last,
        expr: { type: 'nth-weekday', n: nth, weekday, month: month.month, calendar: month.calendar, ...(yr ? { year: yr.year } : {}) },
      };
    }
  }
  // A date after the weekday: "، 13 شباط", "الموافق 14 شهر شباط", "في 18 شباط", "21/09", an ordinal day.
  let d = n;
  if (isPunct(ctx, d, '،', ',', '-')) d = next(ctx, d);
  if (isWord(ctx, d, LINK_DATE)) d = next(ctx, d);
  const date = parseDayMonth(ctx, d) ?? parseNumeric(ctx, d, true);
  if (date) return { ...date, first: i, prefix, weekday };
  const ord = smallNumber(ctx, d, 31, true);
  if (ord && ord.ordinal && ord.prefix === 0) {
    // السبت السادس عشر [من هذا الشهر | من شباط]
    let last = ord.last;
    let o = next(ctx, last);
    let month: MonthSpec | undefined;
    if (isWord(ctx, o, MIN)) {
      o = next(ctx, o);
      const mref = monthRef(ctx, o);
      if (mref) { month = mref.month; last = mref.last; }
    }
    return { first: i, last, prefix, weekday, expr: { type: 'calendar', calendar: 'gregorian', day: ord.value, ...(month ? { month } : {}) } };
  }
  return base;
}

function yearAfterMonth(ctx: Ctx, last: number): { year: NonNullable<ReturnType<typeof yearRef>>['year']; last: number } | undefined {
  let j = next(ctx, last);
  if (isWord(ctx, j, IN_OF) && (wordClitic(ctx, next(ctx, j), YEAR_CUES) >= 0)) j = next(ctx, j);
  const y = yearRef(ctx, j, true);
  if (y && ('rel' in y.year || y.cue || y.era || y.digits === 4)) return { year: y.year, last: y.last };
  // "السنة القادمة" after a month
  return undefined;
}

/**
 * The n-th weekday / day / week of a month: ثالث ثلاثاء في أيلول، أول ثلاثاء من شهر عشرة، آخر اثنين من الشهر القادم،
 * ثالث يوم ثلاثاء بأيلول بعام 2014، آخر يوم بشهر عشرة سنة 2015، اليوم الثالث من أكتوبر، أول أسبوع بشهر أكتوبر 2014،
 * الأسبوع الأخير في الشهر التاسع سنة 2014.
 */
export function parseNth(ctx: Ctx, i: number): DateCandidate | undefined {
  const k = wordKey(ctx, i);
  if (k === undefined) return undefined;
  let n: number | undefined;
  let j: number;
  let dayUnit: 'weekday' | 'day' | 'week' | undefined;
  let weekday: number | undefined;
  let prefix = 0;
  const ordPrefix = matchClitic(k, ORDINAL_N, false);
  if (ordPrefix >= 0) {
    n = ORDINAL_N_VALUE.get(k.slice(ordPrefix));
    prefix = ordPrefix;
    j = next(ctx, i);
    if (isWord(ctx, j, YAWM)) {
      const w = weekdayWord(ctx, next(ctx, j), true);
      if (w && w.prefix === 0) { dayUnit = 'weekday'; weekday = w.weekday; j = w.last; }
      else dayUnit = 'day';
    } else if (isWord(ctx, j, WEEK_BARE)) {
      dayUnit = 'week';
    } else {
      const w = weekdayWord(ctx, j, true);
      if (!w || w.prefix > 0) return undefined;
      dayUnit = 'weekday';
      weekday = w.weekday;
      j = w.last;
    }
  } else if (isWord(ctx, i, AL_YAWM) || isWord(ctx, i, WEEK)) {
    // اليوم الثالث / اليوم الأخير / الأسبوع الأول / الأسبوع الأخير
    const ok = wordKey(ctx, next(ctx, i));
    const v = ok !== undefined ? ORDINAL_DEF.get(ok) : undefined;
    const ord = smallNumber(ctx, next(ctx, i), 31, true);
    if (isWord(ctx, i, WEEK)) {
      if (v === undefined || (v !== 1 && v !== -1)) return undefined;
      n = v;
      dayUnit = 'week';
      j = next(ctx, i);
    } else if (ord && ord.ordinal) {
      n = ord.value;
      dayUnit = 'day';
      j = ord.last;
    } else if (v === -1) {
      n = -1;
      dayUnit = 'day';
      j = next(ctx, i);
    } else {
      return undefined;
    }
  } else {
    return undefined;
  }
  if (n === undefined || dayUnit === undefined) return undefined;
  // من | في | ب + month
  let o = next(ctx, j);
  const of = wordClitic(ctx, o, IN_OF);
  if (of === 0) o = next(ctx, o);
  const month = monthRef(ctx, o);
  if (!month || (of !== 0 && month.prefix === 0)) return undefined;
  const yr = yearAfterMonth(ctx, month.last);
  const last = yr ? yr.last : month.last;
  const year = yr ? { year: yr.year } : {};
  if (dayUnit === 'weekday') {
    return { first: i, last, prefix, expr: { type: 'nth-weekday', n, weekday: weekday!, month: month.month, calendar: month.calendar, ...year } };
  }
  if (dayUnit === 'week') {
    if (n !== 1 && n !== -1) return undefined;
    return { first: i, last, prefix, expr: { type: 'month-week', n, month: month.month, calendar: month.calendar, ...year } };
  }
  if (n === -1) return { first: i, last, prefix, expr: { type: 'calendar', calendar: month.calendar, month: month.month, lastDay: true, ...year } };
  return { first: i, last, prefix, expr: { type: 'calendar', calendar: month.calendar, month: month.month, day: n, ...year } };
}

