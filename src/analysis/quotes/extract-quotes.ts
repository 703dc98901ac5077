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
import { normalizeKey } from '../../text/normalize.js';
import { foldNameWord } from '../names/letters.js';
import { TITLES } from '../names/titles.js';
import { splitSentences } from '../../text/sentences.js';
import { tokenize } from '../../text/tokenize.js';
import type { Sentence, Token } from '../../text/types.js';
import {
  COMPLEMENTISERS, IMPERSONAL_BEFORE, IMPERSONAL_FORMS, NAMING_HEADS, ROLE_HEADS, NON_REPORTING_BEFORE, PRE_COMPLEMENTISER, RELATIVE_PRONOUNS, REQUIRED_PREPOSITION, TIGHT_LEMMAS,
  carriesPronoun, verbForm, type VerbForm,
} from './lexicon.js';
import { pairQuoteMarks, type QuotePair } from './quote-marks.js';
import { resolveSpeakerKey } from './resolve-speaker.js';
import { parseSpeaker, type SpeakerContext, type SpeakerPhrase } from './speaker.js';
import { attributionSources, findAttributions } from './attribution.js';
import type { Quote, Speaker, SpeakerFeatures, TextSpan } from './types.js';

export interface ExtractQuotesOptions {
  /** Entities of the same text (offsets into it), to bound speakers and give them keys. */
  entities?: readonly Entity[];
  /** Tokens and sentences of the text, if already computed (they must come from the same text). */
  tokens?: readonly Token[];
  sentences?: readonly Sentence[];
}

/** Tokens between a cue (or its speaker) and the content opener: objects, adjuncts (للصحفيين بعد محادثات مع بوتين). */
const CONTENT_WINDOW = 18;
/** The same after a verb that takes an object (وصف الاتفاقية بأنها، حذر الرئيس من أن): objects are short. */
const OBJECT_CONTENT_WINDOW = 8;
/**
 * After a lemma that is also a common other word (بين "between"): the complementiser must come within this many
 * tokens of the verb, with no punctuation between.
 */
const TIGHT_CONTENT_WINDOW = 8;
/** A quotation owned by a cue without content must open within this many tokens of the verb. */
const FRAGMENT_REACH = 14;
/** How many sentences back a subjectless verb may find its speaker. */
const MAX_INHERIT_SENTENCES = 3;
/** Fewer words than this between marks, with no cue, is a scare quote or a title, not a quote. */
const MIN_UNATTRIBUTED_WORDS = 8;

interface Cue {
  index: number;
  form: VerbForm;
  verb: TextSpan;
  speaker?: Speaker;
  features: SpeakerFeatures;
  /** Where the content starts (offset), and whether it opens with a quotation pair. */
  contentStart?: number;
  /** Token index of the first content token. */
  contentToken?: number;
  /** What opened the content: a complementiser or colon (reported content), or a quotation reached directly. */
  opener?: 'complementiser' | 'colon' | 'mark';
  /** The comma (or end) that closes this cue's clause, set once the next cue is known. */
  clauseEnd: number;
  /** Inside another cue's content: part of what was said. */
  nested?: boolean;
  /** The verb of a relative clause (… القحطاني الذي تساءل …): its subject is not the sentence's speaker. */
  relative?: boolean;
}

const ATTRIBUTION_STARTS = new Set(['بحسب', 'وبحسب', 'حسب', 'حسبما', 'وحسبما', 'وفقا', 'ووفقا', 'طبقا', 'نقلا', 'استنادا'].map((w) => normalizeKey(w)));

/** How far back from a cue a comma may end the clause before it (…، ليرد عليه المالكي قائلا …). */
const COMMA_REACH = 5;

/**
 * Where each cue's clause ends. A cue's content runs to the end of its sentence, but stops
 * - before the next cue that opens content of its own, at the comma in the few tokens before it (…، مؤكدا أنه …،
 *   …، ليرد عليه المالكي قائلا بأن …), or right before it if it is a participle (… للمركبة مشيرين إلى أن …);
 * - at a semicolon followed by a new clause (… بكل غال ونفيس؛ وتمنى أن …), not one inside a statement (… النزهة؛ تم
 *   البحث عنهما …);
 * and a cue with no content owns its clause up to the next cue.
 */
