/**
 * Matching keys for aligning statements across outlets: a stronger stemmer than the search stemmer (src/text/stem.ts),
 * because alignment needs "اتفاقا", "اتفاقات", "الاتفاقية" and "اتفاقيات" to meet, and "زيارته" to meet "زيارة".
 * Search keys must agree with Lucene's; these need not, so they strip more: a conjunction, a preposition and the
 * article in front; a pronoun, a plural or dual ending, ة, the tanween alef and the nisba ي behind.
 *
 * A bare leading و، ف، ب، ل or ك is ambiguous (وزير، وفد، بلاد، لبنان begin with one). It is taken off only when the
 * rest is a word of the texts compared (`keyContext`): "لبوتين" loses its ل because "بوتين" is written too, while
 * "وزير" keeps its و unless "زير" is a word there. Before the article it always goes (والرئيس، وبالتالي).
 */

/** Stems of the words of the texts compared, for the decision on a bare leading clitic (see the module comment). */
export interface KeyContext {
  has(stem: string): boolean;
}

const NO_CONTEXT: KeyContext = { has: () => false };

/** Folds letters the matcher never tells apart: ة → ه, ؤ → و, ئ → ي, ء and tatweel dropped. Input is a norm key. */
export function foldForMatch(norm: string): string {
  let out = '';
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i]!;
    if (c === '\u0629') out += '\u0647';
    else if (c === '\u0624') out += '\u0648';
    else if (c === '\u0626') out += '\u064a';
    else if (c === '\u0621' || c === '\u0640') continue;
    else out += c;
  }
  return out;
}

const MIN_STEM = 3;
const PRONOUN_AFTER_TEH = ['تهما', 'تهم', 'تهن', 'تها', 'تنا', 'تكم', 'ته'];
const PRONOUNS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'نا'];
/** Plural and dual endings with the stem length each needs: تعاون، بوتين، بيان keep theirs. */
const PLURALS: ReadonlyArray<[string, number]> = [['ات', 3], ['ون', 4], ['ين', 4], ['ان', 4]];

function isArabicLetter(c: number): boolean {
  return c >= 0x621 && c <= 0x64a;
}

/** The stem after the front clitics are gone: pronoun, plural, ة, tanween alef and nisba ي removed, in that order. */
function stripSuffixes(s: string, verbLike: boolean): string {
  let w = s;
  let pronoun = false;
  for (const p of PRONOUN_AFTER_TEH) {
    // زيارته → زيار (the ة of زيارة is written ت before a pronoun).
    if (w.length - p.length >= MIN_STEM && w.length >= 6 && w.endsWith(p)) { w = w.slice(0, -p.length); pronoun = true; break; }
  }
  if (!pronoun) {
    for (const p of PRONOUNS) {
      if (w.length - p.length >= MIN_STEM + 1 && w.endsWith(p)) { w = w.slice(0, -p.length); pronoun = true; break; }
    }
  }
  for (const [p, min] of PLURALS) {
    if (w.length - p.length >= min && w.endsWith(p)) { w = w.slice(0, -p.length); break; }
  }
  if (w.length - 1 >= MIN_STEM && w.endsWith('ه')) w = w.slice(0, -1);
  // The tanween alef before the nisba: روسيا → روسي → روس meets الروسية → روس.
  if (w.length - 1 >= MIN_STEM && w.endsWith('ا')) w = w.slice(0, -1);
  if (w.length - 1 >= MIN_STEM && w.endsWith('ي')) w = w.slice(0, -1);
  // A past verb's feminine ت (تعهدت → تعهد): only on words without the article, and long enough not to be a noun
  // like بيت or وقت.
  if (verbLike && w.length >= 5 && w.endsWith('ت')) w = w.slice(0, -1);
  return w;
}

export interface MatchForm {
  /** The matching key. */
  key: string;
  /** The word had the article (ال), so it is a noun or adjective. */
  definite: boolean;
}

/**
 * The matching key of a normalised word key (a token's `norm`). Non-Arabic words come back folded and unchanged.
 * `context` holds the stems of the words of the texts compared (see `keyContext`): a leading و، ف، ب، ل or ك
 * without the article is taken for a clitic only when what follows it is a word of those texts.
 */
export function matchForm(norm: string, context: KeyContext = NO_CONTEXT): MatchForm {
  let w = foldForMatch(norm);
  if (w.length === 0 || !isArabicLetter(w.charCodeAt(0))) return { key: w, definite: false };
  // A conjunction before the article or لل is certain (والرئيس، وبالتالي، وللاطفال).
  if ((w[0] === 'و' || w[0] === 'ف') && w.length >= 5 && /^(?:ال|بال|كال|لل)/.test(w.slice(1))) w = w.slice(1);
  const article = /^(?:بال|كال|فال|وال|ال)/.exec(w);
  if (article && w.length - article[0].length >= 2) return { key: stripSuffixes(w.slice(article[0].length), false), definite: true };
  if (w.startsWith('لل') && w.length >= 5) {
    // ل + the article before a word that begins with ل drops a lam (لليرة = ل + الليرة): keep one when that word is
    // a word of the texts.
    const withLam = stripSuffixes(w.slice(1), false);
    if (context.has(withLam)) return { key: withLam, definite: true };
    return { key: stripSuffixes(w.slice(2), false), definite: true };
  }
  // Bare clitics: at most a conjunction then a preposition (وبتوقيع، لبوتين), each only when the rest is a word of
  // the texts (وزير stays وزير unless زير is a word there).
  for (let n = 0; n < 2 && w.length >= 4 && CLITICS.has(w[0]!); n++) {
    const rest = w.slice(1);
    if (!context.has(stripSuffixes(rest, true))) break;
    w = rest;
  }
  return { key: stripSuffixes(w, true), definite: false };
}

const CLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

export function matchKey(norm: string, context?: KeyContext): string {
  return matchForm(norm, context).key;
}

/**
 * The stems of every word form of the texts compared, without any bare clitic taken off: what `matchForm` checks
 * the rest of a clitic-initial word against. Built once over all the texts, then passed to `matchKey`.
 */
export function keyContext(norms: Iterable<string>): KeyContext {
  const set = new Set<string>();
  for (const n of norms) {
    const f = foldForMatch(n);
    if (f.length === 0 || !isArabicLetter(f.charCodeAt(0))) continue;
    const m = /^(?:ال|بال|كال|فال|وال|لل)/.exec(f);
    if (m && f.length - m[0].length >= 2) set.add(stripSuffixes(f.slice(m[0].length), false));
    set.add(stripSuffixes(f, true));
  }
  return set;
}
