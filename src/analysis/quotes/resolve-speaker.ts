/**
 * Which entity a speaker span is, when the caller gave the document's entities (with keys):
 * 1. an entity inside the span (مستشار الرئاسة الأوكرانية [ميخائيلو بودولياك]): a person if there is one, else an
 *    organisation, else any; the last one, which is the name a role phrase leads to;
 * 2. a role phrase the text used before a person's name (الرئيس الروسي → the entity of "الرئيس الروسي فلاديمير
 *    بوتين" earlier or later in the text), if it introduced exactly one person;
 * 3. a part of exactly one person's name (لام → تو لام), by the linking rules of ../names.
 * Otherwise no key: the speaker stays a span of text.
 */
import type { Entity } from '../entities/types.js';
import { normalizeKey } from '../../text/normalize.js';
import { mentionWords, partialRule } from '../names/link-mentions.js';
import { compareNameWords } from '../names/same-name.js';

const TYPE_RANK: Record<string, number> = { PER: 3, ORG: 2, LOC: 1, MISC: 0 };

/** How far before a person's name a role phrase may start (characters). */
const ROLE_WINDOW = 80;

/**
 * Folded words for comparing role phrases: the article swallowed by لل and the article under و or ب are given
 * back (للرئيس الروسي → الرئيس الروسي), since the role may be introduced in a genitive (زيارة للرئيس الروسي …).
 */
function folded(s: string): string {
  let out = foldedCache.get(s);
  if (out === undefined) {
    out = computeFolded(s);
    if (foldedCache.size >= FOLDED_CACHE_LIMIT) foldedCache.clear();
    foldedCache.set(s, out);
  }
  return out;
}

// Every quote of a document folds the same entity texts and the same windows before each person: kept, and emptied
// when the cache grows past a bound.
const FOLDED_CACHE_LIMIT = 20_000;
const foldedCache = new Map<string, string>();

function computeFolded(s: string): string {
  return normalizeKey(s).split(/[\s\p{P}]+/u).filter(Boolean).map((w) => {
    if (w.startsWith('لل') && w.length > 3) return 'ال' + w.slice(2);
    if ((w.startsWith('وال') || w.startsWith('بال')) && w.length > 4) return w.slice(1);
    return w;
  }).join(' ');
}

export function resolveSpeakerKey(text: string, span: { start: number; end: number }, entities: readonly Entity[]): string | undefined {
  // 1. An entity inside the span.
  let best: Entity | undefined;
  for (const e of entities) {
    if (e.start < span.start || e.end > span.end) continue;
    if (!best || TYPE_RANK[e.type]! > TYPE_RANK[best.type]! || (TYPE_RANK[e.type] === TYPE_RANK[best.type] && e.start > best.start)) best = e;
  }
  if (best) return best.key;

  const spanText = text.slice(span.start, span.end);
  const role = folded(spanText);
  // 2a. The same words as an entity elsewhere in the text (الخارجية الأمريكية tagged at another place).
  const sameText = new Set(entities.filter((e) => folded(e.text) === role).map((e) => e.key));
  if (sameText.size === 1) return [...sameText][0];
  const people = entities.filter((e) => e.type === 'PER');
  // 2. The role phrase right before a person's name somewhere in the text.
  if (role.length >= 3) {
    const keys = new Set<string>();
    for (const p of people) {
      const before = folded(text.slice(Math.max(0, p.start - ROLE_WINDOW), p.start));
      if (before.endsWith(role) && (before.length === role.length || before[before.length - role.length - 1] === ' ')) keys.add(p.key);
    }
    if (keys.size === 1) return [...keys][0];
    if (keys.size > 1) return undefined;
  }
  // 3. Part of one person's name, or another spelling of it.
  const words = mentionWords(spanText);
  if (words.length === 0) return undefined;
  const keys = new Set<string>();
  for (const p of people) {
    const full = mentionWords(p.text);
    const rule = partialRule(words, full);
    if (rule === 'surname' || rule === 'family-name' || (full.length === words.length && compareNameWords(words, full, { decisionOnly: true }).same)) keys.add(p.key);
  }
  return keys.size === 1 ? [...keys][0] : undefined;
}
