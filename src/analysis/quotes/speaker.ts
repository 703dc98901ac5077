/**
 * The speaker phrase after a reporting verb (Arabic news is verb-first: قال [ناطق باسم الخارجية الأمريكية] إن …).
 * A small grammar over tokens, bounded to a few words:
 *
 *   speaker := entity                                   (a mention given by the caller: بوتين، اليابان)
 *            | role-phrase entity?                      (الرئيس الفيتنامي تو لام، مستشار الرئاسة … بودولياك)
 *            | name                                     (words up to a boundary, for speech verbs)
 *   role-phrase := role-head genitive? (adjective | لل-genitive | باسم/لدى X)*
 *
 * A definite head (الرئيس) takes adjectives only (الرئيس الروسي), an indefinite one also a genitive (مستشار
 * الرئاسة، وزير الخارجية) — which keeps the object of وصف الرئيس الروسي الاتفاقية out of the speaker. For verbs
 * that take an object (وصف، اتهم، حذر), unknown words after a role phrase are not taken as a name, since they are
 * more likely the object (اتهم مسؤول أوكراني كبير بيونغ يانغ …).
 */
import type { Mention } from '../entities/types.js';
import type { Token } from '../../text/types.js';
import {
  COMPLEMENTISERS, NAMING_HEADS, PRE_COMPLEMENTISER, ROLE_ADJECTIVES, ROLE_HEADS, ROLE_PREPOSITIONS, SPEAKER_STOPS,
  lexiconKey, verbForm, type Gender, type GrammaticalNumber, type VerbClass,
} from './lexicon.js';
import type { QuotePair } from './quote-marks.js';

export interface SpeakerContext {
  text: string;
  tokens: readonly Token[];
  /** For a token index, the caller's mention that starts in that token, and the index of its last token. */
  mentionAt: ReadonlyMap<number, { mention: Mention; last: number }>;
  /** Quotation pairs by the offset of their opening mark. */
  pairByOpen: ReadonlyMap<number, QuotePair>;
  /** The same pairs in text order (they never overlap). */
  pairs: readonly QuotePair[];
  /**
   * One token seen without the proclitic written onto it (وفقا [ل]وزارة الصحة → وزارة): the attribution parser
   * sets it to parse a source that starts inside a token.
   */
  override?: { index: number; token: Token };
}

function tokenAt(ctx: SpeakerContext, i: number): Token {
  return ctx.override && ctx.override.index === i ? ctx.override.token : ctx.tokens[i]!;
}

export interface SpeakerPhrase {
  /** First and last token of the phrase. */
  first: number;
  last: number;
  start: number;
  end: number;
  number?: GrammaticalNumber;
  gender?: Gender;
}

/** Longest name taken without a mention to confirm it. */
const MAX_NAME_WORDS = 4;
/** Longest role phrase, in tokens. */
const MAX_ROLE_TOKENS = 10;

// Whom something is said to (قالت المتحدثة للصحفيين): after a role, a لل-word is its genitive (الأمين العام
// للحزب) unless it is one of these.
const ADDRESSEES = new Set(['الصحفيين', 'الصحافيين', 'الصحافة', 'الإعلام', 'الإعلاميين', 'المراسلين', 'الحضور',
  'الجمهور', 'التلفزيون', 'الإذاعة', 'النواب', 'المشاركين', 'الصحيفة', 'الوكالة', 'القناة', 'المحطة'].map(lexiconKey));

const OBJECT_PRONOUNS = new Set(['له', 'لها', 'لهم', 'لهما', 'لنا', 'لي', 'لك', 'لكم', 'لهن', 'به', 'بها', 'بهم', 'بهما',
  'بنا', 'بك', 'بكم', 'بي', 'بهن', 'إياه', 'إياها', 'إياهم', 'إياهما', 'عليه', 'عليها', 'عليهم', 'عليهما'].map(lexiconKey));
const DEMONSTRATIVES = new Set(['ذلك', 'هذا', 'هذه', 'تلك', 'هؤلاء', 'ذاك'].map(lexiconKey));
const PLURAL_HEADS = new Set(['خبراء', 'مصادر', 'المصادر', 'شهود', 'سكان', 'قادة', 'القادة', 'أعضاء', 'السلطات', 'الخبراء', 'مراقبون', 'المراقبون', 'مسؤولو', 'ممثلو'].map(lexiconKey));
const DUAL_HEADS = new Set(['الطرفان', 'الجانبان', 'البلدان', 'الزعيمان', 'الرئيسان', 'الطرفين', 'الجانبين'].map(lexiconKey));

