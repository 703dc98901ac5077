/**
 * Across the articles of one story: the entities of every article merged into canonical entities, each listing
 * the spellings used for it and where each occurs (نغوين فو ترونغ in one outlet, نوين فو ترونغ in another).
 *
 * Per article, mentions are first grouped by the key their producer gave them and by ./link-mentions.ts (so that
 * بوتين joins فلاديمير بوتين even if the tagger keyed them apart). Then article entities are merged across
 * articles, fullest names first: one joins a canonical entity when one of its spellings is the same name as one of
 * the entity's (sameName) and types agree, or — for a person named only in part in that article — when it is the
 * surname (or East Asian family name) of exactly one canonical person. Bare first names are not merged across
 * articles: nothing in another article says which Vladimir is meant.
 */
import type { Entity, EntityType, Mention } from '../entities/types.js';
import { linkMentions, mentionWords, partialRule, typesAgree } from './link-mentions.js';
import { compareNameWords, nameKey } from './same-name.js';

export interface VariantOccurrence {
  articleId: string;
  start: number;
  end: number;
}

export interface CanonicalEntity {
  /** The name shown for the entity: its fullest spelling, the most used one if several. */
  canonical: string;
  type: EntityType;
  /** nameKey of the canonical spelling: stable for one story. */
  key: string;
  /** Distinct spellings, exactly as written, in order of first occurrence, each with where it occurs. */
  variants: Array<{ text: string; articles: VariantOccurrence[] }>;
}

export interface ArticleEntities {
  articleId: string;
  /** Entities (or bare mentions: `key` is optional) with offsets into that article's text. */
  entities: ReadonlyArray<Entity | Mention>;
}

interface Occurrence {
  articleId: string;
  article: number;
  text: string;
  start: number;
  end: number;
  type: EntityType;
  words: string[];
}

interface Group {
  type: EntityType;
  /** Fullest word list of the group. */
  words: string[];
  spellings: string[][];
  occurrences: Occurrence[];
  article: number;
  start: number;
}

/** A canonical entity whose spelling is only a variant of another's must still resemble the canonical this much. */
const CHAIN_GUARD_SCORE = 0.6;

function wordsEqual(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** Entities of one article: producer keys and document linking, joined (union-find). */
function articleGroups(doc: ArticleEntities, article: number): Group[] {
  const entities = doc.entities;
  const parent = entities.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number) => { const a = find(i); const b = find(j); if (a !== b) parent[Math.max(a, b)] = Math.min(a, b); };
  const byKey = new Map<string, number>();
  entities.forEach((e, i) => {
    const key = 'key' in e && e.key ? `${e.type}\u0000${e.key}` : undefined;
    if (key === undefined) return;
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, i); else union(first, i);
  });
  const linked = linkMentions(entities.map(({ text, start, end, type }) => ({ text, start, end, type })));
  for (const entity of linked.entities) for (let k = 1; k < entity.mentions.length; k++) union(entity.mentions[0]!, entity.mentions[k]!);

  const groups = new Map<number, Group>();
  entities.forEach((e, i) => {
    const root = find(i);
    const words = mentionWords(e.text);
    const occurrence: Occurrence = { articleId: doc.articleId, article, text: e.text, start: e.start, end: e.end, type: e.type, words };
    let g = groups.get(root);
    if (!g) { g = { type: e.type, words, spellings: [], occurrences: [], article, start: e.start }; groups.set(root, g); }
    g.occurrences.push(occurrence);
    if (words.length > g.words.length) g.words = words;
    if (words.length > 0 && !g.spellings.some((s) => wordsEqual(s, words))) g.spellings.push(words);
    g.start = Math.min(g.start, e.start);
  });
  for (const g of groups.values()) g.type = majority(g.occurrences.map((o) => o.type));
  return [...groups.values()];
}

