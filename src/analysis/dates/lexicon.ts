/**
 * Date vocabulary, keyed by lexical key (../numbers/fold.ts). Month names of every system the Arab press uses:
 * Egyptian/Gulf (يناير … ديسمبر, with يونيه، يوليه), Levantine/Iraqi (كانون الثاني … كانون الأول), Maghrebi
 * (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت in Algeria and Tunisia; ينير، يوليوز، غشت، شتنبر، نونبر، دجنبر in
 * Morocco) and Hijri (محرم … ذو الحجة).
 *
 * `ambiguous` names are also ordinary words (مارس "practised", آب "father", ماي, نيسان the car maker, تموز the god,
 * محرم "forbidden", صفر "zero", رجب، شعبان، رمضان first names): they are months only with a day, a year, شهر,
 * a preposition of time before them, or another month name beside them.
 */
import { keySet, lexicalKey, lexicon } from '../numbers/fold.js';

export type Calendar = 'gregorian' | 'hijri';

export interface MonthName {
  month: number;
  calendar: Calendar;
  ambiguous?: boolean;
  /** The second word of a two-word name: كانون [الثاني]. */
  second?: ReadonlySet<string>;
}

const g = (month: number, ambiguous = false): MonthName => (ambiguous ? { month, calendar: 'gregorian', ambiguous } : { month, calendar: 'gregorian' });
const h = (month: number, ambiguous = false): MonthName => (ambiguous ? { month, calendar: 'hijri', ambiguous } : { month, calendar: 'hijri' });

/** One-word month names. */
export const MONTHS: ReadonlyMap<string, MonthName> = lexicon<MonthName>([
  ['يناير', g(1)], ['ينير', g(1)], ['جانفي', g(1)], ['جانفييه', g(1)],
  ['فبراير', g(2)], ['فبرير', g(2)], ['فيفري', g(2)], ['شباط', g(2)], ['فبرائر', g(2)],
  ['مارس', g(3, true)], ['آذار', g(3)], ['أذار', g(3)],
  ['أبريل', g(4)], ['إبريل', g(4)], ['ابريل', g(4)], ['أفريل', g(4)], ['افريل', g(4)], ['نيسان', g(4, true)],
  ['مايو', g(5)], ['ماي', g(5, true)], ['مايس', g(5)], ['أيار', g(5)],
  ['يونيو', g(6)], ['يونيه', g(6)], ['يونية', g(6)], ['جوان', g(6)], ['حزيران', g(6)],
  ['يوليو', g(7)], ['يوليه', g(7)], ['يولية', g(7)], ['جويلية', g(7)], ['جويلييه', g(7)], ['يوليوز', g(7)], ['تموز', g(7, true)],
  ['أغسطس', g(8)], ['اغسطس', g(8)], ['أغسطوس', g(8)], ['غشت', g(8)], ['أوت', g(8)], ['آب', g(8, true)],
  ['سبتمبر', g(9)], ['سيبتمبر', g(9)], ['شتنبر', g(9)], ['أيلول', g(9)],
  ['أكتوبر', g(10)], ['اكتوبر', g(10)], ['أكتوبير', g(10)],
  ['نوفمبر', g(11)], ['نونبر', g(11)], ['نوفمبير', g(11)],
  ['ديسمبر', g(12)], ['دجنبر', g(12)], ['ديسمبير', g(12)], ['ديسامبر', g(12)],
  ['محرم', h(1, true)], ['المحرم', h(1)], ['صفر', h(2, true)], ['رجب', h(7, true)], ['شعبان', h(8, true)],
  ['رمضان', h(9, true)], ['شوال', h(10)],
]);

const FIRST = keySet(['الأول', 'الاول', 'أول', 'الأولى', 'الاولى', 'أولى']);
const SECOND = keySet(['الثاني', 'الثانى', 'ثاني', 'الثانية', 'الآخر', 'الاخر', 'الآخرة', 'الاخرة', 'الأخير', 'آخر']);
const QADA = keySet(['القعدة', 'القعده']);
const HIJJA = keySet(['الحجة', 'الحجه']);

