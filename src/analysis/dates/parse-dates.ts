/**
 * Finds date expressions in a token view: at each token the parsers of parse-calendar, parse-relative and
 * parse-time propose a candidate, the longest wins, and the winner is extended by what may surround it:
 * منذ / حتى / قبل / بعد or بتاريخ before it, a part of the day (صباح / مساء) before a day, a clock time after a day
 * (الخميس الساعة 8) or a day after a clock time (الساعة 8 مساء الخميس), and a day range (13-15 تموز).
 */
import { keySet, withClitics } from '../numbers/fold.js';
import { matchClitic, lookupClitic } from '../numbers/token-view.js';
import type { Ctx } from './context.js';
import { isPunct, isWord, next, plainNumber, wordClitic, wordKey } from './context.js';
import {
  DAY_PARTS, HOLIDAYS, MONTHS, MONTH_PARTS, PERIODS, RELATIVE_DAYS, TIME_UNITS, TWO_WORD_MONTHS, WEEKDAYS_BARE,
  WEEKDAYS_DEFINITE, YEAR_CUES,
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
  ...[...keySet(['خلال', 'طوال', 'طيلة'])].map((k) => [k, 'during'] as const),
]);
/** Words that introduce a date and belong to its span: بتاريخ 20/6/2024، يوم 30 مارس. */
const DATED = keySet(['بتاريخ', 'تاريخ', 'يوم']);
const MIN = keySet(['من']);
const BAYN = keySet(['بين', 'وبين']);
const WAW = keySet(['و']);
const TIME_LINKS = keySet(['في', 'عند', 'على', 'من', 'حوالي', 'نحو']);
const RANGE_LINKS = keySet(['إلى', 'الى', 'حتى', 'لغاية']);

/** Words (with any proclitics) that can start a date: one lookup before the parsers run. */
const TRIGGERS: ReadonlySet<string> = withClitics([
  ...MONTHS.keys(), ...TWO_WORD_MONTHS.keys(), ...WEEKDAYS_DEFINITE.keys(), ...WEEKDAYS_BARE.keys(), ...RELATIVE_DAYS.keys(),
  ...PERIODS.keys(), ...YEAR_CUES, ...MONTH_PARTS.keys(), ...DAY_PARTS.keys(), ...RELATIONS.keys(), ...DATED,
  ...[...HOLIDAYS.keys()].map((k) => k.split(' ')[0]!),
  ...keySet(['هذا', 'هذه', 'يوم', 'اليوم', 'قبل', 'بعد', 'منذ', 'خلال', 'طوال', 'طيلة', 'غضون', 'الساعة', 'أول',
    'آخر', 'اخر', 'ثاني', 'ثان', 'ثالث', 'رابع', 'خامس', 'الأسبوع', 'الاسبوع', 'شهر', 'الشهر', 'صيف', 'شتاء', 'ربيع',
    'خريف', 'القبل', 'أمس', 'بين']),
]);

/**
 * Frequent words that start a date only before another date word, a number or a unit of time (هذا العام، قبل
 * ثلاثة أيام، منذ 24 عامًا، خلال الأسبوع الماضي): checking the next token first spares the parsers most of them.
 */
