/**
 * Cue rules applied after the tagger, for patterns the statistical model sees too rarely in its training data to
 * learn. Each is checked on the dev blocks before it is kept:
 * - kept (dev F1 unchanged, and it is what the seeds need): a short quoted name right after an organisation head is
 *   an organisation: صحيفة «نان دان»، شبكة "سي إن إن"، وكالة الأنباء الرسمية "سونا".
 * - kept (changes no sentence of NewsFANE train/dev/test, Wojood train/val or 61k SaudiNewsNet sentences, so F1 is
 *   unchanged; it is what the seeds need): two or three syllable-shaped words right after a person title
 *   (and at most two adjectives with the article) are one person's name: الرئيس الفيتنامي تو لام، الرئيس الصيني
 *   شي جين بينغ. East-Asian names are short syllables, some of which are Arabic words (لام), so the tagger leaves
 *   them out or splits them.
 * - dropped: "a name of two words or more found whole in a gazetteer takes the gazetteer's type" cost 0.8 F1 on
 *   NewsFANE dev (its annotators leave many such spans untagged or type them otherwise), so gazetteers stay
 *   features the tagger weighs.
 */
import type { SentenceInfo, WordInfo } from './features.js';
import { spansFromTags, tagsFromSpans, type TokenSpan } from './bio.js';
import type { Tag } from './types.js';
import { isStopword } from '../../text/stopwords.js';
import { matchKeyOfNorm, procliticSplits } from './word-forms.js';

const OPENING = new Set(['«', '“', '"', '„', "'", '‘']);
const CLOSING = new Set(['»', '”', '"', "'", '’', '“']);
// Heads that name what follows them in quotes.
const QUOTED_NAME_HEADS = new Set(['صحيفه', 'جريده', 'مجله', 'وكاله', 'قناه', 'شبكه', 'اذاعه', 'موقع', 'حزب', 'حركه', 'شركه', 'منظمه', 'جمعيه', 'تنظيم', 'جماعه', 'تحالف', 'ائتلاف', 'تيار', 'مجموعه', 'فريق', 'نادي']);
const MAX_QUOTED_WORDS = 5;
// A name syllable after a title: written alone (no article or clitic, not a function word) and shaped like a
// transliterated East-Asian syllable, consonant + long vowel (+ consonant or نغ): تو، لام، شي، جين، بينغ، وانغ، كيم،
// جونغ. Checked on NewsFANE dev: "short word" alone also took ordinary nouns after a title (مدرب … حارس مرمى، مدير فني
// جديد) and segmented pronoun clitics (زوجة ه).
const SYLLABLE = /^[\u0621-\u064A][اوي](?:[\u0621-\u064A]|نغ)?$/;
const MAX_TITLE_ADJECTIVES = 2;
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;
// A conjunction or preposition written onto a function word (وما، فيه، بها) is no syllable. Checked on the norm, not
// on the bare form, which cuts a clitic off any word of three letters or more (بينغ → ينغ); ل is left out because لام
// is ل + أم.
const CLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ك']);

/** Forms that read as verbs rather than syllables: يقول، تقول، نقول؛ قالت؛ قالوا. */
function looksLikeVerb(w: WordInfo): boolean {
  const n = w.norm;
  if (w.cues.includes('verb')) return true;
  if (n.length === 4 && 'يتن'.includes(n[0]!) && !'اوي'.includes(n[1]!)) return true;
  return (n.length === 4 && n.endsWith('ت')) || n.endsWith('وا');
}

function isNameSyllable(w: WordInfo): boolean {
  const n = w.norm;
  if (w.shape !== 'ar' || !SYLLABLE.test(n) || n.startsWith('ال')) return false;
  if (isStopword(n) || w.cues.length > 0 || looksLikeVerb(w)) return false;
  return !(CLITIC_LETTERS.has(n[0]!) && isStopword(n.slice(1)));
}

/**
 * Spans of short names after a person title that the tagger left untagged or tagged only in part. The run of
 * syllables must end where the syllables end: a fourth short word means ordinary text, not a name.
 */
