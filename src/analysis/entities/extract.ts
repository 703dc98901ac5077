/**
 * Named entities in running text: tokens → features → perceptron tags (Viterbi) → mentions with offsets into the
 * original text → keys. The model and gazetteers are passed in (`EntityResources`) or loaded once from data/.
 */
import { tokenize } from '../../text/tokenize.js';
import type { Token } from '../../text/types.js';
import { spansFromTags } from './bio.js';
import { sentenceInfo, type FeatureToken } from './features.js';
import { fastEmissionScores } from './fast-scores.js';
import type { Gazetteer } from './gazetteer.js';
import { documentKeys, type DocumentKeyer } from './keys.js';
import { defaultEntityResources, type EntityResources } from './load.js';
import type { EntityModel } from './model-format.js';
import { viterbi } from './perceptron.js';
import { TAGS, type Entity, type Mention, type Tag } from './types.js';
import { matchKey, offsetAfterLetters, procliticSplits } from './word-forms.js';

export interface ExtractOptions {
  /** Model and gazetteers; the shipped ones by default. */
  resources?: EntityResources;
  /** How mentions get their document keys; `documentKeys` by default. */
  keyer?: DocumentKeyer;
}

/** BIO tags for one sentence of tokens (the `ner --conll` path). */
export function tagTokens(tokens: readonly FeatureToken[], resources: EntityResources = defaultEntityResources()): Tag[] {
  if (tokens.length === 0) return [];
  const tagger = resources.model.tagger;
  const path = viterbi(fastEmissionScores(tagger, sentenceInfo(tokens, resources.gazetteer)), tagger.transitions, tokens.length);
  return [...path].map((i) => TAGS[i]!);
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '...', '!!', '؟؟', '??']);
// Chunks longer than this are tagged in pieces: features look two tokens away and Viterbi is linear, so this only
// bounds the size of the arrays one call allocates (a 5,000-token "sentence" is one line of a scraped page).
const MAX_CHUNK = 400;

/** Sentence-like chunks of a token list: split after end punctuation and at line breaks. */
function chunks(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const lineBreak = next !== undefined && text.slice(t.end, next.start).includes('\n');
    if (SENTENCE_END.has(t.text) || lineBreak || i + 1 - start >= MAX_CHUNK || next === undefined) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  return out;
}

/**
 * Letters of a clitic to cut off the first word of a mention (وبوتين → بوتين، لموسكو → موسكو), 0 if none.
 * A form that itself begins names (in training or in a gazetteer: واشنطن، بوتين، فيتنام) keeps its letters; a form
 * whose remainder begins names loses them; otherwise a leading و or ف before three or more letters is taken for the
 * conjunction, which is far more frequent than a name that starts with و. لل is never cut (the article's alef is
 * inside it); the key restores the article instead.
 */
export function cliticLength(word: string, model: EntityModel, gazetteer: Gazetteer): number {
  const key = matchKey(word);
  const beginsNames = (w: string) => model.entityWords.has(w) || gazetteer.isFirstWord(w);
  if (beginsNames(key)) return 0;
  const splits = procliticSplits(key, 3).filter((s) => !(s.base.startsWith('ال') && key[s.letters] === 'ل'));
  for (const s of splits) if (beginsNames(s.base)) return s.letters;
  const first = splits[0];
  if (first && first.letters === 1 && (key[0] === 'و' || key[0] === 'ف')) return 1;
  return 0;
}

/** The named entities of a text, with offsets into it and document keys. */
export function extractEntities(text: string, tokens?: readonly Token[], options: ExtractOptions = {}): Entity[] {
  const toks = tokens ?? tokenize(text);
  const resources = options.resources ?? defaultEntityResources();
  const mentions: Mention[] = [];
  for (const [from, to] of chunks(text, toks)) {
    const slice = toks.slice(from, to);
    if (!slice.some((t) => t.kind === 'word')) continue;
    const tags = tagTokens(slice.map((t) => ({ text: t.text, norm: t.norm })), resources);
    for (const span of spansFromTags(tags)) {
      const first = slice[span.start]!;
      const last = slice[span.end - 1]!;
      const start = first.start + offsetAfterLetters(first.text, cliticLength(first.text, resources.model, resources.gazetteer));
      const end = last.end;
      if (start >= end) continue;
      mentions.push({ text: text.slice(start, end), start, end, type: span.type });
    }
  }
  const keys = (options.keyer ?? documentKeys)(mentions);
  return mentions.map((m, i) => ({ ...m, key: keys[i] ?? '' }));
}