const LEADS: ReadonlySet<string> = new Set([...keySet([
  'هذا', 'هذه', 'قبل', 'بعد', 'حتى', 'منذ', 'خلال', 'طوال', 'طيلة', 'غضون', 'يوم', 'أول', 'آخر', 'اخر', 'ثاني', 'ثان',
  'ثالث', 'رابع', 'خامس', 'القبل', 'بتاريخ', 'تاريخ', 'لغاية', 'بين',
])].flatMap((w) => ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول'].map((p) => p + w)));
const AFTER_LEAD: ReadonlySet<string> = new Set([...TRIGGERS, ...withClitics(TIME_UNITS.keys()), ...keySet(['الذي', 'الي', 'اللي', 'من'])]);

function triggered(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!;
  if (t.kind === 'number') return true;
  if (t.kind === 'punct') return t.key === '('; // "(1343) هجري"
  if (t.kind !== 'word') return false;
  if (ctx.hitAt[i] !== undefined) return true;
  if (!TRIGGERS.has(t.key)) return false;
  if (!LEADS.has(t.key)) return true;
  const n = ctx.toks[i + 1];
  if (!n || n.brk) return false;
  if (n.kind === 'number' || ctx.hitAt[i + 1] !== undefined) return true;
  if (n.kind === 'punct') return n.key === '(' || n.key === ':';
  return n.kind === 'word' && AFTER_LEAD.has(n.key);
}

// The parsers a token can start, as bits: each word of the vocabulary says which parsers may begin with it, so that
// a month name never runs the clock parser and "الساعة" never runs the holiday one.
const P_NUMERIC = 1 << 0;
const P_DAY_MONTH = 1 << 1;
const P_NTH = 1 << 2;
const P_WEEKDAY = 1 << 3;
const P_RELATIVE_DAY = 1 << 4;
const P_PERIOD = 1 << 5;
const P_AGO = 1 << 6;
const P_SPAN = 1 << 7;
const P_MONTH_PART = 1 << 8;
const P_MONTH_FIRST = 1 << 9;
const P_YEAR = 1 << 10;
const P_HOLIDAY = 1 << 11;
const P_CLOCK = 1 << 12;

const PARSERS_OF: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (words: Iterable<string>, bits: number): void => {
    for (const k of withClitics(words)) map.set(k, (map.get(k) ?? 0) | bits);
  };
  add([...MONTHS.keys(), ...TWO_WORD_MONTHS.keys(), ...keySet(['شهر'])], P_MONTH_FIRST);
  add([...WEEKDAYS_DEFINITE.keys(), ...WEEKDAYS_BARE.keys()], P_WEEKDAY);
  add(keySet(['يوم']), P_WEEKDAY | P_RELATIVE_DAY);
  add(keySet(['اليوم']), P_RELATIVE_DAY | P_NTH);
  add(RELATIVE_DAYS.keys(), P_RELATIVE_DAY);
  add(keySet(['أول']), P_RELATIVE_DAY | P_NTH);
  add(keySet(['قبل', 'القبل', 'بعد']), P_RELATIVE_DAY | P_AGO);
  add(keySet(['منذ', 'مذ']), P_AGO);
  add(PERIODS.keys(), P_PERIOD | P_NTH | P_MONTH_FIRST | P_YEAR);
  add(keySet(['هذا', 'هذه']), P_PERIOD | P_YEAR | P_MONTH_FIRST);
  add([...YEAR_CUES, ...keySet(['صيف', 'شتاء', 'ربيع', 'خريف'])], P_YEAR);
  add(MONTH_PARTS.keys(), P_MONTH_PART);
  add([...HOLIDAYS.keys()].map((k) => k.split(' ')[0]!), P_HOLIDAY);
  add([...keySet(['خلال', 'طوال', 'طيلة', 'غضون'])], P_SPAN);
  add([...TIME_UNITS].filter(([, u]) => u.plural).map(([k]) => 'ال' + k), P_SPAN);
  add(keySet(['الساعة']), P_CLOCK);
  add(keySet(['ثاني', 'ثان', 'ثالث', 'رابع', 'خامس', 'آخر', 'اخر']), P_NTH);
  return map;
})();

const NUMBER_PARSERS = P_NUMERIC | P_DAY_MONTH | P_YEAR | P_CLOCK | P_AGO | P_SPAN;
const WORD_NUMBER_PARSERS = P_DAY_MONTH | P_CLOCK | P_SPAN;

