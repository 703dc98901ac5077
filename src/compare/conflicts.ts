/**
 * Conflicts between two statements of one fact, from two articles:
 * - quantity: figures for the same counted noun or unit that cannot be the same amount (./quantity-agreement.ts);
 * - date: the one day-precise date of each statement differs ("الأربعاء" resolved to 19 June against "18 يونيو");
 *   a weekday agrees with the date it falls on, so "الخميس" and "20 يونيو" agree when the 20th was a Thursday;
 * - name: the statements are alike but for one person, place or organisation each, of the same type, which the
 *   other article never names (كوريا الجنوبية / اليابان in the same sentence);
 * Attribution conflicts (the same words in different mouths) are found on quotes (./story-quotes.ts).
 * Each comes with the differing values, their spans, and a short note in Arabic.
 */
import type { DateMention } from '../analysis/dates/index.js';
import type { Entity } from '../analysis/entities/types.js';
import { sameAlias } from '../analysis/names/aliases.js';
import { compareNameWords, nameWords, sameName } from '../analysis/names/same-name.js';
import { normalizeKey } from '../text/normalize.js';
import { isHonorificPronoun, stripTitles } from '../analysis/names/titles.js';
import type { Quantity } from '../analysis/quantities/index.js';
import { matchKey } from './match-key.js';
import type { Statement } from './prepare.js';
import { describeValue, quantitiesAgree } from './quantity-agreement.js';
import type { ConflictKind } from './types.js';

export interface FoundValue {
  statement: Statement;
  text: string;
  start: number;
  end: number;
  value?: number | string;
  approximate?: boolean;
  min?: number;
  max?: number;
}

export interface FoundConflict {
  kind: ConflictKind;
  about?: string;
  values: FoundValue[];
  /** Builds the note, given how to name each article. */
  note(label: (article: number) => string): string;
}

function headsOf(q: Quantity): string[] {
  const heads = q.heads ?? (q.head ? [q.head] : []);
  return heads.map((h) => matchKey(h));
}

/** Two figures measure the same thing: same kind, and a shared counted noun, or the same unit when neither has one. */
export function comparable(a: Quantity, b: Quantity): string | undefined {
  if (a.kind !== b.kind) return undefined;
  const ha = headsOf(a);
  const hb = headsOf(b);
  if (ha.length && hb.length) {
    const shared = ha.find((h) => hb.includes(h));
    return shared !== undefined ? (a.headText ?? shared) : undefined;
  }
  if (ha.length || hb.length) return undefined;
  if (a.unit && a.unit === b.unit) return a.unit;
  if (a.base && b.base && a.base.unit === b.base.unit) return a.base.unit;
  return undefined;
}

function quantityValue(s: Statement, q: Quantity): FoundValue {
  const v: FoundValue = { statement: s, text: q.text, start: q.start, end: q.end, value: q.value };
  if (q.approximate) v.approximate = true;
  if (q.min !== undefined) v.min = q.min;
  if (q.max !== undefined) v.max = q.max;
  return v;
}

export function quantityConflicts(a: Statement, b: Statement): FoundConflict[] {
  const out: FoundConflict[] = [];
  const usedB = new Set<Quantity>();
  for (const qa of a.quantities) {
    const candidates = b.quantities.map((qb) => ({ qb, about: comparable(qa, qb) })).filter((c) => c.about !== undefined);
    if (candidates.length === 0) continue;
    // One figure of b that can be the same amount settles it: the text may give two figures for two things.
    if (candidates.some((c) => quantitiesAgree(qa, c.qb))) continue;
    const { qb, about } = candidates.reduce((x, y) => (Math.abs(y.qb.value - qa.value) < Math.abs(x.qb.value - qa.value) ? y : x));
    if (usedB.has(qb)) continue;
    usedB.add(qb);
    const extraA = headsOf(qa).length > 1;
    const extraB = headsOf(qb).length > 1;
    out.push({
      kind: 'quantity',
      about: about!,
      values: [quantityValue(a, qa), quantityValue(b, qb)],
      note: (label) => {
        let note = `${label(a.article)}: «${qa.text}» (${describeValue(qa)})، ${label(b.article)}: «${qb.text}» (${describeValue(qb)})`;
        if (qa.approximate || qb.approximate) note += '؛ الرقم التقريبي لا يغطي الفرق';
        // "15 اتفاقا ومذكرة": the figure counts two kinds of thing together, which may explain part of the gap.
        if (extraA !== extraB) note += `؛ «${extraA ? qa.text : qb.text}» يجمع أكثر من نوع في رقم واحد`;
        return note;
      },
    });
  }
  return out;
}

const DAY_GRAINS = new Set(['day', 'hour', 'minute', 'second']);

