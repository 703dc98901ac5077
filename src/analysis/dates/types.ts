/** The parsed, not yet resolved, form of a date expression: what the text says, before any anchor is applied. */
import type { Calendar, HolidayRule } from './lexicon.js';

export type Grain = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

/** An absolute year, or one relative to the anchor's (العام الماضي = −1). */
export type YearSpec = { abs: number; calendar: Calendar } | { rel: number };
/** An absolute month (of the calendar of the expression), or one relative to the anchor's (الشهر المقبل = +1). */
export type MonthSpec = { abs: number } | { rel: number };

export type MonthPart = 'start' | 'early' | 'mid' | 'late' | 'end';

export interface TimeSpec {
  hour: number;
  minute: number;
  second?: number;
  grain: 'hour' | 'minute' | 'second';
  /** true after noon, false before; undefined when the text does not say (الساعة 3). */
  pm?: boolean;
  /** Offset when the text names a zone: "Z" (GMT), "+03:00" (Mecca). */
  tz?: string;
}

export type DateExpr =
  | {
    type: 'calendar';
    calendar: Calendar;
    year?: YearSpec;
    month?: MonthSpec;
    day?: number;
    /** آخر يوم من الشهر. */
    lastDay?: boolean;
    /** مطلع / منتصف / أواخر الشهر (without a day). */
    part?: MonthPart;
  }
  /** An offset from the anchor: أمس (−1 day), الأسبوع المقبل (+1 week), قبل ثلاثة أيام, منذ 24 عامًا. */
  | { type: 'offset'; unit: 'day' | 'week' | 'month' | 'year' | 'hour' | 'minute'; offset: number; grain: Grain }
  /** A weekday: bare (الخميس), past (الخميس الماضي), next (الخميس المقبل), or in a week (الاثنين من هذا الأسبوع). */
  | { type: 'weekday'; weekday: number; relation: 'bare' | 'past' | 'next' | 'week'; week?: number }
  /** The n-th (−1 = last) weekday of a month: ثالث ثلاثاء من أيلول 2014. */
  | { type: 'nth-weekday'; n: number; weekday: number; month: MonthSpec; calendar: Calendar; year?: YearSpec }
  /** The first or last whole week of a month: أول أسبوع من أكتوبر 2014. */
  | { type: 'month-week'; n: number; month: MonthSpec; calendar: Calendar; year?: YearSpec }
  | { type: 'holiday'; rule: HolidayRule; year?: YearSpec }
  /** A clock time with no day: on the anchor's day. */
  | { type: 'clock' }
  /** The last / next n units: خلال الأيام الخمسة الماضية. */
  | { type: 'span'; unit: 'day' | 'week' | 'month' | 'year'; amount: number; direction: -1 | 1 };

export interface DateCandidate {
  /** First and last token, and key characters of clitics on the first token (left out of the span). */
  first: number;
  last: number;
  prefix: number;
  expr: DateExpr;
  /** A weekday written beside the date (أمس الخميس، الخميس 20 يونيو): checked against the calendar. */
  weekday?: number;
  time?: TimeSpec;
  dayPart?: 'dawn' | 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';
  /** منذ / حتى / قبل / بعد / خلال before a date. */
  relation?: 'since' | 'until' | 'before' | 'after' | 'during';
  /** The end of a written range: 2009-2024، 13-15 تموز. */
  until?: DateExpr;
  /** Direction words on a month or a year-less date: يونيو الماضي، رمضان المقبل. */
  direction?: 'past' | 'future' | 'current';
}
