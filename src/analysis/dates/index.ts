export { extractDates, type DateMention, type ExtractDatesOptions } from './extract-dates.js';
export type { Grain } from './types.js';
export type { DateWarning, Direction } from './resolve.js';
export type { Calendar, WeekdayName } from './lexicon.js';
