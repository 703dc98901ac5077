/**
 * Arabic stop words for news text: closed-class function words (particles, prepositions, pronouns, demonstratives,
 * relatives, auxiliaries) that carry no topic. They are dropped from similarity, clustering and search keys; they are
 * never dropped from the text, the tokens or the offsets.
 *
 * Every entry is stored as a key normalised with DEFAULT_OPTIONS of ./normalize.ts (harakat removed, أ إ آ → ا,
 * ى → ي, ة kept); a test checks this. `isStopword` expects a key normalised the same way, or with SEARCH_OPTIONS
 * (ة → ه): the set also holds the ة → ه form of the base entries (ثمه، عده، كافه).
 *
 * Sources, kept apart so that each can be traced:
 * - LUCENE_SAVOY: the Arabic stop list shipped with Apache Lucene's ArabicAnalyzer (lucene 4.7.2
 *   analysis/common/src/resources/org/apache/lucene/analysis/ar/stopwords.txt, read via blevesearch/bleve's copy),
 *   created by Jacques Savoy, BSD licence (http://members.unine.ch/jacques.savoy/clef/). Its 119 lines collapse to 88
 *   keys once hamza alefs and alef maqsura are folded.
 * - GOLDEN_CORPUS: core/stop_words.txt of LBenzahia/golden-corpus-arabic (BSD-2-Clause, © 2017 Lakhdar Benzahia),
 *   less four words that are content in news: اف (as in "اف 16"), اقل and اكثر (comparatives that carry figures:
 *   "أكثر من 10"), كم (also the abbreviation of kilometre).
 * - NEWS: function words that are frequent in news and missing from both lists, chosen by hand from the 1,000 most
 *   frequent words of six days of SaudiNewsNet (3.3M words); only the words are kept, no counts.
 *
 * Conjunction forms. و and ف are written joined to the next word, and the light stemmer only strips و when three
 * letters remain, so وفي، وقد، فقد، وهذا would otherwise survive as keys. The set therefore also holds و+w and ف+w for
 * every entry w of two letters or more, except the forms that are common content words in news (CONJUNCTION_EXCEPTIONS:
 * ولي as in "ولي العهد", فعلي "actual", فتحت "opened", فلم "film", …).
 *
 * Known collisions of the normalisation that we accept: على and the name علي, إلى and آلي ("automatic"), لدى and
 * لديّ share a key; the particle is by far the more frequent in news. أمام ("in front of") and إمام ("imam") also share
 * a key, and that one is left out because imams are news in themselves.
 */

/** Lucene / Savoy Arabic stop list, normalised (BSD). */
export const LUCENE_SAVOY: readonly string[] = [
  'ا', 'اذا', 'الا', 'الان', 'التي', 'الذي', 'الذين', 'الي', 'اما', 'ان', 'انت', 'انه', 'انها', 'او', 'اي',
  'ايضا', 'ب', 'بان', 'بعد', 'بعض', 'به', 'بها', 'بين', 'بينما', 'تكون', 'تلك', 'ثم', 'جميع', 'حتي', 'حيث',
  'خلال', 'ذلك', 'ضمن', 'علي', 'عليه', 'عليها', 'عن', 'عند', 'عندما', 'غير', 'ف', 'فان', 'فما', 'فهو', 'فهي',
  'في', 'فيه', 'فيها', 'قبل', 'قد', 'كان', 'كانت', 'كل', 'كما', 'لا', 'لدي', 'لك', 'لكن', 'لم', 'لن', 'له',
  'لها', 'ما', 'مع', 'من', 'منذ', 'منه', 'منها', 'نحو', 'هذا', 'هذه', 'هناك', 'هو', 'هي', 'و', 'وان', 'وفي',
  'وكان', 'وكانت', 'وكل', 'ولا', 'ولم', 'ولن', 'وما', 'ومن', 'وهو', 'وهي', 'يكون',
];

