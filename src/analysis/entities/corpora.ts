/**
 * The NER training and evaluation corpora, read into one shape: sentences of tokens with BIO tags over our four
 * types. Pure (the caller reads the files): used by scripts/train-ner.ts and eval/entities.ts, so that training and
 * evaluation agree on the class mapping and on which sentences are held out.
 *
 * NewsFANE Gold 2014 (Alotaibi & Lee, COLING 2014; CC BY-SA 3.0): `token<TAB>B-/I-FineClass`, 46 fine ACE-style
 * classes, tokens segmented ATB-style (و، ف، ب، ل، ك and pronoun suffixes are tokens of their own).
 * Wojood sample (SinaLab/ArabicNER, MIT repository): `token TAG [TAG …]`, one IOB2 tag per nesting level, tokens as
 * written (clitics attached).
 */
import { spansFromTags, tagsFromSpans, type TokenSpan } from './bio.js';
import type { EntityType, Tag } from './types.js';

export interface TaggedSentence {
  tokens: string[];
  tags: Tag[];
}

/** A CoNLL-like file as sentences of columns: first column the token, the rest its tags. Blank line = sentence end. */
export function parseColumns(text: string): Array<{ tokens: string[]; columns: string[][] }> {
  const sentences: Array<{ tokens: string[]; columns: string[][] }> = [];
  let tokens: string[] = [];
  let columns: string[][] = [];
  const flush = () => {
    if (tokens.length) sentences.push({ tokens, columns });
    tokens = [];
    columns = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    // BOM and bidi marks prefixed to tokens in some distributions of NewsFANE are not part of the token.
    const line = raw.replace(/[\uFEFF\u200E\u200F]/g, '');
    const parts = line.trim().split(/\s+/).filter(Boolean);
    if (parts.length === 0) {
      flush();
      continue;
    }
    tokens.push(parts[0]!);
    columns.push(parts.slice(1));
  }
  flush();
  return sentences;
}

/**
 * NewsFANE's fine classes → ours. Persons → PER (Police is a person class in Alotaibi & Lee's taxonomy, like
 * Politician: its spans are رامسفيلد، دان حالوتس, not police forces); geo-political entities, natural locations and facilities → LOC
 * (facilities as CoNLL does: stadiums, airports, mosques are places); organisations of every kind → ORG; groups of
 * people (العرب، المسلمين، الاسرائيليين: ACE's PER.Group) and products, works, vehicles and weapons → MISC, as CoNLL
 * puts nationalities and works in MISC.
 */
export const NEWSFANE_CLASSES: Readonly<Record<string, EntityType>> = {
  Politician: 'PER', Athlete: 'PER', Artist: 'PER', Other_PER: 'PER', Religious_PER: 'PER', Scientist: 'PER',
  Businessperson: 'PER', Lawyer: 'PER', Engineer: 'PER', Police: 'PER',
  Nation: 'LOC', 'Population-Center': 'LOC', 'State-or-Province': 'LOC', 'GPE-Cluster': 'LOC',
  'County-or-District': 'LOC', Continent: 'LOC', 'Water-Body': 'LOC', 'Land-Region-Natural': 'LOC', Celestial: 'LOC',
  'Building-Grounds': 'LOC', Airport: 'LOC', Path: 'LOC', 'Subarea-Facility': 'LOC', Plant: 'LOC',
  Government: 'ORG', 'Non-Governmental': 'ORG', Media: 'ORG', Sports: 'ORG', Commercial: 'ORG', Educational: 'ORG',
  'Medical-Science': 'ORG', Entertainment: 'ORG', Religious_ORG: 'ORG',
  Group: 'MISC', Book: 'MISC', Movie: 'MISC', Software: 'MISC', Hardware: 'MISC', Food: 'MISC', Drug: 'MISC',
  Air: 'MISC', Land: 'MISC', Water: 'MISC', Projectile: 'MISC', Shooting: 'MISC',
};

/**
 * Wojood's types → ours. PERS → PER, ORG → ORG, GPE/LOC/FAC → LOC. The rest are not names in our sense and become
 * O: NORP (which Wojood gives to العاملين، الأطفال، اللاجئين as much as to nationalities), OCC (titles, which we use as
 * cues), EVENT, LAW, WEBSITE, PRODUCT and the temporal and numeric types. Wojood therefore has no MISC.
 */
