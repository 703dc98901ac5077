/**
 * extractQuantities: the figures of a text, each a number with what it counts and how sure the text is.
 *
 * A quantity is a number (../numbers) with, after it, a unit (money, percent, measures, durations: 15 مليون دولار،
 * 3 كغ، 24 عامًا) or the noun it counts (its head, light-stemmed: "عشرة اتفاقات" and "15 اتفاقا" → اتفاق), and
 * around it approximators and bounds (حوالى → approximate; أكثر من → min; أقل من → max), ranges (بين 10 و20،
 * من 10 إلى 20 دولار، 10-20 $) and vague magnitudes (عشرات القتلى: min 20, max 99). Dual units need no number
 * (شهرين، عامين، دقيقتين = 2). Numbers that are part of a date (عام 2017، 20 يونيو) are left to the date pass, but
 * the duration inside a relative date is a quantity too (منذ 24 عامًا → 24 years).
 */
import type { Token } from '../../text/types.js';
import { keySet, lexicalKey } from '../numbers/fold.js';
import { hitsOf, isCountable } from '../numbers/extract-numbers.js';
import { NUMBER_WORDS, ORDINAL_WORDS } from '../numbers/lexicon.js';
import type { NumberHit } from '../numbers/parse.js';
import { PARTICLES, isIndefiniteNoun } from '../numbers/particles.js';
import { originalOffset, viewOf, type TokenView, type ViewToken } from '../numbers/token-view.js';
import { dateTokenRanges } from '../dates/extract-dates.js';
import { headStem } from './head-stem.js';
import { modifierAfter, modifierBefore } from './modifiers.js';
import { DOTTED_CURRENCIES, UNITS, UNIT_SYMBOLS, type QuantityKind, type UnitWord } from './units.js';

export interface Quantity {
  text: string;
  start: number;
  end: number;
  value: number;
  kind: QuantityKind;
  /** حوالى، نحو، قرابة، تقريبا …, or a vague magnitude. */
  approximate?: boolean;
  /** Bounds: أكثر من 10 → min 10; أقل من 7 → max 7; بين 10 و20 → min 10, max 20 (value is then the lower end). */
  min?: number;
  max?: number;
  /** USD, EUR, pound, %, km, kg, year, day … (see units.ts). */
  unit?: string;
  /** Light stem of the counted noun (اتفاق), and of every noun counted together (15 اتفاقا ومذكرة → اتفاق، مذكر). */
  head?: string;
  heads?: string[];
  /** The counted noun as written. */
  headText?: string;
  /** عشرات، مئات، آلاف، بضعة: value is the lower bound. */
  vague?: boolean;
  /** The value in the base unit of its kind (2 كغ → 2000 g; 3 ساعات → 10800 s). */
  base?: { value: number; unit: string };
}

export interface ExtractQuantitiesOptions {
  tokens?: readonly Token[];
  /**
   * Read a unit with no number as one of it (كيلوغرام → 1 kg, أسبوع → 1 week). Off by default: in running text a
   * lone "شهر" or "أسبوع" is rarely a figure. Used for isolated phrases (Duckling's corpus).
   */
  implicitOne?: boolean;
}

interface UnitMatch {
  unit: UnitWord;
  code: string;
  kind: QuantityKind;
  first: number;
  last: number;
}

