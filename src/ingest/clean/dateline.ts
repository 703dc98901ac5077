/**
 * The dateline at the head of the first paragraph — "هانوي - (وكالات):", "دمشق، سوريا (CNN) --", "واشنطن – رويترز:",
 * "الرياض -" — or a whole first line of wire copy such as "إسلام آباد 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس".
 * The prefix is cut at its end (the rest of the line is kept as it is) and becomes `dateline`; a known agency in it
 * becomes `agency`. A credit that is not a known agency is accepted only when it cannot be prose: Latin letters
 * ("(CNN)"), an outlet in «», "(خاص)", or a short name closed by a colon ("الرياض - الوئام:").
 */
import { agenciesOf } from '../metadata/agencies.js';
import { countWords } from './lines.js';
import { normalizeKey } from '../../text/normalize.js';
import { isStopword } from '../../text/stopwords.js';
import { contentLines, cutPrefix, lineKey, lineRest, remove } from './helpers.js';
import { readDateStamp } from './date-stamp.js';
import type { CleanContext, CleanPass } from './types.js';

const PLACE = String.raw`[\p{L}\p{M}]+(?:[ \t]*[،,]?[ \t]+[\p{L}\p{M}]+){0,3}`;
const FULL_PLACE = new RegExp(String.raw`^${PLACE}$`, 'u');
const SEP = String.raw`[ \t]*(?:--|[-–—:]|(?<=\s)ـ(?=\s))[ \t]*`;
/** "دمشق، سوريا (CNN) --", "هانوي - (وكالات):", "القاهرة - «الشرق الأوسط»:" */
const WITH_BRACKETED_CREDIT = new RegExp(String.raw`^[ \t]*(${PLACE})(?:${SEP}|[ \t]*)([(«][ \t]*[^()«»\n]{1,40}?[ \t]*[)»])(${SEP}|[ \t]+)(?=\S)`, 'u');
/** "واشنطن – رويترز:", "الرياض - الوئام:" */
const WITH_BARE_CREDIT = new RegExp(String.raw`^[ \t]*(${PLACE})[ \t]*[-–—][ \t]*([^\s:،,(«][^:،,\n(«]{0,24}?)[ \t]*(--|[-–—:])[ \t]*(?=\S)`, 'u');
/** "فايز الأسمري- سبق- الرياض: …": reporter, outlet and place joined by dashes, closed by a colon. */
const DASHED_CREDIT = /^[ \t]*((?:[\p{L}\p{M}]+[ \t]*){1,3}(?:[-–—ـ][ \t]*(?:[\p{L}\p{M}]+[ \t]*){1,3}){1,3}):[ \t]*(?=\S)/u;
/** "الرياض - " followed by the sentence. */
const PLACE_ONLY = new RegExp(String.raw`^[ \t]*(${PLACE})[ \t]+[-–—]+[ \t]+(?=\S)`, 'u');

const MAX_PLACE_WORDS = 4;
/** A place-only dateline needs a real sentence after it; "نعم - لا" is not a dateline. */
const MIN_REST_WORDS = 5;

export interface DatelineMatch {
  /** Length of the prefix to cut (the whole line for a dateline line). */
  length: number;
  dateline: string;
  agency?: string;
  date?: string;
}

