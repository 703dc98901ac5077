/** Small helpers shared by the cleaning passes. */
import { normalizeKey } from '../../text/normalize.js';
import { countWords, INVISIBLE_OR_SPACE, isBlank } from './lines.js';
import type { CleanContext, RemovalReason } from './types.js';

/**
 * A matching key for a line: normalised (alef forms, ى, diacritics, tatweel, digits, Arabic punctuation folded),
 * with punctuation runs turned into single spaces. Phrase lists are written against these keys, so "اقرأ أيضاً:"
 * and "إقرأ ايضا" match the same entry.
 */
export function lineKey(text: string): string {
  return normalizeKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The line's key, computed once per cleaning. */
export function keyOf(ctx: CleanContext, i: number): string {
  return (ctx.cache.keys[i] ??= lineKey(ctx.lines[i]!.text));
}

/** The line's word count, computed once per cleaning. */
export function wordsOf(ctx: CleanContext, i: number): number {
  return (ctx.cache.words[i] ??= countWords(ctx.lines[i]!.text));
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

/** The largest `maxWords` of a rule list: longer lines need not be keyed at all. */
export function maxWordsOf(list: readonly PhraseRule[]): number {
  return list.reduce((m, r) => Math.max(m, r.maxWords), 0);
}

/** Matches line `i` against a rule list, keying the line only when it is short enough for some rule. */
export function matchLine(ctx: CleanContext, i: number, list: readonly PhraseRule[], maxWords = maxWordsOf(list)): PhraseRule | undefined {
  const words = wordsOf(ctx, i);
  if (words > maxWords) return undefined;
  return matchRule(keyOf(ctx, i), words, list);
}

export function matchRule(key: string, words: number, list: readonly PhraseRule[]): PhraseRule | undefined {
  for (const r of list) {
    if (words > r.maxWords) continue;
    if (r.mode === 'exact' ? key === r.phrase : r.mode === 'start' ? startsWithPhrase(key, [r.phrase]) !== undefined : hasPhrase(key, [r.phrase]) !== undefined) return r;
  }
  return undefined;
}

/**
 * What is left of line `i` after the prefixes and suffixes already cut from it (a share widget's words, a
 * dateline): its offset within the line and its text.
 */
export function lineRest(ctx: CleanContext, i: number): { offset: number; text: string } {
  const line = ctx.lines[i]!;
  let start = line.start;
  let end = line.end;
  for (const p of ctx.partial) {
    if (p.end <= line.start || p.start >= line.end) continue;
    if (p.start <= start || /^\s*$/.test(ctx.source.slice(start, p.start))) start = Math.max(start, p.end);
    else end = Math.min(end, p.start);
  }
  return { offset: start - line.start, text: ctx.source.slice(start, Math.max(start, end)) };
}

/** Cuts `length` characters from the start of what is left of line `i`. */
export function cutPrefix(ctx: CleanContext, i: number, length: number, reason: RemovalReason): void {
  const line = ctx.lines[i]!;
  const rest = lineRest(ctx, i);
  const start = line.start + rest.offset;
  ctx.partial.push({ text: ctx.source.slice(start, start + length), start, end: start + length, reason });
}

/** Cuts what is left of line `i` from `at` (an offset within the line) to the end of what is left. */
export function cutSuffix(ctx: CleanContext, i: number, at: number, reason: RemovalReason): void {
  const line = ctx.lines[i]!;
  const rest = lineRest(ctx, i);
  const start = line.start + at;
  const end = line.start + rest.offset + rest.text.length;
  if (end > start) ctx.partial.push({ text: ctx.source.slice(start, end), start, end, reason });
}
