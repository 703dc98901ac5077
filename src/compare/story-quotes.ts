/**
 * Quotes across a story: quotes whose words are largely the same are one group, whichever outlet carries them and
 * whoever each says spoke them. When two outlets put the same words in different mouths ("ناطق باسم الخارجية
 * الأمريكية" / "السفارة الأميركية"), that is an attribution conflict.
 *
 * Speakers agree when they are one canonical entity, or when the distinctive words of one are all among the other's
 * ("المتحدث باسم الخارجية" / "الخارجية الأمريكية"): role words and titles (ناطق، مسؤول، كبير، الدكتور، اللواء، مدير)
 * tell no one apart, and a speaker named by them alone agrees with anyone. Two speakers disagree only when each is
 * identified — a person or an organisation the entity pass found in the speaker's words, or an institution by its
 * head word (السفارة، الخارجية) — as two different sources of one kind, with no name word in common: a role
 * without a name ("مدير مكتب الحملة الوطنية" / "وليد الجلال"), a person and the body he speaks for, or an
 * unrecognised source may well be one source, and calling that a conflict would accuse an outlet of a misattribution
 * it did not make.
 */
import type { Quote } from '../analysis/quotes/types.js';
import { normalizeKey } from '../text/normalize.js';
import { CUES } from '../analysis/entities/cues.js';
import { bareForm, matchKey as entityMatchKey } from '../analysis/entities/word-forms.js';
import { foldNameWord } from '../analysis/names/letters.js';
import { compareNameWords, nameWords, sameName } from '../analysis/names/same-name.js';
import { CLOSE_NAME_SCORE } from './conflicts.js';
import { isHonorificPronoun, stripTitles, TITLES } from '../analysis/names/titles.js';
import { isStopword } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import { matchKey, type KeyContext } from './match-key.js';
import { skeleton } from './vectors.js';

/** Share of the shorter quote's words the longer must have for the two to be the same words. */
export const QUOTE_OVERLAP = 0.5;
/** And at least this many shared words (two short quotes that share "قلق" are not one quote). */
export const QUOTE_MIN_SHARED = 2;

const GENERIC_SPEAKER_WORDS = new Set(
  ['ناطق', 'ناطقة', 'متحدث', 'متحدثة', 'باسم', 'مسؤول', 'مسؤولة', 'مسؤولون', 'كبير', 'رفيع', 'مصدر', 'مصادر', 'بلاد',
    'البلاد', 'رسمي', 'مطلع', 'مطلعة', 'سابق', 'الجديد', 'العام', 'الدكتور', 'الدكتورة', 'الصحافي', 'الصحفي', 'الكاتب',
    'المهندس', 'الأستاذ', 'الشيخ', 'المبدع', 'مدير', 'مديرة', 'رئيس', 'رئيسة', 'نائب', 'عضو', 'معالي', 'سمو', 'فخامة',
    'سعادة', 'بيان', 'البيان', 'البيانات', 'الصادرة', 'الصادر']
    .map((w) => matchKey(normalizeKey(w))),
);

export interface ArticleQuote {
  article: number;
  quote: Quote;
  /** Canonical entity of the speaker, when the speaker span is an entity mention. */
  speakerEntity?: number;
  /** A person (first) or an organisation the entity pass found in the speaker's words: its canonical entity. */
  speakerIdentity?: { entity: number; type: 'PER' | 'ORG' };
}

/**
 * Heads that make a speaker an institution even when the entity pass named none: the tagger's own organisation
 * heads (وزارة، هيئة، وكالة، صحيفة …) less those that are also ranks or roles (اللواء، الفريق), and the words that
 * stand for a body in news (السفارة، الخارجية، الكرملين).
 */
const INSTITUTION_EXTRA = new Set(['سفاره', 'قنصليه', 'خارجيه', 'داخليه', 'دفاع', 'حكومه', 'رئاسه', 'كرملين', 'بنتاغون', 'بيت'].map((w) => entityMatchKey(w)));

const MEDIA_HEADS = new Set(['صحيفه', 'جريده', 'مجله', 'وكاله', 'وكالات', 'قناه', 'شبكه', 'اذاعه', 'موقع', 'تلفزيون'].map((w) => entityMatchKey(w)));

