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
import { applyCueRules, propagateNames } from './rules.js';
import { TAGS, type Entity, type Mention, type Tag } from './types.js';
import { matchKey, offsetAfterLetters, procliticSplits, wordKey } from './word-forms.js';

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
  const info = sentenceInfo(tokens, resources.gazetteer);
  const path = viterbi(fastEmissionScores(tagger, info), tagger.transitions, tokens.length);
  return applyCueRules(info, [...path].map((i) => TAGS[i]!));
}

/**
 * BIO tags for the sentences of one document: each sentence tagged (`tagTokens`), then names carried across the
 * document (rules.ts `propagateNames`). What `extractEntities` does with a text's sentence chunks.
 */
export function tagDocument(sentences: readonly (readonly FeatureToken[])[], resources: EntityResources = defaultEntityResources()): Tag[][] {
  const tags = sentences.map((s) => tagTokens(s, resources));
  return propagateNames(sentences.map((s) => s.map((t) => t.norm ?? wordKey(t.text))), tags);
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
 * Letters of a clitic to cut off the first word of a mention (وبوتين → بوتين، لموسكو → موسكو), 0 if none, given the
 * mention's words. A first word that itself begins names (in training or in a gazetteer: واشنطن، بوتين، فيتنام)
 * keeps its letters. A clitic is cut when the rest of the mention is a gazetteer entry (لفيتنام، بكوريا الشمالية),
 * when the rest begins another mention of the same document (`documentWords`: لبوتين after بوتين), or when the whole word is not an Arabic word and its rest begins names (كبير stays whole although بير begins
 * names). Otherwise a leading و or ف before three or more letters is taken for the conjunction, far more frequent
 * than a name in و. لل is never cut (the article's alef is inside it); the key restores the article instead.
 */
export function cliticLength(words: readonly string[], model: EntityModel, gazetteer: Gazetteer, documentWords: ReadonlySet<string> = new Set()): number {
  if (!words.length) return 0;
  const key = matchKey(words[0]!);
  if (model.entityWords.has(key) || gazetteer.isFirstWord(key)) return 0;
  const rest = words.slice(1).map(matchKey);
  const known = gazetteer.isKnownWord(key) === true;
  const splits = procliticSplits(key, 3).filter((s) => !(s.base.startsWith('ال') && key[s.letters] === 'ل'));
  for (const s of splits) {
    if (gazetteer.isEntry([s.base, ...rest]) || documentWords.has(s.base)) return s.letters;
    if (!known && (model.entityWords.has(s.base) || gazetteer.isFirstWord(s.base))) return s.letters;
  }
  const first = splits[0];
  if (first && first.letters === 1 && (key[0] === 'و' || key[0] === 'ف')) return 1;
  return 0;
}

/** The named entities of a text, with offsets into it and document keys. */
export function extractEntities(text: string, tokens?: readonly Token[], options: ExtractOptions = {}): Entity[] {
  const toks = tokens ?? tokenize(text);
  const resources = options.resources ?? defaultEntityResources();
  // Tag every chunk first, so that each mention's clitic can be judged against the document's other mentions.
  const slices = chunks(text, toks).map(([from, to]) => toks.slice(from, to)).filter((slice) => slice.some((t) => t.kind === 'word'));
  const tagged = tagDocument(slices.map((slice) => slice.map((t) => ({ text: t.text, norm: t.norm }))), resources);
  const spans: Array<{ tokens: readonly Token[]; type: Mention['type'] }> = [];
  slices.forEach((slice, k) => {
    for (const span of spansFromTags(tagged[k]!)) spans.push({ tokens: slice.slice(span.start, span.end), type: span.type });
  });
  const documentWords = new Set(spans.map((s) => matchKey(s.tokens[0]!.text)));
  const mentions: Mention[] = [];
  for (const span of spans) {
    const first = span.tokens[0]!;
    const words = span.tokens.map((t) => t.text);
    const start = first.start + offsetAfterLetters(first.text, cliticLength(words, resources.model, resources.gazetteer, documentWords));
    const end = span.tokens[span.tokens.length - 1]!.end;
    if (start >= end) continue;
    mentions.push({ text: text.slice(start, end), start, end, type: span.type });
  }
  const keys = (options.keyer ?? documentKeys)(mentions);
  return mentions.map((m, i) => ({ ...m, key: keys[i] ?? '' }));
}