/** Two-word month names by first word: the second word decides the month. */
export const TWO_WORD_MONTHS: ReadonlyMap<string, ReadonlyArray<readonly [ReadonlySet<string>, MonthName]>> = lexicon([
  ['كانون', [[SECOND, g(1)], [FIRST, g(12)]] as const],
  ['تشرين', [[FIRST, g(10)], [SECOND, g(11)]] as const],
  ['ربيع', [[FIRST, h(3)], [SECOND, h(4)]] as const],
  ['جمادى', [[FIRST, h(5)], [SECOND, h(6)]] as const],
  ['جماد', [[FIRST, h(5)], [SECOND, h(6)]] as const],
  ['ذو', [[QADA, h(11)], [HIJJA, h(12)]] as const],
  ['ذي', [[QADA, h(11)], [HIJJA, h(12)]] as const],
  ['ذا', [[QADA, h(11)], [HIJJA, h(12)]] as const],
]);

/** 0 = Sunday … 6 = Saturday. Definite forms (الخميس) stand alone; bare forms (خميس) need a construct. */
export const WEEKDAYS_DEFINITE: ReadonlyMap<string, number> = lexicon<number>([
  ['الأحد', 0], ['الاثنين', 1], ['الإثنين', 1], ['الاتنين', 1], ['الثلاثاء', 2], ['الثلاثا', 2], ['الثلاتاء', 2],
  ['الأربعاء', 3], ['الاربعا', 3], ['الأربعا', 3], ['الخميس', 4], ['الجمعة', 5], ['الجمعه', 5], ['السبت', 6],
]);
export const WEEKDAYS_BARE: ReadonlyMap<string, number> = lexicon<number>([
  ['أحد', 0], ['اثنين', 1], ['إثنين', 1], ['ثلاثاء', 2], ['ثلاثا', 2], ['أربعاء', 3], ['اربعا', 3], ['خميس', 4],
  ['جمعة', 5], ['سبت', 6],
]);

export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

/** Direction words after a period or a weekday: الماضي (−1), الحالي (0), المقبل (+1). */
export const PAST_WORDS = keySet([
  'الماضي', 'الماضية', 'الماض', 'السابق', 'السابقة', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'الفايت', 'المنقضي',
  'المنقضية', 'المنصرمه',
]);
export const CURRENT_WORDS = keySet(['الحالي', 'الحالية', 'الجاري', 'الجارية', 'هذا', 'هذه']);
export const NEXT_WORDS = keySet([
  'المقبل', 'المقبلة', 'القادم', 'القادمة', 'التالي', 'التالية', 'الجاي', 'الآتي', 'الاتي', 'الجاية',
]);

export type PeriodUnit = 'day' | 'week' | 'month' | 'year';

/** Periods a direction word can follow: الأسبوع الماضي، الشهر المقبل، العام الحالي، السنة القادمة. */
export const PERIODS: ReadonlyMap<string, PeriodUnit> = lexicon<PeriodUnit>([
  ['الأسبوع', 'week'], ['الاسبوع', 'week'], ['الشهر', 'month'], ['العام', 'year'], ['السنة', 'year'],
]);

/** Duration units for "قبل ثلاثة أيام", "منذ عامين", "بعد أسبوع": singular, dual (×2) and plural forms. */
export interface TimeUnitWord {
  unit: PeriodUnit | 'hour' | 'minute';
  dual?: boolean;
  plural?: boolean;
}
export const TIME_UNITS: ReadonlyMap<string, TimeUnitWord> = lexicon<TimeUnitWord>([
  ['يوم', { unit: 'day' }], ['يوما', { unit: 'day' }], ['أيام', { unit: 'day', plural: true }], ['يومين', { unit: 'day', dual: true }],
  ['يومان', { unit: 'day', dual: true }],
  ['أسبوع', { unit: 'week' }], ['أسبوعا', { unit: 'week' }], ['أسابيع', { unit: 'week', plural: true }],
  ['أسبوعين', { unit: 'week', dual: true }], ['أسبوعان', { unit: 'week', dual: true }],
  ['شهر', { unit: 'month' }], ['شهرا', { unit: 'month' }], ['أشهر', { unit: 'month', plural: true }],
  ['شهور', { unit: 'month', plural: true }], ['شهرين', { unit: 'month', dual: true }], ['شهران', { unit: 'month', dual: true }],
  ['عام', { unit: 'year' }], ['عاما', { unit: 'year' }], ['أعوام', { unit: 'year', plural: true }],
  ['عامين', { unit: 'year', dual: true }], ['عامان', { unit: 'year', dual: true }],
  ['سنة', { unit: 'year' }], ['سنوات', { unit: 'year', plural: true }], ['سنين', { unit: 'year', plural: true }],
  ['سنتين', { unit: 'year', dual: true }], ['سنتان', { unit: 'year', dual: true }],
  ['ساعة', { unit: 'hour' }], ['ساعات', { unit: 'hour', plural: true }], ['ساعتين', { unit: 'hour', dual: true }],
  ['دقيقة', { unit: 'minute' }], ['دقائق', { unit: 'minute', plural: true }], ['دقيقتين', { unit: 'minute', dual: true }],
]);