function isInstitutionWord(text: string): boolean {
  const key = entityMatchKey(text);
  // The word as written, without its article, and without any proclitic (وزارة must not become و + زارة).
  const forms = [key, key.startsWith('ال') ? key.slice(2) : key, bareForm(key)];
  return forms.some((f) => (CUES.orgHead.has(f) && !CUES.title.has(f)) || INSTITUTION_EXTRA.has(f));
}

/** Posts a person holds in a body (heads, ministers, directors, envoys), as normalised words without the article. */
const PERSON_POSTS = new Set(['رئيس', 'رييس', 'رئيسه', 'رييسه', 'وزير', 'وزيره', 'مدير', 'مديره', 'نائب', 'امين', 'محافظ', 'سفير', 'سفيره',
  'قائد', 'مستشار', 'مستشاره', 'عضو', 'مندوب', 'مبعوث', 'امير', 'عميد', 'وكيل', 'مساعد']
  .map((w) => normalizeKey(w)));

type Identity = { kind: 'PER' | 'ORG'; entity?: number };

/** Who a speaker is, as far as can be told: a named person or organisation, an institution by its head word, or unknown. */
function identityOf(q: ArticleQuote): Identity | undefined {
  const speaker = q.quote.speaker;
  if (!speaker) return undefined;
  const words = tokenize(speaker.text).filter((t) => t.kind === 'word');
  // A newspaper, agency or channel relays words more often than it speaks them ("قالت صحيفة الديلي تلغراف إن
  // المعهد …"): as a speaker it is a relay, not a source to set against another.
  if (words.some((t) => MEDIA_HEADS.has(bareForm(entityMatchKey(t.text))) || MEDIA_HEADS.has(entityMatchKey(t.text).replace(/^ال/u, '')))) return undefined;
  // "رئيس اتحاد القدم"، "وزير الخارجية السعودي"، "المدير التنفيذي للسوق": a person described by the post he holds
  // in a body, with no name — another outlet that names him, or describes the post in other words, may mean him.
  // (A spokesman speaks for the body itself: "ناطق باسم الخارجية" stays the ministry.)
  const first = words[0] ? words[0].norm.replace(/^[وف](?=ال|.{3})/u, '').replace(/^ال/u, '') : '';
  if (PERSON_POSTS.has(first) && q.speakerIdentity?.type !== 'PER') return undefined;
  if (q.speakerIdentity) return { kind: q.speakerIdentity.type, entity: q.speakerIdentity.entity };
  // "الوزارة"، "الإدارة"، "نادي" alone point back to a body the article named before: which one, this pass cannot tell.
  const own = words.filter((t) => !GENERIC_SPEAKER_WORDS.has(matchKey(t.norm)) && !isStopword(t.norm));
  if (own.length === 1 && (/^[وف]?ال/u.test(own[0]!.norm) || isInstitutionWord(own[0]!.text))) return undefined;
  return words.some((t) => isInstitutionWord(t.text)) ? { kind: 'ORG' } : undefined;
}

/** Quotes put in two mouths must share this many words before that is called a conflict (not just a theme). */
export const ATTRIBUTION_MIN_SHARED = 4;

export interface QuoteCluster {
  quotes: ArticleQuote[];
  /** Indices into `quotes` of two quotes of different articles with speakers that do not agree. */
  attribution?: [number, number];
}

function contentKeys(text: string, q: Quote, context: KeyContext): Set<string> {
  const slice = text.slice(q.content.start, q.content.end);
  const keys = new Set<string>();
  for (const t of tokenize(slice)) {
    if (t.kind !== 'word' || t.norm.length < 2 || isStopword(t.norm)) continue;
    keys.add(matchKey(t.norm, context));
  }
  return keys;
}

function speakerKeys(text: string, context: KeyContext): Set<string> {
  const keys = new Set<string>();
  for (const t of tokenize(text)) {
    if (t.kind !== 'word' || isStopword(t.norm)) continue;
    const k = matchKey(t.norm, context);
    if (!GENERIC_SPEAKER_WORDS.has(k) && !TITLES.has(foldNameWord(t.text)) && !isHonorificPronoun(t.text)) keys.add(skeleton(k) || k);
  }
  return keys;
}

