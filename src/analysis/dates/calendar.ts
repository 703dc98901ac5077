/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian), with no clock and no time zone:
 * a date in an article is a calendar date, not an instant.
 *
 * The Hijri calendar is Umm al-Qura, the official calendar of Saudi Arabia, as Node's Intl carries it (ICU's table
 * covers 1300–1600 AH; outside it ICU falls back to the arithmetic civil calendar). Intl only converts Gregorian →
 * Hijri, so Hijri → Gregorian starts from the arithmetic estimate and walks the few days to the exact one.
 */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

/** Years we represent: wider than any news date, narrow enough that Date.UTC stays exact. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 &&
    day <= daysInMonth(year, month);
}

/** Day number of a Gregorian date. */
export function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // setUTCFullYear keeps years 0–99 literal (Date.UTC would add 1900)
  return Math.round(d.getTime() / MS_PER_DAY);
}

export function fromDayNumber(n: number): Ymd {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** Day number of the Monday starting the ISO week of day n. */
export function mondayOf(n: number): number {
  return n - ((weekdayOf(n) + 6) % 7);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function isoDay(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function isoYear(year: number): string {
  return pad(year, 4);
}

/** ISO 8601 week date of the week containing day n: "2024-W25". */
export function isoWeek(n: number): string {
  const monday = mondayOf(n);
  const thursday = monday + 3;
  const year = fromDayNumber(thursday).year;
  const week1Monday = mondayOf(dayNumber(year, 1, 4));
  return `${pad(year, 4)}-W${pad(Math.floor((monday - week1Monday) / 7) + 1, 2)}`;
}

export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + delta;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}

// Western (Gregorian) Easter, the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
export function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

// Made on first use: building an ICU calendar formatter takes milliseconds, and most texts give no Hijri date.
let hijriFormat: Intl.DateTimeFormat | undefined;
function hijriFormatter(): Intl.DateTimeFormat {
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
  });
  return hijriFormat;
}

/** Hijri years we convert: the Umm al-Qura era of ICU's table, with margin for history. */
export const MIN_HIJRI_YEAR = 1;
export const MAX_HIJRI_YEAR = 1700;

const toHijriCache = new Map<number, Ymd>();

export function toHijri(n: number): Ymd {
  const cached = toHijriCache.get(n);
  if (cached) return cached;
  const ymd = toHijriUncached(n);
  if (toHijriCache.size > 20_000) toHijriCache.clear();
  toHijriCache.set(n, ymd);
  return ymd;
}

function toHijriUncached(n: number): Ymd {
  let year = 0;
  let month = 0;
  let day = 0;
  for (const p of hijriFormatter().formatToParts(new Date(n * MS_PER_DAY))) {
    if (p.type === 'year') year = Number(p.value);
    else if (p.type === 'month') month = Number(p.value);
    else if (p.type === 'day') day = Number(p.value);
  }
  return { year, month, day };
}

function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const hijriCache = new Map<number, number | undefined>();

/** Day number of a Hijri (Umm al-Qura) date, or undefined when that day does not exist (30 of a 29-day month). */
export function fromHijri(year: number, month: number, day: number): number | undefined {
  if (!Number.isInteger(year) || year < MIN_HIJRI_YEAR || year > MAX_HIJRI_YEAR || month < 1 || month > 12 || day < 1 || day > 30) {
    return undefined;
  }
  const key = (year * 13 + month) * 32 + day;
  if (hijriCache.has(key)) return hijriCache.get(key);
  // Tabular Islamic calendar estimate (epoch 622-07-16 Julian = day -492148), within a couple of days of Umm al-Qura.
  const estimate = Math.floor((11 * year + 3) / 30) + 354 * year + 30 * month - Math.floor((month - 1) / 2) + day - 385 - 492148 + 29;
  const target: Ymd = { year, month, day };
  let n = estimate;
  let result: number | undefined;
  for (let step = 0; step < 40; step++) {
    const c = compareYmd(toHijri(n), target);
    if (c === 0) { result = n; break; }
    const next = n + (c < 0 ? 1 : -1);
    // Crossing the target without meeting it: the day does not exist.
    const cn = compareYmd(toHijri(next), target);
    if (Math.sign(cn) !== Math.sign(c) && cn !== 0) break;
    n = next;
  }
  if (hijriCache.size > 10_000) hijriCache.clear();
  hijriCache.set(key, result);
  return result;
}

/** Number of days in a Hijri month (29 or 30), or undefined out of range. */
export function hijriMonthLength(year: number, month: number): number | undefined {
  const start = fromHijri(year, month, 1);
  if (start === undefined) return undefined;
  return fromHijri(year, month, 30) === undefined ? 29 : 30;
}
