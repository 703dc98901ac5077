/**
 * Finds every number in a token view: digits (any digit set, separators, negative sign, 3/4, .77), number words
 * composed the Arabic way (خمسة وعشرون، ثلاثمائة وخمسين، ثلاثة آلاف، مئتا ألف، مليون ونصف، متين تلاتة وستين),
 * digits with a multiplier word (15 ألف، 2.5 مليون), ordinals (الحادي والعشرون), fractions, vague magnitudes
 * (عشرات، مئات الآلاف، بضعة آلاف) and percentages (15%، ٪15، 15 في المئة، خمسة بالمئة).
 *
 * The result is a list of hits in token coordinates, in text order, not overlapping; the quantity and date passes
 * read the same hits. One greedy pass, left to right, at most a few Map lookups per token.
 */
import { keySet, withClitics } from './fold.js';
import type { TokenView, ViewToken } from './token-view.js';
import { lookupClitic, matchClitic } from './token-view.js';
import { isPlainDigits, parseDigits } from './parse-digits.js';
import {
  FEW_WORDS, NUMBER_WORDS, ORDINAL_WORDS, PERCENT_AFTER_FI, PERCENT_GLUED, VAGUE_SCALES, VAGUE_WORDS,
  type NumberWord, type WordClass,
} from './lexicon.js';

export type NumberKind = 'cardinal' | 'ordinal' | 'fraction' | 'percent';

export interface NumberHit {
  /** First and last token (inclusive). */
  first: number;
  last: number;
  /** Key characters of the first token taken by proclitics (و، ب، ل …), left out of the span. */
  prefix: number;
  value: number;
  kind: NumberKind;
  form: 'digits' | 'words' | 'mixed';
  /** A single weak word (ست، سبع، خمس …): a number only if an indefinite noun follows. */
  weak?: boolean;
  /** Written with ال: الخمسة، العشرين. */
  definite?: boolean;
  /** A vague magnitude (عشرات، مئات الآلاف، بضعة): value is the lower bound of [min, max]. */
  vague?: { min: number; max: number };
  /** Feminine ordinal (الثالثة): how clock hours are said. */
  feminine?: boolean;
  /** A plain digit run (no separator, no sign, no word): a candidate day, month, year or clock part. */
  plain?: boolean;
  /** Number of digits when plain (2024 → 4; 06 → 2). */
  digitCount?: number;
  /**
   * Not a figure: an identifier (رقم 5، القرار 2254، المادة 12، ص 140) or a list marker ("1 -" at the start of a
   * line). Kept as numbers, left out of quantities.
   */
  role?: 'identifier' | 'list-marker' | 'clock';
}

const U = 1; // units slot taken
const T = 2; // tens
const TEEN = 4; // a teen (11–19) or a lone ten
const H = 8; // hundreds

const DEFINITE = 'ال';
const FEW_KEYS: ReadonlySet<string> = new Set(FEW_WORDS.keys());

interface Element {
  cls: WordClass | 'digits';
  value: number;
  word?: NumberWord;
  /** Key characters of clitics in front (و، ب …). */
  prefix: number;
  /** The clitics include the conjunction و. */
  conj: boolean;
  definite: boolean;
  digits?: string;
}

/**
 * A decimal times a multiplier, rounded to 15 significant digits: 542963.44 × 10⁶ is 542,963,440,000, not the
 * binary 542,963,439,999.99994 that would print as a different figure and fail to match its own copy in another article.
 */
function product(a: number, b: number): number {
  return Number((a * b).toPrecision(15));
}