const CELSIUS = keySet(['مئوية', 'سلزيوس', 'سيلسيوس', 'مئويه']);
const FAHRENHEIT = keySet(['فهرنهايت']);
const SQUARE = keySet(['مربع', 'مربعا', 'مربعة']);
const CUBIC = keySet(['مكعب', 'مكعبا', 'مكعبة']);
const BELOW_ZERO = [lexicalKey('تحت'), lexicalKey('الصفر')];
const MIN = lexicalKey('من');
const BAYN = lexicalKey('بين');
const TO = keySet(['إلى', 'الى', 'حتى', 'لغاية', 'لـ']);
const CHANGE_VERBS = keySet([
  'ارتفع', 'ارتفعت', 'انخفض', 'انخفضت', 'زاد', 'زادت', 'تراجع', 'تراجعت', 'قفز', 'قفزت', 'هبط', 'هبطت', 'صعد', 'صعدت',
  'رفع', 'رفعت', 'خفض', 'خفضت', 'ارتفاع', 'انخفاض', 'زيادة', 'تراجعا', 'يرتفع', 'ترتفع', 'ينخفض', 'تنخفض', 'نما', 'نمت',
  'تضاعف', 'ازداد', 'ازدادت', 'قلص', 'تقلص', 'رفعه', 'رفعها', 'خفضه', 'خفضها', 'صعود', 'هبوط', 'تحول', 'تحولت',
]);
/** Past verbs that often follow a number with و and are not counted nouns: "قتل 5 وقال …". */
const VERBS_AFTER_WAW = keySet(['قال', 'قالت', 'كان', 'كانت', 'تم', 'جاء', 'جاءت', 'بات', 'صار', 'ظل', 'عاد', 'قد', 'لم', 'لن', 'هو', 'هي']);
const PREFIX_UNITS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [lexicalKey('كيلو'), new Map([[lexicalKey('متر'), 'كيلومتر'], [lexicalKey('غرام'), 'كيلوغرام'], [lexicalKey('جرام'), 'كيلوغرام']])],
  [lexicalKey('ملي'), new Map([[lexicalKey('لتر'), 'مل'], [lexicalKey('ليتر'), 'مل'], [lexicalKey('متر'), 'مليمتر'], [lexicalKey('غرام'), 'ملغ']])],
  [lexicalKey('ميلي'), new Map([[lexicalKey('لتر'), 'مل'], [lexicalKey('ليتر'), 'مل'], [lexicalKey('متر'), 'مليمتر'], [lexicalKey('غرام'), 'ملغ']])],
  [lexicalKey('هكتو'), new Map([[lexicalKey('لتر'), 'هكتوليتر'], [lexicalKey('ليتر'), 'هكتوليتر']])],
  [lexicalKey('سنتي'), new Map([[lexicalKey('متر'), 'سنتيمتر']])],
]);
const FRACTION_AFTER_UNIT: ReadonlyMap<string, number> = new Map([
  ...['ونصف', 'ونص'].map((w) => [lexicalKey(w), 0.5] as const),
  ...['وربع'].map((w) => [lexicalKey(w), 0.25] as const),
  ...['وثلث'].map((w) => [lexicalKey(w), 1 / 3] as const),
]);
const HALF_WEAK = lexicalKey('نص');
const VERSION = /^\d+\.0$/;
const QUARTER_FINAL = keySet(['نهائي', 'النهائي']);

function isSymbolish(t: ViewToken | undefined): boolean {
  return t !== undefined && (t.kind === 'punct' || t.kind === 'symbol');
}

function isLatin(t: ViewToken): boolean {
  const c = t.key.charCodeAt(0);
  return c >= 0x61 && c <= 0x7a;
}

