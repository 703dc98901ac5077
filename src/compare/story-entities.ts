/**
 * The entities of a story: every article's mentions merged into canonical entities (src/analysis/names), with a
 * lookup from a mention back to its canonical entity, so that statements can be compared on entities whatever
 * spelling each outlet uses (نغوين فو ترونغ / نوين فو ترونغ).
 */
import type { Entity } from '../analysis/entities/types.js';
import { mergeEntities } from '../analysis/names/merge-entities.js';
import type { StoryEntity } from './types.js';

export interface StoryEntityIndex {
  entities: StoryEntity[];
  /** Canonical entity index of the mention of `article` (its id) at [start, end), if it is one. */
  canonicalOf(article: string, start: number, end: number): number | undefined;
}

export function storyEntities(articles: ReadonlyArray<{ id: string; entities: readonly Entity[] }>): StoryEntityIndex {
  const merged = mergeEntities(articles.map((a) => ({ articleId: a.id, entities: a.entities })));
  const lookup = new Map<string, number>();
  const entities: StoryEntity[] = merged.map((e, k) => {
    const seen = new Set<string>();
    const variants = e.variants.map((v) => ({
      text: v.text,
      articles: v.articles.map((o) => {
        lookup.set(`${o.articleId}\u0000${o.start}\u0000${o.end}`, k);
        seen.add(o.articleId);
        return { article: o.articleId, start: o.start, end: o.end };
      }),
    }));
    const order = articles.map((a) => a.id).filter((id) => seen.has(id));
    return { canonical: e.canonical, type: e.type, key: e.key, articles: order, variants };
  });
  return {
    entities,
    canonicalOf: (article, start, end) => lookup.get(`${article}\u0000${start}\u0000${end}`),
  };
}
