/**
 * Share, follow, print and app-download prompts: "شارك", "تابعنا على", "انضم إلى قناتنا على تيليجرام", "نسخة
 * للطباعة", "حمل الآن تطبيق …", and lines that are only names of social networks.
 */
import { countWords, endsLikeSentence } from './lines.js';
import { isContent, lineKey, matchRule, remove, rules } from './helpers.js';
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

export const sharePrompt: CleanPass = (ctx) => {
  for (const line of ctx.lines) {
    if (!isContent(ctx, line.index)) continue;
    const key = lineKey(line.text);
    const words = key.split(' ');
    const social = words.length > 0 && words.length <= 8 && words.every((w) => SOCIAL.has(w));
    if (social || (!endsLikeSentence(line.text) || countWords(line.text) <= 3) && matchRule(key, countWords(line.text), PROMPTS)) {
      remove(ctx, line.index, 'share-prompt');
    }
  }
};