function creditOk(credit: string, colon: boolean): { ok: boolean; agency?: string } {
  const inner = credit.replace(/^[(«“"\s]+|[)»”"\s]+$/g, '');
  const agencies = agenciesOf(inner);
  if (agencies) return { ok: true, agency: agencies[0]! };
  if (/^[A-Za-z][A-Za-z .&-]{0,20}$/.test(inner)) return { ok: true };
  if (/^«/.test(credit) && countWords(inner) <= 4) return { ok: true };
  if (/^خاص/.test(inner)) return { ok: true };
  if (colon && countWords(inner) <= 2) return { ok: true };
  return { ok: false };
}

/**
 * A place name is made of content words: "قال المتحدث إن وكالة (رويترز) …" opens with prose, and its function word
 * (إن) gives it away. Verbs of saying are not stop words, so they are listed.
 */
function placeOk(place: string): boolean {
  return lineKey(place).split(' ').every((w) => w && !isStopword(w) && !SAYING.has(w));
}
const SAYING = new Set(['قال', 'وقال', 'قالت', 'وقالت', 'اكد', 'واكد', 'اكدت', 'اعلن', 'واعلن', 'اعلنت', 'ذكر', 'ذكرت', 'افاد', 'افادت', 'اوضح', 'اضاف']);

/** Reads a dateline at the start of a line; undefined when the line does not start with one. */
export function matchDateline(text: string): DatelineMatch | undefined {
  const whole = matchDatelineLine(text);
  if (whole) return whole;
  let m = WITH_BRACKETED_CREDIT.exec(text);
  if (m && countWords(m[1]!) <= MAX_PLACE_WORDS && placeOk(m[1]!)) {
    const credit = creditOk(m[2]!, /:\s*$/.test(m[0]));
    // Without a separator after it, only a known agency or "(CNN)" makes a credit: "عرض المتحف (ومقره برلين) …"
    // is prose.
    const separated = m[3]!.trim() !== '';
    if (credit.ok && (separated || credit.agency || /^\(\s*[A-Za-z]/.test(m[2]!))) return { length: m[0].length, dateline: m[0].replace(/[\s:–—-]+$/u, ''), ...(credit.agency ? { agency: credit.agency } : {}) };
  }
  m = WITH_BARE_CREDIT.exec(text);
  if (m && countWords(m[1]!) <= MAX_PLACE_WORDS && placeOk(m[1]!)) {
    const credit = creditOk(m[2]!, m[3] === ':');
    if (credit.ok) return { length: m[0].length, dateline: m[0].replace(/[\s:–—-]+$/u, ''), ...(credit.agency ? { agency: credit.agency } : {}) };
  }
  m = DASHED_CREDIT.exec(text);
  if (m && countWords(m[1]!) <= 7 && placeOk(m[1]!.replace(/[-–—ـ]/gu, ' '))) return { length: m[0].length, dateline: m[1]!.trim() };
  m = PLACE_ONLY.exec(text);
  if (m && countWords(m[1]!) <= 3 && placeOk(m[1]!)) {
    const rest = text.slice(m[0].length);
    // "الرياض - الوئام: …" has a credit the patterns above refused; cutting after the place would split it.
    if (countWords(rest) >= MIN_REST_WORDS && !/^[^.،:]{0,30}:/u.test(rest)) {
      return { length: m[0].length, dateline: m[1]!.trim() };
    }
  }
  return undefined;
}

/** A first line that is nothing but place, date and agency: "بيروت 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس". */
function matchDatelineLine(text: string): DatelineMatch | undefined {
  const trimmed = text.trim();
  if (countWords(trimmed) > 18) return undefined;
  const words = trimmed.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const credit = words.slice(-n).join(' ').replace(/[:.]$/, '').replace(/^[-–—]/, '');
    const agencies = agenciesOf(credit.replace(/^[(«]|[)»]$/g, ''));
    if (!agencies) continue;
    const head = words.slice(0, -n).join(' ').replace(/[\s،,–—-]+$/u, '');
    const firstDigit = head.search(/[0-9٠-٩]/);
    const place = (firstDigit < 0 ? head : head.slice(0, firstDigit)).replace(/[\s،,–—-]+$/u, '');
    if (!FULL_PLACE.test(place) || countWords(place) > MAX_PLACE_WORDS || !placeOk(place)) continue;
    // Between the place and the credit: a date stamp, or nothing.
    const stamp = firstDigit < 0 ? undefined : readDateStamp(head.slice(firstDigit));
    if (firstDigit >= 0 && !stamp) continue;
    return { length: text.length, dateline: trimmed, agency: agencies[0]!, ...(stamp ? { date: stamp.date } : {}) };
  }
  return undefined;
}

function applyDateline(ctx: CleanContext, i: number, m: DatelineMatch): void {
  const line = ctx.lines[i]!;
  const rest = lineRest(ctx, i);
  if (rest.offset === 0 && m.length >= line.text.trimEnd().length) remove(ctx, i, 'dateline');
  else cutPrefix(ctx, i, m.length, 'dateline');
  ctx.meta.dateline ??= m.dateline;
  if (m.agency) ctx.meta.agency ??= m.agency;
  if (m.date) ctx.meta.datedLine ??= { date: m.date, modified: false, start: line.start + rest.offset, end: line.start + rest.offset + m.length };
}

export const dateline: CleanPass = (ctx) => {
  const first = contentLines(ctx)[0];
  if (first === undefined) return;
  const m = matchDateline(lineRest(ctx, first).text);
  if (m) applyDateline(ctx, first, m);
};

/**
 * The place of a dateline that has one (ending where its date stamp, credit or dash begins: "بيروت" of "بيروت 25 شوال
 * 1436هـ … واس"), as a match key; undefined when the dateline is only a credit or an outlet's name before a dash
 * ("عين اليوم – الرياض" is the outlet, then the place: not read, so that one outlet's style never splits a story).
 */
export function datelinePlace(dateline: string | undefined): string | undefined {
  if (!dateline) return undefined;
  const m = /^\s*([\p{L}\s]{2,40}?)\s+[0-9٠-٩]/u.exec(dateline);
  if (!m) return undefined;
  const place = normalizeKey(m[1]!).trim();
  return place && place.split(/\s+/u).length <= 3 ? place : undefined;
}
