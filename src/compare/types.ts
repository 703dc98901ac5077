/**
 * The shape of a story comparison (`tabayyun compare --format json`, PRODUCT.md). Offsets are UTF-16 code units into
 * the text of the article they name (`articles[k].text`): `text.slice(start, end)` gives the span back.
 */
import type { EntityType } from '../analysis/entities/types.js';

/** Version of this shape: bumped when a field changes meaning or goes away (new fields do not bump it). */
export const COMPARISON_VERSION = 1;

export interface CompareArticleInput {
  id: string;
  outlet?: string;
  title?: string;
  /** ISO date or date-time of publication: the anchor of its relative dates. */
  published?: string;
  /** Clean main text (boilerplate already removed, e.g. by src/ingest readArticle). */
  text: string;
  /** The wire agency the text credits, when intake found one (وكالات، أ ف ب): a hint for independence. */
  agency?: string;
}

export interface ComparedArticle {
  id: string;
  outlet?: string;
  title?: string;
  published?: string;
  agency?: string;
  /** ISO 639-1 code guessed from the text ('ar', 'en' …, 'und'). */
  language: string;
  /** The text the offsets point into. */
  text: string;
  sentences: number;
  /** Statements (sentences or clauses) compared; repeats inside the article are counted once. */
  statements: number;
  /** Id of the article this one is a wire copy of (the earliest of its copy group), when it is one. */
  copyOf?: string;
}

export interface Span {
  start: number;
  end: number;
}

/** One statement of one article that expresses a fact. */
export interface FactMention extends Span {
  article: string;
  text: string;
  /** The whole sentence the statement is part of (the statement may be a clause of it). */
  sentence: Span;
  /** The article says this again elsewhere: a repeat, counted once. */
  repeat?: boolean;
}

export type FactStatus = 'shared' | 'unique' | 'conflict';

export interface Fact {
  id: string;
  status: FactStatus;
  /** Ids of the articles that report the fact, in article order. */
  articles: string[];
  /** Independent accounts: articles that report it, wire copies of one text counted once. */
  independent: number;
  mentions: FactMention[];
  /** Ids of the conflicts found inside this fact. */
  conflicts?: string[];
  /** How strongly the statements of the fact resemble one another (mean pairwise, 0..1); absent for one statement. */
  cohesion?: number;
}

export type ConflictKind = 'quantity' | 'date' | 'name' | 'attribution' | 'other';

export interface ConflictValue extends Span {
  article: string;
  /** The differing words as written (the figure, the date, the name, the speaker). */
  text: string;
  /** The value read from them: a number for a quantity, an ISO date for a date. */
  value?: number | string;
  /** The figure is hedged (حوالى، نحو، أكثر من): its interval is in min/max. */
  approximate?: boolean;
  min?: number;
  max?: number;
}

export interface Conflict {
  id: string;
  kind: ConflictKind;
  /** The fact the conflict is in. */
  fact: string;
  /** What differs, in a few words: the counted noun, the event, the role (اتفاق، التوقيع، المتحدث). */
  about?: string;
  values: ConflictValue[];
  /** A short explanation in Arabic, for the reader. */
  note: string;
  /**
   * The two articles are copies of one wire text (see `wireCopies`): the difference is an edit one outlet made to the
   * same words, not two accounts of two things. On clustered stories nearly every other difference is two different
   * things; these were real in every case judged (eval/conflict-check-pipeline*.json), so the pages list them first.
   */
  withinCopies?: true;
}

export interface WireCopyGroup {
  /** The earliest article of the group (by publication date, then input order). */
  original: string;
  articles: string[];
  /** Shingle overlap of the closest pair in the group (0..1). */
  similarity: number;
}

export interface EntityVariant {
  text: string;
  articles: Array<{ article: string } & Span>;
}

export interface StoryEntity {
  canonical: string;
  type: EntityType;
  key: string;
  /** Articles that name it. */
  articles: string[];
  variants: EntityVariant[];
}

export interface QuoteMention extends Span {
  article: string;
  /** The statement as written (speaker, verb and content). */
  text: string;
  kind: 'direct' | 'indirect' | 'attribution';
  content: Span;
  speaker?: { text: string; key?: string } & Span;
  verb?: { text: string } & Span;
}

export interface QuoteGroup {
  id: string;
  /** The speaker as most articles name it, when any does. */
  speaker?: string;
  /** Articles that carry these words. */
  articles: string[];
  mentions: QuoteMention[];
  /** The same words are put in different mouths (see conflicts). */
  conflict?: string;
}

export interface TimelineMention extends Span {
  article: string;
  /** The date as written. */
  text: string;
  /** The statement the date belongs to. */
  statement: Span;
  relative?: boolean;
}

export interface TimelineEvent {
  /** ISO value at its grain ('2024-06-20', '2024-06', '2017'). */
  date: string;
  grain: string;
  until?: string;
  /** One statement that says what happened then (the first mention's). */
  label: string;
  fact?: string;
  articles: string[];
  mentions: TimelineMention[];
}

export interface SummarySentence {
  text: string;
  /** Where the sentence is taken from. */
  article: string;
  start: number;
  end: number;
  fact: string;
  /** Articles that support the sentence as written: the fact, with every figure and date the sentence states, and
   * no conflicting value (its own article among them; input order). */
  citations: string[];
  /** Articles that report the fact but leave out a figure or date the sentence states. */
  partialCitations?: string[];
  /** Set when outlets disagree on a detail this sentence states (the conflict id). */
  conflict?: string;
}

export interface PairSimilarity {
  a: string;
  b: string;
  geography: number;
  entities: number;
  /** null when neither article has a dated event and a publication date is missing. */
  time: number | null;
  narrative: number;
  overall: number;
  /** The two are copies of one wire text. */
  copy?: boolean;
}

export interface ComparisonNote {
  code: 'single-article' | 'language' | 'no-sentences' | 'truncated' | 'entities-unavailable' | 'quotes-unavailable' | 'no-date';
  message: string;
  articles?: string[];
}

export interface Comparison {
  version: number;
  articles: ComparedArticle[];
  facts: Fact[];
  conflicts: Conflict[];
  wireCopies: WireCopyGroup[];
  entities: StoryEntity[];
  quotes: QuoteGroup[];
  timeline: TimelineEvent[];
  summary: SummarySentence[];
  similarity: PairSimilarity[];
  notes: ComparisonNote[];
}
