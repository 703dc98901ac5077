/**
 * Clock times: الساعة 3 صباحا، 3:18 صباحا، 15:15، الساعة الثالثة وربع العصر، الساعة 12 إلا ربع قبل الظهر، الثالثة
 * فجرا، الساعة 8 بتوقيت غرينتش. Without a part of the day, an hour from 1 to 12 said in words keeps `pm` undefined:
 * the text does not say, and the resolver decides only from a publication time, never by guessing.
 */
import { keySet } from '../numbers/fold.js';
import type { Ctx } from './context.js';
import { isPunct, isWord, next, plainNumber, smallNumber, wordClitic, wordKey } from './context.js';
import { CLOCK_PARTS_ONE, CLOCK_PARTS_TWO, TIME_ZONES } from './lexicon.js';
import type { TimeSpec } from './types.js';

const SAA = keySet(['الساعة']);
const ILLA = keySet(['إلا', 'الا', 'ألا']);
const QUARTER = keySet(['ربع', 'ربعا', 'الربع']);
const THIRD = keySet(['ثلث', 'ثلثا', 'الثلث']);
const HALF = keySet(['نصف', 'نص', 'النصف']);
const MINUTE_WORDS = keySet(['دقيقة', 'دقائق', 'دقايق']);
const BI_TAWQIT = keySet(['بتوقيت', 'توقيت', 'بالتوقيت']);
const LOCAL = keySet(['المحلي']);
const NIGHT = keySet(['ليلا', 'الليل', 'هذه الليلة']);

export interface ClockHit {
  first: number;
  last: number;
  prefix: number;
  time: TimeSpec;
}

/** Minutes after an hour: "و18 دقيقة", "وثمانية عشر دقيقة", "وربع", "ونصف", "وثلث", "إلا ربع", "إلا 5 دقائق". */
function minutesAt(ctx: Ctx, i: number): { minutes: number; last: number } | undefined {
  const k = wordKey(ctx, i);
  if (k === undefined) return undefined;
  let j = i;
  let sign = 1;
  let word = k;
  if (ILLA.has(k)) {
    sign = -1;
    j = next(ctx, i);
    const w = wordKey(ctx, j);
    if (w === undefined && !ctx.toks[j]) return undefined;
    word = w ?? '';
  } else if (k === 'و') {
    j = next(ctx, i);
    word = 'و' + (wordKey(ctx, j) ?? '');
  } else if (!k.startsWith('و')) {
    return undefined;
  }
  const bare = sign < 0 ? word : word.slice(1);
  if (QUARTER.has(bare)) return { minutes: sign * 15, last: j };
  if (THIRD.has(bare)) return { minutes: sign * 20, last: j };
  if (HALF.has(bare) && sign > 0) return { minutes: 30, last: j };
  // A number of minutes, in digits (after a standalone و) or words (وثمانية عشر).
  let n: { value: number; last: number } | undefined;
  const p = plainNumber(ctx, j);
  if (p && p.digits <= 2) n = { value: p.value, last: j };
  else {
    const h = ctx.hitAt[j];
    if (h && h.kind === 'cardinal' && !h.vague && Number.isInteger(h.value)) n = { value: h.value, last: h.last };
  }
  if (!n || n.value < 0 || n.value > 59) return undefined;
  let last = n.last;
  const m = next(ctx, last);
  if (isWord(ctx, m, MINUTE_WORDS)) last = m;
  else if (sign < 0) return undefined;
  return { minutes: sign * n.value, last };
}

/** A part of the day after a time: true = after noon, false = before, 'night' for ليلا (late evening or small hours). */
function clockPartAt(ctx: Ctx, i: number): { pm: boolean | 'night'; last: number } | undefined {
  const k = wordKey(ctx, i);
  if (k === undefined) return undefined;
  const j = next(ctx, i);
  const k2 = wordKey(ctx, j);
  if (k2 !== undefined) {
    const two = CLOCK_PARTS_TWO.get(k + ' ' + k2);
    if (two !== undefined) return { pm: NIGHT.has(k + ' ' + k2) ? 'night' : two, last: j };
  }
  const one = CLOCK_PARTS_ONE.get(k);
  if (one === undefined) return undefined;
  // م / ص after a clock time are the Arabic p.m. / a.m. marks; elsewhere م is the Gregorian era.
  return { pm: NIGHT.has(k) ? 'night' : one, last: i };
}

