/**
 * Image captions left in scraped text: a short line without sentence punctuation standing alone between blank
 * lines, as in the seed 001 ("مراسم استقبال الرئيس الروسي فلاديمير بوتين في فيتنام"). What keeps a paragraph from
 * being taken for one:
 * - the text must be written in punctuated prose (most of its long lines end like sentences); in an unpunctuated
 *   text a short unpunctuated paragraph is ordinary prose;
 * - a line that opens like a reported sentence ("وقال", "وأضاف", "كما", "وفي") is prose;
 * - in plain text, the first content line is the headline's business (title-line), not a caption's.
 * HTML captions come from <figcaption> through hints; this pass is for what the markup no longer says.
 */
import { endsLikeSentence } from './lines.js';
import { contentLines, isGap, keyOf, remove, wordsOf } from './helpers.js';
import type { CleanPass } from './types.js';

const MAX_CAPTION_WORDS = 20;
const MAX_CAPTION_CHARS = 160;
/** Lines at least this long count when deciding whether the text is punctuated prose. */
const PROSE_WORDS = 12;
const MIN_PUNCTUATED_SHARE = 0.6;

/** First words of reported sentences (as keys): verbs of saying with و/ف, and sentence-opening particles. */
const OPENERS = new Set([
  'قال', 'وقال', 'فقال', 'قالت', 'وقالت', 'اضاف', 'واضاف', 'اضافت', 'واضافت', 'اكد', 'واكد', 'اكدت', 'واكدت', 'اشار',
  'واشار', 'اشارت', 'واشارت', 'اوضح', 'واوضح', 'اوضحت', 'واوضحت', 'تابع', 'وتابع', 'لفت', 'ولفت', 'بين', 'وبين',
  'ذكر', 'وذكر', 'ذكرت', 'وذكرت', 'اعلن', 'واعلن', 'اعلنت', 'واعلنت', 'كان', 'وكان', 'كانت', 'وكانت', 'قد', 'وقد',
  'لم', 'ولم', 'لا', 'ولا', 'لن', 'ولن', 'في', 'وفي', 'من', 'ومن', 'على', 'وعلى', 'هو', 'وهو', 'هي', 'وهي', 'كما',
  'لكن', 'ولكن', 'الا', 'ثم', 'حيث', 'اذ', 'بحسب', 'وبحسب', 'وفقا', 'ووفقا', 'يذكر', 'ويذكر', 'يشار', 'ويشار', 'اما',
  'واما', 'ان', 'وان', 'انه', 'وانه', 'الي', 'والي', 'مع', 'ومع', 'بعد', 'وبعد', 'قبل', 'وقبل', 'خلال', 'وخلال', 'هذا',
  'وهذا', 'هذه', 'وهذه', 'ذلك', 'وذلك', 'وجاء', 'جاء', 'ويأتي', 'وياتي', 'ياتي', 'واعتبر', 'اعتبر', 'ورأى', 'وراي',
  'واستطرد', 'وختم', 'واختتم', 'ودعا', 'دعا', 'وشدد', 'شدد', 'واعرب', 'اعرب', 'ونقل', 'نقل', 'وبذلك', 'وبهذا',
]);

export const caption: CleanPass = (ctx) => {
  const lines = contentLines(ctx);
  if (lines.length < 3) return;
  const long = lines.filter((i) => wordsOf(ctx, i) >= PROSE_WORDS);
  if (long.length === 0) return;
  const punctuated = long.filter((i) => endsLikeSentence(ctx.lines[i]!.text)).length;
  if (punctuated / long.length < MIN_PUNCTUATED_SHARE) return;
  // In plain text the first line is the headline's business; in a page the title is known from the metadata and a
  // short first line is a kicker or a widget label ("مشاهدات عالية").
  for (const i of ctx.format === 'html' ? lines : lines.slice(1)) {
    const text = ctx.lines[i]!.text.trim();
    const words = wordsOf(ctx, i);
    if (words === 0 || words > MAX_CAPTION_WORDS || text.length > MAX_CAPTION_CHARS) continue;
    if (endsLikeSentence(text) || !isGap(ctx, i - 1) || !isGap(ctx, i + 1)) continue;
    const key = keyOf(ctx, i);
    // A list item ("* العنوان: …") or a "label: value" line is structure, not a caption.
    if (/^[*•·\-–—]/u.test(text) || /[:：]/.test(text)) continue;
    const space = key.indexOf(' ');
    const first = space < 0 ? key : key.slice(0, space);
    if (OPENERS.has(first)) continue;
    remove(ctx, i, 'caption');
  }
};