/** Reads token `t` as one element of a number: digits, or a number word with its clitics. */
function readElement(t: ViewToken, first: boolean): Element | undefined {
  if (t.kind === 'number') {
    const value = parseDigits(t.key);
    return value === undefined ? undefined : { cls: 'digits', value, prefix: 0, conj: false, definite: false, digits: t.key };
  }
  if (t.kind !== 'word') return undefined;
  const hit = lookupClitic(t.key, NUMBER_WORDS, first);
  // "لست" is "I am not", not ل + ست: weak words take no preposition.
  if (hit && hit.entry.weak && hit.prefix > 0 && !(hit.prefix === 1 && t.key[0] === 'و')) return undefined;
  if (hit) {
    const conj = hit.prefix > 0 && (t.key[0] === 'و' || t.key[0] === 'ف');
    return { cls: hit.entry.cls, value: hit.entry.value, word: hit.entry, prefix: hit.prefix, conj, definite: false };
  }
  // Definite forms: الخمسة، والعشرين، بالثلاثة.
  const at = t.key.indexOf(DEFINITE);
  if (at >= 0 && at <= 2) {
    const stem = t.key.slice(at + 2);
    const word = NUMBER_WORDS.get(stem);
    if (word && (at === 0 || isCliticRun(t.key.slice(0, at)))) {
      return { cls: word.cls, value: word.value, word, prefix: at, conj: at > 0 && t.key[0] === 'و', definite: true };
    }
  }
  return undefined;
}

function isCliticRun(s: string): boolean {
  for (const c of s) if (c !== 'و' && c !== 'ف' && c !== 'ب' && c !== 'ل' && c !== 'ك') return false;
  return true;
}

function isStandaloneWaw(t: ViewToken | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (t.key === 'و' || t.key === 'ف');
}

/** The next element after token `j`, joined by a conjunction or not: [element, its token index]. */
function nextElement(toks: readonly ViewToken[], j: number): [Element, number] | undefined {
  let k = j + 1;
  let t = toks[k];
  if (t === undefined || t.brk) return undefined;
  let standalone = false;
  if (isStandaloneWaw(t)) {
    standalone = true;
    k++;
    t = toks[k];
    if (t === undefined || t.brk) return undefined;
  }
  const el = readElement(t, false);
  if (!el) return undefined;
  if (standalone) {
    if (el.prefix > 0) return undefined; // "و ولخمسة" is not one number
    el.conj = true;
  } else if (el.prefix > 0 && !el.conj) {
    return undefined; // "ثلاثة بخمسة": a preposition starts another phrase
  }
  return [el, k];
}