function parsersAt(ctx: Ctx, i: number): number {
  const t = ctx.toks[i];
  if (t === undefined || i < 0) return 0;
  if (t.kind === 'number') return NUMBER_PARSERS;
  if (t.kind === 'punct') return t.key === '(' ? P_YEAR : 0;
  if (t.kind !== 'word') return 0;
  return (PARSERS_OF.get(t.key) ?? 0) | (ctx.hitAt[i] !== undefined ? WORD_NUMBER_PARSERS : 0);
}

/** Candidates that start at token i; the longest (then the first tried) wins. */
function bestAt(ctx: Ctx, i: number): DateCandidate | undefined {
  const bits = parsersAt(ctx, i);
  if (bits === 0) return undefined;
  let best: DateCandidate | undefined;
  const consider = (c: DateCandidate | undefined): void => {
    if (c && (!best || c.last > best.last)) best = c;
  };
  if (bits & P_NUMERIC) consider(parseNumeric(ctx, i, false));
  if (bits & P_DAY_MONTH) consider(parseDayMonth(ctx, i));
  if (bits & P_NTH) consider(parseNth(ctx, i));
  if (bits & P_WEEKDAY) consider(parseWeekday(ctx, i));
  if (bits & P_RELATIVE_DAY) consider(parseRelativeDay(ctx, i));
  if (bits & P_PERIOD) consider(parsePeriod(ctx, i));
  if (bits & P_AGO) consider(parseAgo(ctx, i));
  if (bits & P_SPAN) consider(parseSpan(ctx, i));
  if (bits & P_MONTH_PART) consider(parseMonthPart(ctx, i));
  if (bits & P_MONTH_FIRST) consider(parseMonthFirst(ctx, i));
  if (bits & P_YEAR) consider(parseYear(ctx, i));
  if (bits & P_HOLIDAY) consider(parseHoliday(ctx, i));
  if (bits & P_CLOCK) {
    const clock = parseClock(ctx, i);
    if (clock && (!best || clock.last > best.last)) {
      best = { first: clock.first, last: clock.last, prefix: clock.prefix, expr: { type: 'clock' }, time: clock.time };
    }
  }
  return best;
}