function setClauseEnds(ctx: SpeakerContext, cues: Cue[], first: number, end: number, sentence: Sentence, pairs: readonly QuotePair[]): void {
  const { tokens } = ctx;
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    cue.clauseEnd = sentence.end;
    const from = cue.contentStart ?? cue.verb.end;
    for (let k = cue.index + 1; k < end; k++) {
      const t = tokens[k]!;
      if (t.start < from || t.kind !== 'punct' || (t.text !== '؛' && t.text !== ';') || insidePair(pairs, t.start)) continue;
      const after = tokens[k + 1];
      // A new clause after it: و + word, or a participle (… المواطنين؛ ملتمسة الدعم …).
      if (after && after.kind === 'word' && (after.norm.startsWith('و') || /^م.+(?:ا|ة|ين)$/u.test(after.norm))) { cue.clauseEnd = t.start; break; }
    }
    // An attribution after a comma or semicolon closes what is reported (… أثناء الحرب، بحسب ما نقلته …).
    for (let k = cue.index + 1; k < end && tokens[k]!.start < cue.clauseEnd; k++) {
      const t = tokens[k]!;
      if (t.start < from || !isPunctText(t, '،', ',', '؛', ';')) continue;
      const after = tokens[k + 1];
      if (after && after.kind === 'word' && ATTRIBUTION_STARTS.has(after.norm)) { cue.clauseEnd = t.start; break; }
    }
    for (let d = c + 1; d < cues.length; d++) {
      const next = cues[d]!;
      if (next.verb.start >= cue.clauseEnd) break;
      if (cue.contentStart === undefined) { cue.clauseEnd = next.verb.start; break; }
      let comma = -1;
      for (let k = next.index - 1; k >= Math.max(first, next.index - COMMA_REACH) && tokens[k]!.start > cue.contentStart; k--) {
        if (isPunctText(tokens[k]!, '،', ',', '؛', ';')) { comma = tokens[k]!.start; break; }
      }
      if (comma >= 0) { cue.clauseEnd = comma; break; }
      // A participle or a verb joined by و that opens content of its own starts a new statement even without a
      // comma (… للمركبة مشيرين إلى أن …، … المأمول منهم وقال "…").
      const joined = next.form.form === 'participle' || /^[وف]/u.test(tokens[next.index]!.norm);
      if (joined && next.contentStart !== undefined) { cue.clauseEnd = next.verb.start; break; }
    }
  }
}

interface LastSpeaker {
  speaker: Speaker;
  features: SpeakerFeatures;
  sentence: number;
}

const isPunctText = (t: Token, ...marks: string[]) => t.kind === 'punct' && marks.includes(t.text);
const SENTENCE_END_MARKS = new Set(['.', '!', '?', '؟', '…', '...', '،', '؛', ';', ',', ':']);