/** Cardinal numbers: digits and words, composed. */
function parseCardinal(view: TokenView, i: number): NumberHit | undefined {
  const toks = view.tokens;
  const firstTok = toks[i]!;
  const first = readElement(firstTok, true);
  if (!first) return undefined;
  const w = first.word;
  if (w?.teenOnly) {
    const next = nextElement(toks, i);
    if (!next || next[0].cls !== 'ten' || next[0].conj) return undefined;
  }
  if (first.cls === 'point') return undefined;
  if (first.cls === 'mult' && (w?.plural)) return undefined; // آلاف alone: a vague magnitude
  if (first.cls === 'fraction') {
    // نصف مليون is a cardinal; نصف alone is a fraction (parseFraction); ونص alone is nothing.
    const next = nextElement(toks, i);
    if (!next || next[0].cls !== 'mult' || next[0].conj || next[0].word?.plural || next[0].word?.dual) return undefined;
  }

  let total = 0;
  let group = 0;
  let slots = 0;
  let lastMult = Infinity;
  let prevCls: Element['cls'] = 'zero';
  let parts = 0;
  let last = i;
  let words = 0;
  let digitParts = 0;
  let decimalGroup = false; // a group that is not an integer below 1000: only a multiplier may follow
  let fraction = false;
  let el: Element | undefined = first;
  let k = i;
  while (el) {
    let ok = false;
    const v = el.value;
    const conj = parts > 0 && el.conj;
    switch (el.cls) {
      case 'zero':
        if (parts === 0) { group = 0; ok = true; }
        break;
      case 'digits':
        if (parts === 0) {
          group = v; slots = U | T | TEEN | H; ok = true;
          decimalGroup = !Number.isInteger(v) || v >= 1000;
        } else if (conj && prevCls === 'mult' && group === 0 && v < lastMult) {
          group = v; slots = U | T | TEEN | H; ok = true;
          decimalGroup = !Number.isInteger(v) || v >= 1000;
        }
        break;
      case 'unit':
        if (el.word?.teenOnly && parts > 0) break;
        if (parts === 0) { group = v; slots = U; ok = true; }
        else if (conj && !(slots & (U | TEEN)) && !decimalGroup) { group += v; slots |= U; ok = true; }
        else if (!conj && (prevCls === 'hundred' || prevCls === 'hundreds') && !(slots & (U | T | TEEN))) {
          group += v; slots |= U; ok = true; // Egyptian "متين تلاتة وستين"
        }
        break;
      case 'ten':
        if (parts === 0) { group = v; slots = TEEN; ok = true; }
        else if (!conj && prevCls === 'unit' && slots === U && group >= 1 && group <= 9) { group += 10; slots = U | TEEN; ok = true; }
        else if (!conj && prevCls === 'unit' && (slots & H) && !(slots & (T | TEEN)) && group % 100 >= 1 && group % 100 <= 9) {
          group += 10; slots |= TEEN; ok = true; // "مئة وثلاثة عشر"
        } else if (conj && !(slots & (U | T | TEEN)) && !decimalGroup) { group += v; slots |= TEEN; ok = true; }
        break;
      case 'teen':
        if (parts === 0) { group = v; slots = TEEN | U; ok = true; }
        else if ((conj || prevCls === 'hundred' || prevCls === 'hundreds') && !(slots & (U | T | TEEN)) && !decimalGroup) {
          group += v; slots |= TEEN | U; ok = true;
        }
        break;
      case 'tens':
        if (parts === 0) { group = v; slots = T; ok = true; }
        else if (conj && !(slots & (T | TEEN)) && !decimalGroup) { group += v; slots |= T; ok = true; }
        else if (!conj && (prevCls === 'hundred' || prevCls === 'hundreds') && !(slots & (U | T | TEEN))) {
          group += v; slots |= T; ok = true;
        }
        break;
      case 'hundred':
        if (parts === 0) { group = 100; slots = H; ok = true; }
        else if (!conj && prevCls === 'unit' && slots === U && group >= 3 && group <= 9) { group *= 100; slots = H; ok = true; }
        else if (conj && group === 0 && prevCls === 'mult') { group = 100; slots = H; ok = true; }
        break;
      case 'hundreds':
        if (parts === 0 || (conj && group === 0 && prevCls === 'mult')) { group = v; slots = H; ok = true; }
        break;
      case 'mult': {
        if (v >= lastMult || conj) {
          // "مليون وألف": a smaller multiplier after و counts one of it.
          if (conj && v < lastMult && group === 0 && prevCls === 'mult' && !el.word?.plural) {
            total += (el.word?.dual ? 2 : 1) * v; lastMult = v; ok = true;
          }
          break;
        }
        if (el.word?.dual) {
          if (parts === 0) { total += 2 * v; lastMult = v; group = 0; slots = 0; ok = true; }
          break;
        }
        if (el.word?.plural && parts === 0) break;
        if (el.word?.plural && !(decimalGroup || (group >= 3 && group <= 10) || digitParts > 0 || group >= 11)) break;
        total += product(parts === 0 ? 1 : group, v);
        group = 0; slots = 0; lastMult = v; decimalGroup = false; ok = true;
        break;
      }
      case 'fraction':
        if (parts === 0) { group = v; decimalGroup = true; ok = true; } // only "نصف مليون" reaches here
        else if (conj) {
          if (prevCls === 'mult' && group === 0) total += product(v, lastMult);
          else group += v;
          fraction = true; ok = true;
        }
        break;
      case 'point':
        break;
    }
    if (!ok) break;
    parts++;
    last = k;
    prevCls = el.cls;
    if (el.cls === 'digits') digitParts++; else words++;
    if (fraction) break;
    // A decimal said aloud: "واحد فاصلة خمسة", "1 فاصلة 1".
    const nx = nextElement(view.tokens, k);
    if (nx && nx[0].cls === 'point' && !nx[0].conj && prevCls !== 'mult') {
      const after = nx[1] + 1;
      const tail = after < toks.length ? parseCardinal(view, after) : undefined;
      if (tail && tail.kind === 'cardinal' && Number.isInteger(tail.value) && !tail.vague) {
        const digits = tail.plain ? toks[after]!.key : String(tail.value);
        group += Number('0.' + digits);
        last = tail.last;
        words += 2;
        break;
      }
    }
    if (!nx) break;
    [el, k] = nx;
  }
  if (parts === 0) return undefined;
  const value = total + group;
  if (!Number.isFinite(value)) return undefined;
  const form = digitParts === 0 ? 'words' : words === 0 ? 'digits' : 'mixed';
  const hit: NumberHit = { first: i, last, prefix: first.prefix, value, kind: 'cardinal', form };
  if (parts === 1 && first.word?.weak) hit.weak = true;
  if (first.definite) hit.definite = true;
  if (form === 'digits' && parts === 1 && isPlainDigits(firstTok.key)) {
    hit.plain = true;
    hit.digitCount = firstTok.key.length;
  }
  return hit;
}