/** Words that introduce a year: عام 2017، سنة 1950، العام 2024 (with clitics: لعام، بعام، وفي عام are read by the parser). */
export const YEAR_CUES = keySet(['عام', 'العام', 'سنة', 'السنة', 'عامي', 'سنتي']);

/** After a year: 2017م، 1445هـ، 1907 ميلادي، 1320 هجري. */
export const GREGORIAN_ERA = keySet(['م', 'ميلادي', 'ميلادية', 'للميلاد', 'ميلاديا', 'مـ']);
export const HIJRI_ERA = keySet(['ه', 'هـ', 'هجري', 'هجرية', 'للهجرة', 'هجريا', 'ھ']);

/** Prepositions and nouns of time that make an ambiguous month name a month: في مارس، منذ رمضان، مطلع تموز. */
export const MONTH_CUES = keySet([
  'في', 'خلال', 'منذ', 'حتى', 'قبل', 'بعد', 'مطلع', 'أوائل', 'أواسط', 'منتصف', 'أواخر', 'نهاية', 'بداية', 'طوال',
  'طيلة', 'شهر', 'الشهر', 'حلول', 'أول', 'آخر', 'اخر', 'غرة', 'مستهل',
]);

/** Parts of a month: مطلع، منتصف، أواخر … (day 1, day 15, or the month with a part). */
export const MONTH_PARTS: ReadonlyMap<string, 'start' | 'early' | 'mid' | 'late' | 'end'> = lexicon([
  ['بداية', 'start'], ['مطلع', 'early'], ['أوائل', 'early'], ['مستهل', 'start'], ['غرة', 'start'], ['منتصف', 'mid'],
  ['أواسط', 'mid'], ['نص', 'mid'], ['نصف', 'mid'], ['أواخر', 'late'], ['نهاية', 'end'], ['أواخر', 'late'],
]);

/** Relative days: أمس، اليوم، غدا … (offset in days from the anchor). */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = lexicon<number>([
  ['أمس', -1], ['الأمس', -1], ['البارحة', -1], ['امبارح', -1], ['إمبارح', -1], ['مبارح', -1],
  ['اليوم', 0], ['غدا', 1], ['غد', 1], ['الغد', 1], ['بكرة', 1], ['بكرا', 1], ['بكره', 1],
]);

/** Parts of a day before a day word: صباح الخميس، مساء أمس، فجر اليوم. */
export const DAY_PARTS: ReadonlyMap<string, 'dawn' | 'morning' | 'noon' | 'afternoon' | 'evening' | 'night'> = lexicon([
  ['فجر', 'dawn'], ['صباح', 'morning'], ['ظهر', 'noon'], ['عصر', 'afternoon'], ['مساء', 'evening'], ['ليل', 'night'],
  ['ليلة', 'night'], ['ظهيرة', 'noon'], ['صبيحة', 'morning'], ['عشية', 'evening'],
]);

/** Words that mark a future event in the clause before a date: سوف، من المقرر، المرتقب … */
export const FUTURE_MARKERS = keySet([
  'سوف', 'المقرر', 'مقرر', 'المقررة', 'مقررة', 'المرتقب', 'المرتقبة', 'مرتقب', 'المزمع', 'المزمعة', 'يعتزم', 'تعتزم',
  'يعتزمون', 'المنتظر', 'المنتظرة', 'المتوقع', 'المتوقعة', 'ينتظر', 'يرتقب', 'يتوقع', 'تتوقع', 'يتوقعون', 'ينوي', 'تنوي',
  'يزمع', 'تزمع', 'مقررا', 'مقررة', 'المزمع',
]);

/** Words that start with س but are not future verbs. */
export const NOT_FUTURE_PREFIXES: readonly string[] = [
  'سيا', 'سيد', 'سيطر', 'سير', 'سيف', 'سيول', 'سينا', 'سينم', 'ستار', 'ستين', 'ستون', 'سته', 'سنوي', 'سنوات', 'سنت',
  'سنغاف', 'سيبير', 'ستوك', 'ستراتيج', 'سيرال', 'سيجار', 'سيكول', 'سيمف', 'سيتي', 'سيوف', 'سنين', 'سنه', 'ساعه',
  'ساعات', 'سابق', 'ساحه', 'ساحل', 'سامي', 'سالم', 'سار', 'ساد', 'سال', 'سام', 'ساه', 'ساع', 'ساب', 'ساق', 'سان',
  'ستاد', 'ستوديو', 'سنا', 'سنو', 'سني', 'سيرا', 'سيرين', 'سيريلانك', 'سيشل', 'ستيف', 'سيمون', 'سين', 'سيل',
];