/** A unit at token j (symbol, code, dotted abbreviation, word with its adjectives and compounds). */
function unitAt(toks: readonly ViewToken[], j: number, definite = false): UnitMatch | undefined {
  const t = toks[j];
  if (!t || t.brk) return undefined;
  if (isSymbolish(t)) {
    const u = UNIT_SYMBOLS.get(t.key);
    if (!u || u.kind === 'percent') return undefined;
    if (t.key === '°') {
      const n = toks[j + 1];
      if (n && !n.brk && n.kind === 'word') {
        if (CELSIUS.has(n.key) || n.key === 'c') return { unit: u, code: 'celsius', kind: 'temperature', first: j, last: j + 1 };
        if (FAHRENHEIT.has(n.key) || n.key === 'f') return { unit: u, code: 'fahrenheit', kind: 'temperature', first: j, last: j + 1 };
      }
    }
    return { unit: u, code: u.unit, kind: u.kind, first: j, last: j };
  }
  if (t.kind !== 'word') return undefined;
  if (isLatin(t)) {
    const u = UNIT_SYMBOLS.get(t.key);
    return u ? { unit: u, code: u.unit, kind: u.kind, first: j, last: j } : undefined;
  }
  // ج.م، ر.س، د.ك
  if (t.key.length === 1) {
    const dot = toks[j + 1];
    const second = toks[j + 2];
    if (dot && second && dot.key === '.' && !dot.gap && !second.gap && second.kind === 'word' && second.key.length === 1) {
      const code = DOTTED_CURRENCIES.get(t.key + ' ' + second.key);
      if (code) {
        const trailing = toks[j + 3];
        const last = trailing && trailing.key === '.' && !trailing.gap ? j + 3 : j + 2;
        return { unit: { kind: 'money', unit: code }, code, kind: 'money', first: j, last };
      }
    }
    return undefined;
  }
  // "ملايين الدولارات", "نصف الساعة": after a vague word or a fraction the unit may take ال.
  let key = definite && t.key.startsWith('ال') ? t.key.slice(2) : t.key;
  let last = j;
  const compound = PREFIX_UNITS.get(key);
  if (compound) {
    const n = toks[j + 1];
    const joined = n && !n.brk && n.kind === 'word' ? compound.get(n.key) : undefined;
    if (joined) { key = lexicalKey(joined); last = j + 1; }
  }
  const u = UNITS.get(key);
  if (!u) return undefined;
  let code = u.unit;
  let kind = u.kind;
  const n = toks[last + 1];
  if (n && !n.brk && n.kind === 'word') {
    const q = u.qualifiers?.get(n.key);
    if (q) { code = q; last++; }
    else if (u.unit === 'degree' && CELSIUS.has(n.key)) { code = 'celsius'; last++; }
    else if (u.unit === 'degree' && FAHRENHEIT.has(n.key)) { code = 'fahrenheit'; last++; }
    else if (u.kind === 'length' && SQUARE.has(n.key)) { code = u.unit + '2'; kind = 'area'; last++; }
    else if (u.kind === 'length' && CUBIC.has(n.key)) { code = u.unit + '3'; kind = 'volume'; last++; }
  }
  return { unit: u, code, kind, first: j, last };
}

function baseOf(m: UnitMatch, value: number): Quantity['base'] {
  const u = m.unit;
  if (u.factor === undefined || u.base === undefined) return undefined;
  if (m.kind === 'area' && u.kind === 'length') return { value: value * u.factor * u.factor, unit: 'm2' };
  if (m.kind === 'volume' && u.kind === 'length') return { value: value * u.factor ** 3 * 1000, unit: 'l' };
  return { value: value * u.factor, unit: u.base };
}

/** The noun a number counts, at token j: an indefinite noun (or a definite one after a vague word or a fraction). */
function headAt(toks: readonly ViewToken[], j: number, definiteOk: boolean): { head: string; text: string; last: number } | undefined {
  let t = toks[j];
  let k = j;
  if (!t || t.brk) return undefined;
  // "آلاف من المتظاهرين", "عشرات من الجرحى"
  if (definiteOk && t.kind === 'word' && t.key === MIN) { k = j + 1; t = toks[k]; if (!t || t.brk) return undefined; }
  if (t.kind !== 'word' || isLatin(t)) return undefined;
  const key = t.key;
  const definite = key.startsWith('ال');
  if (definite ? !definiteOk : !isIndefiniteNoun(t)) return undefined;
  if (PARTICLES.has(key) || NUMBER_WORDS.has(key) || ORDINAL_WORDS.has(key)) return undefined;
  if (key.startsWith('و') || key.startsWith('ف')) {
    const rest = key.slice(1);
    if (VERBS_AFTER_WAW.has(rest) || PARTICLES.has(rest) || /^[يتنا]/.test(rest) || rest.startsWith('ال')) return undefined;
  }
  // "ليكون", "لتصبح": ل of purpose before a verb.
  if (/^ل[يت]/.test(key) && key.length >= 5 && !key.endsWith('ه') && !key.endsWith('ات')) return undefined;
  return { head: headStem(t.norm), text: t.norm, last: k };
}