/** Ordinals: الأول، ثالث، الحادي عشر، الثانية عشرة، الخامس والعشرين، الواحد والعشرون، التسعون. */
function parseOrdinal(view: TokenView, i: number): NumberHit | undefined {
  const toks = view.tokens;
  const t = toks[i]!;
  if (t.kind !== 'word') return undefined;
  let prefix = 0;
  let definite = false;
  let stem = t.key;
  const at = stem.indexOf(DEFINITE);
  if (at >= 0 && at <= 2 && (at === 0 || isCliticRun(stem.slice(0, at))) && stem.length > at + 2) {
    prefix = at;
    definite = true;
    stem = stem.slice(at + 2);
  }
  let ord = ORDINAL_WORDS.get(stem);
  let value: number;
  let feminine = false;
  let last = i;
  if (!ord && !definite) {
    const hit = lookupClitic(t.key, ORDINAL_WORDS, true);
    if (hit) { ord = hit.entry; prefix = hit.prefix; }
  }
  if (ord) {
    value = ord.value;
    feminine = ord.feminine === true;
  } else if (definite) {
    const card = NUMBER_WORDS.get(stem);
    if (!card) return undefined;
    const next = nextElement(toks, i);
    if (card.teenOnly) {
      if (!next || next[0].cls !== 'ten' || next[0].conj) return undefined;
      return { first: i, last: next[1], prefix, value: card.value + 10, kind: 'ordinal', form: 'words', definite: true };
    }
    if (card.cls === 'unit' && card.value === 1 && next && next[0].cls === 'tens' && next[0].conj) {
      return { first: i, last: next[1], prefix, value: 1 + next[0].value, kind: 'ordinal', form: 'words', definite: true };
    }
    if (card.cls === 'tens' && !(next && next[0].conj && (next[0].cls === 'unit' || next[0].cls === 'tens'))) {
      return { first: i, last: i, prefix, value: card.value, kind: 'ordinal', form: 'words', definite: true };
    }
    return undefined;
  } else {
    return undefined;
  }
  const next = nextElement(toks, i);
  if (next && value <= 9 && next[0].cls === 'ten' && !next[0].conj) {
    value += 10;
    last = next[1];
  } else if (next && value <= 9 && next[0].cls === 'tens' && next[0].conj && next[0].definite === definite) {
    // "الحادي والعشرون" is one ordinal; "الرابعة وأربعون دقيقة" is an hour and its minutes.
    value += next[0].value;
    last = next[1];
  }
  const hit: NumberHit = { first: i, last, prefix, value, kind: 'ordinal', form: 'words' };
  if (definite) hit.definite = true;
  if (feminine) hit.feminine = true;
  return hit;
}

/** عشرات، مئات، آلاف، ملايين, optionally scaled (عشرات الآلاف), and بضعة (آلاف). */
function parseVague(view: TokenView, i: number): NumberHit | undefined {
  const toks = view.tokens;
  const t = toks[i]!;
  if (t.kind !== 'word') return undefined;
  const vague = lookupClitic(t.key, VAGUE_WORDS, true);
  let last = i;
  if (vague) {
    let magnitude = vague.entry;
    const n = toks[i + 1];
    if (n && !n.brk && n.kind === 'word') {
      const scale = VAGUE_SCALES.get(n.key);
      if (scale !== undefined && scale > magnitude) { magnitude *= scale; last = i + 1; }
    }
    const min = 2 * magnitude;
    return { first: i, last, prefix: vague.prefix, value: min, kind: 'cardinal', form: 'words', vague: { min, max: 10 * magnitude - 1 } };
  }
  const few = matchClitic(t.key, FEW_KEYS, true);
  if (few < 0) return undefined;
  let magnitude = 1;
  const n = toks[i + 1];
  if (n && !n.brk && n.kind === 'word') {
    const w = NUMBER_WORDS.get(n.key);
    if (w && w.cls === 'mult' && !w.dual) { magnitude = w.value; last = i + 1; }
  }
  return { first: i, last, prefix: few, value: 3 * magnitude, kind: 'cardinal', form: 'words', vague: { min: 3 * magnitude, max: 9 * magnitude } };
}