export function isDefinite(norm: string): boolean {
  return (norm.startsWith('ال') && norm.length > 3) || norm.startsWith('لل');
}

/** Nisba adjectives (الروسي، الأمريكية، أوكراني) and other words that describe a role head. */
function isAdjective(norm: string): boolean {
  if (ROLE_ADJECTIVES.has(norm)) return true;
  if (norm.startsWith('لل')) return false; // a genitive or an addressee (للحزب، للصحفيين), never an adjective
  const bare = norm.startsWith('ال') ? norm.slice(2) : norm;
  if (bare.length < 4) return false;
  return bare.endsWith('ي') || bare.endsWith('ية') || bare.endsWith('يين') || bare.endsWith('يون') || bare.endsWith('يتين');
}

/**
 * A word that is a preposition phrase or a pronoun object (للصحفيين، لوكالة، له): where the subject ends. Names
 * begin with ل too (لافروف، لام), so a bare ل counts only before a role or outlet (لوكالة، لصحيفة).
 */
function isLamPhrase(norm: string): boolean {
  if (OBJECT_PRONOUNS.has(norm)) return true;
  if (norm.startsWith('لل')) return true;
  return norm.startsWith('ل') && (ROLE_HEADS.has(norm.slice(1)) || NAMING_HEADS.has(norm.slice(1)));
}

/** A word that ends a speaker phrase: what follows is where, when, to whom, or the content. */
export function isSpeakerBoundary(t: Token): boolean {
  if (t.kind !== 'word') return true;
  const n = t.norm;
  return COMPLEMENTISERS.has(n) || PRE_COMPLEMENTISER.has(n) || SPEAKER_STOPS.has(n) || isLamPhrase(n) ||
    verbForm(n) !== undefined || (n.startsWith('بال') && n.length > 4) || DEMONSTRATIVES.has(n) ||
    // An indefinite accusative (مغرداً، مادحاً، سابقاً) describes the action, it is not part of a name.
    /[اى]\u064b$|\u064b[اى]$/u.test(t.text) ||
    // ل before a hamza-initial verbal noun (لإصدار، لأجل) is a preposition; names start with لا (لافروف، لاريجاني).
    /^[وف]?ل[إأ]/u.test(t.text);
}

function isQuoteOpen(ctx: SpeakerContext, t: Token): QuotePair | undefined {
  return t.kind === 'punct' ? ctx.pairByOpen.get(t.start) : undefined;
}

/** Index of the last token inside a quotation pair that opens at token `i`. */
function lastTokenOfPair(ctx: SpeakerContext, i: number, pair: QuotePair, limit: number): number {
  let j = i;
  while (j + 1 < limit && tokenAt(ctx, j + 1).start <= pair.close) j++;
  return j;
}

/**
 * Number of a speaker phrase from its head. Only role words are read for it (محللون، مسؤولين، الطرفان): names
 * ending in ون or ين (ماكرون، الكرملين، بوتين) are singular. Unknown heads give no number.
 */
function featuresOf(headNorm: string): { number?: GrammaticalNumber } {
  if (DUAL_HEADS.has(headNorm)) return { number: 'du' };
  if (!ROLE_HEADS.has(headNorm)) return {};
  // A sound plural of a listed role (مسؤولون، محللين), not any head ending in ين (الكرملين).
  const isSoundPlural = (headNorm.endsWith('ون') || headNorm.endsWith('ين')) && ROLE_HEADS.has(headNorm.slice(0, -2));
  if (PLURAL_HEADS.has(headNorm) || isSoundPlural) return { number: 'pl' };
  return { number: 'sg' };
}

/**
 * Parses a speaker phrase starting at token `i` (the token after the verb), not reaching `limit`. Returns null when
 * the verb has no written subject there (وأضاف أن …، قال للصحفيين إن …).
 */