function titledShortNames(s: SentenceInfo, tags: readonly Tag[]): TokenSpan[] {
  const words = s.words;
  const out: TokenSpan[] = [];
  for (let t = 0; t < words.length; t++) {
    if (!words[t]!.isTitle) continue;
    let j = t + 1;
    for (let a = 0; a < MAX_TITLE_ADJECTIVES && j < words.length; a++) {
      const w = words[j]!;
      if (w.shape !== 'ar' || !w.norm.startsWith('ال') || w.isTitle || tags[j] !== 'O' || isNameSyllable(w)) break;
      j++;
    }
    let k = j;
    while (k < words.length && k - j <= MAX_NAME_WORDS && isNameSyllable(words[k]!) && (tags[k] === 'O' || tags[k]!.endsWith('PER'))) k++;
    if (k - j < MIN_NAME_WORDS || k - j > MAX_NAME_WORDS) continue;
    // Already one PER span over the whole run: nothing to add.
    if (tags[j] === 'B-PER' && tags.slice(j + 1, k).every((x) => x === 'I-PER')) continue;
    out.push({ start: j, end: k, type: 'PER' });
  }
  return out;
}

const FIRST_NAME = 'person-name:U';
// Heads that are part of a facility's name, as match keys (NewsFANE includes them: مسجد 24 of 24, ميناء 7 of 7, مطار 6 of 6).
const FACILITY_HEADS = new Set(['مطار', 'ميناء', 'مسجد', 'ملعب', 'ستاد', 'استاد', 'قصر', 'متحف', 'سجن', 'كنيسه', 'كاتدراييه', 'برج', 'جسر', 'شارع', 'فندق', 'معبد', 'قلعه', 'ميدان']);

const PLACE_LISTS = ['country', 'region', 'place'];
// Words of a football report after which a word with the article names a club: فريق الغرافة، حارس البقعة، مرمى
// العربي، لاعبي الجزيرة. As match keys.
const CLUB_CONTEXT = new Set(['فريق', 'نادي', 'فريقي', 'ناديي', 'لاعب', 'لاعبي', 'لاعبو', 'حارس', 'مرمى', 'مرمي', 'دفاع', 'جماهير', 'مدرب', 'مهاجم', 'مدافع', 'شباك', 'هداف']);
// What follows those words without naming a club (لاعب الوسط، حارس المرمى، مدرب المنتخب …), as bare match keys.
const NOT_CLUBS = new Set(['فريق', 'فرق', 'منتخب', 'نادي', 'اندي', 'مرمي', 'كره', 'وسط', 'حارس', 'دفاع', 'هجوم', 'خصم', 'منافس', 'ضيوف', 'ضيف', 'مضيف',
  'اول', 'ثاني', 'اخير', 'جديد', 'سابق', 'حالي', 'دولي', 'وطني', 'اولمبي', 'اساسي', 'احتياط', 'مخضرم', 'شاب', 'محترف', 'اجنبي', 'عربي', 'بديل', 'كبير',
  'صغير', 'اخر', 'قدم', 'خط', 'جناح', 'ايمن', 'ايسر', 'ملعب', 'مباراه', 'لقاء', 'بطوله', 'دوري', 'كاس', 'موسم', 'عام', 'منتخبات', 'فرقه', 'ناشيين', 'شباب']);

/**
 * A word with the article right after a football report's club context in construct (حارس البقعة، فريق الغرافة،
 * لاعبي الجزيرة) names a club, unless it is a generic word of the game (لاعب الوسط، حارس المرمى) or a nationality.
 * The document pass then tags the club's other mentions. Checked on NewsFANE dev: F1 +0.9 (ORG 62.2 → 65.7).
 */
function clubNames(s: SentenceInfo, spans: TokenSpan[]): void {
  const taken = new Uint8Array(s.words.length);
  for (const x of spans) taken.fill(1, x.start, x.end);
  const added: TokenSpan[] = [];
  for (let i = 1; i < s.words.length; i++) {
    const head = s.words[i - 1]!;
    const w = s.words[i]!;
    if (taken[i] || w.shape !== 'ar' || !w.norm.startsWith('ال') || w.norm.length < 5 || isStopword(w.norm) || w.nisba) continue;
    // The head in construct (حارس البقعة), not with the article (المدرب المحلي is a noun and its adjective).
    if (head.norm.endsWith('ال' + head.bare) || head.norm.endsWith('لل' + head.bare)) continue;
    if (!CLUB_CONTEXT.has(matchKeyOfNorm(head.bare)) || NOT_CLUBS.has(matchKeyOfNorm(w.bare)) || w.cues.length > 0) continue;
    added.push({ start: i, end: i + 1, type: 'ORG' });
  }
  spans.push(...added);
  spans.sort((a, b) => a.start - b.start);
}