/** نصف، ربع، ثلث، ثلثا alone (not before a multiplier, where they are cardinals). */
function parseFraction(view: TokenView, i: number): NumberHit | undefined {
  const t = view.tokens[i]!;
  if (t.kind !== 'word') return undefined;
  const hit = lookupClitic(t.key, NUMBER_WORDS, true);
  if (!hit || hit.entry.cls !== 'fraction' || hit.entry.weak) return undefined;
  return { first: i, last: i, prefix: hit.prefix, value: hit.entry.value, kind: 'fraction', form: 'words' };
}

function isPunct(t: ViewToken | undefined, key: string): boolean {
  return t !== undefined && (t.kind === 'punct' || t.kind === 'symbol') && t.key === key;
}

/** "3/4", "١١/١٠": a fraction when nothing makes it a date (no third part, denominator ≤ 1000). */
function parseSlashFraction(view: TokenView, i: number): NumberHit | undefined {
  const toks = view.tokens;
  const a = toks[i]!;
  const slash = toks[i + 1];
  const b = toks[i + 2];
  if (!isPunct(slash, '/') || !b || b.kind !== 'number' || slash!.gap || b.gap) return undefined;
  if (!isPlainDigits(a.key) || !isPlainDigits(b.key)) return undefined;
  const after = toks[i + 3];
  if (isPunct(after, '/') && !after!.gap) return undefined; // 20/6/2024
  const num = Number(a.key);
  const den = Number(b.key);
  if (den === 0 || den > 1000 || a.key.length > 6) return undefined;
  return { first: i, last: i + 2, prefix: 0, value: num / den, kind: 'fraction', form: 'digits' };
}

function parseAt(view: TokenView, i: number): NumberHit | undefined {
  const toks = view.tokens;
  const t = toks[i]!;
  if (t.kind === 'number') return parseSlashFraction(view, i) ?? parseCardinal(view, i);
  if (t.kind === 'word') return parseOrdinal(view, i) ?? parseCardinal(view, i) ?? parseVague(view, i) ?? parseFraction(view, i);
  const next = toks[i + 1];
  if (!next || next.kind !== 'number' || next.gap) return undefined;
  const prev = toks[i - 1];
  const detached = t.gap || prev === undefined || isPunct(prev, '(');
  if (!detached) return undefined;
  if (t.key === '-' || t.key === '\u2212') {
    // A sign, not a range: "-1.2" but never "10-20".
    const inner = parseSlashFraction(view, i + 1) ?? parseCardinal(view, i + 1);
    if (!inner || inner.form === 'words') return undefined;
    return { ...inner, first: i, value: -inner.value, plain: undefined, digitCount: undefined };
  }
  if (t.key === '.' && isPlainDigits(next.key) && next.key.length <= 16) {
    return { first: i, last: i + 1, prefix: 0, value: Number('0.' + next.key), kind: 'cardinal', form: 'digits' };
  }
  return undefined;
}

/** Extends a hit over a percent sign or words after it ("15%", "15 في المئة", "15 بالمئة"), or a sign before it ("%15"). */
function withPercent(view: TokenView, hit: NumberHit): NumberHit {
  if (hit.kind === 'ordinal' || hit.vague) return hit;
  const toks = view.tokens;
  const n = toks[hit.last + 1];
  if (n && !n.brk) {
    if (isPunct(n, '%')) return { ...hit, last: hit.last + 1, kind: 'percent', plain: undefined, digitCount: undefined };
    if (n.kind === 'word' && PERCENT_GLUED.has(n.key)) return { ...hit, last: hit.last + 1, kind: 'percent', plain: undefined, digitCount: undefined };
    const m = toks[hit.last + 2];
    if (n.kind === 'word' && n.key === 'في' && m && !m.brk && m.kind === 'word' && PERCENT_AFTER_FI.has(m.key)) {
      return { ...hit, last: hit.last + 2, kind: 'percent', plain: undefined, digitCount: undefined };
    }
  }
  const p = toks[hit.first - 1];
  const f = toks[hit.first]!;
  if (hit.prefix === 0 && isPunct(p, '%') && !f.gap && (p!.gap || hit.first - 1 === 0) && f.kind === 'number') {
    return { ...hit, first: hit.first - 1, kind: 'percent', plain: undefined, digitCount: undefined };
  }
  return hit;
}