function majority(types: EntityType[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best = types[0]!;
  for (const [t, c] of counts) {
    const bc = counts.get(best)!;
    if (c > bc || (c === bc && best === 'MISC')) best = t;
  }
  return best;
}

/**
 * Per merge: every distinct spelling gets a number, and spelling-pair decisions are memoised by those numbers (a
 * story repeats the same few spellings in every article).
 */
class Memo {
  private readonly ids = new Map<string, number>();
  private readonly same = new Map<number, boolean>();
  private readonly partial = new Map<number, ReturnType<typeof partialRule>>();

  idOf(s: readonly string[]): number {
    const key = spellingKey(s);
    let id = this.ids.get(key);
    if (id === undefined) { id = this.ids.size; this.ids.set(key, id); }
    return id;
  }

  /** compareNameWords(s, t).same, computed once per pair. */
  sameSpelling(s: readonly string[], sId: number, t: readonly string[], tId: number): boolean {
    const key = sId * PAIR_BASE + tId;
    let same = this.same.get(key);
    if (same === undefined) {
      same = compareNameWords(s, t, { decisionOnly: true }).same;
      this.same.set(key, same);
    }
    return same;
  }

  /** partialRule(part, full), computed once per pair of spellings. */
  partialRule(part: readonly string[], full: readonly string[]): ReturnType<typeof partialRule> {
    const key = this.idOf(part) * PAIR_BASE + this.idOf(full);
    let rule = this.partial.get(key);
    if (rule === undefined) {
      rule = partialRule(part, full);
      this.partial.set(key, rule);
    }
    return rule;
  }
}

/** Spelling numbers stay below this in any story (pair keys are exact integers below 2^53). */
const PAIR_BASE = 2 ** 26;

/** The words of a spelling as one string, built once per spelling array. */
const spellingKeys = new WeakMap<readonly string[], string>();
function spellingKey(s: readonly string[]): string {
  let k = spellingKeys.get(s);
  if (k === undefined) { k = s.join(' '); spellingKeys.set(s, k); }
  return k;
}

/** A group being merged, with the numbers of its spellings (same order as `spellings`). */
interface MergedGroup extends Group {
  ids: number[];
  idSet: Set<number>;
}

function withIds(g: Group, memo: Memo): MergedGroup {
  const ids = g.spellings.map((s) => memo.idOf(s));
  return { ...g, spellings: [...g.spellings], occurrences: [...g.occurrences], ids, idSet: new Set(ids) };
}

function sameEntity(a: MergedGroup, b: MergedGroup, memo: Memo): boolean {
  // Same words: spellings with one key are equal word lists.
  if (b.ids.some((id) => a.idSet.has(id))) return true;
  if (!typesAgree(a.type, b.type)) return false;
  const variant = a.spellings.some((s, i) => b.spellings.some((t, j) => memo.sameSpelling(s, a.ids[i]!, t, b.ids[j]!)));
  return variant && compareNameWords(a.words, b.words).score >= CHAIN_GUARD_SCORE;
}

/** Merges the entities of the articles of one story into canonical entities. Deterministic for a given input. */
export function mergeEntities(docs: readonly ArticleEntities[]): CanonicalEntity[] {
  const groups = docs.flatMap((d, k) => articleGroups(d, k));
  // Fullest names first; then article order and position, so that the result does not depend on Map order.
  groups.sort((x, y) => y.words.length - x.words.length || x.article - y.article || x.start - y.start);
  const merged: MergedGroup[] = [];
  const memo = new Memo();
  for (const group of groups) {
    const g = withIds(group, memo);
    let target = merged.find((m) => sameEntity(m, g, memo));
    if (!target && (g.type === 'PER' || g.type === 'MISC') && g.words.length > 0) {
      const candidates = merged.filter((m) => m.type === 'PER' && (() => {
        const r = memo.partialRule(g.words, m.words);
        return r === 'surname' || r === 'family-name';
      })());
      if (candidates.length === 1) target = candidates[0];
    }
    if (!target) {
      merged.push(g);
      continue;
    }
    target.occurrences.push(...g.occurrences);
    g.spellings.forEach((s, i) => {
      const id = g.ids[i]!;
      if (!target.idSet.has(id)) { target.spellings.push(s); target.ids.push(id); target.idSet.add(id); }
    });
  }
  const final = mergeCliticForms(merged);
  return final.map(toCanonical).sort((a, b) => firstOf(a) - firstOf(b));

  function firstOf(e: CanonicalEntity): number {
    const o = e.variants[0]!.articles[0]!;
    const k = docs.findIndex((d) => d.articleId === o.articleId);
    return k * 1e9 + o.start;
  }
}

const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/**
 * The words of a spelling without a conjunction or preposition a tagger left stuck to it (لفيتنام، بكوريا الشمالية،
 * للحزب الشيوعي → الحزب الشيوعي), or null. At least three letters must remain: لبنان is not ل + بنان.
 */
function withoutProclitic(words: readonly string[]): string[] | null {
  const first = words[0];
  if (!first) return null;
  if (first.startsWith('لل') && first.length >= 5) return ['ال' + first.slice(2), ...words.slice(1)];
  if (PROCLITICS.has(first[0]!) && first.length >= 4) return [first.slice(1), ...words.slice(1)];
  return null;
}

/** An occurrence without the one-letter proclitic its tagger included: the span then starts after it. */
function trimProclitic(o: Occurrence): Occurrence {
  const first = o.text[0];
  if (!first || !PROCLITICS.has(first) || o.text.startsWith('لل')) return o;
  let cut = 1;
  while (cut < o.text.length && /\p{M}/u.test(o.text[cut]!)) cut++;
  return { ...o, text: o.text.slice(cut), start: o.start + cut, words: mentionWords(o.text.slice(cut)) };
}

/**
 * Second pass: an entity all of whose spellings carry a proclitic joins the entity spelled exactly like them
 * without it (exact words only: no fuzzy match on top of a guessed clitic).
 */
function mergeCliticForms(merged: Group[]): Group[] {
  const out = [...merged];
  for (let k = out.length - 1; k >= 0; k--) {
    const g = out[k]!;
    const bare = g.spellings.map(withoutProclitic);
    if (bare.length === 0 || bare.some((b) => b === null)) continue;
    const target = out.find((h, i) => i !== k && bare.some((b) => h.spellings.some((s) => wordsEqual(s, b!))));
    if (!target) continue;
    target.occurrences.push(...g.occurrences.map(trimProclitic));
    for (const b of bare) if (!target.spellings.some((s) => wordsEqual(s, b!))) target.spellings.push(b!);
    out.splice(k, 1);
  }
  return out;
}

function toCanonical(g: Group): CanonicalEntity {
  const occurrences = [...g.occurrences].sort((a, b) => a.article - b.article || a.start - b.start);
  const variants = new Map<string, { text: string; articles: VariantOccurrence[]; words: number; articleSet: Set<string> }>();
  for (const o of occurrences) {
    let v = variants.get(o.text);
    if (!v) { v = { text: o.text, articles: [], words: o.words.length, articleSet: new Set() }; variants.set(o.text, v); }
    v.articles.push({ articleId: o.articleId, start: o.start, end: o.end });
    v.articleSet.add(o.articleId);
  }
  const all = [...variants.values()];
  const type = majority(occurrences.map((o) => o.type));
  // A spelling with a preposition stuck to it (للحزب الشيوعي) is not shown as the name when the bare one occurs.
  const bareForms = all.map((v) => mentionWords(v.text));
  const unglued = all.filter((_v, i) => {
    const bare = withoutProclitic(bareForms[i]!);
    return !(bare && bareForms.some((w, j) => j !== i && wordsEqual(w, bare)));
  });
  const list = unglued.length > 0 ? unglued : all;
  const byUse = (a: typeof list[number], b: typeof list[number]) =>
    b.articleSet.size > a.articleSet.size || (b.articleSet.size === a.articleSet.size && b.articles.length > a.articles.length) ? b : a;
  // A person is shown by the fullest name (فلاديمير بوتين, not the more frequent بوتين); among the fullest, the
  // spelling most articles use. Places and organisations are never shortened, so the spelling most used wins
  // (a tagger's overlong span, كبير بيونغ يانغ, does not become the name of بيونغ يانغ).
  let best: typeof list[number];
  if (type === 'PER') {
    const fullest = Math.max(...list.map((v) => v.words));
    best = list.filter((v) => v.words === fullest).reduce(byUse);
  } else {
    best = list.reduce(byUse);
  }
  return {
    canonical: best.text,
    type,
    key: nameKey(mentionWords(best.text).join(' ') || best.text),
    variants: all.map(({ text, articles }) => ({ text, articles })),
  };
}