export function extractQuotes(text: string, options: ExtractQuotesOptions = {}): Quote[] {
  const tokens = options.tokens ?? tokenize(text);
  const sentences = options.sentences ?? splitSentences(text, tokens as Token[]);
  const entities = options.entities ?? [];
  const pairs = pairQuoteMarks(text);
  sortedPairs = pairs;
  const pairByOpen = new Map(pairs.map((p) => [p.open, p]));
  const ctx: SpeakerContext = { text, tokens, mentionAt: indexMentions(tokens, entities), pairByOpen };
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

function insidePair(pairs: readonly QuotePair[], offset: number): boolean {
  // Pairs are sorted and disjoint: binary search.
  let lo = 0;
  let hi = pairs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pairs[mid]!;
    if (offset <= p.open) hi = mid - 1;
    else if (offset >= p.close) lo = mid + 1;
    else return true;
  }
  return false;
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
    if (!phrase && form.form === 'finite') {
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

const NAQALA = normalizeKey('نقل');
const AN = normalizeKey('عن');
const KANA = new Set(['كان', 'وكان', 'كانت', 'وكانت', 'لكن', 'ولكن', 'بينما', 'فيما'].map((w) => normalizeKey(w)));
/** The longest subject read backwards from a verb (وكان المتحدث الإعلامي بشرطة … العقيد … القرشي أوضح أن …). */
const MAX_SUBJECT_BEFORE = 14;

function pronounSubjectBefore(ctx: SpeakerContext, verb: number, first: number): boolean {
  const t = ctx.tokens[verb - 1];
  return verb - 1 >= first && t !== undefined && t.kind === 'word' && carriesPronoun(t.norm.replace(/^[وف]/u, ''));
}

function sourceAfterAn(ctx: SpeakerContext, phrase: SpeakerPhrase, end: number): SpeakerPhrase | null {
  const t = ctx.tokens[phrase.last + 1];
  if (!t || t.kind !== 'word' || t.norm !== AN) return null;
  return parseSpeaker(ctx, phrase.last + 2, end, 'speech');
}

/**
 * A subject written before the verb (news is mostly verb-first, but not always): the words back to a clause
 * boundary, taken when they start with a role or outlet word or a tagged mention, or follow كان / لكن / a
 * complementiser (فإن صحة عسير تؤكد أن …).
 */
function subjectBefore(ctx: SpeakerContext, verb: number, first: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  let k = verb - 1;
  let count = 0;
  while (k >= first && count < MAX_SUBJECT_BEFORE) {
    const t = tokens[k]!;
    if (t.kind === 'punct') {
      // A quotation inside the subject (الصحيفة المحلية «في إل تي»): step over it whole.
      const pair = sortedPairs.find((p) => p.close === t.start);
      if (!pair) break;
      while (k >= first && tokens[k]!.start > pair.open) k--;
      k--;
      count++;
      continue;
    }
    if (KANA.has(t.norm) || COMPLEMENTISERS.has(t.norm.replace(/^ف/u, '')) || verbForm(t.norm) || RELATIVE_PRONOUNS.has(t.norm)) break;
    k--;
    count++;
  }
  const from = k + 1;
  if (from >= verb || count >= MAX_SUBJECT_BEFORE) return null;
  const boundary = k >= first ? tokens[k]! : undefined;
  const head = tokens[from]!;
  const afterBoundary = boundary !== undefined && boundary.kind === 'word' &&
    (KANA.has(boundary.norm) || COMPLEMENTISERS.has(boundary.norm.replace(/^ف/u, '')));
  const roleFirst = head.kind === 'word' && (ROLE_HEADS.has(head.norm) || NAMING_HEADS.has(head.norm));
  if (!roleFirst && !ctx.mentionAt.has(from) && !afterBoundary) return null;
  const last = tokens[verb - 1]!;
  const pair = ctx.pairByOpen.get(head.start);
  return { first: from, last: verb - 1, start: pair ? pair.open : head.start, end: last.end };
}

/** The phrase a relative pronoun right before the verb refers to (الجمهوريين الذين … والذين حذروا). */
function relativeAntecedent(ctx: SpeakerContext, verb: number, first: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  let k = verb - 1;
  if (k < first || tokens[k]!.kind !== 'word') return null;
  let norm = tokens[k]!.norm;
  if (norm.startsWith('و') && RELATIVE_PRONOUNS.has(norm.slice(1))) {
    // A coordinated relative clause refers to the same noun as the first one: go back to it.
    let back = k - 1;
    while (back >= first && !(tokens[back]!.kind === 'word' && RELATIVE_PRONOUNS.has(tokens[back]!.norm))) back--;
    if (back < first) return null;
    k = back;
    norm = tokens[k]!.norm;
  }
  if (!RELATIVE_PRONOUNS.has(norm)) return null;
  const head = k - 1;
  if (head < first || tokens[head]!.kind !== 'word') return null;
  const mention = [...ctx.mentionAt.values()].find((m) => m.last === head);
  const startToken = mention ? tokens.findIndex((t) => t.start <= mention.mention.start && mention.mention.start < t.end) : head;
  const from = startToken >= first ? startToken : head;
  return { first: from, last: head, start: Math.max(tokens[from]!.start, mention?.mention.start ?? 0), end: tokens[head]!.end };
}

/** Finds where the cue's content opens: after a complementiser, a colon, or at a quotation mark. */
function findContent(ctx: SpeakerContext, cue: Cue, from: number, end: number): void {
  const { tokens } = ctx;
  const tight = TIGHT_LEMMAS.has(cue.form.lemma);
  // A verb that takes an object reports content only through a preposition: وصف … بأنها، حذر … من أن، دعا … إلى أن;
  // a bare أن after it is something else (رفض أن يعلق، يهدد الحياة … وجدوا أن).
  const objectVerb = cue.form.verbClass !== 'speech';
  const window = tight ? TIGHT_CONTENT_WINDOW : objectVerb ? OBJECT_CONTENT_WINDOW : CONTENT_WINDOW;
  for (let j = from; j < end && j - from < window; j++) {
    const t = tokens[j]!;
    if (t.kind === 'word') {
      if (verbForm(t.norm)) return;
      const before = tokens[j - 1];
      const concessive = before !== undefined && before.kind === 'word' && NON_REPORTING_BEFORE.has(before.norm);
      const required = REQUIRED_PREPOSITION.get(cue.form.lemma);
      if (COMPLEMENTISERS.has(t.norm) && !concessive && required === undefined) {
        if (objectVerb && !t.norm.startsWith('ب')) continue;
        return setContent(ctx, cue, j, end);
      }
      if (PRE_COMPLEMENTISER.has(t.norm) && j + 1 < end && COMPLEMENTISERS.has(tokens[j + 1]!.norm) && !concessive &&
        (required === undefined || required === t.norm)) return setContent(ctx, cue, j + 1, end);
      continue;
    }
    if (tight) return;
    if (t.kind !== 'punct') continue;
    if (t.text === ':') {
      if (j + 1 < end) { cue.contentToken = j + 1; cue.contentStart = tokens[j + 1]!.start; cue.opener = 'colon'; }
      return;
    }
    const pair = ctx.pairByOpen.get(t.start);
    if (pair && !isNamingPair(ctx, pair)) {
      // A quotation followed at once by the complementiser or a colon is a name on the way (قال … لـ«الشرق الأوسط»
      // إن …، مدير العمليات في «كويا دبي»: «…»، في تصريح إلى "الوطن"، أمس أن …): the content comes after it.
      let k = j;
      while (k + 1 < end && tokens[k + 1]!.start <= pair.close) k++;
      if (opensContentSoon(ctx, k + 1, end)) { j = k; continue; }
      if (!ownsQuotation(ctx, pair, j, from)) { j = k; continue; }
      cue.contentToken = j; cue.contentStart = t.start; cue.opener = 'mark'; return;
    }
    if (t.text === '.' || t.text === '؟' || t.text === '?' || t.text === '!') return;
  }
}

const PREPOSITIONS = new Set(['ب', 'في', 'على', 'من', 'إلى', 'الى', 'عن', 'ل', 'ك', 'مثل', 'بأن', 'بانه', 'بانها', 'بـ', 'لـ'].map((w) => normalizeKey(w)));

/**
 * Whether a short quotation reached without a complementiser is what the cue reports, rather than a name in the
 * sentence (استضافته "غرفة جدة"): it must come right after the verb or its speaker, or after a preposition or a
 * word with ب (بالأمر «المقلق للغاية»، في «القتل الجماعي»، على «موقفها المتوازن»، بـ"المعجزة الصغيرة"). A
 * quotation of five words or more is always taken.
 */
function ownsQuotation(ctx: SpeakerContext, pair: QuotePair, j: number, from: number): boolean {
  const words = ctx.text.slice(pair.open + 1, pair.close).split(/\s+/u).filter(Boolean).length;
  if (words >= 5 || j === from) return true;
  const before = ctx.tokens[j - 1];
  if (!before || before.kind !== 'word') return false;
  return PREPOSITIONS.has(before.norm) || before.norm.startsWith('ب') || before.norm.startsWith('لل');
}

const TIME_WORDS = new Set(['أمس', 'اليوم', 'الليلة', 'غدا', 'مساء', 'صباح', 'أيضا'].map((w) => normalizeKey(w)));

/** True when a complementiser or a colon comes within the next few tokens (punctuation and time words skipped). */
function opensContentSoon(ctx: SpeakerContext, from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 4; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind === 'punct') { if (t.text === ':') return true; if (ctx.pairByOpen.has(t.start)) return false; continue; }
    if (COMPLEMENTISERS.has(t.norm)) return true;
    if (PRE_COMPLEMENTISER.has(t.norm) && k + 1 < end && COMPLEMENTISERS.has(ctx.tokens[k + 1]!.norm)) return true;
    if (!TIME_WORDS.has(t.norm)) return false;
  }
  return false;
}