export function parseSpeaker(ctx: SpeakerContext, i: number, limit: number, verbClass: VerbClass): SpeakerPhrase | null {
  i = skipBeforeSubject(ctx, i, limit);
  if (i >= limit) return null;
  const phrase = (first: number, last: number, head: string): SpeakerPhrase => {
    const lastToken = tokenAt(ctx, last);
    const pair = isQuoteOpen(ctx, tokenAt(ctx, first));
    const end = pair && last === lastTokenOfPair(ctx, first, pair, limit) ? pair.close + 1 : lastToken.end;
    return { first, last, start: tokenAt(ctx, first).start, end: Math.max(end, lastToken.end), ...featuresOf(head) };
  };
  const mention = ctx.mentionAt.get(i);
  if (mention && mention.last < limit) {
    return phrase(i, mention.last, tokenAt(ctx, i).norm);
  }
  const t = tokenAt(ctx, i);
  // اختتم «سفراء الحزم» برنامجهم: a short quotation right after the verb and followed by more words is its subject,
  // a name in quotation marks, not what was said.
  const pair = isQuoteOpen(ctx, t);
  if (pair) {
    const last = lastTokenOfPair(ctx, i, pair, limit);
    const words = ctx.text.slice(pair.open + 1, pair.close).split(/\s+/u).filter(Boolean).length;
    const after = last + 1 < limit ? tokenAt(ctx, last + 1) : undefined;
    if (words <= 3 && after && after.kind === 'word') return phrase(i, last, '');
    return null;
  }
  if (t.kind !== 'word' || isSpeakerBoundary(t)) return null;

  if (ROLE_HEADS.has(t.norm)) return parseRole(ctx, i, limit, verbClass, phrase);

  // A name or a noun phrase not known as a role: the first word always (اليابان، الكرملين، بوتين), then more
  // words up to a boundary. After an object verb, a definite word is its object, not more of the name.
  let last = i;
  // After an object or stance verb, the word after the subject is as likely its object (شكر بوتين هانوي): without
  // a mention to say where the name ends, only the first word is taken.
  const maxWords = verbClass === 'speech' ? MAX_NAME_WORDS : 1;
  for (let j = i + 1; j < limit && j - i < maxWords; j++) {
    const u = tokenAt(ctx, j);
    if (ctx.mentionAt.has(j) || isSpeakerBoundary(u) || ROLE_HEADS.has(u.norm)) break;
    if (verbClass !== 'speech' && isDefinite(u.norm)) break;
    last = j;
  }
  // Without a boundary right after it, only the first word is sure to be the subject.
  const after = last + 1 < limit ? tokenAt(ctx, last + 1) : undefined;
  if (last > i && after && !isSpeakerBoundary(after)) last = i;
  return phrase(i, last, t.norm);
}

// Adverbs that may stand between a verb and its subject (أكدها سابقاً عبدالرحمن الهزاع، قال أمس الوزير).
const ADVERBS_BEFORE_SUBJECT = new Set(['سابقا', 'لاحقا', 'أمس', 'اليوم', 'مؤخرا', 'أيضا', 'كذلك', 'بدوره', 'بدورها',
  'بنفسه', 'بنفسها'].map(lexiconKey));

/** Longest run skipped between a verb and its subject. */
const MAX_SKIPPED = 6;

/**
 * Skips what may stand between a verb and its subject: an addressee (قال لـ«الشرق الأوسط» مصدر، تشير لـ"الاقتصادية"
 * مصادر، قال لوكالة الأنباء الفرنسية مسؤول) and a demonstrative object (أوضح ذلك الأستاذ …). Returns the index of
 * the first token of the subject, or `i` when nothing is to be skipped.
 */
function skipBeforeSubject(ctx: SpeakerContext, i: number, limit: number): number {
  const start = i;
  while (i < limit && i - start < MAX_SKIPPED) {
    const t = tokenAt(ctx, i);
    if (t.kind !== 'word') break;
    if (DEMONSTRATIVES.has(t.norm) || ADVERBS_BEFORE_SUBJECT.has(t.norm)) { i++; continue; }
    if (t.norm === 'ل' || isLamPhrase(t.norm)) {
      i++;
      const next = i < limit ? tokenAt(ctx, i) : undefined;
      const pair = next ? isQuoteOpen(ctx, next) : undefined;
      if (pair) { i = lastTokenOfPair(ctx, i, pair, limit) + 1; continue; }
      // The addressee's own genitive and adjectives (لوكالة الأنباء الفرنسية) go with it.
      while (i < limit && tokenAt(ctx, i).kind === 'word' && (isDefinite(tokenAt(ctx, i).norm) || isAdjective(tokenAt(ctx, i).norm)) && !isLamPhrase(tokenAt(ctx, i).norm)) i++;
      if (t.norm === 'ل' && next && !pair && i === start + 1 && next.kind === 'word') i++;
      continue;
    }
    break;
  }
  // Nothing but the addressee before the content: the verb has no written subject there.
  if (i > start && i < limit && isSpeakerBoundary(tokenAt(ctx, i))) return limit;
  return i;
}