/** Do two quotes' speakers name the same source? Unknown speakers agree with anyone. */
export function speakersAgree(a: ArticleQuote, b: ArticleQuote, context: KeyContext): boolean {
  const sa = a.quote.speaker;
  const sb = b.quote.speaker;
  if (!sa || !sb) return true;
  if (a.speakerEntity !== undefined && a.speakerEntity === b.speakerEntity) return true;
  const ia = identityOf(a);
  const ib = identityOf(b);
  if (!ia || !ib || ia.kind !== ib.kind || (ia.entity !== undefined && ia.entity === ib.entity)) return true;
  if (ia.kind === 'PER') {
    // Two spellings or two lengths of one name (دمرطاش / دمرداش، خوان أنخيل / خوان): a shared name word, or words
    // the variant matcher takes for one, is doubt enough.
    const wa = stripTitles(nameWords(sa.text));
    const wb = stripTitles(nameWords(sb.text));
    if (wa.some((x) => wb.some((y) => x === y || sameName(x, y).same))) return true;
    if (compareNameWords(wa, wb).score >= CLOSE_NAME_SCORE) return true; // مورير / ماور: a transliteration missed
  }
  const ka = speakerKeys(sa.text, context);
  const kb = speakerKeys(sb.text, context);
  if (ka.size === 0 || kb.size === 0) return true;
  const [small, large] = ka.size <= kb.size ? [ka, kb] : [kb, ka];
  for (const k of small) if (!large.has(k)) return false;
  return true;
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const k of a) if (b.has(k)) n++;
  return n;
}

export function clusterQuotes(quotes: readonly ArticleQuote[], texts: readonly string[], context: KeyContext): QuoteCluster[] {
  const keys = quotes.map((q) => contentKeys(texts[q.article]!, q.quote, context));
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      const a = keys[i]!; const b = keys[j]!;
      if (a.size === 0 || b.size === 0) continue;
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      let shared = 0;
      for (const k of small) if (large.has(k)) shared++;
      if (shared >= Math.min(QUOTE_MIN_SHARED, small.size) && shared / small.size >= QUOTE_OVERLAP) {
        const ri = find(i); const rj = find(j);
        if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
      }
    }
  }
  const groups = new Map<number, number[]>();
  quotes.forEach((_, i) => { const r = find(i); groups.set(r, [...(groups.get(r) ?? []), i]); });
  const out: QuoteCluster[] = [];
  for (const members of groups.values()) {
    const cluster: QuoteCluster = { quotes: members.map((i) => quotes[i]!) };
    // Words one outlet itself puts in several mouths are stock phrases ("هذا العمل الإجرامي يتنافى مع كل القيم
    // الإنسانية" from three MPs), not one quote: no attribution conflict can be read from them.
    const stock = new Set<number>();
    for (let x = 0; x < cluster.quotes.length; x++) {
      for (let y = x + 1; y < cluster.quotes.length; y++) {
        const a = cluster.quotes[x]!; const b = cluster.quotes[y]!;
        if (a.article === b.article && !speakersAgree(a, b, context)) stock.add(a.article);
      }
    }
    search: for (let x = 0; x < cluster.quotes.length; x++) {
      for (let y = x + 1; y < cluster.quotes.length; y++) {
        const a = cluster.quotes[x]!; const b = cluster.quotes[y]!;
        if (a.article === b.article || stock.has(a.article) || stock.has(b.article)) continue;
        // "وفقا لصحيفة عكاظ": an attribution names the outlet that relayed the words, not who spoke them.
        if (a.quote.kind === 'attribution' || b.quote.kind === 'attribution' || speakersAgree(a, b, context)) continue;
        if (sharedCount(keys[members[x]!]!, keys[members[y]!]!) >= ATTRIBUTION_MIN_SHARED) { cluster.attribution = [x, y]; break search; }
      }
    }
    out.push(cluster);
  }
  return out;
}
