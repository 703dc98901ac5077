/**
 * Shared reading helpers for the date parsers: the token view, the number hits indexed by their first token, and
 * small predicates. A date expression never crosses a line break, so `at(i)` answers undefined past one.
 */
import type { NumberHit } from '../numbers/parse.js';
import type { TokenView, ViewToken } from '../numbers/token-view.js';
import { matchClitic } from '../numbers/token-view.js';
import { isPlainDigits } from '../numbers/parse-digits.js';

export interface Ctx {
  view: TokenView;
  toks: readonly ViewToken[];
  /** The number hit that starts at each token, if any. */
  hitAt: ReadonlyArray<NumberHit | undefined>;
}

export function makeCtx(view: TokenView, hits: readonly NumberHit[]): Ctx {
  // Filled, not holey: reading a hole walks the prototype chain, and this array is read at every token.
  const hitAt: Array<NumberHit | undefined> = new Array<NumberHit | undefined>(view.tokens.length).fill(undefined);
  for (const h of hits) hitAt[h.first] = h;
  return { view, toks: view.tokens, hitAt };
}

/** Token i + 1 when it exists on the same line, else -1. */
export function next(ctx: Ctx, i: number): number {
  const j = i + 1;
  const t = ctx.toks[j];
  return t === undefined || t.brk || i < 0 ? -1 : j;
}

export function wordKey(ctx: Ctx, i: number): string | undefined {
  const t = ctx.toks[i];
  return t !== undefined && t.kind === 'word' && i >= 0 ? t.key : undefined;
}

export function isWord(ctx: Ctx, i: number, set: ReadonlySet<string>): boolean {
  const k = wordKey(ctx, i);
  return k !== undefined && set.has(k);
}

/** The word at i is in `set`, possibly with proclitics: returns their length, or -1. */
export function wordClitic(ctx: Ctx, i: number, set: ReadonlySet<string>, prepositions = true): number {
  const k = wordKey(ctx, i);
  return k === undefined ? -1 : matchClitic(k, set, prepositions);
}

export function isPunct(ctx: Ctx, i: number, ...keys: string[]): boolean {
  const t = ctx.toks[i];
  return t !== undefined && i >= 0 && (t.kind === 'punct' || t.kind === 'symbol') && keys.includes(t.key);
}

/** A plain digit token (no separator) with its value and number of digits. */
export function plainNumber(ctx: Ctx, i: number): { value: number; digits: number } | undefined {
  const t = ctx.toks[i];
  if (t === undefined || i < 0 || t.kind !== 'number' || !isPlainDigits(t.key) || t.key.length > 8) return undefined;
  return { value: Number(t.key), digits: t.key.length };
}

/** A small integer said in words or digits at i (a day, a month number, an hour): value and last token. */
export function smallNumber(ctx: Ctx, i: number, max: number, allowOrdinal: boolean): { value: number; last: number; ordinal: boolean; feminine: boolean; prefix: number } | undefined {
  if (i < 0) return undefined;
  const p = plainNumber(ctx, i);
  if (p) return p.digits <= 2 && p.value >= 1 && p.value <= max ? { value: p.value, last: i, ordinal: false, feminine: false, prefix: 0 } : undefined;
  const h = ctx.hitAt[i];
  if (!h || h.vague || h.form !== 'words' || !Number.isInteger(h.value) || h.value < 1 || h.value > max) return undefined;
  if (h.kind === 'ordinal' && !allowOrdinal) return undefined;
  if (h.kind !== 'ordinal' && h.kind !== 'cardinal') return undefined;
  return { value: h.value, last: h.last, ordinal: h.kind === 'ordinal', feminine: h.feminine === true, prefix: h.prefix };
}
