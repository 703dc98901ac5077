/**
 * Speakers that do not follow their verb: a subject written before it (… الصحيفة المحلية ذكرت أن …), the noun a
 * relative pronoun refers to (… الجمهوريين الذين حذروا …), a pronoun subject (فإنها دعت …), and the source after
 * نقل … عن.
 */
import { normalizeKey } from '../../text/normalize.js';
import { COMPLEMENTISERS, NAMING_HEADS, RELATIVE_PRONOUNS, ROLE_HEADS, carriesPronoun, verbForm } from './lexicon.js';
import { parseSpeaker, type SpeakerContext, type SpeakerPhrase } from './speaker.js';

export const NAQALA = normalizeKey('نقل');
const AN = normalizeKey('عن');
const KANA = new Set(['كان', 'وكان', 'كانت', 'وكانت', 'لكن', 'ولكن', 'بينما', 'فيما'].map((w) => normalizeKey(w)));
/** The longest subject read backwards from a verb (وكان المتحدث الإعلامي بشرطة … العقيد … القرشي أوضح أن …). */
const MAX_SUBJECT_BEFORE = 14;

/** لكنه، لكنها، لكنهم … : "but he/she/they" — the verb after it has that pronoun for subject (لكنها قالت إن …). */
const LAKINNA_PRONOUN = new Set(['لكنه', 'لكنها', 'لكنهم', 'لكنهما', 'لكنهن', 'لكننا', 'ولكنه', 'ولكنها', 'ولكنهم', 'ولكنهما'].map((w) => normalizeKey(w)));

export function pronounSubjectBefore(ctx: SpeakerContext, verb: number, first: number): boolean {
  const t = ctx.tokens[verb - 1];
  return verb - 1 >= first && t !== undefined && t.kind === 'word' && (carriesPronoun(t.norm.replace(/^[وف]/u, '')) || LAKINNA_PRONOUN.has(t.norm));
}

export function sourceAfterAn(ctx: SpeakerContext, phrase: SpeakerPhrase, end: number): SpeakerPhrase | null {
  const t = ctx.tokens[phrase.last + 1];
  if (!t || t.kind !== 'word' || t.norm !== AN) return null;
  return parseSpeaker(ctx, phrase.last + 2, end, 'speech');
}

/**
 * A subject written before the verb (news is mostly verb-first, but not always): the words back to a clause
 * boundary, taken when they start with a role or outlet word or a tagged mention, or follow كان / لكن / a
 * complementiser (فإن صحة عسير تؤكد أن …).
 */
export function subjectBefore(ctx: SpeakerContext, verb: number, first: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  let k = verb - 1;
  let count = 0;
  while (k >= first && count < MAX_SUBJECT_BEFORE) {
    const t = tokens[k]!;
    if (t.kind === 'punct') {
      // A quotation inside the subject (الصحيفة المحلية «في إل تي»): step over it whole.
      const pair = ctx.pairs.find((p) => p.close === t.start);
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
export function relativeAntecedent(ctx: SpeakerContext, verb: number, first: number): SpeakerPhrase | null {
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
