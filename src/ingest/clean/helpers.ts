/** Small helpers shared by the cleaning passes. */
import { normalizeKey } from '../../text/normalize.js';
import { INVISIBLE_OR_SPACE, isBlank } from './lines.js';
import type { CleanContext, RemovalReason } from './types.js';

/**
 * A matching key for a line: normalised (alef forms, ى, diacritics, tatweel, digits, Arabic punctuation folded),
 * with punctuation runs turned into single spaces. Phrase lists are written against these keys, so "اقرأ أيضاً:"
 * and "إقرأ ايضا" match the same entry.
 */
export function lineKey(text: string): string {
  return normalizeKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function isKept(ctx: CleanContext, i: number): boolean {
  return ctx.lineReason[i] === undefined;
}

/** Kept and with visible content. */
export function isContent(ctx: CleanContext, i: number): boolean {
  const line = ctx.lines[i];
  return line !== undefined && isKept(ctx, i) && !isBlank(line.text) && !INVISIBLE_OR_SPACE.test(line.text);
}

export function remove(ctx: CleanContext, i: number, reason: RemovalReason): void {
  if (ctx.lineReason[i] === undefined) ctx.lineReason[i] = reason;
}

/**
 * A gap between paragraphs: a blank line, a removed whitespace line, or the edge of the text. Captions and
 * headings are recognised by standing alone between gaps.
 */
export function isGap(ctx: CleanContext, i: number): boolean {
  const line = ctx.lines[i];
  if (!line) return true;
  return isBlank(line.text) || ctx.lineReason[i] === 'whitespace-line' || INVISIBLE_OR_SPACE.test(line.text);
}

/** The next line with content at or after `from` (removed lines count as content unless `keptOnly`). */
export function nextContent(ctx: CleanContext, from: number, step: 1 | -1 = 1, keptOnly = true): number {
  for (let i = from; i >= 0 && i < ctx.lines.length; i += step) {
    if (isGap(ctx, i)) continue;
    if (!keptOnly || isKept(ctx, i)) return i;
  }
  return -1;
}

/** Indexes of kept lines with content, in order. */
export function contentLines(ctx: CleanContext): number[] {
  const out: number[] = [];
  for (let i = 0; i < ctx.lines.length; i++) if (isContent(ctx, i)) out.push(i);
  return out;
}

/** True when a key starts with one of the phrases (whole words). */
export function startsWithPhrase(key: string, phrases: readonly string[]): string | undefined {
  for (const p of phrases) if (key === p || key.startsWith(p + ' ')) return p;
  return undefined;
}

export function hasPhrase(key: string, phrases: readonly string[]): string | undefined {
  const padded = ` ${key} `;
  for (const p of phrases) if (padded.includes(` ${p} `)) return p;
  return undefined;
}

/**
 * A phrase that marks a line as boilerplate. `start`: the line's key begins with it; `exact`: the line is only the
 * phrase (and punctuation); `contains`: it occurs anywhere in the key. `maxWords` bounds the whole line, so that a
 * sentence which happens to begin like a prompt ("تابع الرئيس …") is left alone.
 */
export interface PhraseRule {
  phrase: string;
  mode: 'start' | 'exact' | 'contains';
  maxWords: number;
}

export function rules(mode: PhraseRule['mode'], maxWords: number, phrases: readonly string[]): PhraseRule[] {
  return phrases.map((p) => ({ phrase: lineKey(p), mode, maxWords }));
}

export function matchRule(key: string, words: number, list: readonly PhraseRule[]): PhraseRule | undefined {
  for (const r of list) {
    if (words > r.maxWords) continue;
    if (r.mode === 'exact' ? key === r.phrase : r.mode === 'start' ? startsWithPhrase(key, [r.phrase]) !== undefined : hasPhrase(key, [r.phrase]) !== undefined) return r;
  }
  return undefined;
}