/** Golden Arabic Corpus stop list, normalised, less اف اقل اكثر كم (BSD-2-Clause). */
export const GOLDEN_CORPUS: readonly string[] = [
  'اذ', 'اذا', 'اذما', 'اذن', 'الا', 'التي', 'الذي', 'الذين', 'اللائي', 'اللاتي', 'اللتان', 'اللتيا',
  'اللتين', 'اللذان', 'اللذين', 'اللواتي', 'الي', 'اليك', 'اليكم', 'اليكما', 'اليكن', 'ام', 'اما', 'ان',
  'انا', 'انت', 'انتم', 'انتما', 'انتن', 'انما', 'انه', 'اني', 'اه', 'اها', 'او', 'اولئك', 'اولاء', 'اوه',
  'اي', 'اين', 'اينما', 'ايه', 'ايها', 'بخ', 'بس', 'بعد', 'بعض', 'بك', 'بكم', 'بكما', 'بكن', 'بل', 'بلي',
  'بما', 'بماذا', 'بمن', 'بنا', 'به', 'بها', 'بهم', 'بهما', 'بهن', 'بي', 'بيد', 'بين', 'تلك', 'تلكم',
  'تلكما', 'ته', 'تي', 'تين', 'تينك', 'ثم', 'ثمة', 'حاشا', 'حبذا', 'حتي', 'حيث', 'حيثما', 'حين', 'خلا',
  'دون', 'ذا', 'ذات', 'ذاك', 'ذان', 'ذانك', 'ذلك', 'ذلكم', 'ذلكما', 'ذلكن', 'ذه', 'ذو', 'ذوا', 'ذواتا',
  'ذواتي', 'ذي', 'ذين', 'ذينك', 'ريث', 'سوف', 'سوي', 'شتان', 'عدا', 'عسي', 'عل', 'علي', 'عليك', 'عليه',
  'عما', 'عن', 'عند', 'غير', 'فاذا', 'فان', 'فلا', 'فمن', 'في', 'فيم', 'فيما', 'فيه', 'فيها', 'قد', 'كان',
  'كانما', 'كاي', 'كاين', 'كذا', 'كذلك', 'كل', 'كلا', 'كلاهما', 'كلتا', 'كلما', 'كليكما', 'كليهما', 'كما',
  'كي', 'كيت', 'كيف', 'كيفما', 'لئن', 'لا', 'لاسيما', 'لدي', 'لست', 'لستم', 'لستما', 'لستن', 'لسن', 'لسنا',
  'لعل', 'لك', 'لكم', 'لكما', 'لكن', 'لكنما', 'لكي', 'لكيلا', 'لم', 'لما', 'لن', 'لنا', 'له', 'لها', 'لهم',
  'لهما', 'لهن', 'لو', 'لولا', 'لوما', 'لي', 'ليت', 'ليس', 'ليسا', 'ليست', 'ليستا', 'ليسوا', 'ما', 'ماذا',
  'متي', 'مذ', 'مع', 'مما', 'ممن', 'من', 'منذ', 'منه', 'منها', 'مه', 'مهما', 'نحن', 'نحو', 'نعم', 'هؤلاء',
  'ها', 'هاتان', 'هاته', 'هاتي', 'هاتين', 'هاك', 'هاهنا', 'هذا', 'هذان', 'هذه', 'هذي', 'هذين', 'هكذا', 'هل',
  'هلا', 'هم', 'هما', 'هن', 'هنا', 'هناك', 'هنالك', 'هو', 'هي', 'هيا', 'هيت', 'هيهات', 'واذ', 'واذا',
  'والذي', 'والذين', 'وان', 'ولا', 'ولكن', 'ولو', 'وما', 'ومن', 'وهو', 'يا',
];

/** News function words chosen by frequency in SaudiNewsNet (words only). */
export const NEWS: readonly string[] = [
  // passive auxiliary and modals: "تم توقيع", "يمكن", "يجب"
  'تم', 'يتم', 'يمكن', 'يجب', 'لقد',
  // prepositions and adverbs of news prose
  'مثل', 'عبر', 'حول', 'داخل', 'ضد', 'اجل', 'تحت', 'اثناء', 'رغم', 'بسبب', 'بشكل', 'سواء', 'جدا', 'فقط', 'كافة',
  'عدة', 'لان', 'سيما', 'بالاضافة', 'لكل', 'لهذا', 'لذلك', 'بذلك', 'كذلك',
  // the article and single-letter proclitics left alone by tokenisers ("ال 10", "و 5")
  'ال', 'ل', 'ك',
  // prepositions with attached pronouns missing from the lists above
  'منهم', 'منا', 'عنه', 'عنها', 'عنهم', 'عنا', 'اليه', 'اليها', 'اليهم', 'الينا', 'عليهم', 'علينا', 'فيهم', 'فينا',
  'معه', 'معها', 'معهم', 'معنا', 'بينهم', 'بيننا', 'لديه', 'لديها', 'لديهم', 'لدينا', 'عنده', 'عندها', 'عندهم',
];

/** و/ف + stop word forms that are content words in news, kept out of the set. */
export const CONJUNCTION_EXCEPTIONS: readonly string[] = [
  'ولي', // ولي العهد, crown prince
  'ولدي', // "my son"
  'فهم', // "understanding"
  'فعل', // "act", "did"
  'فعلي', // "actual"
  'فلم', // "film"
  'فتحت', // "opened"
  'فتي', // فتى, "youth"
  'فمه', // "his mouth"
  'وام', // WAM, the Emirates news agency
  'فاو', // الفاو
  'واو', // the letter
  'فلك', // "orbit"
  'وعدا', // "a promise"
  'وكلا', // وكلاء, "agents"
  'وبخ', // "rebuked"
  'وريث', // "heir"
];

function buildSet(): Set<string> {
  const base = new Set<string>([...LUCENE_SAVOY, ...GOLDEN_CORPUS, ...NEWS]);
  const exceptions = new Set(CONJUNCTION_EXCEPTIONS);
  const all = new Set<string>(base);
  // SEARCH keys fold ة → ه (ثمة، عدة، كافة); only the base words get that form, because و+عدة → وعده would also be
  // "his promise".
  for (const word of base) if (word.includes('\u0629')) all.add(word.replaceAll('\u0629', '\u0647'));
  for (const word of base) {
    if (word.length < 2) continue;
    for (const conjunction of ['و', 'ف']) {
      const form = conjunction + word;
      if (!exceptions.has(form)) all.add(form);
    }
  }
  return all;
}

const STOPWORDS: ReadonlySet<string> = buildSet();

/** Every stop word key, sorted (DEFAULT_OPTIONS keys and their ة → ه forms, with the conjunction forms). */
export const STOPWORD_LIST: readonly string[] = [...STOPWORDS].sort();

/** True when a normalised key (DEFAULT_OPTIONS or SEARCH_OPTIONS) is a stop word. */
export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}