function dayDates(s: Statement): DateMention[] {
  return s.dates.filter((d) => DAY_GRAINS.has(d.grain) && (d.value !== null || d.weekday !== undefined) && !d.relation && !d.until);
}

function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function weekdayOf(isoDay: string): string | undefined {
  const ms = Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(ms) ? WEEKDAYS[new Date(ms).getUTCDay()] : undefined;
}

/**
 * Do two date mentions name the same day? Unknown (an unresolved weekday against a weekday) counts as agreeing; so do
 * two mentions naming the same weekday (each outlet's "أمس السبت" and "اليوم السبت" are that Saturday, whatever
 * publication times say), and a relative day (اليوم، أمس) a day off the other: it rests on a publication time that
 * is often only the crawl time.
 */
export function datesAgree(a: DateMention, b: DateMention): boolean {
  if (a.weekday && b.weekday && a.weekday === b.weekday) return true;
  if (a.value && b.value) {
    if (a.value.slice(0, 10) === b.value.slice(0, 10)) return true;
    if (!(a.relative || b.relative) || Math.abs(dayNumber(a.value) - dayNumber(b.value)) > 1) return false;
    // A day apart and one of them relative: the benefit of the doubt, unless an exact date contradicts a weekday the
    // other names ("أمس الخميس" against 19 June, a Wednesday).
    for (const [named, other] of [[a, b], [b, a]] as const) {
      if (named.weekday && !other.relative && weekdayOf(other.value!) !== named.weekday) return false;
    }
    return true;
  }
  const resolved = a.value ? a : b.value ? b : undefined;
  const other = resolved === a ? b : a;
  if (resolved && other.weekday) return weekdayOf(resolved.value!) === other.weekday;
  if (a.weekday && b.weekday) return a.weekday === b.weekday;
  return true;
}

/** "أعلن الحلف أمس أن …", "أكدت القوات اليوم السبت أن …": a day right before أن / إن dates the report, not the event. */
const REPORT_DAY_AFTER = /^[\s،,]*(?:أن|إن|بأن|ان|بان)(?:\s|ه|ها|هم)/u;

function isReportDay(d: DateMention, text: string | undefined): boolean {
  return text !== undefined && REPORT_DAY_AFTER.test(text.slice(d.end, d.end + 8));
}

/** `texts`, when given, is each article's text (by index): a day that dates the report is left out. */
export function dateConflicts(a: Statement, b: Statement, texts?: readonly string[]): FoundConflict[] {
  const da = dayDates(a).filter((d) => !isReportDay(d, texts?.[a.article]));
  const db = dayDates(b).filter((d) => !isReportDay(d, texts?.[b.article]));
  // One day each: with more, which date goes with which event is not known.
  if (da.length !== 1 || db.length !== 1) return [];
  const x = da[0]!; const y = db[0]!;
  if (datesAgree(x, y)) return [];
  const value = (s: Statement, d: DateMention): FoundValue => ({ statement: s, text: d.text, start: d.start, end: d.end, ...(d.value ? { value: d.value.slice(0, 10) } : {}) });
  return [{
    kind: 'date',
    values: [value(a, x), value(b, y)],
    note: (label) => `${label(a.article)}: «${x.text}»${x.value ? ` (${x.value.slice(0, 10)})` : ''}، ${label(b.article)}: «${y.text}»${y.value ? ` (${y.value.slice(0, 10)})` : ''}`,
  }];
}

const NAME_TYPES = new Set(['PER', 'LOC', 'ORG']);

export interface NameContext {
  canonicalOf(statement: Statement, e: Entity): number | undefined;
  /** Is the entity the dateline of its article ("الكويت 25 شوال … (واس)")? Where a report was filed is not what it says. */
  isDateline?(statement: Statement, e: Entity): boolean;
  /**
   * The whole sentence a statement was cut from (a clause of a list may leave the name in the next clause), as
   * normalised words between spaces (" وفاز بالجائزة ناصر الضبيحي ").
   */
  sentenceKey?(statement: Statement): string;
  /** Does the article (index) name this canonical entity anywhere? */
  articleNames(article: number, canonical: number): boolean;
}

/** Names whose spellings score this alike are too close to call a conflict (a transliteration the matcher missed). */
export const CLOSE_NAME_SCORE = 0.6;