/** Nouns counted together with the head: "15 اتفاقا ومذكرة", "10 قتلى وجرحى" (feminine or plural shapes only). */
function coHeads(toks: readonly ViewToken[], last: number): { heads: string[]; last: number } {
  const heads: string[] = [];
  let j = last + 1;
  let t = toks[j];
  if (t && !t.brk && t.kind === 'word' && t.key === 'و') { j++; t = toks[j]; }
  if (!t || t.brk || t.kind !== 'word') return { heads, last };
  const k = t.key.startsWith('و') && toks[j - 1]?.key !== 'و' ? t.key.slice(1) : toks[j - 1]?.key === 'و' ? t.key : '';
  if (k.length < 3 || k.startsWith('ال') || PARTICLES.has(k) || NUMBER_WORDS.has(k)) return { heads, last };
  if (!(k.endsWith('ه') || k.endsWith('ات'))) return { heads, last };
  const norm = t.norm.startsWith('و') && toks[j - 1]?.key !== 'و' ? t.norm.slice(1) : t.norm;
  heads.push(headStem(norm));
  return { heads, last: j };
}

/** Cents after money: "20 دولار و43 سنت", "20$ و 43c", "20$ 43c". */
function centsAfter(toks: readonly ViewToken[], hits: ReadonlyArray<NumberHit | undefined>, last: number): { cents: number; last: number } | undefined {
  let j = last + 1;
  const t = toks[j];
  if (t && !t.brk && t.kind === 'word' && t.key === 'و') j++;
  const h = hits[j];
  if (!h || h.kind !== 'cardinal' || h.vague || !Number.isInteger(h.value) || h.value >= 100 || h.value < 0) return undefined;
  if (h.prefix > 0 && !toks[j]!.key.startsWith('و')) return undefined;
  const u = unitAt(toks, h.last + 1);
  if (!u || u.code !== 'cent') return undefined;
  return { cents: h.value, last: u.last };
}

interface Draft {
  first: number;
  prefix: number;
  last: number;
  value: number;
  kind: QuantityKind;
  unit?: UnitMatch;
  approximate?: boolean;
  min?: number;
  max?: number;
  vague?: boolean;
  head?: string;
  heads?: string[];
  headText?: string;
}

/** واحد / اثنان after the noun or unit they count. */
function postNominal(toks: readonly ViewToken[], h: NumberHit, used: Uint8Array): Partial<Draft> | undefined {
  if ((h.value !== 1 && h.value !== 2) || h.form !== 'words' || h.first !== h.last || h.definite || h.prefix > 0) return undefined;
  const p = h.first - 1;
  const prev = toks[p];
  if (!prev || toks[h.first]!.brk || prev.kind !== 'word' || used[p]) return undefined;
  for (const start of [p, p - 1]) {
    const u = start >= 0 && !used[start] ? unitAt(toks, start) : undefined;
    if (u && u.last === p && !u.unit.plural) {
      return { first: start, prefix: 0, last: h.last, kind: u.kind, unit: u, value: u.unit.dual ? 2 : h.value };
    }
  }
  // "واحد من الشهود" is "one of the witnesses", not a count.
  const n = toks[h.last + 1];
  if (n && !n.brk && n.kind === 'word' && n.key === MIN) return undefined;
  const head = headAt(toks, p, false);
  if (!head) return undefined;
  return { first: p, prefix: 0, last: h.last, head: head.head, headText: head.text };
}

function changeVerbBefore(toks: readonly ViewToken[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = toks[k]!;
    if (t.kind !== 'word') continue;
    const key = t.key.startsWith('و') ? t.key.slice(1) : t.key;
    if (CHANGE_VERBS.has(t.key) || CHANGE_VERBS.has(key)) return true;
    if (toks[k + 1]?.brk) break;
  }
  return false;
}