/**
 * A place span the tagger found inside a longer country, region or place name of the gazetteers grows to the whole
 * name when the other words are untagged (افريقيا → جنوب افريقيا). Checked on the dev sets: NewsFANE +0.1, Wojood
 * (last 10% of train) +1.6.
 */
function gazetteerExtents(s: SentenceInfo, spans: TokenSpan[]): void {
  const n = s.words.length;
  const lists = PLACE_LISTS;
  for (let m = 0; m < spans.length; m++) {
    const x = spans[m]!;
    if (x.type !== 'LOC') continue;
    // Find a gazetteer match (B..E) of the given lists that contains x.
    let start = x.start;
    while (start > 0 && s.gazetteer[start]!.some((g) => lists.some((l) => g === l + ':I' || g === l + ':E')) && s.gazetteer[start - 1]!.some((g) => lists.some((l) => g === l + ':B' || g === l + ':I'))) start--;
    let end = x.end;
    while (end < n && s.gazetteer[end - 1]!.some((g) => lists.some((l) => g === l + ':B' || g === l + ':I')) && s.gazetteer[end]!.some((g) => lists.some((l) => g === l + ':I' || g === l + ':E'))) end++;
    if (m > 0 && spans[m - 1]!.end > start) continue;
    if (m + 1 < spans.length && spans[m + 1]!.start < end) continue;
    x.start = start;
    x.end = end;
  }
}

/**
 * A facility head right before a place or person span the tagger found (مطار | بيروت، قصر | بكينغهام) joins it, as
 * a place. Checked on NewsFANE dev: F1 +0.6 (LOC 85.3 → 86.6).
 */
function facilityNames(s: SentenceInfo, spans: TokenSpan[]): void {
  for (let m = 0; m < spans.length; m++) {
    const x = spans[m]!;
    const h = x.start - 1;
    if (h < 0 || (x.type !== 'LOC' && x.type !== 'PER')) continue;
    if (m > 0 && spans[m - 1]!.end > h) continue;
    const w = s.words[h]!;
    if (w.shape !== 'ar' || !FACILITY_HEADS.has(matchKeyOfNorm(w.bare))) continue;
    x.start = h;
    x.type = 'LOC';
  }
}
const COORDINATORS = new Set(['و', '،', ',']);

/**
 * Untagged one-word members of a list of names of one type (ذيابات و رامي و بشار، العيناوي ، ارازي ، العلمي): a word
 * with a span of that type across و or a comma on one side and a list boundary on the other takes the type. Checked
 * on NewsFANE dev for persons: F1 +0.4 (PER 73.2 → 74.2, precision unchanged); for organisations it changed nothing,
 * so only persons are listed. The word must be Arabic, three letters or more, and no function, cue or nationality
 * word. Where و is written onto the word (running text: ذيابات ورامي), it counts as the separator too (dev with
 * clitics re-attached: PER F1 +0.8).
 */
function coordinatedNames(s: SentenceInfo, spans: TokenSpan[], type: TokenSpan['type']): void {
  const words = s.words;
  const tagged = new Uint8Array(words.length);
  for (const x of spans) tagged.fill(1, x.start, x.end);
  const perEndsAt = new Set(spans.filter((x) => x.type === type).map((x) => x.end));
  const perStartsAt = new Set(spans.filter((x) => x.type === type).map((x) => x.start));
  const added: TokenSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (tagged[i] || w.shape !== 'ar' || w.norm.length < 3 || isStopword(w.norm) || w.cues.length > 0 || w.nisba) continue;
    const before = i >= 2 && COORDINATORS.has(words[i - 1]!.norm) && perEndsAt.has(i - 1);
    const after = i + 2 < words.length && COORDINATORS.has(words[i + 1]!.norm) && perStartsAt.has(i + 2);
    const andNext = i + 1 < words.length && words[i + 1]!.norm.startsWith('و') && perStartsAt.has(i + 1);
    const edgeAfter = i + 1 >= words.length || COORDINATORS.has(words[i + 1]!.norm) || words[i + 1]!.shape === 'punct' || words[i + 1]!.norm.startsWith('و');
    const edgeBefore = i === 0 || COORDINATORS.has(words[i - 1]!.norm) || words[i - 1]!.shape === 'punct' || w.norm.startsWith('و');
    // With و written onto the word (running text): وذيابات right after a person, or a person's وX right after it.
    if (((w.norm.startsWith('و') && perEndsAt.has(i) && edgeAfter) || (andNext && edgeBefore))) {
      added.push({ start: i, end: i + 1, type });
      continue;
    }
    if ((before && edgeAfter) || (after && edgeBefore)) added.push({ start: i, end: i + 1, type });
  }
  spans.push(...added);
  spans.sort((a, b) => a.start - b.start);
}

