/**
 * Image captions left in scraped text: a short line without sentence punctuation standing alone between blank
 * lines, as in the seed 001 ("مراسم استقبال الرئيس الروسي فلاديمير بوتين في فيتنام"). A crosshead ("ردود أفعال",
 * "أهم المزارات") has the same shape and is the outlet's own text, so the shape alone is not enough; the line must
 * also sit where a picture was:
 * - next to a white-space line (the empty paragraph a scraped <figure> leaves, as around every caption of 001);
 * - or after the last paragraph of prose (galleries appended under the text);
 * - or, in a page, above the first paragraph of prose — there it is a kicker or a widget label ("مشاهدات عالية"),
 *   reported as 'label'.
 * What keeps a paragraph from being taken for one:
 * - the text must be written in punctuated prose (most of its long lines end like sentences); in an unpunctuated
 *   text a short unpunctuated paragraph is ordinary prose;
 * - a line that opens like a reported sentence ("وقال", "وأضاف", "كما", "وفي") is prose;
 * - in plain text, the first content line is the headline's business (title-line), not a caption's.
 * HTML captions come from <figcaption> through hints; this pass is for what the markup no longer says.
 */
import { endsLikeSentence } from './lines.js';
import { contentLines, isGap, keyOf, remove, wordsOf } from './helpers.js';
import type { CleanContext, CleanPass } from './types.js';

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

/**
 * True when a no-break-space (or zero-width) line lies in the gap between line `i` and its neighbour in direction
 * `step`: the empty paragraph an editor puts around a picture. Lines of ASCII spaces do not count: some outlets'
 * scrapes put one between every two paragraphs.
 */
function besideFigureGap(ctx: CleanContext, i: number, step: 1 | -1): boolean {
  for (let j = i + step; j >= 0 && j < ctx.lines.length && isGap(ctx, j); j += step) {
    if (ctx.lineReason[j] === 'whitespace-line' && /[\u00a0\u2000-\u200f\u202f\u205f\u3000\ufeff]/u.test(ctx.lines[j]!.text)) return true;
  }
  return false;
}

export const caption: CleanPass = (ctx) => {
  const lines = contentLines(ctx);
  if (lines.length < 3) return;
  const long = lines.filter((i) => wordsOf(ctx, i) >= PROSE_WORDS);
  if (long.length === 0) return;
  const prose = long.filter((i) => endsLikeSentence(ctx.lines[i]!.text));
  if (prose.length / long.length < MIN_PUNCTUATED_SHARE) return;
  const firstProse = prose[0]!;
  const lastProse = prose[prose.length - 1]!;
  // In plain text the first line is the headline's business; in a page the title is known from the metadata and a
  // short first line is a kicker or a widget label ("مشاهدات عالية").
  for (const i of ctx.format === 'html' ? lines : lines.slice(1)) {
    const text = ctx.lines[i]!.text.trim();
    const words = wordsOf(ctx, i);
    if (words === 0 || words > MAX_CAPTION_WORDS || text.length > MAX_CAPTION_CHARS) continue;
    // A caption names or describes something in words; a line of numbers is data.
    if (!/\p{L}/u.test(text)) continue;
    if (endsLikeSentence(text) || !isGap(ctx, i - 1) || !isGap(ctx, i + 1)) continue;
    const key = keyOf(ctx, i);
    // A list item ("* العنوان: …") or a "label: value" line is structure, not a caption.
    if (/^[*•·\-–—]/u.test(text) || /[:：]/.test(text)) continue;
    const space = key.indexOf(' ');
    const first = space < 0 ? key : key.slice(0, space);
    if (OPENERS.has(first)) continue;
    if (i > lastProse || besideFigureGap(ctx, i, -1) || besideFigureGap(ctx, i, 1)) remove(ctx, i, 'caption');
    else if (ctx.format === 'html' && i < firstProse) remove(ctx, i, 'label');
  }
};
