/**
 * Arabic given names, whose spelling is fixed by the language: their long vowels are part of the name, not a
 * transliterator's choice. حسن and حسين, سعد and سعيد, عمر and عمرو, جمال and جميل, أحمد and حامد, محمد and محمود are
 * different names (different people), although each pair differs only by a vowel letter or one consonant that a
 * transliteration would treat as noise. A word of a name found here is compared strictly: only what Arabic
 * orthography itself varies (hamza seats, ة/ه, ى/ي, harakat) may differ.
 *
 * Curated by hand for this project: the common given names of Arab public figures in news, grouped by the
 * near-misses a journalist must not see merged. The list does not have to be complete to be useful: a name that is
 * missing falls back to the transliteration rules, which still tell names apart when a consonant differs.
 */
import { foldNameWord } from './letters.js';

const GROUPS: readonly string[] = [
  'محمد أحمد محمود حامد حمد حميد حمدي حمدان حمادة حماد أمجد ماجد مجدي مجيد ماجدة',
  'حسن حسين حسان حسني حسنين محسن إحسان تحسين حسنى حسناء',
  'سعد سعيد سعود مسعود سعدي سعدية سعيدة سعاد أسعد سعدون',
  'عمر عمرو عامر عمار معمر عمران عمير عميرة',
  'علي عليا علياء عالية عليان',
  'جمال جميل جميلة جمالات',
  'كريم كريمة كرم أكرم مكرم',
  'أمين أمينة آمنة أماني أمان إيمان',
  'نبيل نبيلة نبيه نبهان',
  'سليم سليمة سالم سلمى سلمان سلامة سليمان مسلم إسلام أسامة سلوى سلام سالمة',
  'منى منير منيرة منار',
  'هاني هناء هانية هنادي',
  'وليد ولاء وليدة',
  'يوسف يونس',
  'خالد خليل خلود خولة خليفة خالدة',
  'فاطمة فاتن',
  'زينب زين زينة',
  'رشيد رشدي راشد رشيدة مرشد',
  'ناصر نصر نصير نصار منصور نصري نصرالله',
  'فيصل فاضل فضل فضيل',
  'عادل عدلي عدنان عدلان',
  'رامي رامز رامية',
  'ياسر ياسين يسرى يسري ياسمين',
  'بكر بكري',
  'صالح صلاح مصلح صالحة',
  'زياد زيد زيدان يزيد',
  'مروان مروة',
  'رائد رياض رعد',
  'شريف شرف أشرف مشرف',
  'عصام عاصم عصمت',
  'عزيز عزت عزة معتز',
  'لطيف لطفي لطيفة',
  'نور نورا نورة أنور نوري نوال منور',
  'هدى هادي هدية مهدي',
  'رضا رضوان',
  'بشير بشار بشرى مبشر بشارة',
  'رحمة رحيم رحمن',
  'حليم حلمي حليمة',
  'كمال كامل كاملة',
  'سامي سامر سمير سميرة سمر سامية سمية',
  'نادر نادية ندى نديم',
  'هشام هاشم',
  'جواد جود',
  'إياد عياد',
  'بسام بسمة باسم ابتسام',
  'ليلى لينا',
  'مصطفى إبراهيم إسماعيل طه جعفر طارق وائل أيمن غسان قاسم حاتم جلال بلال حازم شادي تامر مازن معاذ عماد حمزة',
  'أنس ريم رهف دينا رنا عائشة مريم خديجة زهراء زهرة سارة هند دعاء أسماء غادة رغد',
  'عبد عبدالله عبيد عبيدة عابد الله الإله إله عبدالإله',
  'فتح فتحي صبري صبر شكري شكر فوزي فوز رمزي رمز عوني عون',
  'فهد فهمي فهيم',
  'سلطان',
  'تركي',
  'نايف نواف',
  'حمود حمادي',
  // Not given names, but Arabic words too, whose letters are not a transliterator's: a movement and a city that one
  // vowel letter and س / ص would otherwise join (the pair model takes that for a transliteration's variation).
  'حماس حمص',
];

/** Every listed name, folded as the matcher folds words. */
export const NATIVE_NAMES: ReadonlySet<string> = new Set(GROUPS.flatMap((g) => g.split(' ')).map(foldNameWord));

/** True when a folded word of a name is a listed Arabic given name. */
export function isNativeName(folded: string): boolean {
  return NATIVE_NAMES.has(folded);
}
