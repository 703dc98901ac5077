/** BIO tag sequences ↔ token spans, with the conventions of CoNLL's conlleval. */
import { isEntityType, type EntityType, type Tag } from './types.js';

/** An entity over tokens: `[start, end)` token indices. */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
}

/**
 * Spans from a tag sequence, read as conlleval reads it: an I- tag that does not continue an entity of its own type
 * starts a new entity (so a tagger's stray I- is not silently dropped, and scores match the standard scorer).
 * Tags other than O, B-T and I-T (T one of our types) count as O.
 */
export function spansFromTags(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const prefix = tag.slice(0, 2);
    const type = tag.slice(2);
    const valid = (prefix === 'B-' || prefix === 'I-') && isEntityType(type);
    if (open && (!valid || prefix === 'B-' || type !== open.type)) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if (valid && !open) open = { start: i, end: i + 1, type: type as EntityType };
  }
  if (open) {
    open.end = tags.length;
    spans.push(open);
  }
  return spans;
}

/** The tag sequence of `length` tokens with the given (non-overlapping) spans. */
export function tagsFromSpans(length: number, spans: readonly TokenSpan[]): Tag[] {
  const tags: Tag[] = new Array<Tag>(length).fill('O');
  for (const s of spans) {
    for (let i = s.start; i < s.end && i < length; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}` as Tag;
  }
  return tags;
}
