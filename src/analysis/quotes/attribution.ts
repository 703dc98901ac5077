/**
 * Attribution phrases: a sentence, or the part of it on one side of the phrase, attributed to a source.
 *   وبحسب وكالة رويترز، فإن …            → what follows the source
 *   … قتل خمسة أشخاص، وفقا لوزارة الصحة.   → what precedes the phrase
 * Phrases: بحسب، حسب، حسبما (+ verb)، بحسب ما (+ verb)، وفقا لـ، طبقا لـ، نقلا عن، استنادا إلى، على حد قول،
 * كما ذكرت / نقلت / أفادت / قالت (+ source, with no complementiser after it). A phrase inside a statement already
 * found (قالت رويترز نقلا عن مصادر إن …: the chain of sources of that statement) is not a separate attribution.
 */
import type { Sentence, Token } from '../../text/types.js';
import { ROLE_HEADS, SOURCE_NOUNS, lexiconKey, verbForm } from './lexicon.js';
import { isDefinite, isSpeakerBoundary, parseSpeaker, type SpeakerContext, type SpeakerPhrase } from './speaker.js';
import type { Quote, Speaker } from './types.js';

const SIMPLE = new Set(['بحسب', 'حسب', 'وبحسب', 'وحسب'].map(lexiconKey));
const WITH_VERB = new Set(['حسبما', 'وحسبما'].map(lexiconKey));
const WITH_LAM = new Set(['وفقا', 'ووفقا', 'طبقا', 'وطبقا', 'وفق', 'ووفق'].map(lexiconKey));
const WITH_AN = new Set(['نقلا', 'ونقلا'].map(lexiconKey));
const WITH_ILA = new Set(['استنادا', 'واستنادا'].map(lexiconKey));
const AN = lexiconKey('عن');
const ILA = lexiconKey('إلى');
const MA = lexiconKey('ما');
const KAMA = lexiconKey('كما');
const ALA = lexiconKey('على');
const HADD = lexiconKey('حد');
const QAWL = new Set(['قول', 'تعبير'].map(lexiconKey));
// كما ذكرت وكالة …: only verbs that cite a source.
const CITING_LEMMAS = new Set(['ذكر', 'قال', 'أفاد', 'أعلن', 'نقل', 'أورد', 'أكد'].map(lexiconKey));

interface Cue {
  /** First and last token of the phrase. */
  first: number;
  last: number;
  /** Token where the source starts, and how many letters of it are a clitic (ل of لوزارة). */
  source: number;
  cliticLetters: number;
}

function matchCue(tokens: readonly Token[], i: number, end: number): Cue | null {
  const t = tokens[i]!;
  if (t.kind !== 'word') return null;
  const n = t.norm;
  const next = i + 1 < end ? tokens[i + 1] : undefined;
  const afterVerb = (k: number): Cue | null => {
    const v = k < end ? tokens[k] : undefined;
    return v && v.kind === 'word' && verbForm(v.norm) ? { first: i, last: k, source: k + 1, cliticLetters: 0 } : null;
  };
  if (SIMPLE.has(n)) {
    if (next?.norm === MA) return afterVerb(i + 2);
    return next ? { first: i, last: i, source: i + 1, cliticLetters: 0 } : null;
  }
  if (WITH_VERB.has(n)) return afterVerb(i + 1);
  if (WITH_LAM.has(n) && next && next.kind === 'word' && next.norm.startsWith('ل')) {
    if (next.norm === 'ل') return { first: i, last: i + 1, source: i + 2, cliticLetters: 0 };
    if (next.norm === 'لما') return afterVerb(i + 2);
    return { first: i, last: i, source: i + 1, cliticLetters: 1 };
  }
  if (WITH_AN.has(n) && next?.norm === AN) return { first: i, last: i + 1, source: i + 2, cliticLetters: 0 };
  if (WITH_ILA.has(n) && (next?.norm === ILA || next?.norm === 'الي')) return { first: i, last: i + 1, source: i + 2, cliticLetters: 0 };
  if (n === ALA && next?.norm === HADD && i + 2 < end && QAWL.has(tokens[i + 2]!.norm)) return { first: i, last: i + 2, source: i + 3, cliticLetters: 0 };
  if (n === KAMA) {
    const v = i + 1 < end ? tokens[i + 1] : undefined;
    const form = v && v.kind === 'word' ? verbForm(v.norm) : undefined;
    // كما أكد أن … is a reporting clause, not an attribution: only when no complementiser follows the source.
    return form && CITING_LEMMAS.has(form.lemma) ? afterVerb(i + 1) : null;
  }
  return null;
}

function withoutClitic(t: Token, letters: number): Token {
  return { ...t, text: t.text.slice(letters), start: t.start + letters, norm: t.norm.slice(letters) };
}

/**
 * The source after an attribution phrase, if it looks like one: a role, an institution or a source noun (وزارة
 * الصحة، مصادر طبية، تقديرات …), a quoted name (لـ”العربية”), a tagged entity, or an unknown word that ends there
 * (رويترز). Not "بحسب بلد الاستقدام" ("depending on the country"), whose بحسب is not an attribution.
 */
