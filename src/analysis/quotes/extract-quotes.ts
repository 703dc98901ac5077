/**
 * Quotes in Arabic news: who said what, with the reporting verb.
 *
 * One pass over the sentences. In each, every reporting verb (./lexicon.ts) is a cue: its speaker is parsed after
 * it (./speaker.ts), then up to CONTENT_WINDOW tokens of adjuncts and objects are skipped to the content opener —
 * a complementiser (إن، أن، بأن، إنه …, also after إلى/من/على/عن), a colon or a quotation mark:
 * - content that is one quotation (with at most a complementiser before it) is a direct quote of the words between
 *   the marks (قال لام … إن «…»، واصفا إياه بأنه “…”);
 * - other content is indirect speech, up to the end of the sentence or the comma before the next cue
 *   (…، مؤكدا أنه …); quotations inside it are listed in `quoted`;
 * - a cue with no content opener still owns the quotations that follow it in its clause (وصفت الخارجية … بالأمر
 *   «المقلق للغاية»، اتهم مسؤول … في «…»), and a quotation right before it (« … »، قال بوتين).
 * A cue without a written subject (وأضاف، كما أكد، مؤكدا) takes the speaker of the previous cue in its sentence,
 * else the last speaker of the previous MAX_INHERIT_SENTENCES sentences when gender and number agree (وأضافت needs
 * a feminine speaker); otherwise the speaker is unknown and left out, never guessed.
 * Attribution phrases (بحسب، وفقا لـ، نقلا عن، حسبما ذكرت …) attribute the rest of their sentence to their source.
 * A quotation with no cue is kept (speaker unknown) only when it has MIN_UNATTRIBUTED_WORDS words or more; shorter
 * ones are scare quotes or titles, and a quotation after صحيفة، وكالة، عملية … is a name, never a quote.
 *
 * Work is linear in the text: windows are bounded, quotation pairs are found once (./quote-marks.ts).
 */
import type { Entity } from '../entities/types.js';
import { splitSentences } from '../../text/sentences.js';
import { tokenize } from '../../text/tokenize.js';
import type { Sentence, Token } from '../../text/types.js';
import { attributionSources, findAttributions } from './attribution.js';
import { setClauseEnds } from './clauses.js';
import { findContent, isNamingPair, ownsQuotation } from './content.js';
import { insidePair, isPunctText, pairsWithin, type Cue } from './cue.js';
import { COMPLEMENTISERS, IMPERSONAL_BEFORE, IMPERSONAL_FORMS, REQUIRED_PREPOSITION, TIGHT_LEMMAS, verbForm, type VerbForm } from './lexicon.js';
import { pairQuoteMarks, type QuotePair } from './quote-marks.js';
import { resolveSpeakerKey } from './resolve-speaker.js';
import { parseSpeaker, type SpeakerContext, type SpeakerPhrase } from './speaker.js';
import { NAQALA, pronounSubjectBefore, relativeAntecedent, sourceAfterAn, subjectBefore } from './subject.js';
import type { Quote, Speaker, SpeakerFeatures } from './types.js';

export interface ExtractQuotesOptions {
  /** Entities of the same text (offsets into it), to bound speakers and give them keys. */
  entities?: readonly Entity[];
  /** Tokens and sentences of the text, if already computed (they must come from the same text). */
  tokens?: readonly Token[];
  sentences?: readonly Sentence[];
}

/** A quotation owned by a cue without content must open within this many tokens of the verb. */
const FRAGMENT_REACH = 14;
/** How many sentences back a subjectless verb may find its speaker. */
const MAX_INHERIT_SENTENCES = 3;
/** Fewer words than this between marks, with no cue, is a scare quote or a title, not a quote. */
const MIN_UNATTRIBUTED_WORDS = 8;

interface LastSpeaker {
  speaker: Speaker;
  features: SpeakerFeatures;
  sentence: number;
}

const SENTENCE_END_MARKS = new Set(['.', '!', '?', '؟', '…', '...', '،', '؛', ';', ',', ':']);