const IDENTIFIER_CUES: ReadonlySet<string> = keySet([
  'رقم', 'الرقم', 'برقم', 'رقمه', 'رقمها', 'رقمي', 'القرار', 'قرار', 'المادة', 'مادة', 'البند', 'بند', 'الفقرة', 'فقرة',
  'ص', 'صفحة', 'الصفحة', 'العدد', 'الإصدار', 'الطريق', 'طريق', 'الحافلة', 'الرحلة', 'رحلة', 'الغرفة', 'غرفة', 'جزء',
  'الجزء', 'الفصل', 'الحلقة', 'حلقة', 'المجلد', 'no', 'id', 'الموديل', 'موديل', 'طراز', 'الطراز', 'كود', 'الكود',
  'صندوق', 'هاتف', 'الهاتف', 'تلفون', 'جوال', 'فاكس', 'الاية', 'آية', 'سورة', 'المرسوم', 'مرسوم', 'القانون', 'قانون',
  'الصف', 'الدورة', 'النسخة', 'نسخة', 'المنصة', 'البوابة', 'الشارع', 'شارع', 'المبنى', 'مبنى', 'الفيلا', 'فيلا', 'الكيلو',
]);
const CLOCK_CUES: ReadonlySet<string> = keySet(['الساعة', 'الساعه', 'بالساعة', 'والساعة', 'للساعة']);
const LIST_PUNCT = new Set(['.', '-', ')', ':', '_', '–']);

/** Letters glued to digits on either side make a code (2u، 3ziv7، ص140، ملف1), not a figure. */
function gluedCode(view: TokenView, hit: NumberHit): boolean {
  const toks = view.tokens;
  const f = toks[hit.first]!;
  const l = toks[hit.last]!;
  if (f.kind !== 'number' && l.kind !== 'number') return false;
  const before = toks[hit.first - 1];
  const after = toks[hit.last + 1];
  if (before && !f.gap && before.kind === 'word') {
    // a proclitic letter is fine (و20، ب15، ل10), and so is a missing space after a cue word (عام2017، نحو50).
    if (!(before.key.length === 1 && 'وبلفك'.includes(before.key)) && !GLUE_OK.has(before.key)) return true;
  }
  if (after && !after.gap && after.kind === 'word' && l.kind === 'number') {
    const c = after.key.charCodeAt(0);
    const latin = c >= 0x61 && c <= 0x7a;
    if (latin && !LATIN_UNIT_SUFFIXES.has(after.key)) return true;
    // digits glued on both sides ("ab12cd") are a code whatever the letters
    if (before && !f.gap && before.kind === 'word') return true;
  }
  return false;
}
const GLUE_OK: ReadonlySet<string> = keySet(['عام', 'العام', 'سنة', 'في', 'منذ', 'حتى', 'نحو', 'حوالي', 'قرابة', 'بنسبة', 'نسبة']);
const LATIN_UNIT_SUFFIXES: ReadonlySet<string> = new Set(['km', 'kg', 'g', 'm', 'cm', 'mm', 'l', 'ml', 'c', 'f', 'k', 'st', 'nd', 'rd', 'th', 'usd', 'eur', 'gb', 'mb', 'tb', 'kb', 'mw', 'gw', 'kw', 'h', 's', 'min', 'x']);