function zoneAt(ctx: Ctx, i: number): { tz?: string; last: number } | undefined {
  if (!isWord(ctx, i, BI_TAWQIT)) return undefined;
  const j = next(ctx, i);
  const t = ctx.toks[j];
  if (!t || j < 0) return undefined;
  if (isWord(ctx, j, LOCAL)) return { last: j };
  const z = TIME_ZONES.get(t.key);
  if (z !== undefined) {
    // "بتوقيت مكة المكرمة"
    const n = next(ctx, j);
    return { tz: z, last: wordKey(ctx, n)?.startsWith('ال') && t.key !== 'gmt' && t.key !== 'utc' ? n : j };
  }
  return undefined;
}

/** A clock time at i, with الساعة or in a form that is unmistakably a time. */
export function parseClock(ctx: Ctx, i: number): ClockHit | undefined {
  let j = i;
  let prefix = 0;
  const saa = wordClitic(ctx, j, SAA);
  const hasSaa = saa >= 0;
  if (hasSaa) { prefix = saa; j = next(ctx, j); if (j < 0) return undefined; }
  let hour: number;
  let minute = 0;
  let second: number | undefined;
  let grain: TimeSpec['grain'] = 'hour';
  let colon = false;
  let last: number;
  let feminineOrdinal = false;
  const p = plainNumber(ctx, j);
  if (p) {
    if (p.digits > 2 || p.value > 24) return undefined;
    hour = p.value;
    last = j;
    const c = next(ctx, j);
    if (isPunct(ctx, c, ':') && !ctx.toks[c]!.gap) {
      const mm = plainNumber(ctx, next(ctx, c));
      if (!mm || mm.digits !== 2 || mm.value > 59 || ctx.toks[next(ctx, c)]!.gap) return undefined;
      minute = mm.value;
      grain = 'minute';
      colon = true;
      last = next(ctx, c);
      const c2 = next(ctx, last);
      if (isPunct(ctx, c2, ':') && !ctx.toks[c2]!.gap) {
        const ss = plainNumber(ctx, next(ctx, c2));
        if (ss && ss.digits === 2 && ss.value <= 59) { second = ss.value; grain = 'second'; last = next(ctx, c2); }
      }
    }
    if (!hasSaa && !colon) return undefined;
  } else {
    let w = smallNumber(ctx, j, 12, true);
    let fractionMinutes = 0;
    const h = ctx.hitAt[j];
    if (!w && h && h.kind === 'cardinal' && h.form === 'words' && !h.vague && h.value > 1 && h.value < 13 && !Number.isInteger(h.value)) {
      // "ثلاثة وثلث" was read as one number (3⅓): an hour and twenty minutes.
      fractionMinutes = Math.round((h.value - Math.floor(h.value)) * 60);
      w = { value: Math.floor(h.value), last: h.last, ordinal: false, feminine: false, prefix: h.prefix };
    }
    if (!w) return undefined;
    if (fractionMinutes > 0) { minute = fractionMinutes; grain = 'minute'; }
    if (!hasSaa && !(w.ordinal && w.feminine)) return undefined;
    if (w.prefix > 0 && !hasSaa) return undefined;
    hour = w.value;
    last = w.last;
    feminineOrdinal = w.ordinal && w.feminine;
  }
  const mins = !colon ? minutesAt(ctx, next(ctx, last)) : undefined;
  if (mins) { minute = mins.minutes; grain = 'minute'; last = mins.last; }
  const part = clockPartAt(ctx, next(ctx, last));
  // Without الساعة, a word like "الثالثة" is a time only with a part of the day or minutes after it.
  if (!hasSaa && !colon && !part && !mins) return undefined;
  if (!hasSaa && !colon && feminineOrdinal && !part && mins && mins.minutes < 0) return undefined;
  if (part) last = part.last;
  // 12 إلا ربع = 11:45; the part of the day applies to the result.
  let total = hour * 60 + minute;
  if (total < 0) total += 24 * 60;
  hour = Math.floor(total / 60) % 24;
  minute = total % 60;
  let pm: boolean | undefined;
  if (part) {
    if (part.pm === 'night') {
      if (hour === 12) hour = 0;
      else if (hour >= 6 && hour < 12) hour += 12;
      pm = hour >= 12;
    } else if (part.pm) {
      if (hour < 12) hour += 12;
      pm = true;
    } else {
      if (hour === 12 && minute === 0 && grain === 'hour') hour = 0;
      pm = false;
    }
  } else if (colon || hour === 0 || hour > 12) {
    pm = hour >= 12;
  }
  const time: TimeSpec = { hour, minute, grain };
  if (second !== undefined) time.second = second;
  if (pm !== undefined) time.pm = pm;
  const z = zoneAt(ctx, next(ctx, last));
  if (z) { last = z.last; if (z.tz) time.tz = z.tz; }
  if (time.hour > 24 || time.minute > 59) return undefined;
  return { first: i, last, prefix, time };
}
