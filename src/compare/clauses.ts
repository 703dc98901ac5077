/**
 * Clauses: one outlet packs two facts into a sentence that another splits in two ("وتوجّه بوتين إلى فيتنام بعد قمة
 * …، ووصفت الخارجية الأمريكية …"). A sentence is cut where a new clause begins:
 * - after ؛ or ;
 * - at a comma followed by a word that begins with the conjunction و (، ووصفت …، وفي …), or by كما، بينما، فيما،
 *   في حين (، كما أكد …), or by the participle of a reporting verb (، مشيراً إلى أن …، مؤكداً أن …: a second claim
 *   of the same speaker, which other outlets often give as a sentence of its own; not قائلا، which opens the words
 *   of the verb before it)
 * and only when both sides keep MIN_CLAUSE_WORDS content words or more, so that lists ("في التعليم، والقضاء") and
 * short asides stay whole. Never inside quotation marks: a quoted sentence is one statement.
 */
import { verbForm } from '../analysis/quotes/lexicon.js';
import { normalizeKey } from '../text/normalize.js';
import { isStopword } from '../text/stopwords.js';
import type { Token } from '../text/types.js';

export interface ClauseSpan {
  start: number;
  end: number;
}

/** Fewest content words (not stop words) each side of a cut must keep. */
export const MIN_CLAUSE_WORDS = 4;

/** قائلا / قائلة opens the words of the verb before it (نددت …، قائلة إن …): the same statement, not a new claim. */
const SAID = normalizeKey('قال');

const SEPARATORS = new Set([',', '،', ';', '؛']);

const OPENERS = new Set(['كما', 'بينما', 'فيما', 'وكما', 'وبينما', 'وفيما']);

function isContent(t: Token): boolean {
  return (t.kind === 'word' && t.norm.length > 1 && !isStopword(t.norm)) || t.kind === 'number';
}

/** Does a clause begin at token i (which follows a comma)? */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return false;
  if (OPENERS.has(t.norm)) return true;
  if (t.norm === 'في' && tokens[i + 1]?.norm === 'حين') return true;
  const verb = verbForm(t.norm);
  if (verb?.form === 'participle' && verb.verbClass === 'speech' && verb.lemma !== SAID) return true;
  if (t.script !== 'arabic' || t.norm[0] !== 'و') return false;
  const rest = t.norm.slice(1);
  // و + a particle (وفي، وقد، ولم) or + three letters or more (ووصفت، وأكد). Not a three-letter word whose و is a
  // root letter (وقّع، وصف: a fronted adverbial "وفي أول زيارة …، وقّع …" stays with its verb), and not و + the
  // article (، والرئيس الجديد …): that continues a list.
  if (isStopword(rest)) return true;
  return t.norm.length >= 4 && !rest.startsWith('ال');
}

/**
 * The clauses of one sentence, given the tokens inside it (in order). Spans run from a clause's first token to its
 * last one, so that together they cover the sentence's words. `quoted(offset)` tells whether an offset lies inside
 * quotation marks (no cut there).
 */
export function splitClauses(tokens: readonly Token[], quoted: (offset: number) => boolean = () => false, minWords = MIN_CLAUSE_WORDS): ClauseSpan[] {
  if (tokens.length === 0) return [];
  const cuts: number[] = []; // token index where a new clause starts
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct' || quoted(t.start)) continue;
    if (t.norm === ';' || t.text === '؛') cuts.push(i + 1);
    else if ((t.norm === ',' || t.text === '،') && opensClause(tokens, i + 1)) cuts.push(i + 1);
  }
  // Keep only cuts that leave enough content on both sides (greedy, left to right).
  const content = tokens.map((t) => (isContent(t) ? 1 : 0));
  const prefix = [0];
  for (const c of content) prefix.push(prefix[prefix.length - 1]! + c);
  const kept: number[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut >= tokens.length) continue;
    const left = prefix[cut]! - prefix[from]!;
    const right = prefix[tokens.length]! - prefix[cut]!;
    if (left >= minWords && right >= minWords) { kept.push(cut); from = cut; }
  }
  const spans: ClauseSpan[] = [];
  let first = 0;
  for (const cut of [...kept, tokens.length]) {
    // The comma or semicolon that ends a clause stays out of it (a closing quotation mark before it stays in).
    let last = cut - 1;
    while (last > first && cut !== tokens.length && tokens[last]!.kind === 'punct' && SEPARATORS.has(tokens[last]!.text)) last--;
    spans.push({ start: tokens[first]!.start, end: tokens[last]!.end });
    first = cut;
  }
  return spans;
}