function setContent(ctx: SpeakerContext, cue: Cue, complementiser: number, end: number): void {
  const t = ctx.tokens[complementiser]!;
  cue.opener = 'complementiser';
  if (carriesPronoun(t.norm)) {
    // The pronoun belongs to what was said (قال إنه سيزور …); a ب or و written onto the complementiser does not.
    const skip = t.norm.startsWith('ب') || t.norm.startsWith('و') ? (t.norm.startsWith('وب') ? 2 : 1) : 0;
    cue.contentToken = complementiser;
    cue.contentStart = t.start + skip;
    return;
  }
  if (complementiser + 1 < end) {
    cue.contentToken = complementiser + 1;
    cue.contentStart = ctx.tokens[complementiser + 1]!.start;
  }
}

/** A quotation that names something (صحيفة «نان دان»، شبكة “سي إن إن”): a title, not a quote. */
export function isNamingPair(ctx: SpeakerContext, pair: QuotePair): boolean {
  const inside = ctx.text.slice(pair.open + 1, pair.close);
  // No letters ("10-10-1436"), or a name with its title («الأمير محمد بن نايف»): not something said.
  if (!/\p{L}/u.test(inside)) return true;
  const insideWords = inside.split(/\s+/u).filter(Boolean);
  if (insideWords.length > 0 && TITLES.has(foldNameWord(insideWords[0]!))) return true;
  const before = ctx.text.slice(Math.max(0, pair.open - 60), pair.open);
  const trimmed = before.trimEnd();
  // Written right after a preposition's tatweel or a bare ل (لـ«الشرق الأوسط»، إلى "الوطن"): an addressee.
  if (insideWords.length <= 4 && /(?:^|\s)(?:لـ|ل|إلى|الى)$/u.test(trimmed)) return true;
  // A naming head within the three words before it (صحيفة «نان دان»، المنظمة الدولية «أطباء بلا حدود»), with no
  // punctuation between; for a short quotation only.
  const tail = trimmed.split(/[\p{P}]/u).pop() ?? '';
  const words = tail.split(/\s+/u).filter(Boolean);
  const reach = insideWords.length <= 4 ? 3 : 1;
  for (let k = words.length - 1; k >= Math.max(0, words.length - reach); k--) {
    const norm = normalizeKey(words[k]!);
    if (NAMING_HEADS.has(norm) || (norm.startsWith('ال') && NAMING_HEADS.has(norm.slice(2)))) return true;
    // With a preposition or conjunction written onto it: لصحيفة، بعنوان، ووكالة.
    if (/^[وفبلك]/u.test(norm) && NAMING_HEADS.has(norm.slice(1))) return true;
  }
  return false;
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

// The pairs of the text being processed, sorted and disjoint (set by extractQuotes; the module is synchronous).
let sortedPairs: readonly QuotePair[] = [];

/** Quotation pairs lying wholly in [start, end), by binary search over the sorted pairs. */
function pairsWithin(start: number, end: number): QuotePair[] {
  let lo = 0;
  let hi = sortedPairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedPairs[mid]!.open < start) lo = mid + 1; else hi = mid;
  }
  const out: QuotePair[] = [];
  for (let k = lo; k < sortedPairs.length && sortedPairs[k]!.open < end; k++) if (sortedPairs[k]!.close < end) out.push(sortedPairs[k]!);
  return out;
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
    for (const p of pairsWithin(cue.speaker.start, cue.speaker.end)) consumed.add(p);
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
    const quoted = pairsWithin(cue.contentStart, contentEnd).filter((p) => !isNamingPair(ctx, p));
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
    ? pairsWithin(from, Math.max(from, clauseEnd)).filter((p) => p.open < reach && !consumed.has(p) && !isNamingPair(ctx, p) &&
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
    const pair = pairsWithin(first < tokens.length ? tokens[first]!.start : 0, closing.start + 1).find((p) => p.close === closing.start);
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
