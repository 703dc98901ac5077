/** Where a cue's content opens: a complementiser, a colon, or a quotation that is what was said (not a name). */
import { normalizeKey } from '../../text/normalize.js';
import { foldNameWord } from '../names/letters.js';
import { TITLES } from '../names/titles.js';
import type { Cue } from './cue.js';
import {
  COMPLEMENTISERS, NAMING_HEADS, NON_REPORTING_BEFORE, PRE_COMPLEMENTISER, REQUIRED_PREPOSITION, TIGHT_LEMMAS, carriesPronoun,
  verbForm,
} from './lexicon.js';
import type { QuotePair } from './quote-marks.js';
import type { SpeakerContext } from './speaker.js';

/** Tokens between a cue (or its speaker) and the content opener: objects, adjuncts (للصحفيين بعد محادثات مع بوتين). */
const CONTENT_WINDOW = 18;
/** The same after a verb that takes an object (وصف الاتفاقية بأنها، حذر الرئيس من أن): objects are short. */
const OBJECT_CONTENT_WINDOW = 8;
/**
 * After a lemma that is also a common other word (بين "between"): the complementiser must come within this many
 * tokens of the verb, with no punctuation between.
 */
const TIGHT_CONTENT_WINDOW = 8;

/** Finds where the cue's content opens: after a complementiser, a colon, or at a quotation mark. */
export function findContent(ctx: SpeakerContext, cue: Cue, from: number, end: number): void {
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
export function ownsQuotation(ctx: SpeakerContext, pair: QuotePair, j: number, from: number): boolean {
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