export function extractQuotes(text: string, options: ExtractQuotesOptions = {}): Quote[] {
  const tokens = options.tokens ?? tokenize(text);
  const sentences = options.sentences ?? splitSentences(text, tokens as Token[]);
  const entities = options.entities ?? [];
  const pairs = pairQuoteMarks(text);
  const pairByOpen = new Map(pairs.map((p) => [p.open, p]));
  const ctx: SpeakerContext = { text, tokens, mentionAt: indexMentions(tokens, entities), pairByOpen, pairs };
  const consumed = new Set<QuotePair>();
  const quotes: Quote[] = [];
  let last: LastSpeaker | null = null;

  let tokenIndex = 0;
  sentences.forEach((sentence, sentenceIndex) => {
    while (tokenIndex < tokens.length && tokens[tokenIndex]!.end <= sentence.start) tokenIndex++;
    const first = tokenIndex;
    let end = first;
    while (end < tokens.length && tokens[end]!.start < sentence.end) end++;
    tokenIndex = end;
    const cues = findCues(ctx, first, end, pairs);
    const sources = attributionSources(ctx, first, end);
    setClauseEnds(ctx, cues, first, end, sentence, pairs);
    // A verb inside reported content is part of what was said (قال إن الوزير أكد أن …): it yields no quote of its
    // own and passes its subject to nobody.
    let coveredUntil = -1;
    for (const cue of cues) {
      if (cue.verb.start < coveredUntil) { cue.nested = true; continue; }
      if (cue.contentStart !== undefined) coveredUntil = Math.max(coveredUntil, cue.clauseEnd);
    }
    const open = cues.filter((c) => !c.nested);
    for (let c = 0; c < open.length; c++) {
      const cue = open[c]!;
      if (cue.speaker) continue;
      // The previous cue of the sentence, for participles and subjectless verbs; failing that, the source of an
      // attribution before it (بحسب تقديرات …، مشيرة إلى أن …); failing that, the last speaker of the text.
      const previous = open.slice(0, c).reverse().find((p) => p.speaker && !p.relative);
      const source = sources.filter((x) => x.start < cue.verb.start).pop();
      if (previous?.speaker && agrees(cue.form, previous.features)) {
        cue.speaker = { ...previous.speaker, inherited: true };
        cue.features = previous.features;
      } else if (!previous && source) {
        cue.speaker = { ...source.speaker, inherited: true };
      } else if (last && sentenceIndex - last.sentence <= MAX_INHERIT_SENTENCES && agrees(cue.form, last.features)) {
        cue.speaker = { ...last.speaker, inherited: true };
        cue.features = last.features;
      }
    }
    for (const cue of open) for (const quote of cueQuote(ctx, cue, first, sentence, consumed)) quotes.push(quote);
    for (const cue of open) {
      if (cue.speaker && !cue.speaker.inherited) last = { speaker: cue.speaker, features: cue.features, sentence: sentenceIndex };
      else if (cue.speaker && last) last = { ...last, sentence: sentenceIndex };
    }
  });

  for (const quote of findAttributions(ctx, sentences, quotes)) quotes.push(quote);
  for (const pair of pairs) {
    if (consumed.has(pair) || isNamingPair(ctx, pair) || quotes.some((q) => q.content.start <= pair.open && pair.close < q.content.end)) continue;
    const inside = text.slice(pair.open + 1, pair.close);
    if (inside.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length < MIN_UNATTRIBUTED_WORDS) continue;
    // Standing on its own (a paragraph or sentence that opens with it) or after a colon, as said words do; not a
    // quoted list or title inside a sentence (أهمها «تطور الكيمياء …»).
    const lead = text.slice(Math.max(0, pair.open - 3), pair.open).trimEnd();
    if (!(lead === '' || /[:.\n؟!]$/u.test(lead) || sentences.some((s) => s.start === pair.open))) continue;
    quotes.push({ kind: 'direct', text: text.slice(pair.open, pair.close + 1), start: pair.open, end: pair.close + 1,
      content: { start: pair.open + 1, end: pair.close } });
  }
  if (entities.length > 0) {
    for (const q of quotes) {
      if (!q.speaker) continue;
      const key = resolveSpeakerKey(text, q.speaker, entities);
      if (key !== undefined) q.speaker.key = key;
    }
  }
  return quotes.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** For each token index, the mention that starts in that token and its last token. */
function indexMentions(tokens: readonly Token[], entities: readonly Entity[]): Map<number, { mention: Entity; last: number }> {
  const out = new Map<number, { mention: Entity; last: number }>();
  if (entities.length === 0) return out;
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const m of sorted) {
    while (k < tokens.length && tokens[k]!.end <= m.start) k++;
    if (k >= tokens.length) break;
    let lastToken = k;
    while (lastToken + 1 < tokens.length && tokens[lastToken + 1]!.start < m.end) lastToken++;
    if (!out.has(k)) out.set(k, { mention: m, last: lastToken });
  }
  return out;
}