function roleOf(view: TokenView, hit: NumberHit): NumberHit['role'] {
  const toks = view.tokens;
  let p = hit.first - 1;
  if (p >= 0 && !toks[hit.first]!.brk && (toks[p]!.key === '(' || toks[p]!.key === '#' || toks[p]!.key === ':')) p--;
  const prev = p >= 0 && !toks[p + 1]!.brk ? toks[p] : undefined;
  if (prev && prev.kind === 'word' && (IDENTIFIER_CUES.has(prev.key) || IDENTIFIER_CUES.has(prev.key.replace(/^[وفب]/, '')))) return 'identifier';
  // "الساعة 0340 بتوقيت جرينتش", "من الساعة 17 مساء": a time of day, not a count (the dates pass reads the forms it
  // knows; this keeps the others out of the figures).
  if (prev && prev.kind === 'word' && CLOCK_CUES.has(prev.key) && hit.form === 'digits' && hit.value >= 0 && hit.value <= 2400) return 'clock';
  if (toks[hit.first]!.kind === 'number' && (toks[hit.first - 1]?.key === '#')) return 'identifier';
  // "1 -", "2.", "3)" at the start of a line: a list marker.
  const f = toks[hit.first]!;
  const n = toks[hit.last + 1];
  if ((hit.first === 0 || f.brk) && hit.form === 'digits' && n && !n.brk && (n.kind === 'punct') && LIST_PUNCT.has(n.key)) {
    const after = toks[hit.last + 2];
    if (!after || after.kind !== 'number') return 'list-marker';
  }
  return undefined;
}

/** Every form a number word can take with its clitics: the one lookup that lets ordinary words through quickly. */
const NUMBERISH: ReadonlySet<string> = withClitics([
  ...NUMBER_WORDS.keys(), ...ORDINAL_WORDS.keys(), ...VAGUE_WORDS.keys(), ...FEW_WORDS.keys(),
]);
/** Punctuation that can start a number: a sign, a leading decimal point, a percent sign before it ("%15"). */
const NUMBER_PUNCT = new Set(['-', '\u2212', '.', '%']);

/** All numbers of a view, in order, not overlapping. */
/**
 * "(150) ألف متدرب": digits in brackets, then a multiplier word — one number (150,000), its span from the opening
 * bracket. Without this the multiplier is read alone ("ألف متدرب" = 1,000).
 */
function bracketedMultiplier(view: TokenView, hit: NumberHit): NumberHit | undefined {
  const toks = view.tokens;
  if (hit.form !== 'digits' || hit.kind !== 'cardinal' || hit.prefix > 0 || hit.first < 1) return undefined;
  const open = toks[hit.first - 1];
  const close = toks[hit.last + 1];
  const word = toks[hit.last + 2];
  if (!isPunct(open, '(') || !isPunct(close, ')') || close!.brk || !word || word.brk) return undefined;
  const el = readElement(word, false);
  if (!el || el.cls !== 'mult' || el.prefix > 0 || el.word?.dual || el.word?.plural && hit.value < 3) return undefined;
  return { ...hit, first: hit.first - 1, last: hit.last + 2, value: product(hit.value, el.value), plain: false };
}

export function findNumbers(view: TokenView): NumberHit[] {
  const hits: NumberHit[] = [];
  const toks = view.tokens;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    const possible = t.kind === 'number' || (t.kind === 'word' ? NUMBERISH.has(t.key) : (t.kind === 'punct' || t.kind === 'symbol') && NUMBER_PUNCT.has(t.key));
    if (!possible) { i++; continue; }
    const parsed = parseAt(view, i);
    if (!parsed) {
      // Digits we cannot read with confidence ("542.963,440") followed by مليون are that unread figure's multiplier,
      // not "one million" of their own.
      const next = toks[i + 1];
      if (t.kind === 'number' && next && !next.brk && next.kind === 'word' && readElement(next, true)?.cls === 'mult') i += 2;
      else i++;
      continue;
    }
    const hit = bracketedMultiplier(view, parsed) ?? parsed;
    const full = withPercent(view, hit);
    // A "%" before the number may already belong to the previous hit ("10% 15"): never overlap.
    const prev = hits[hits.length - 1];
    if (prev && full.first <= prev.last) { hits.push(hit); i = hit.last + 1; continue; }
    i = full.last + 1;
    if (gluedCode(view, full)) continue;
    const role = roleOf(view, full);
    if (role) full.role = role;
    hits.push(full);
  }
  return hits;
}
