/** Quotes: who said what, with offsets into the original text (`text.slice(start, end)` gives each span back). */
import type { Gender, GrammaticalNumber } from './lexicon.js';

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

export interface Speaker extends TextSpan {
  /** Key of the entity the speaker is, when entities were given and one fits (see ./resolve-speaker.ts). */
  key?: string;
  /**
   * True when the speaker is not written in this statement but carried over from an earlier one (وأضاف أن …،
   * مؤكدا أن …): the span is then the earlier mention.
   */
  inherited?: boolean;
}

export type QuoteKind =
  /** The words are quoted: «…» “…” "…". */
  | 'direct'
  /** Reported speech: قال إن …، أكد أن …، أشار إلى أن … */
  | 'indirect'
  /** A statement attributed to a source: … بحسب وكالة …، وفقا لـ …، نقلا عن … */
  | 'attribution';

export interface Quote extends TextSpan {
  /** The whole statement: from the first of speaker, cue and content to the last (closing mark included). */
  kind: QuoteKind;
  /** Who said it; absent when the text does not say (never guessed). */
  speaker?: Speaker;
  /** The reporting verb or attribution phrase (قال، وأضافت، مؤكدا، بحسب …); absent for an unattributed quotation. */
  verb?: TextSpan;
  /** What was said: inside the marks for a direct quote, the reported clause otherwise. */
  content: { start: number; end: number };
  /** Quoted words inside an indirect statement (… إن على أي دولة ألاّ «توفر منصة …»): the spans between the marks. */
  quoted?: Array<{ start: number; end: number }>;
}

/** Grammatical features of a speaker, for the agreement of a later subjectless verb (وأضافت needs a feminine one). */
export interface SpeakerFeatures {
  gender?: Gender;
  number?: GrammaticalNumber;
}