function isFirstName(s: SentenceInfo, i: number): boolean {
  return s.words[i]!.shape === 'ar' && s.gazetteer[i]!.includes(FIRST_NAME);
}

export function applyCueRules(s: SentenceInfo, tags: readonly Tag[]): Tag[] {
  const spans = spansFromTags(tags);
  const added: TokenSpan[] = [];
  const replaced = new Set<TokenSpan>();
  const words = s.words;

  for (let j = 1; j < words.length; j++) {
    if (!OPENING.has(words[j]!.norm)) continue;
    let headAt = -1;
    for (let h = j - 1; h >= Math.max(0, j - 3); h--) {
      const w = words[h]!;
      if (w.shape !== 'ar') break;
      if (QUOTED_NAME_HEADS.has(w.bare.replace(/ة/g, 'ه')) || (w.cues.includes('orgHead') && h === j - 1)) { headAt = h; break; }
    }
    if (headAt < 0) continue;
    let k = j + 1;
    while (k < words.length && k - j - 1 <= MAX_QUOTED_WORDS && !CLOSING.has(words[k]!.norm)) {
      if (words[k]!.shape !== 'ar' && words[k]!.shape !== 'lat' && words[k]!.shape !== 'Lat' && words[k]!.shape !== 'num') break;
      k++;
    }
    if (k >= words.length || !CLOSING.has(words[k]!.norm) || k === j + 1 || k - j - 1 > MAX_QUOTED_WORDS) continue;
    // The head says what the quoted words name: the tagger's spans over those words are replaced, including one
    // that ran from the head over the opening quote (شبكة “سي إن إن); one that runs past the closing quote or
    // begins before the head is left alone.
    const inside = spans.filter((x) => x.start < k && j + 1 < x.end);
    if (inside.some((x) => x.end > k || x.start < headAt)) continue;
    for (const x of inside) replaced.add(x);
    added.push({ start: j + 1, end: k, type: 'ORG' });
  }

  let kept = spans.filter((x) => !replaced.has(x));
  for (const a of added) if (!kept.some((x) => x.start < a.end && a.start < x.end)) kept.push(a);
  // A short name after a title absorbs the PER spans it overlaps (the tagger's part of it); it never crosses
  // another type's span.
  for (const n of titledShortNames(s, tags)) {
    const overlapping = kept.filter((x) => x.start < n.end && n.start < x.end);
    if (overlapping.some((x) => x.type !== 'PER')) continue;
    const end = Math.max(n.end, ...overlapping.map((x) => x.end));
    const start = Math.min(n.start, ...overlapping.map((x) => x.start));
    kept = kept.filter((x) => !overlapping.includes(x));
    kept.push({ start, end, type: 'PER' });
  }
  kept.sort((a, b) => a.start - b.start);
  // Two people's names are never written side by side with nothing between them (lists use و or a comma): a
  // B-PER right after a PER is the tagger splitting one name (تو | لام).
  const merged: TokenSpan[] = [];
  for (const x of kept) {
    const prev = merged[merged.length - 1];
    if (prev && prev.type === 'PER' && x.type === 'PER' && prev.end === x.start) prev.end = x.end;
    else merged.push({ ...x });
  }
  // A title is not part of the name (NewsFANE train: 312 titles before a person's name, 35 inside it): the tagger's
  // PER span that begins with one (للشيخ القرضاوي، السلطان قلاوون) loses it. Dev F1 PER +0.3.
  for (const x of merged) {
    while (x.type === 'PER' && x.end - x.start >= 2 && s.words[x.start]!.isTitle && !isFirstName(s, x.start)) x.start++;
  }
  coordinatedNames(s, merged, 'PER');
  facilityNames(s, merged);
  gazetteerExtents(s, merged);
  clubNames(s, merged);
  // A first name (curated person-name list) right before a person's name the tagger found is part of it: the tagger
  // leaves it out when the first name is also a word or follows an organisation (للحزب الشيوعي نوين فو ترونغ).
  for (let m = 0; m < merged.length; m++) {
    const x = merged[m]!;
    const floor = m > 0 ? merged[m - 1]!.end : 0;
    if (x.type !== 'PER') continue;
    while (x.start > floor && isFirstName(s, x.start - 1)) x.start--;
  }
  return tagsFromSpans(tags.length, merged);
}