export const WOJOOD_CLASSES: Readonly<Record<string, EntityType>> = { PERS: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC' };

export function readNewsFane(text: string): TaggedSentence[] {
  return parseColumns(text).map(({ tokens, columns }) => {
    const fine = columns.map((c) => c[0] ?? 'O');
    const spans: TokenSpan[] = [];
    // Read the fine tags as conlleval would, then map each span's class.
    for (const s of spansOfAnyType(fine)) {
      const type = NEWSFANE_CLASSES[s.type];
      if (type) spans.push({ start: s.start, end: s.end, type });
    }
    return { tokens, tags: tagsFromSpans(tokens.length, spans) };
  });
}

export function readWojood(text: string): TaggedSentence[] {
  return parseColumns(text).map(({ tokens, columns }) => {
    // Nested levels are not aligned by column, so read each type's own B/I sequence, wherever its column is.
    const types = new Set<string>();
    for (const c of columns) for (const t of c) if (t.length > 2) types.add(t.slice(2));
    const spans: TokenSpan[] = [];
    for (const wojoodType of types) {
      const type = WOJOOD_CLASSES[wojoodType];
      if (!type) continue;
      const seq = columns.map((c) => {
        const own = c.filter((t) => t.slice(2) === wojoodType);
        return own.find((t) => t.startsWith('B-')) ?? own[0] ?? 'O';
      });
      for (const s of spansOfAnyType(seq)) spans.push({ start: s.start, end: s.end, type });
    }
    return { tokens, tags: tagsFromSpans(tokens.length, outermost(spans)) };
  });
}

/** Spans over any class names (not only ours), conlleval-style. */
function spansOfAnyType(tags: readonly string[]): Array<{ start: number; end: number; type: string }> {
  const classes = new Set(tags.filter((t) => t.length > 2).map((t) => t.slice(2)));
  const out: Array<{ start: number; end: number; type: string }> = [];
  for (const cls of classes) {
    // Map the class to a placeholder our reader accepts, keep the real name beside it.
    const seq = tags.map((t) => (t.slice(2) === cls ? `${t.slice(0, 2)}MISC` : 'O'));
    for (const s of spansFromTags(seq)) out.push({ start: s.start, end: s.end, type: cls });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Keeps the outermost of nested spans (longest first, then leftmost); flat annotation is what we tag. */
function outermost(spans: TokenSpan[]): TokenSpan[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TokenSpan[] = [];
  for (const s of sorted) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * NewsFANE has no document boundaries, so it is split by blocks of 50 consecutive sentences (about one to three
 * articles each, so the sentences of one article rarely fall on both sides): block b is `test` when b % 10 === 9,
 * `dev` when b % 10 === 8, `train` otherwise. Training never reads `test`.
 */
export type Split = 'train' | 'dev' | 'test';
export const NEWSFANE_BLOCK = 50;

export function newsFaneSplit(sentenceIndex: number): Split {
  const b = Math.floor(sentenceIndex / NEWSFANE_BLOCK) % 10;
  return b === 9 ? 'test' : b === 8 ? 'dev' : 'train';
}

const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'س']);
// كما and ما are words far more often than clitics in NewsFANE, so they are not re-attached.
const ENCLITICS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كن', 'نا', 'ي', 'ني']);
const ARABIC_LETTER = /^[\u0621-\u064A]/;

/**
 * NewsFANE with its clitics written back onto their words (و + المانيا → والمانيا, ل + الاتحاد → للاتحاد,
 * حكومة + ه → حكومته), so that the tagger also learns words as running text writes them and as the tokenizer
 * gives them. Each merged token takes the tag of its host word.
 */
export function reattachClitics(sentence: TaggedSentence): TaggedSentence {
  const tokens: string[] = [];
  const tags: Tag[] = [];
  let pending = '';
  for (let i = 0; i < sentence.tokens.length; i++) {
    const tok = sentence.tokens[i]!;
    const tag = sentence.tags[i]!;
    const next = sentence.tokens[i + 1];
    if (PROCLITICS.has(tok) && next !== undefined && ARABIC_LETTER.test(next)) {
      pending += tok;
      continue;
    }
    let word = tok;
    if (pending) {
      word = pending.endsWith('ل') && word.startsWith('ال') ? pending + word.slice(1) : pending + word;
      pending = '';
    }
    const prev = tokens[tokens.length - 1];
    if (ENCLITICS.has(word) && prev !== undefined && ARABIC_LETTER.test(prev) && !ENCLITICS.has(prev)) {
      const host = prev.endsWith('ة') ? prev.slice(0, -1) + 'ت' : prev.endsWith('ى') ? prev.slice(0, -1) + 'ي' : prev;
      tokens[tokens.length - 1] = host + word;
      continue;
    }
    tokens.push(word);
    tags.push(tag);
  }
  if (pending) {
    tokens.push(pending);
    tags.push('O');
  }
  return { tokens, tags: repairTags(tags) };
}

/** After merging, an I- that lost its B- (the clitic carried it) becomes B-. */
function repairTags(tags: Tag[]): Tag[] {
  return tags.map((t, i) => {
    if (!t.startsWith('I-')) return t;
    const prev = i > 0 ? tags[i - 1]! : 'O';
    return prev.slice(2) === t.slice(2) ? t : (`B-${t.slice(2)}` as Tag);
  });
}
