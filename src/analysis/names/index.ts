/** One name, many spellings: the variant matcher, document linking of partial mentions, and story-wide merging. */
export { sameName, nameKey, nameSkeleton, nameWords, compareNameWords, WORD_THRESHOLD } from './same-name.js';
export type { SameNameResult, SameNameOptions } from './same-name.js';
export { linkMentions, linkedKeys, mentionWords, partialRule } from './link-mentions.js';
export type { LinkedMention, LinkRule, DocumentEntity } from './link-mentions.js';
export { mergeEntities } from './merge-entities.js';
export type { CanonicalEntity, ArticleEntities, VariantOccurrence } from './merge-entities.js';
export { stripTitles } from './titles.js';
