/**
 * Publication dates from metadata strings and URLs, normalised to one form: 'YYYY-MM-DD' when only the day is
 * known, 'YYYY-MM-DDTHH:MM:SSZ' (UTC) when the time and zone are, 'YYYY-MM-DDTHH:MM:SS' when the zone is not.
 */
import { findDatesInLine, isoDay } from './date-in-line.js';

const ISO_FULL = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$/i;

/** Normalises a date string from metadata (ISO 8601, RFC 2822, "2015-08-10 10:00:00"); undefined if unreadable. */
export function normalizeDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (text === '' || text.length > 100) return undefined;
  const m = ISO_FULL.exec(text);
  if (m) {
    const day = isoDay(+m[1]!, +m[2]!, +m[3]!);
    if (!day) return undefined;
    if (!m[4]) return day;
    const hh = +m[4];
    const mm = +m[5]!;
    const ss = m[6] ? +m[6] : 0;
    if (hh > 23 || mm > 59 || ss > 60) return undefined;
    const clock = `${m[4]}:${m[5]}:${m[6] ?? '00'}`;
    if (!m[7]) return `${day}T${clock}`;
    const zone = m[7].toUpperCase() === 'Z' ? 'Z' : m[7].length === 3 ? `${m[7]}:00` : m[7].includes(':') ? m[7] : `${m[7].slice(0, 3)}:${m[7].slice(3)}`;
    return toUtc(`${day}T${clock}${zone}`);
  }
  // RFC 2822 and other forms with an English month name, as RSS writes them: "Mon, 10 Aug 2015 10:00:00 GMT".
  if (/[a-z]{3}/i.test(text) && /\d{4}/.test(text)) {
    const ms = Date.parse(text);
    if (Number.isFinite(ms)) {
      const date = new Date(ms);
      if (/\d{1,2}:\d{2}/.test(text)) return `${date.toISOString().slice(0, 19)}Z`;
      // No time: Date.parse read local midnight; the calendar day is the local one.
      return isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
    }
  }
  const found = findDatesInLine(text);
  return found.length === 1 ? found[0]!.date : undefined;
}

function toUtc(iso: string): string | undefined {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? `${new Date(ms).toISOString().slice(0, 19)}Z` : undefined;
}

/**
 * A date in a URL path: /2024/06/20/, /2024-06-20/, /20240620/, and /2013/middle_east/8/3/ (year, one section
 * segment, month, day, as CNN Arabic wrote them). Only the path is read, never the query.
 */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try { path = new URL(url).pathname; } catch { return undefined; }
  const patterns: RegExp[] = [
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/,
    /\/((?:19|20)\d{2})\/[a-z_-]{2,30}\/(\d{1,2})\/(\d{1,2})\//i,
    /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    const day = m ? isoDay(+m[1]!, +m[2]!, +m[3]!) : undefined;
    if (day) return day;
  }
  return undefined;
}
