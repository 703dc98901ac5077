/**
 * Canonical keys of entity mentions within one document. The default is deliberately simple — the folded text,
 * and a person's later partial mention (بوتين after فلاديمير بوتين) linked to the full one — and it is a parameter
 * of `extractEntities`, so the name-variant matcher (src/analysis/names) can replace it.
 */
import type { Mention } from './types.js';
import { matchKey } from './word-forms.js';

/** Computes the keys of a document's mentions, in order: mentions of one entity share a key. */
export type DocumentKeyer = (mentions: readonly Mention[]) => string[];

/**
 * The key of one mention on its own: folded letters (hamza seats, alef forms, ta marbuta, diacritics, tatweel),
 * single spaces, and a leading لل read as the article it swallowed (للحزب الشيوعي → الحزب الشيوعي).
 */
export function mentionKey(text: string): string {
  let key = matchKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (key.startsWith('لل') && key.length > 3) key = 'ا' + key.slice(1);
  return key;
}

/**
 * Default keyer: mentions with the same folded text share a key; a person mentioned by fewer words takes the key of
 * a fuller mention of a person in the same document whose last words they are (بوتين → فلاديمير بوتين، لام → تو
 * لام، ترونغ → نغوين فو ترونغ) or, failing that, whose first word it is (كيم → كيم جونغ أون: East Asian names put
 * the family name first) — only when exactly one fuller name fits, so two people who share a surname stay apart.
 */
export const documentKeys: DocumentKeyer = (mentions) => {
  const keys = mentions.map((m) => mentionKey(m.text));
  const people = new Map<string, string[]>();
  mentions.forEach((m, i) => {
    if (m.type === 'PER' && keys[i]) people.set(keys[i]!, keys[i]!.split(' '));
  });
  const fullest = (candidates: string[][]): string | null => {
    // Keep the names no other candidate extends (فلاديمير بوتين is part of فلاديمير فلاديميروفيتش بوتين? no; but
    // بوتين candidates "فلاديمير بوتين" and "الرئيس فلاديمير بوتين" are one person): one left means one person.
    const maximal = candidates.filter((c) => !candidates.some((d) => d.length > c.length && endsWith(d, c)));
    return maximal.length === 1 ? maximal[0]!.join(' ') : null;
  };
  return mentions.map((m, i) => {
    const key = keys[i]!;
    if (m.type !== 'PER' || !key) return key;
    const words = key.split(' ');
    const longer = [...people.values()].filter((other) => other.length > words.length);
    const byTail = fullest(longer.filter((other) => endsWith(other, words)));
    if (byTail) return byTail;
    if (words.length !== 1 || longer.some((other) => endsWith(other, words))) return key;
    return fullest(longer.filter((other) => other[0] === words[0])) ?? key;
  });
};

function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > words.length) return false;
  for (let k = 1; k <= tail.length; k++) if (words[words.length - k] !== tail[tail.length - k]) return false;
  return true;
}