const MONTH_STARTS: ReadonlySet<string> = withClitics([...MONTHS.keys(), ...TWO_WORD_MONTHS.keys()]);

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
    if (isWord(ctx, j, MIN)) j = next(ctx, j);
    if (j >= 0) {
      const part = wordClitic(ctx, j, new Set(DAY_PARTS.keys()), false);
      const day = bestAt(ctx, part === 0 ? next(ctx, j) : j);
      if (day && takesTime(day)) {
        const dayPart = part === 0 ? DAY_PARTS.get(wordKey(ctx, j)!) : undefined;
        const out: DateCandidate = { ...day, first: c.first, prefix: c.prefix, time: c.time! };
        if (dayPart) {
          out.dayPart = dayPart;
          // "الثامنة من صباح الأحد": the part of the day says a.m. or p.m. for the hour before it.
          // (The rules of parseClock's own part of the day: evening and afternoon add 12; night only to 6–11.)
          const t = out.time!;
          if (t.pm === undefined && t.hour <= 12) {
            if (dayPart === 'dawn' || dayPart === 'morning') out.time = { ...t, pm: false };
            else if (dayPart === 'evening' || dayPart === 'afternoon') out.time = { ...t, hour: t.hour < 12 ? t.hour + 12 : t.hour, pm: true };
            else if (dayPart === 'night') {
              const hour = t.hour === 12 ? 0 : t.hour >= 6 ? t.hour + 12 : t.hour;
              out.time = { ...t, hour, pm: hour >= 12 };
            }
          }
        }
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
  const between = isWord(ctx, j, BAYN);
  if (isWord(ctx, j, MIN) || between) j = next(ctx, j);
  const a = plainNumber(ctx, j);
  if (a && a.digits <= 2 && a.value >= 1 && a.value <= 31) {
    const s = next(ctx, j);
    let b = -1;
    if (isPunct(ctx, s, '-', '–')) b = next(ctx, s);
    else if (isWord(ctx, s, RANGE_LINKS) || (between && isWord(ctx, s, WAW))) b = next(ctx, s); // بين 5 و13 أكتوبر
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

/** Can منذ / حتى / قبل / بعد / خلال govern this date? Not a date that already says it (قبل أسبوع، قبل أمس). */
function takesRelation(c: DateCandidate): boolean {
  const e = c.expr;
  if (c.relation || e.type === 'span' || e.type === 'clock') return false;
  return !(e.type === 'offset' && e.unit === 'day' && e.offset !== 0);
}

/**
 * A word before a date that belongs to its span: منذ / حتى / قبل / بعد / خلال (a relation), بتاريخ / يوم, or a part
 * of the day (صباح الخميس). A colon and brackets may sit between: "بتاريخ: (17/1/1967)", "قبل (1948)".
 */
function withLead(ctx: Ctx, i: number, k: string): DateCandidate | undefined {
  let j = next(ctx, i);
  if (j < 0) return undefined;
  const rel = lookupClitic(k, RELATIONS, false);
  const dated = matchClitic(k, DATED, true);
  const part = lookupClitic(k, DAY_PARTS, true);
  if (!rel && dated < 0 && !part) return undefined;
  if (isPunct(ctx, j, ':')) j = next(ctx, j);
  const open = isPunct(ctx, j, '(');
  if (open) j = next(ctx, j);
  if (j < 0) return undefined;
  const inner = bestAt(ctx, j) ?? (dated >= 0 ? parseNumeric(ctx, j, true) : undefined);
  if (!inner || inner.prefix !== 0 || inner.first !== j) return undefined;
  let last = inner.last;
  if (open) {
    if (!isPunct(ctx, next(ctx, last), ')')) return undefined;
    last = next(ctx, last);
  }
  // حتى stays out of the span (as Wojood marks it); the other relation words are part of what the date says.
  if (rel && takesRelation(inner)) {
    return rel.entry === 'until' && !open ? { ...inner, relation: rel.entry } : { ...inner, first: i, last, prefix: rel.prefix, relation: rel.entry };
  }
  if (dated >= 0 && (isAbsolute(inner) || inner.expr.type === 'weekday')) return { ...inner, first: i, last, prefix: dated };
  if (part && !open && takesTime(inner) && inner.expr.type !== 'calendar') return { ...inner, first: i, last, prefix: part.prefix, dayPart: part.entry };
  return undefined;
}

let lastCtxView: Ctx['view'] | undefined;
let lastCandidates: DateCandidate[] = [];

/** The candidates of a view, computed once (the quantity pass asks for them too). */
export function dateCandidatesOf(ctx: Ctx): DateCandidate[] {
  if (ctx.view === lastCtxView) return lastCandidates;
  lastCandidates = findDateCandidates(ctx);
  lastCtxView = ctx.view;
  return lastCandidates;
}

export function findDateCandidates(ctx: Ctx): DateCandidate[] {
  const out: DateCandidate[] = [];
  const toks = ctx.toks;
  let i = 0;
  while (i < toks.length) {
    if (!triggered(ctx, i)) { i++; continue; }
    let c = bestAt(ctx, i);
    const t = toks[i]!;
    if (t.kind === 'number' || (t.kind === 'word' && (MIN.has(t.key) || BAYN.has(t.key) || MONTH_STARTS.has(t.key)))) {
      const range = dayRange(ctx, i);
      if (range && (!c || range.last > c.last)) c = range;
    }
    const k = wordKey(ctx, i);
    if (k !== undefined) {
      const led = withLead(ctx, i, k);
      if (led && (!c || led.last > c.last)) c = led;
    }
    if (!c) { i++; continue; }
    c = extend(ctx, c);
    out.push(c);
    i = c.last + 1;
  }
  return out;
}