function parseRole(ctx: SpeakerContext, i: number, limit: number, verbClass: VerbClass,
  phrase: (first: number, last: number, head: string) => SpeakerPhrase): SpeakerPhrase {
  const head = tokenAt(ctx, i);
  const headDefinite = isDefinite(head.norm);
  let last = i;
  let j = i + 1;
  const at = (k: number) => (k < limit ? tokenAt(ctx, k) : undefined);
  // Genitive of an indefinite head: مستشار الرئاسة، وزير الخارجية، وكالة رويترز، شبكة “سي إن إن”, through a chain
  // of indefinite role nouns (رئيس لجنة الشؤون الخارجية، عضو مجلس الإدارة).
  if (!headDefinite) {
    while (at(j) && at(j)!.kind === 'word' && ROLE_HEADS.has(at(j)!.norm) && !isDefinite(at(j)!.norm) && j - i < 3) { last = j; j++; }
    const u = at(j);
    const pair = u ? isQuoteOpen(ctx, u) : undefined;
    if (u && pair && NAMING_HEADS.has(head.norm)) {
      last = lastTokenOfPair(ctx, j, pair, limit);
      j = last + 1;
    } else if (u && u.kind === 'word' && !isSpeakerBoundary(u) && (isDefinite(u.norm) || (NAMING_HEADS.has(head.norm) && !ROLE_HEADS.has(u.norm)))) {
      last = j;
      j++;
      // A name after an agency or outlet head can have two or three words: وكالة أسوشيتد برس.
      if (!isDefinite(u.norm)) {
        while (j < limit && j - i <= 3 && at(j)!.kind === 'word' && !isSpeakerBoundary(at(j)!) && !isDefinite(at(j)!.norm)) { last = j; j++; }
      }
    }
  }
  for (; j < limit && j - i < MAX_ROLE_TOKENS; j++) {
    const u = at(j)!;
    if (u.kind !== 'word') break;
    // كبير، رفيع، سابق … describe the role even when a tagger starts a mention there (مسؤول أوكراني [كبير بيونغ يانغ]).
    if (ROLE_ADJECTIVES.has(u.norm)) { last = j; continue; }
    if (ctx.mentionAt.has(j)) break;
    if (isAdjective(u.norm)) { last = j; continue; }
    if (u.norm.startsWith('لل') && u.norm.length > 4 && !ADDRESSEES.has('ال' + u.norm.slice(2))) { last = j; continue; }
    // ناطق باسم الخارجية، السفير الروسي لدى فيتنام، مسؤول في الوزارة (في and عن only after an indefinite head:
    // after الرئيس they start an adjunct, قال الرئيس في كلمة).
    if (ROLE_PREPOSITIONS.has(u.norm) && (!headDefinite || u.norm === 'باسم' || u.norm === 'لدي')) {
      const object = at(j + 1);
      if (object && object.kind === 'word' && !isSpeakerBoundary(object)) {
        last = j + 1;
        j++;
        continue;
      }
    }
    break;
  }
  // A name after the role: a PER mention, or (for speech verbs) a few words ending at a boundary.
  const mention = ctx.mentionAt.get(last + 1);
  if (mention && mention.last < limit && mention.mention.type !== 'LOC') {
    last = mention.last;
  } else if (verbClass === 'speech') {
    let end = last;
    for (let k = last + 1; k < limit && k - last <= MAX_NAME_WORDS; k++) {
      const u = at(k)!;
      if (u.kind !== 'word' || isSpeakerBoundary(u) || isDefinite(u.norm) || ROLE_HEADS.has(u.norm)) break;
      end = k;
    }
    const after = at(end + 1);
    if (end > last && (!after || isSpeakerBoundary(after))) last = end;
  }
  return phrase(i, last, head.norm);
}
