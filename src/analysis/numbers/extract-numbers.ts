/**
 * extractNumbers: every number in a text with its value and its span in the original text.
 *
 * Kinds: cardinal (digits, words, or both: "15 ألف"), ordinal (الحادي والعشرون), fraction (نصف، 3/4) and percent
 * (15%، خمسة في المئة: value 15). Vague magnitudes (عشرات، مئات الآلاف، بضعة) are cardinals marked `approximate`
 * with `min`/`max`; their `value` is the lower bound. Numbers inside dates are reported too: the quantity and date
 * passes decide what a number is part of.
 */
import type { Token } from '../../text/types.js';
import { findNumbers, type NumberHit, type NumberKind } from './parse.js';
import { isIndefiniteNoun } from './particles.js';
import { originalOffset, viewOf, type TokenView } from './token-view.js';

export interface NumberMention {
  text: string;
  start: number;
  end: number;
  value: number;
  kind: NumberKind;
  form: 'digits' | 'words' | 'mixed';
  /** Not a figure: an identifier (رقم 5، القرار 2254), a list marker, or a time of day after الساعة (0340 بتوقيت جرينتش). */
  role?: 'identifier' | 'list-marker' | 'clock';
  /** A vague magnitude: value is `min`. */
  approximate?: boolean;
  min?: number;
  max?: number;
}

export interface ExtractNumbersOptions {
  /** Tokens of `text` from the text core, when the caller already has them. */
  tokens?: readonly Token[];
}

const MONDAY_HOMOGRAPH = /^[وفب]?ال[اإ]?ثنين$/;
const PLURAL_SHAPE = /(ات|ين|ون|ان)$|^ا..ا.$/;

/** True when a hit is a number in its context (a weak word needs a noun after it; الاثنين is Monday). */
export function isCountable(view: TokenView, hit: NumberHit): boolean {
  if (hit.weak && !isIndefiniteNoun(view.tokens[hit.last + 1])) return false;
  // "وست هام": after و, a weak word counts only a plural noun (وست سنوات، وسبع دول are rarer than names).
  if (hit.weak && hit.prefix > 0 && !PLURAL_SHAPE.test(view.tokens[hit.last + 1]!.key)) return false;
  // "الصفر" (من الصفر، تحت الصفر) is not a figure.
  if (hit.definite && hit.value === 0) return false;
  if (hit.definite && hit.first === hit.last && hit.kind === 'cardinal' && hit.value === 2) {
    return !MONDAY_HOMOGRAPH.test(view.tokens[hit.first]!.key);
  }
  return true;
}

/** Original-text span of a hit. */
export function hitSpan(view: TokenView, hit: NumberHit): { start: number; end: number } {
  const start = originalOffset(view.text, view.tokens[hit.first]!, hit.prefix);
  return { start, end: view.tokens[hit.last]!.end };
}

export function extractNumbers(text: string, options: ExtractNumbersOptions = {}): NumberMention[] {
  const view = viewOf(text, options.tokens);
  const out: NumberMention[] = [];
  for (const hit of hitsOf(view)) {
    if (!isCountable(view, hit)) continue;
    const { start, end } = hitSpan(view, hit);
    const m: NumberMention = { text: text.slice(start, end), start, end, value: hit.value, kind: hit.kind, form: hit.form };
    if (hit.role) m.role = hit.role;
    if (hit.vague) { m.approximate = true; m.min = hit.vague.min; m.max = hit.vague.max; }
    out.push(m);
  }
  return out;
}

let lastView: TokenView | undefined;
let lastHits: NumberHit[] = [];

/** The number hits of a view, computed once per view (the three passes share them). */
export function hitsOf(view: TokenView): NumberHit[] {
  if (view === lastView) return lastHits;
  lastHits = findNumbers(view);
  lastView = view;
  return lastHits;
}
