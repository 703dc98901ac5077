/**
 * A line near the top that only dates the article — "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)",
 * "2026-01-08 | 12:42", "الاثنين 25 شوال 1436 هـ - 10 أغسطس 2015م". It is kept aside, and its date is offered as
 * metadata (`published`, or `modified` when the line says it is an update time), below the HTML metadata in trust.
 */
import { findDatesInLine } from '../metadata/date-in-line.js';
import { contentLines, lineKey, remove } from './helpers.js';
import type { CleanPass } from './types.js';

/** Words a date stamp is made of besides the date itself, as line keys. */
const STAMP_WORDS = new Set([
  'السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'الجمعة', 'سبت', 'احد', 'اثنين', 'ثلاثاء',
  'اربعاء', 'خميس', 'جمعة', 'يوم', 'اخر', 'تحديث', 'التحديث', 'نشر', 'النشر', 'تاريخ', 'في', 'منذ', 'الموافق', 'هـ',
  'ه', 'م', 'ص', 'مساء', 'صباحا', 'ظهرا', 'بتوقيت', 'توقيت', 'مكة', 'مكه', 'غرينتش', 'القدس', 'ت', 'gmt', 'utc',
  'updated', 'published', 'am', 'pm', 'on', 'at', 'last', 'update',
  'محرم', 'صفر', 'ربيع', 'الاول', 'الثاني', 'الاخر', 'جمادي', 'الاولي', 'الاخره', 'الاخرة', 'رجب', 'شعبان', 'رمضان',
  'شوال', 'ذو', 'ذي', 'القعده', 'القعدة', 'الحجه', 'الحجة',
]);
const UPDATE = /تحديث|محدث|updated|modified/iu;
/** How many content lines from the top are searched. */
const HEAD_LINES = 4;
const MAX_STAMP_CHARS = 120;

/** The date of a line that holds nothing but a date and stamp words, else undefined. */
export function readDateStamp(text: string): { date: string; modified: boolean } | undefined {
  if (text.length > MAX_STAMP_CHARS) return undefined;
  const dates = findDatesInLine(text);
  if (dates.length === 0) return undefined;
  let rest = '';
  let from = 0;
  for (const d of dates) { rest += text.slice(from, d.start) + ' '; from = d.end; }
  rest += text.slice(from);
  const leftover = lineKey(rest).split(' ').filter((w) => w && !/^\d+$/.test(w) && !STAMP_WORDS.has(w));
  if (leftover.length > 0) return undefined;
  return { date: dates[dates.length - 1]!.date, modified: UPDATE.test(text) };
}

export const dateStamp: CleanPass = (ctx) => {
  for (const i of contentLines(ctx).slice(0, HEAD_LINES)) {
    const line = ctx.lines[i]!;
    const stamp = readDateStamp(line.text);
    if (!stamp) continue;
    remove(ctx, i, 'date-stamp');
    ctx.meta.datedLine ??= { date: stamp.date, modified: stamp.modified, start: line.start, end: line.end };
  }
};