export type HolidayRule = { calendar: 'hijri'; month: number; day: number } | { calendar: 'gregorian'; month: number; day: number } | { calendar: 'easter' };

/** Holidays by name: the key is the lexical keys of the words joined by one space. */
export const HOLIDAYS: ReadonlyMap<string, HolidayRule> = phraseMap<HolidayRule>([
  [['عيد الفطر', 'عيد الفطر المبارك'], { calendar: 'hijri', month: 10, day: 1 }],
  [['عيد الأضحى', 'عيد الأضحى المبارك'], { calendar: 'hijri', month: 12, day: 10 }],
  [['رأس السنة الهجرية'], { calendar: 'hijri', month: 1, day: 1 }],
  [['يوم عرفة', 'يوم عرفات', 'وقفة عرفات', 'وقفة عرفة'], { calendar: 'hijri', month: 12, day: 9 }],
  [['المولد النبوي', 'المولد النبوي الشريف'], { calendar: 'hijri', month: 3, day: 12 }],
  [['عيد الميلاد', 'عيد الميلاد المجيد', 'كريسماس', 'الكريسماس', 'كريسمس', 'الكريسمس'], { calendar: 'gregorian', month: 12, day: 25 }],
  [['رأس السنة الميلادية'], { calendar: 'gregorian', month: 1, day: 1 }],
  [['عيد العمال'], { calendar: 'gregorian', month: 5, day: 1 }],
  [['عيد الفصح', 'عيد القيامة', 'عيد الفصح المجيد'], { calendar: 'easter' }],
]);

/** Longest holiday name, in words. */
export const HOLIDAY_MAX_WORDS = 3;

function phraseMap<T>(groups: ReadonlyArray<readonly [readonly string[], T]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [phrases, value] of groups) for (const p of phrases) map.set(phraseKey(p), value);
  return map;
}

/** Lexical key of a phrase: its words' keys joined by one space. */
export function phraseKey(phrase: string): string {
  return phrase.split(' ').map(lexicalKey).join(' ');
}

/** Clock parts of the day after a time: صباحا، مساء، بعد الظهر … (true = after noon). */
export const CLOCK_PARTS_ONE: ReadonlyMap<string, boolean> = lexicon<boolean>([
  ['صباحا', false], ['صباحاً', false], ['صباح', false], ['الصبح', false], ['صبحا', false], ['فجرا', false], ['الفجر', false],
  ['فجر', false], ['ظهرا', true], ['الظهر', true], ['عصرا', true], ['العصر', true], ['مساء', true], ['مساءا', true],
  ['مساءً', true], ['المساء', true], ['ليلا', true], ['الليل', true], ['المغرب', true], ['العشاء', true], ['ص', false],
  ['م', true], ['ظهراً', true],
]);
/** Two-word ones: بعد الظهر، قبل الظهر، بعد العصر، قبل المغرب، بعد المغرب، هذا الصباح، هذه الليلة، هذا المساء. */
export const CLOCK_PARTS_TWO: ReadonlyMap<string, boolean> = phraseMap<boolean>([
  [['بعد الظهر', 'بعد الظهيرة', 'بعد العصر', 'قبل المغرب', 'بعد المغرب', 'هذه الليلة', 'هذا المساء'], true],
  [['قبل الظهر', 'قبل الظهيرة', 'هذا الصباح'], false],
]);

/** Time zones after بتوقيت: only those with no daylight saving (others would need a date-dependent table). */
export const TIME_ZONES: ReadonlyMap<string, string> = lexicon<string>([
  ['غرينتش', 'Z'], ['جرينتش', 'Z'], ['غرينيتش', 'Z'], ['جرينيتش', 'Z'], ['gmt', 'Z'], ['utc', 'Z'], ['مكة', '+03:00'],
  ['الرياض', '+03:00'], ['السعودية', '+03:00'], ['الدوحة', '+03:00'], ['الكويت', '+03:00'], ['بغداد', '+03:00'],
  ['أبوظبي', '+04:00'], ['الإمارات', '+04:00'], ['دبي', '+04:00'], ['مسقط', '+04:00'],
]);
