/**
 * The token stream the number, quantity and date passes read: the text core's tokens with the lexical key of each
 * (see fold.ts) and two facts about the gap before it (any whitespace? a line break?), which decide whether
 * "20/6/2024" or "10$" are one expression and where a clause ends.
 *
 * The three passes share one view per text; `viewOf` keeps the last one so that calling extractNumbers,
 * extractQuantities and extractDates on the same article tokenises it once.
 */
import { tokenize } from '../../text/tokenize.js';
import { normalizeKey } from '../../text/normalize.js';
import type { Token, TokenKind } from '../../text/types.js';
import { lexicalFromNorm } from './fold.js';

export interface ViewToken {
  /** Lexical key (fold.ts). */
  key: string;
  /** The text core's normalised key (DEFAULT_OPTIONS), for stems that must match the rest of the project. */
  norm: string;
  /** Offsets into the original text. */
  start: number;
  end: number;
  kind: TokenKind;
  /** Whitespace (or nothing: start of text) between the previous token and this one. */
  gap: boolean;
  /** A line break in that gap: a hard boundary for every expression. */
  brk: boolean;
}

export interface TokenView {
  text: string;
  tokens: ViewToken[];
}

const RE_BREAK = /[\n\r\u2028\u2029]/g;

export function buildView(text: string, tokens?: readonly Token[]): TokenView {
  const source = tokens ?? tokenize(text);
  const out: ViewToken[] = new Array(source.length);
  // Line breaks, in order: a token follows a break when one lies between the previous token's end and its start.
  const breaks: number[] = [];
  RE_BREAK.lastIndex = 0;
  for (let m = RE_BREAK.exec(text); m !== null; m = RE_BREAK.exec(text)) breaks.push(m.index);
  let b = 0;
  let prevEnd = 0;
  for (let i = 0; i < source.length; i++) {
    const t = source[i]!;
    const gap = i === 0 || t.start > prevEnd;
    while (b < breaks.length && breaks[b]! < prevEnd) b++;
    const brk = b < breaks.length && breaks[b]! < t.start;
    const key = t.kind === 'word' ? lexicalFromNorm(t.norm) : t.norm;
    out[i] = { key, norm: t.norm, start: t.start, end: t.end, kind: t.kind, gap, brk };
    prevEnd = t.end;
  }
  return { text, tokens: out };
}

let lastText: string | undefined;
let lastView: TokenView | undefined;

/** The view of `text`, reusing the previous one when the same text comes again (the three passes in a row). */
export function viewOf(text: string, tokens?: readonly Token[]): TokenView {
  if (lastView !== undefined && lastText === text) return lastView;
  const view = buildView(text, tokens);
  lastText = text;
  lastView = view;
  return view;
}

/** A lexicon hit on a token, with the number of key characters taken by proclitics (و ف ب ل ك) before it. */
export interface CliticHit<T> {
  entry: T;
  prefix: number;
}

const WAW = 'و';
const FEH = 'ف';

/** ب and ل only: ك before a number or a date word is rare, and كمية ("quantity") must not read as ك + مية (100). */
function isPreposition(c: string): boolean {
  return c === 'ب' || c === 'ل';
}

/**
 * Looks a key up as is, then without a conjunction (و، ف), then, if `prepositions`, without ب ل ك (after an
 * optional conjunction), with لل read as ل + ال. The bare form always wins: واحد is a number, not و + احد.
 */
export function lookupClitic<T>(key: string, map: ReadonlyMap<string, T>, prepositions = false): CliticHit<T> | undefined {
  const direct = map.get(key);
  if (direct !== undefined) return { entry: direct, prefix: 0 };
  if (key.length < 3) return undefined;
  let p = 0;
  if (key[0] === WAW || key[0] === FEH) {
    const e = map.get(key.slice(1));
    if (e !== undefined) return { entry: e, prefix: 1 };
    p = 1;
  }
  if (!prepositions || key.length - p < 3) return undefined;
  const c = key[p]!;
  if (!isPreposition(c)) return undefined;
  if (c === 'ل' && key[p + 1] === 'ل') {
    const e = map.get('ا' + key.slice(p + 1));
    if (e !== undefined) return { entry: e, prefix: p + 1 };
  }
  const e = map.get(key.slice(p + 1));
  return e !== undefined ? { entry: e, prefix: p + 1 } : undefined;
}

/** Same as lookupClitic for a set: the prefix length, or -1. */
export function matchClitic(key: string, set: ReadonlySet<string>, prepositions = false): number {
  if (set.has(key)) return 0;
  if (key.length < 3) return -1;
  let p = 0;
  if (key[0] === WAW || key[0] === FEH) {
    if (set.has(key.slice(1))) return 1;
    p = 1;
  }
  if (!prepositions || key.length - p < 3) return -1;
  const c = key[p]!;
  if (!isPreposition(c)) return -1;
  if (c === 'ل' && key[p + 1] === 'ل' && set.has('ا' + key.slice(p + 1))) return p + 1;
  return set.has(key.slice(p + 1)) ? p + 1 : -1;
}

/**
 * The original offset where key character `k` of a token starts: the key dropped diacritics and tatweel, so
 * "وَعشرون" has its key character 1 (ع) at original offset 2.
 */
export function originalOffset(text: string, token: ViewToken, k: number): number {
  if (k <= 0) return token.start;
  let seen = 0;
  for (let i = token.start; i < token.end; i++) {
    const ch = text[i]!;
    if (normalizeKey(ch) === '') continue;
    if (seen === k) return i;
    seen++;
  }
  return token.end;
}