function agrees(form: VerbForm, antecedent: SpeakerFeatures): boolean {
  // A subjectless verb or a participle agrees fully with its antecedent; unknown features agree with anything.
  // Gender is checked between singulars only: plurals mix grammatical genders (قيادات … مؤكدين).
  if (form.number && antecedent.number && form.number !== antecedent.number) return false;
  const singular = form.number !== 'pl' && form.number !== 'du' && antecedent.number !== 'pl' && antecedent.number !== 'du';
  if (singular && form.gender && antecedent.gender && form.gender !== antecedent.gender) return false;
  return true;
}

/** The cues of a sentence, each with its speaker (when written) and content opener. */
function findCues(ctx: SpeakerContext, first: number, end: number, pairs: readonly QuotePair[]): Cue[] {
  const { tokens } = ctx;
  const cues: Cue[] = [];
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const form = verbForm(t.norm);
    if (!form || insidePair(pairs, t.start)) continue;
    // Inside a speaker phrase already parsed (قال الناطق …): not a new cue.
    const previous = cues[cues.length - 1];
    if (previous?.speaker && !previous.speaker.inherited && t.start < previous.speaker.end) continue;
    let phrase: SpeakerPhrase | null = null;
    if (form.form === 'finite') phrase = parseSpeaker(ctx, i + 1, end, form.verbClass);
    // فإنها دعت حزب العمال …: the subject is the pronoun before the verb; what follows is its object.
    if (phrase && pronounSubjectBefore(ctx, i, first)) phrase = null;
    // نقلت وكالة … عن صحيفة … أن …: the source quoted is the one after عن.
    if (phrase && form.lemma === NAQALA) phrase = sourceAfterAn(ctx, phrase, end) ?? phrase;
    // يذكر أن …، الجدير ذكره أن …: the outlet's own voice.
    const before = tokens[i - 1];
    if (!phrase && (IMPERSONAL_FORMS.has(t.norm) || (before && i - 1 >= first && IMPERSONAL_BEFORE.has(before.norm) && t.norm.startsWith('ذكر')))) continue;
    // … الذين حذروا من أن …: the subject is what the relative pronoun refers to; الصحيفة … ذكرت أن …: it stands
    // before the verb.
    let relative = false;
    // … لكنها قالت إن …: the subject is the pronoun, not the words before it.
    if (!phrase && form.form === 'finite' && !pronounSubjectBefore(ctx, i, first)) {
      phrase = relativeAntecedent(ctx, i, first);
      relative = phrase !== null;
      phrase ??= subjectBefore(ctx, i, first);
    }
    const speaker: Speaker | undefined = phrase ? { text: ctx.text.slice(phrase.start, phrase.end), start: phrase.start, end: phrase.end } : undefined;
    // A verb before its subject is singular whatever the subject's number: the number comes from the phrase, the
    // gender from the verb.
    const features: SpeakerFeatures = phrase
      ? { gender: form.gender, ...(phrase.number ? { number: phrase.number } : {}) }
      : { gender: form.gender, number: form.number };
    const cue: Cue = { index: i, form, verb: { text: t.text, start: t.start, end: t.end }, features, clauseEnd: -1, relative };
    if (speaker) cue.speaker = speaker;
    const tight = TIGHT_LEMMAS.has(form.lemma);
    const contentFrom = phrase && phrase.first > i && !tight ? phrase.last + 1 : i + 1;
    findContent(ctx, cue, contentFrom, end);
    if (TIGHT_LEMMAS.has(form.lemma) && cue.contentStart === undefined) continue;
    cues.push(cue);
    if (phrase) i = Math.max(i, phrase.last);
  }
  return cues;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const ch = text[e - 1]!;
    if (/\s/u.test(ch) || SENTENCE_END_MARKS.has(ch)) { e--; continue; }
    break;
  }
  return e;
}

/** The span of a statement: its verb, its written speaker, and its content up to `contentEnd`. */
function statement(cue: Cue, contentStart: number, contentEnd: number): { start: number; end: number } {
  let start = Math.min(cue.verb.start, contentStart);
  let end = Math.max(cue.verb.end, contentEnd);
  if (cue.speaker && !cue.speaker.inherited) { start = Math.min(start, cue.speaker.start); end = Math.max(end, cue.speaker.end); }
  return { start, end };
}

