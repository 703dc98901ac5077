/** Named entities (PER, LOC, ORG, MISC) in Arabic news text. */
export { extractEntities, tagDocument, tagTokens, cliticLength, type ExtractOptions } from './extract.js';
export { documentKeys, mentionKey, type DocumentKeyer } from './keys.js';
export { defaultEntityResources, loadEntityModel, loadGazetteer, type EntityResources } from './load.js';
export { readConllTokens, formatConll } from './conll.js';
export { spansFromTags, tagsFromSpans, type TokenSpan } from './bio.js';
export { scoreEntities, type EntityScores, type Prf } from './scoring.js';
export { ENTITY_TYPES, TAGS, type Entity, type EntityType, type Mention, type Tag } from './types.js';