export function extractQuantities(text: string, options: ExtractQuantitiesOptions = {}): Quantity[] {
  const view = viewOf(text, options.tokens);
  const toks = view.tokens;
  const hits = hitsOf(view);
  const hitAt: Array<NumberHit | undefined> = new Array<NumberHit | undefined>(toks.length).fill(undefined);
  for (const h of hits) hitAt[h.first] = h;
  const inDate = new Uint8Array(toks.length);
  for (const r of dateTokenRanges(text, options.tokens)) {
    if (r.relative) continue;
    for (let k = r.first; k <= r.last; k++) inDate[k] = 1;
  }
  const used = new Uint8Array(toks.length);
  const drafts: Draft[] = [];

  for (let hi = 0; hi < hits.length; hi++) {
    const h = hits[hi]!;
    if (h.kind === 'ordinal' || h.role || used[h.first]) continue;
    // "ونصف" after a unit belongs to it (ساعة ونصف); a fraction joined by و is never a figure of its own.
    if (h.kind === 'fraction' && ((h.prefix > 0 && toks[h.first]!.key.startsWith('و')) || (toks[h.first - 1]?.key === 'و' && !toks[h.first]!.brk))) continue;
    let covered = false;
    for (let k = h.first; k <= h.last; k++) if (inDate[k]) covered = true;
    if (covered) continue;
    // A number glued to a name by a hyphen is part of the name: كوفيد-19، إف-16.
    const prev = toks[h.first - 1];
    if (prev && isSymbolish(prev) && prev.key === '-' && !prev.gap && !toks[h.first]!.gap && toks[h.first - 2]?.kind === 'word') continue;
    const unitNext = unitAt(toks, h.last + 1);
    if (!isCountable(view, h) && !unitNext) continue;
    if (h.weak && unitNext?.unit.needsNumber && !isIndefiniteNoun(toks[h.last + 1])) continue;

    const d: Draft = { first: h.first, prefix: h.prefix, last: h.last, value: h.value, kind: h.kind === 'percent' ? 'percent' : 'count' };
    if (h.vague) { d.vague = true; d.approximate = true; d.min = h.vague.min; d.max = h.vague.max; }

    // One and two follow what they count: "دولار أمريكي واحد", "مرة واحدة", "لولايتين اثنتين".
    const after = postNominal(toks, h, used);
    if (after) {
      Object.assign(d, after);
      for (let k = d.first; k <= d.last; k++) used[k] = 1;
      drafts.push(d);
      continue;
    }

    // Ranges: "بين 10 و20", "من 10 إلى 20", "10-20", "10$-20$", "من عشرة لعشرين". "ارتفع من 10 إلى 20" is a
    // change, not a range: its two figures stay apart.
    let second: NumberHit | undefined;
    const unitFirst = unitNext && unitNext.kind === 'money' && isSymbolish(toks[unitNext.first]) ? unitNext : undefined;
    const afterFirst = unitFirst ? unitFirst.last + 1 : h.last + 1;
    const sep = toks[afterFirst];
    const sepOk = sep !== undefined && !sep.brk;
    const before = toks[h.first - 1];
    const beforeKey = before && before.kind === 'word' && !toks[h.first]!.brk && h.prefix === 0 ? before.key : undefined;
    const beforeBare = beforeKey?.replace(/^[وف]/, '');
    const candidate = (x: NumberHit | undefined): NumberHit | undefined =>
      x && x.kind !== 'ordinal' && !x.vague && x.value > h.value ? x : undefined;
    if (sepOk && isSymbolish(sep) && (sep.key === '-' || sep.key === '–')) {
      const x = candidate(hitAt[afterFirst + 1]);
      if (x && x.prefix === 0 && x.kind === h.kind) second = x;
    } else if (beforeBare === MIN && !changeVerbBefore(toks, h.first - 1)) {
      if (sepOk && sep.kind === 'word' && TO.has(sep.key)) {
        const x = candidate(hitAt[afterFirst + 1]);
        if (x && x.prefix === 0) second = x;
      } else {
        const x = candidate(hitAt[afterFirst]);
        if (x && x.prefix === 1 && toks[afterFirst]!.key.startsWith('ل')) second = x;
      }
    } else if (beforeBare === BAYN) {
      const x = candidate(hitAt[afterFirst]);
      if (x && x.prefix === 1 && toks[afterFirst]!.key.startsWith('و')) second = x;
      else if (sepOk && sep.kind === 'word' && sep.key === 'و') {
        const y = candidate(hitAt[afterFirst + 1]);
        if (y && y.prefix === 0) second = y;
      }
    }
    if (second) {
      let secondInDate = false;
      for (let k = second.first; k <= second.last; k++) if (inDate[k]) secondInDate = true;
      if (!secondInDate) {
        d.min = d.value;
        d.max = second.value;
        d.last = second.last;
        if (second.kind === 'percent') d.kind = 'percent';
        // The range starts at من / بين.
        if (beforeBare === MIN || beforeBare === BAYN) {
          d.first = h.first - 1;
          d.prefix = beforeKey!.length - beforeBare.length;
          const bb = toks[h.first - 2];
          if (beforeBare === BAYN && bb && bb.kind === 'word' && bb.key === 'ما' && !toks[h.first - 1]!.brk) { d.first = h.first - 2; d.prefix = 0; }
        }
      } else {
        second = undefined;
      }
    }

    // Unit: before the number ($10, USD 10) or after it (10 دولار، 10$، 3 كغ).
    let unit = unitAt(toks, d.last + 1, d.vague === true || h.kind === 'fraction');
    if (unit && inDate[unit.first]) unit = undefined; // "ISO 20000 عام 2011": عام belongs to the date
    if (!unit && unitFirst) unit = unitFirst; // "10$-20": the unit was written once, after the first number
    if (!unit) {
      const p = toks[d.first - 1];
      if (p && !toks[d.first]!.brk && d.prefix === 0 && !used[d.first - 1]) {
        const u = unitAt(toks, d.first - 1);
        if (u && u.kind === 'money' && (isSymbolish(p) || isLatin(p))) { unit = u; d.first = d.first - 1; }
      }
    }
    if (unit) {
      if (unit.first > d.last) d.last = unit.last;
      d.kind = unit.kind;
      d.unit = unit;
      if (unit.kind === 'money') {
        const cents = centsAfter(toks, hitAt, d.last);
        if (cents) { d.value += cents.cents / 100; if (d.min !== undefined && !second) d.min = d.value; d.last = cents.last; }
      }
      // "درجتين تحت الصفر", "2 تحت الصفر"
    }
    const bz0 = toks[d.last + 1];
    const bz1 = toks[d.last + 2];
    if (bz0 && bz1 && !bz0.brk && !bz1.brk && bz0.key === BELOW_ZERO[0] && bz1.key === BELOW_ZERO[1] && (d.kind === 'temperature' || d.kind === 'count')) {
      d.value = -d.value;
      d.kind = 'temperature';
      if (!d.unit) d.unit = { unit: { kind: 'temperature', unit: 'degree' }, code: 'degree', kind: 'temperature', first: d.last + 1, last: d.last + 2 };
      d.last += 2;
    }
    // The head noun (for counts), or what a unit measures ("3 أونصات من الذهب").
    if (!d.unit && d.kind === 'count') {
      // "(15) رحلة": a number in brackets, then what it counts.
      const bracketed = isSymbolish(toks[d.first - 1]) && toks[d.first - 1]!.key === '(' && isSymbolish(toks[d.last + 1]) && toks[d.last + 1]!.key === ')';
      // A definite number follows its noun ("المدن الأربع"): it takes no head after it.
      const at = d.last + (bracketed ? 2 : 1);
      const head = h.definite || inDate[at] ? undefined : headAt(toks, at, d.vague === true || h.kind === 'fraction');
      if (head && bracketed) { d.first--; d.prefix = 0; }
      if (head) {
        d.head = head.head;
        d.headText = head.text;
        d.last = head.last;
        const co = coHeads(toks, d.last);
        if (co.heads.length > 0) { d.heads = [head.head, ...co.heads]; d.last = co.last; }
      } else if (h.definite) {
        // "الأيام الخمسة": a definite number after a definite noun counts that noun.
        const p = toks[h.first - 1];
        if (p && p.kind === 'word' && p.key.startsWith('ال') && !toks[h.first]!.brk && !PARTICLES.has(p.key)) {
          const u = UNITS.get(p.key.slice(2));
          if (u) { d.unit = { unit: u, code: u.unit, kind: u.kind, first: h.first - 1, last: h.first - 1 }; d.kind = u.kind; }
          else { d.head = headStem(p.norm); d.headText = p.norm; }
          d.first = h.first - 1;
          d.prefix = 0;
        }
      }
    } else if (d.unit && (d.unit.kind === 'mass' || d.unit.kind === 'volume')) {
      // what is weighed or measured: "3 أونصات من الذهب"
      const of = toks[d.last + 1];
      if (of && !of.brk && of.kind === 'word' && of.key === MIN) {
        const head = headAt(toks, d.last + 2, true);
        if (head) { d.head = head.head; d.headText = head.text; d.last = head.last; }
      }
    }
    // A bare number is not a figure to compare when it reads as a code (five digits or more), a version ("4.0",
    // "iOS 5"), a score or a ratio ("2/1", "صفر/2"), a label ("(3)", "2)"), or zero.
    if (!d.unit && !d.head && d.kind === 'count' && !d.vague && d.min === undefined) {
      const f = toks[h.first]!;
      const before = toks[h.first - 1];
      const after = toks[h.last + 1];
      const glued = (t: ViewToken | undefined, gapToken: ViewToken | undefined): boolean =>
        t !== undefined && isSymbolish(t) && t.key === '/' && gapToken !== undefined && !gapToken.gap;
      if (h.first === h.last && f.kind === 'number' && ((h.plain && (h.digitCount ?? 0) >= 5) || VERSION.test(f.key))) continue;
      if (before && !f.brk && before.kind === 'word' && isLatin(before)) continue;
      if (h.value === 0 || (h.kind === 'fraction' && h.form === 'digits' && h.value > 1)) continue;
      if (glued(before, f) || glued(after, after)) continue;
      if (after && !after.brk && isSymbolish(after) && after.key === ')') continue;
      if (after && !after.brk && after.kind === 'word' && isLatin(after)) continue; // "30 years bond"
      if (h.definite) continue; // "للسهم الواحد", "جاراتها الأربع": the noun is before, and not a figure
    }
    if (h.kind === 'fraction' && d.head !== undefined && QUARTER_FINAL.has(toks[h.last + 1]!.key)) continue; // ربع نهائي

    // Approximators and bounds.
    const mb = modifierBefore(toks, d.first);
    if (mb && !used[mb.first] && !(mb.effect === 'max' && toks[mb.first]!.key.endsWith(lexicalKey('حتى')) && d.kind !== 'money')) {
      if (mb.effect === 'approximate') d.approximate = true;
      else if (mb.effect === 'min' && d.min === undefined) d.min = d.value;
      else if (mb.effect === 'max' && d.max === undefined) d.max = d.value;
      d.first = mb.first;
      d.prefix = mb.prefix;
    }
    const ma = modifierAfter(toks, d.last);
    if (ma) {
      if (ma.effect === 'approximate') d.approximate = true;
      else if (ma.effect === 'min' && d.min === undefined) d.min = d.value;
      else if (ma.effect === 'max' && d.max === undefined) d.max = d.value;
      d.last = ma.last;
    }
    // Never two quantities on one token (a unit between two numbers goes to the first).
    let clash = false;
    for (let k = d.first; k <= d.last; k++) if (used[k]) clash = true;
    if (clash) continue;
    for (let k = d.first; k <= d.last; k++) used[k] = 1;
    drafts.push(d);
  }

  // Units with no number: duals (شهرين = 2 months), "ساعة ونصف" (1.5 hours), "نص لتر" (0.5 l), and with
  // implicitOne a lone unit (كيلوغرام = 1 kg).
  for (let j = 0; j < toks.length; j++) {
    if (used[j] || inDate[j]) continue;
    const t = toks[j]!;
    if (t.kind !== 'word' || !(UNITS.has(t.key) || t.key === HALF_WEAK || PREFIX_UNITS.has(t.key))) continue;
    if (t.key === HALF_WEAK) {
      const u = unitAt(toks, j + 1);
      if (u && !u.unit.dual && !u.unit.plural && !used[j + 1]) {
        drafts.push({ first: j, prefix: 0, last: u.last, value: 0.5, kind: u.kind, unit: u });
        for (let k = j; k <= u.last; k++) used[k] = 1;
      }
      continue;
    }
    const u = unitAt(toks, j);
    if (!u || u.unit.needsNumber || isSymbolish(t) || isLatin(t)) continue;
    if (u.unit.dual) {
      drafts.push({ first: j, prefix: 0, last: u.last, value: 2, kind: u.kind, unit: u });
    } else if (!u.unit.plural) {
      const f = toks[u.last + 1];
      const frac = f && !f.brk && f.kind === 'word' ? FRACTION_AFTER_UNIT.get(f.key) : undefined;
      const fs = f && !f.brk && f.kind === 'word' && f.key === 'و' ? toks[u.last + 2] : undefined;
      const frac2 = fs && !fs.brk && fs.kind === 'word' ? FRACTION_AFTER_UNIT.get('و' + fs.key) : undefined;
      if (frac !== undefined) drafts.push({ first: j, prefix: 0, last: u.last + 1, value: 1 + frac, kind: u.kind, unit: { ...u } });
      else if (frac2 !== undefined) drafts.push({ first: j, prefix: 0, last: u.last + 2, value: 1 + frac2, kind: u.kind, unit: { ...u } });
      else if (options.implicitOne) drafts.push({ first: j, prefix: 0, last: u.last, value: 1, kind: u.kind, unit: u });
      else continue;
    } else {
      continue;
    }
    const d = drafts[drafts.length - 1]!;
    let clash = false;
    for (let k = d.first; k <= d.last; k++) if (used[k]) clash = true;
    if (clash) { drafts.pop(); continue; }
    const bz0 = toks[d.last + 1];
    const bz1 = toks[d.last + 2];
    if (bz0 && bz1 && !bz0.brk && !bz1.brk && bz0.key === BELOW_ZERO[0] && bz1.key === BELOW_ZERO[1] && d.kind === 'temperature') {
      d.value = -d.value;
      d.last += 2;
    }
    const mb = modifierBefore(toks, d.first);
    if (mb) {
      if (mb.effect === 'approximate') d.approximate = true;
      else if (mb.effect === 'min') d.min = d.value;
      else d.max = d.value;
      d.first = mb.first;
      d.prefix = mb.prefix;
    }
    for (let k = d.first; k <= d.last; k++) used[k] = 1;
  }

  drafts.sort((a, b) => a.first - b.first || b.last - a.last);
  // Two readings can claim the same words ("درجة ونصف تحت الصفر" then "تحت الصفر كغ"): the earlier, longer one
  // keeps them, so quantities never overlap.
  const out: Quantity[] = [];
  let prevEnd = 0;
  for (const d of drafts) {
    const q = toQuantity(view, d);
    if (q.start < prevEnd) continue;
    // "سعد دوابشة -38 عاما": no span of time is negative, so the dash before it separates, it is not a sign.
    if (q.kind === 'duration' && q.value < 0 && /^[-\u2212]/u.test(q.text)) {
      q.value = -q.value;
      if (q.base) q.base = { ...q.base, value: -q.base.value };
      q.text = q.text.slice(1);
      q.start += 1;
    }
    out.push(q);
    prevEnd = q.end;
  }
  return out;
}

function toQuantity(view: TokenView, d: Draft): Quantity {
  const toks = view.tokens;
  const start = originalOffset(view.text, toks[d.first]!, d.prefix);
  const end = toks[d.last]!.end;
  const q: Quantity = { text: view.text.slice(start, end), start, end, value: d.value, kind: d.kind };
  if (d.approximate) q.approximate = true;
  if (d.min !== undefined) q.min = d.min;
  if (d.max !== undefined) q.max = d.max;
  if (d.kind === 'percent') q.unit = '%';
  if (d.unit) {
    q.unit = d.unit.code;
    const base = baseOf(d.unit, d.value);
    if (base) q.base = base;
  }
  if (d.head) q.head = d.head;
  if (d.heads) q.heads = d.heads;
  if (d.headText) q.headText = d.headText;
  if (d.vague) q.vague = true;
  return q;
}