/** The quotes a cue yields: its content, or the quotations of its clause, or the quotation right before it. */
function cueQuote(ctx: SpeakerContext, cue: Cue, first: number, sentence: Sentence, consumed: Set<QuotePair>): Quote[] {
  const { text, tokens } = ctx;
  const base = (kind: Quote['kind'], content: { start: number; end: number }, span: { start: number; end: number }): Quote => {
    const q: Quote = { kind, text: text.slice(span.start, span.end), start: span.start, end: span.end, verb: cue.verb, content };
    if (cue.speaker) q.speaker = cue.speaker;
    return q;
  };
  if (cue.speaker && !cue.speaker.inherited) {
    for (const p of pairsWithin(ctx.pairs, cue.speaker.start, cue.speaker.end)) consumed.add(p);
  }
  if (cue.contentStart !== undefined && cue.contentToken !== undefined) {
    const openPair = ctx.pairByOpen.get(cue.contentStart) ?? directAfterComplementiser(ctx, cue);
    let contentEnd = trimEnd(text, cue.contentStart, Math.max(cue.contentStart, cue.clauseEnd));
    if (openPair) {
      contentEnd = Math.max(contentEnd, openPair.close + 1);
      // Content that is just the quotation (and a final full stop) is a direct quote.
      const rest = text.slice(openPair.close + 1, trimEnd(text, openPair.close + 1, Math.max(openPair.close + 1, cue.clauseEnd)));
      // Reached without a complementiser, the quotation is the words the cue reports (وصفت … بالأمر «…»، …).
      if (rest.trim() === '' || cue.opener === 'mark') {
        consumed.add(openPair);
        const span = statement(cue, cue.contentStart, openPair.close + 1);
        return [base('direct', { start: openPair.open + 1, end: openPair.close }, span)];
      }
    }
    if (contentEnd <= cue.contentStart) return [];
    const quoted = pairsWithin(ctx.pairs, cue.contentStart, contentEnd).filter((p) => !isNamingPair(ctx, p));
    for (const p of quoted) consumed.add(p);
    const span = statement(cue, cue.contentStart, contentEnd);
    const q = base('indirect', { start: cue.contentStart, end: contentEnd }, span);
    if (quoted.length > 0) q.quoted = quoted.map((p) => ({ start: p.open + 1, end: p.close }));
    return [q];
  }
  // No content opener: quotations in the cue's clause, after the verb and its speaker, and close to it (a verb far
  // away, or one read in another sense — تحدث "causes", بين "between" —, does not own them).
  const from = cue.speaker && !cue.speaker.inherited ? Math.max(cue.verb.end, cue.speaker.end) : cue.verb.end;
  const clauseEnd = cue.clauseEnd < 0 ? sentence.end : cue.clauseEnd;
  const reach = tokens[Math.min(tokens.length - 1, cue.index + FRAGMENT_REACH)]!.end;
  const ownsFragments = !TIGHT_LEMMAS.has(cue.form.lemma) && !REQUIRED_PREPOSITION.has(cue.form.lemma);
  const fromToken = tokens.findIndex((t) => t.start >= from);
  const fragments = ownsFragments
    ? pairsWithin(ctx.pairs, from, Math.max(from, clauseEnd)).filter((p) => p.open < reach && !consumed.has(p) && !isNamingPair(ctx, p) &&
      ownsQuotation(ctx, p, tokens.findIndex((t) => t.start === p.open), fromToken))
    : [];
  if (fragments.length > 0) {
    return fragments.map((p) => {
      consumed.add(p);
      return base('direct', { start: p.open + 1, end: p.close }, statement(cue, p.open, p.close + 1));
    });
  }
  // «…»، قال بوتين: a quotation right before the verb, a comma or dash between. Without one, the quotation is the
  // verb's subject («صحة عسير» تنفي …), a name.
  let k = cue.index - 1;
  if (k >= first && isPunctText(tokens[k]!, '،', ',', '-', '–', '—')) k--;
  else k = first - 1;
  if (k >= first && tokens[k]!.kind === 'punct') {
    const closing = tokens[k]!;
    const pair = pairsWithin(ctx.pairs, first < tokens.length ? tokens[first]!.start : 0, closing.start + 1).find((p) => p.close === closing.start);
    if (pair && !consumed.has(pair) && !isNamingPair(ctx, pair) && cue.form.verbClass === 'speech') {
      consumed.add(pair);
      const endOfSpeaker = cue.speaker && !cue.speaker.inherited ? cue.speaker.end : cue.verb.end;
      const q = base('direct', { start: pair.open + 1, end: pair.close }, { start: pair.open, end: endOfSpeaker });
      return [q];
    }
  }
  return [];
}

/** إنه “…” and بأنه “…”: a complementiser with its pronoun, then the quotation. */
function directAfterComplementiser(ctx: SpeakerContext, cue: Cue): QuotePair | undefined {
  const t = ctx.tokens[cue.contentToken!];
  if (!t || t.kind !== 'word' || !COMPLEMENTISERS.has(t.norm)) return undefined;
  const next = ctx.tokens[cue.contentToken! + 1];
  return next ? ctx.pairByOpen.get(next.start) : undefined;
}

