/**
 * Share, follow, print and app-download prompts: "شارك", "تابعنا على", "انضم إلى قناتنا على تيليجرام", "نسخة
 * للطباعة", "حمل الآن تطبيق …", and lines that are only names of social networks.
 */
import { endsLikeSentence } from './lines.js';
import { contentLines, cutPrefix, isContent, keyOf, lineKey, lineRest, matchLine, remove, rules, wordsOf } from './helpers.js';
import type { CleanPass } from './types.js';

const PROMPTS = [
  ...rules('start', 10, [
    'شارك الخبر', 'شارك المقال', 'شارك هذا', 'شارك على', 'شاركها', 'شارك عبر', 'انشر على', 'انشر الخبر', 'تابعنا على',
    'تابعنا عبر', 'تابعونا على', 'تابعونا عبر', 'تابعوا', 'انضم إلى قناتنا', 'انضموا إلى قناتنا', 'اشترك في قناتنا',
    'حمل تطبيق', 'حمل الآن تطبيق', 'حمل التطبيق', 'حمّل تطبيق', 'نزل تطبيق', 'نسخة للطباعة', 'أرسل لصديق',
    'أرسل إلى صديق', 'أرسل الخبر', 'نسخ الرابط', 'رابط مختصر', 'الرابط المختصر', 'share this', 'share on', 'follow us',
    'download the app',
  ]),
  ...rules('exact', 3, ['شارك', 'مشاركة', 'شاركوا', 'طباعة', 'اطبع', 'تابعنا', 'تابعونا', 'share', 'print', 'tweet', 'email', 'إرسال']),
];
const SOCIAL = new Set([
  'facebook', 'twitter', 'whatsapp', 'telegram', 'instagram', 'youtube', 'linkedin', 'x', 'tiktok', 'snapchat',
  'google', 'play', 'app', 'store', 'messenger', 'email', 'rss', 'pinterest', 'reddit', 'فيسبوك', 'فيس', 'بوك',
  'تويتر', 'واتساب', 'واتس', 'اب', 'تلغرام', 'تيليجرام', 'تليجرام', 'انستغرام', 'انستجرام', 'يوتيوب', 'لينكدان',
  'تيك', 'توك', 'سناب', 'شات', 'ماسنجر', 'البريد', 'الالكتروني', 'بريد', 'طباعه',
]);

/** Words of a share widget glued to the head of the first paragraph ("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك"). */
const WIDGET_WORDS = new Set([...SOCIAL, 'شارك', 'شاركها', 'مشاركه', 'من', 'خلال', 'عبر', 'علي', 'جوجل', 'بلس', 'اكتب', 'رايك', 'تعليقك', 'ارسل', 'لصديق', 'طباعه']);
const MIN_WIDGET_WORDS = 3;

/** The length of a run of share-widget words opening `text`, or 0 (the run must start with شارك and name a network). */
function widgetPrefix(text: string): number {
  const re = /[\p{L}\p{M}]+/gu;
  let end = 0;
  let count = 0;
  let network = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Only spaces between the words: punctuation ends the widget.
    if (text.slice(end, m.index).trim() !== '') break;
    const key = lineKey(m[0]);
    if (!WIDGET_WORDS.has(key)) break;
    if (count === 0 && !key.startsWith('شارك')) return 0;
    if (SOCIAL.has(key)) network = true;
    count++;
    end = m.index + m[0].length;
  }
  if (count < MIN_WIDGET_WORDS || !network) return 0;
  return end + (text.slice(end).length - text.slice(end).trimStart().length);
}

export const sharePrompt: CleanPass = (ctx) => {
  const first = contentLines(ctx)[0];
  if (first !== undefined) {
    const rest = lineRest(ctx, first);
    const length = widgetPrefix(rest.text);
    if (length > 0 && length < rest.text.trimEnd().length) cutPrefix(ctx, first, length, 'share-prompt');
  }
  for (const line of ctx.lines) {
    if (!isContent(ctx, line.index)) continue;
    const count = wordsOf(ctx, line.index);
    if (count > 10) continue;
    const social = count <= 8 && keyOf(ctx, line.index).split(' ').every((w) => SOCIAL.has(w));
    if (social || ((!endsLikeSentence(line.text) || count <= 3) && matchLine(ctx, line.index, PROMPTS))) {
      remove(ctx, line.index, 'share-prompt');
    }
  }
};