/**
 * Whether `key` is `word` with proclitics written onto it (لبرشلونة، وبرشلونة؛ للاتحاد for الاتحاد): running text
 * writes them on, so a carried name matches them too (dev with clitics re-attached: F1 +0.2).
 */
function hasProclitic(key: string, word: string): boolean {
  return key.length > word.length && procliticSplits(key, 2).some((s) => s.base === word);
}

/** Types whose names are carried across a document; places are left out (it cost LOC precision on NewsFANE dev). */
const PROPAGATED: ReadonlySet<string> = new Set(['PER', 'ORG']);

/**
 * Document-level consistency: a person's or organisation's name the tagger found somewhere in a document is tagged
 * wherever else the same words recur untagged (sports reports name a club or a player ten times; the tagger may
 * see it only where a cue stands beside it). `keys` are the tokens' normalised forms, sentence by sentence; the
 * type is the one the tagger gave the words most often. A person named in full also lends the last word of the
 * name (its family name), which later mentions use alone. Longer names first; a function word alone is never a name.
 * Checked on NewsFANE dev, one 50-sentence block as one document: F1 +1.1 (PER and ORG recall up, precision -0.4),
 * and +1.0 more with family names (PER 68.4 → 71.5); carrying places too cost LOC precision.
 */
export function propagateNames(keys: readonly (readonly string[])[], tags: readonly (readonly Tag[])[]): Tag[][] {
  const found = new Map<string, { words: readonly string[]; counts: Map<string, number> }>();
  keys.forEach((sentence, k) => {
    for (const span of spansFromTags(tags[k]!)) {
      if (!PROPAGATED.has(span.type)) continue;
      const words = sentence.slice(span.start, span.end);
      if (words.length === 1 && (isStopword(words[0]!) || words[0]!.length < 2)) continue;
      const forms = [words];
      // A person named in full is named by the last word of the name afterwards (اليكس فيرغسون … فيرغسون).
      if (span.type === 'PER' && words.length >= 2) {
        const last = words[words.length - 1]!;
        if (last.length >= 3 && !isStopword(last)) forms.push([last]);
      }
      for (const w of forms) {
        const id = w.join(' ');
        let entry = found.get(id);
        if (!entry) { entry = { words: w, counts: new Map() }; found.set(id, entry); }
        entry.counts.set(span.type, (entry.counts.get(span.type) ?? 0) + 1);
      }
    }
  });
  if (found.size === 0) return tags.map((t) => [...t]);
  const names = [...found.values()]
    .map(({ words, counts }) => ({ words, type: [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0] as TokenSpan['type'] }))
    .sort((a, b) => b.words.length - a.words.length);
  return keys.map((sentence, k) => {
    const spans = spansFromTags(tags[k]!);
    const taken = new Uint8Array(sentence.length);
    for (const x of spans) taken.fill(1, x.start, x.end);
    let added = false;
    for (const { words, type } of names) {
      for (let i = 0; i + words.length <= sentence.length; i++) {
        let match = true;
        for (let j = 0; j < words.length && match; j++) match = taken[i + j] === 0 && (sentence[i + j] === words[j] || (j === 0 && hasProclitic(sentence[i]!, words[0]!)));
        if (!match) continue;
        // Followed by an untagged word with the article, the words may be the start of a longer name (الاتحاد
        // الكويتي): left alone (dev F1 +0.2, fewer false spans).
        const next = sentence[i + words.length];
        if (next !== undefined && next.startsWith('ال') && taken[i + words.length] === 0) continue;
        spans.push({ start: i, end: i + words.length, type });
        taken.fill(1, i, i + words.length);
        added = true;
      }
    }
    if (!added) return [...tags[k]!];
    spans.sort((a, b) => a.start - b.start);
    return tagsFromSpans(sentence.length, spans);
  });
}
