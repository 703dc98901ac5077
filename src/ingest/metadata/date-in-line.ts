/**
 * Finding calendar dates in one short line (a date stamp under a headline, a wire dateline, a feed's date that is
 * not in a machine format). Machine-written ISO dates are read here, with their time and zone; everything written
 * for people — "الأربعاء، 28 آب/اغسطس 2013", "25 شوال 1436 هـ", "20/06/2024" — is read by the dates module
 * (src/analysis/dates), which knows every month system and converts Hijri dates. Only absolute dates at day grain
 * or finer count: a stamp is not dated by "أمس" or by a bare clock time.
 */
import { extractDates } from '../../analysis/dates/index.js';

export interface FoundDate {
  start: number;
  end: number;
  /** 'YYYY-MM-DD', or a full ISO date-time when the line gives a time and zone. */
  date: string;
}

const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})(?!\d)/g;

export function isoDay(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** All absolute dates in a line, left to right, without overlaps. */
export function findDatesInLine(line: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of line.matchAll(ISO)) {
    const day = isoDay(+m[1]!, +m[2]!, +m[3]!);
    if (!day) continue;
    const zone = m[7] === 'Z' ? 'Z' : m[7]!.includes(':') ? m[7]! : `${m[7]!.slice(0, 3)}:${m[7]!.slice(3)}`;
    found.push({ start: m.index!, end: m.index! + m[0].length, date: `${day}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}` });
  }
  for (const d of extractDates(line)) {
    if (d.value === null || d.relative || d.grain === 'year' || d.grain === 'month' || d.grain === 'week') continue;
    if (found.some((f) => d.start < f.end && d.end > f.start)) continue;
    found.push({ start: d.start, end: d.end, date: d.value.slice(0, 10) });
  }
  return found.sort((a, b) => a.start - b.start);
}
