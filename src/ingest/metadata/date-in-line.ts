/**
 * Finding a calendar date in one short line (a date stamp under a headline, a wire dateline, a feed's pubDate).
 *
 * SEAM: the dates issue (src/analysis/dates, `extractDates(text, {published})`) is the authority on Arabic dates —
 * Hijri, relative, every month system. Until it lands this file reads the forms date stamps are written in: ISO
 * dates, numeric day/month/year, and "day month-name year" with the Gregorian month names used across the Arab
 * world. When it lands, `findDatesInLine` should delegate to it and keep this signature: callers (the date-stamp
 * and dateline passes, the HTML metadata reader) only need {start, end, date}.
 */

export interface FoundDate {
  start: number;
  end: number;
  /** 'YYYY-MM-DD', or a full ISO date-time when the line gives a time and zone. */
  date: string;
}

/** Gregorian month names (Egyptian/Gulf, Levantine/Iraqi, Maghrebi), as normalised keys (أ/إ/آ → ا, ى → ي). */
const MONTHS: Array<[number, string[]]> = [
  [1, ['يناير', 'كانون الثاني', 'جانفي', 'ينير']],
  [2, ['فبراير', 'شباط', 'فيفري', 'فبرير']],
  [3, ['مارس', 'اذار']],
  [4, ['ابريل', 'نيسان', 'افريل']],
  [5, ['مايو', 'ايار', 'ماي']],
  [6, ['يونيو', 'يونيه', 'حزيران', 'جوان', 'يونيوز']],
  [7, ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز']],
  [8, ['اغسطس', 'اغسطوس', 'اب', 'اوت', 'غشت']],
  [9, ['سبتمبر', 'ايلول', 'شتنبر']],
  [10, ['اكتوبر', 'تشرين الاول']],
  [11, ['نوفمبر', 'تشرين الثاني', 'نونبر']],
  [12, ['ديسمبر', 'كانون الاول', 'دجنبر']],
];

/** Folds only what keeps the length: Arabic-Indic and Persian digits, alef forms, ى. Offsets stay valid. */
function foldSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x660 && c <= 0x669) out += String.fromCharCode(c - 0x660 + 48);
    else if (c >= 0x6f0 && c <= 0x6f9) out += String.fromCharCode(c - 0x6f0 + 48);
    else if (c === 0x623 || c === 0x625 || c === 0x622 || c === 0x671) out += 'ا';
    else if (c === 0x649) out += 'ي';
    else out += text[i];
  }
  return out;
}

const MONTH_ALTERNATION = MONTHS.flatMap(([, names]) => names)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/ /g, '\\s+'))
  .join('|');
// "28 آب/اغسطس 2013", "10 اغسطس 2015 م", "الخميس 20 يونيو، 2024": day, one or two month names, year.
const NAMED = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})\\s*(?:من\\s+)?(${MONTH_ALTERNATION})(?:\\s*[/(]\\s*(?:${MONTH_ALTERNATION})\\s*\\)?)?[\\s,،]*(\\d{4})(?!\\d)`,
  'gu',
);
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/g;
const YMD = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/g;
const DMY = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-])/g;

function monthNumber(name: string): number | undefined {
  const key = name.replace(/\s+/g, ' ');
  for (const [n, names] of MONTHS) if (names.includes(key)) return n;
  return undefined;
}

export function isoDay(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** All Gregorian dates in a line, left to right, without overlaps. */
export function findDatesInLine(line: string): FoundDate[] {
  const text = foldSameLength(line);
  const found: FoundDate[] = [];
  const add = (start: number, end: number, date: string | undefined) => {
    if (!date) return;
    if (found.some((f) => start < f.end && end > f.start)) return;
    found.push({ start, end, date });
  };
  for (const m of text.matchAll(ISO)) {
    const day = isoDay(+m[1]!, +m[2]!, +m[3]!);
    if (day && m[4] && m[7]) {
      const zone = m[7] === 'Z' ? 'Z' : m[7].length === 5 ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : m[7];
      add(m.index!, m.index! + m[0].length, `${day}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`);
    } else add(m.index!, m.index! + m[0].length, day);
  }
  for (const m of text.matchAll(NAMED)) {
    const month = monthNumber(m[2]!);
    if (month) add(m.index!, m.index! + m[0].length, isoDay(+m[3]!, month, +m[1]!));
  }
  for (const m of text.matchAll(YMD)) add(m.index!, m.index! + m[0].length, isoDay(+m[1]!, +m[2]!, +m[3]!));
  for (const m of text.matchAll(DMY)) {
    // Arabic-language sites write the day first
    // (20/06/2024); a US-style month/day is read only when day-first is impossible (06/20/2024).
    const a = +m[1]!;
    const b = +m[2]!;
    add(m.index!, m.index! + m[0].length, isoDay(+m[3]!, b, a) ?? isoDay(+m[3]!, a, b));
  }
  return found.sort((x, y) => x.start - y.start);
}
