/** Named entities: the four CoNLL types, BIO tags over them, and the entity record `analyze` reports. */

export const ENTITY_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** BIO tags in a fixed order: the tagger's weight rows and the model file use these indices. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];

export interface Entity {
  /** The mention exactly as in the original text. */
  text: string;
  /** UTF-16 offsets into the original text: `text.slice(start, end) === entity.text`. */
  start: number;
  end: number;
  type: EntityType;
  /** Canonical key of the entity within the document: mentions of one entity share it. */
  key: string;
}

/** A mention before keys are assigned. */
export type Mention = Omit<Entity, 'key'>;

export function isEntityType(s: string): s is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(s);
}