function sourceAfter(ctx: SpeakerContext, cue: Cue, end: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  const sourceToken = tokens[cue.source];
  if (!sourceToken) return null;
  const pair = sourceToken.kind === 'punct' ? ctx.pairByOpen.get(sourceToken.start) : undefined;
  if (pair) {
    let last = cue.source;
    while (last + 1 < end && tokens[last + 1]!.start <= pair.close) last++;
    return { first: cue.source, last, start: pair.open, end: pair.close + 1 };
  }
  const local: SpeakerContext = cue.cliticLetters > 0
    ? { ...ctx, override: { index: cue.source, token: withoutClitic(sourceToken, cue.cliticLetters) } }
    : ctx;
  const phrase = parseSpeaker(local, cue.source, end, 'speech');
  if (!phrase) return null;
  const head = cue.cliticLetters > 0 ? sourceToken.norm.slice(cue.cliticLetters) : tokens[phrase.first]!.norm;
  if (ROLE_HEADS.has(head) || SOURCE_NOUNS.has(head) || ctx.mentionAt.has(phrase.first)) return phrase;
  // A name: a few words, none of them a definite common noun, ending at a boundary (رويترز، أسوشيتد برس).
  const after = tokens[phrase.last + 1];
  const endsThere = !after || isSpeakerBoundary(after);
  const words = tokens.slice(phrase.first, phrase.last + 1);
  const nameLike = words.length <= 3 && words.every((t) => t.kind === 'word' && !isDefinite(t.norm));
  return nameLike && endsThere ? phrase : null;
}

/** Sources of the attribution phrases of a sentence: antecedents for a participle that follows (… مشيرة إلى أن). */
export function attributionSources(ctx: SpeakerContext, first: number, end: number): Array<{ start: number; speaker: Speaker }> {
  const out: Array<{ start: number; speaker: Speaker }> = [];
  for (let i = first; i < end; i++) {
    const cue = matchCue(ctx.tokens, i, end);
    if (!cue || cue.source >= end) continue;
    const phrase = sourceAfter(ctx, cue, end);
    if (!phrase) continue;
    out.push({ start: ctx.tokens[i]!.start, speaker: { text: ctx.text.slice(phrase.start, phrase.end), start: phrase.start, end: phrase.end } });
    i = Math.max(i, phrase.last);
  }
  return out;
}

/** Attribution quotes of every sentence, leaving out phrases inside the statements already found. */
export function findAttributions(ctx: SpeakerContext, sentences: readonly Sentence[], found: readonly Quote[]): Quote[] {
  const { tokens, text } = ctx;
  const out: Quote[] = [];
  const inside = (offset: number) => found.some((q) => q.start <= offset && offset < q.end);
  let k = 0;
  for (const sentence of sentences) {
    while (k < tokens.length && tokens[k]!.end <= sentence.start) k++;
    const first = k;
    let end = first;
    while (end < tokens.length && tokens[end]!.start < sentence.end) end++;
    k = end;
    for (let i = first; i < end; i++) {
      const cue = matchCue(tokens, i, end);
      if (!cue || cue.source >= end || inside(tokens[i]!.start)) continue;
      const phrase = sourceAfter(ctx, cue, end);
      if (!phrase) continue;
      // كما ذكرت وكالة … أن …: a complementiser after the source makes it a reporting clause, handled elsewhere.
      const afterSource = tokens[phrase.last + 1];
      if (tokens[i]!.norm === KAMA && afterSource && afterSource.kind === 'word' && /^(ب|و)?[اأإ]ن/u.test(afterSource.text)) continue;
      const isOpening = tokens.slice(first, cue.first).every((t) => t.kind === 'punct' || t.norm === 'و');
      let contentStart: number;
      let contentEnd: number;
      if (isOpening) {
        let c = phrase.last + 1;
        while (c < end && tokens[c]!.kind === 'punct') c++;
        if (c >= end) continue;
        contentStart = tokens[c]!.start;
        contentEnd = trimEnd(text, contentStart, sentence.end);
      } else {
        contentStart = sentence.start;
        contentEnd = trimEnd(text, contentStart, tokens[cue.first]!.start);
        // A parenthetical (…، وفقا لـ"العربية"، …): the whole sentence is attributed.
        const after = tokens[phrase.last + 1];
        const more = tokens[phrase.last + 2];
        if (after && after.kind === 'punct' && /[،,]/u.test(after.text) && more && more.start < sentence.end) {
          contentEnd = trimEnd(text, contentStart, sentence.end);
        }
      }
      if (contentEnd <= contentStart) continue;
      const verb = { text: text.slice(tokens[cue.first]!.start, tokens[cue.last]!.end), start: tokens[cue.first]!.start, end: tokens[cue.last]!.end };
      const start = Math.min(contentStart, verb.start);
      const stop = Math.max(contentEnd, phrase.end);
      out.push({
        kind: 'attribution', text: text.slice(start, stop), start, end: stop, verb,
        speaker: { text: text.slice(phrase.start, phrase.end), start: phrase.start, end: phrase.end },
        content: { start: contentStart, end: contentEnd },
      });
      i = phrase.last;
    }
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.،,؛;:!?؟…]/u.test(text[e - 1]!)) e--;
  return e;
}