/** The other statement has the entity's words in it, tagged or not (a span the tagger cut differently, a shorter form). */
function mentions(s: Statement, e: Entity): boolean {
  const words = normalizeKey(e.text).split(/\s+/u).filter((w) => w.length > 1);
  if (words.length === 0) return false;
  // With or without the article (بيت الشباب / بيت شباب) and a proclitic (وبيروت).
  const bare = (w: string) => (w.length > 4 && w.startsWith('ال') ? w.slice(2) : w);
  const has = (w: string) => s.words.some((c) => c.norm === w || (c.norm.endsWith(w) && c.norm.length - w.length <= 2)
    || (bare(w).length > 2 && (c.norm === bare(w) || (c.norm.endsWith(bare(w)) && c.norm.length - bare(w).length <= 3))));
  if (words.length <= 2) return words.every(has);
  // A long name is there when its first and last words are (إبراهيم الحفظي for إبراهيم بن سليمان الحفظي), or two of
  // its words (محمد جاويد for محمد أسلم جاويد القاسمي), or, for a place or a body, its last word (السعودية for
  // المملكة العربية السعودية).
  if (has(words[0]!) && has(words[words.length - 1]!)) return true;
  if (words.filter((w) => w.length > 2 && w !== 'بن' && has(w)).length >= 2) return true;
  return e.type !== 'PER' && words[words.length - 1]!.length > 3 && has(words[words.length - 1]!);
}

/** "عبد الله" and "عبدالله" are one name word: the compound is written both ways. */
function joinCompounds(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if ((w === 'عبد' || w === 'وعبد') && next !== undefined && next.startsWith('ال')) { out.push(w + next); i++; } else out.push(w);
  }
  return out;
}

export function nameConflicts(a: Statement, b: Statement, ctx: NameContext): FoundConflict[] {
  const only = (s: Statement, other: Statement) => {
    const otherKeys = new Set(other.entities.map((e) => ctx.canonicalOf(other, e)));
    const seen = new Map<number, Entity>();
    for (const e of s.entities) {
      const k = ctx.canonicalOf(s, e);
      if (k === undefined || !NAME_TYPES.has(e.type) || otherKeys.has(k) || ctx.articleNames(other.article, k)) continue;
      if (!seen.has(k)) seen.set(k, e);
    }
    return [...seen.values()];
  };
  const inSentence = (s: Statement, e: Entity) => {
    const key = ctx.sentenceKey?.(s);
    if (!key) return false;
    const words = stripTitles(nameWords(e.text)).filter((w) => w.length > 2);
    return words.length > 0 && words.every((w) => key.includes(` ${w} `) || key.includes(` و${w} `) || key.includes(` ال${w} `));
  };
  const keep = (s: Statement, other: Statement) => (e: Entity) => !isHonorificPronoun(e.text) && !mentions(other, e) && !inSentence(other, e) && !ctx.isDateline?.(s, e);
  const ea = only(a, b).filter(keep(a, b));
  const eb = only(b, a).filter(keep(b, a));
  if (ea.length !== 1 || eb.length !== 1 || ea[0]!.type !== eb[0]!.type) return [];
  const x = ea[0]!; const y = eb[0]!;
  // Two spellings or two lengths of one name (مفرج بن سعد الحقباني / مفرج الحقباني، مورير / ماور، دمرطاش / دمرداش) or
  // two names of one organisation (فرانس برس / وكالة الصحافة الفرنسية) are not a conflict, even when the merging of
  // names missed them: a shared name word, or spellings merely close, is enough doubt.
  const bare = (w: string) => (w.length > 3 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w);
  const wordsX = joinCompounds(stripTitles(nameWords(x.text)));
  const wordsY = joinCompounds(stripTitles(nameWords(y.text)));
  // A title alone (معالي، سمو) names no one in particular.
  if (wordsX.length === 0 || wordsY.length === 0) return [];
  const wx = new Set(wordsX.map(bare));
  if (wordsY.some((w) => wx.has(bare(w))) || sameAlias(x.text, y.text)) return [];
  // One name spelled with spaces or without, or the same name with a word more after it («آس» الإسبانية / أ س).
  const spaceless = (t: string) => normalizeKey(t).replace(/[^\p{L}\p{N}]/gu, '');
  const [sx, sy] = [spaceless(x.text), spaceless(y.text)];
  if (sx.length > 1 && sy.length > 1 && (sx.startsWith(sy) || sy.startsWith(sx))) return [];
  // One name word spelled two ways is a shared name word too (اليونسكو / الأمم المتحدة للتربية والعلم والثقافة (اليونيسكو)).
  if (wordsX.some((p) => p.length >= 4 && wordsY.some((q) => q.length >= 4 && sameName(p, q).same))) return [];
  if (compareNameWords(wordsX, wordsY).score >= CLOSE_NAME_SCORE || sameName(x.text, y.text).same) return [];
  const value = (s: Statement, e: Entity): FoundValue => ({ statement: s, text: e.text, start: e.start, end: e.end });
  return [{
    kind: 'name',
    about: x.type === 'PER' ? 'شخص' : x.type === 'LOC' ? 'مكان' : 'جهة',
    values: [value(a, x), value(b, y)],
    note: (label) => `${label(a.article)} يذكر «${x.text}» حيث يذكر ${label(b.article)} «${y.text}»`,
  }];
}
