/**
 * Small word lists for comparing news statements, written by hand from how Arabic news words its facts:
 * - concepts: words outlets use interchangeably for one fact ("وقّع معاهدة" / "توقيع اتفاقية", "ندد" / "أدان"),
 *   so that paraphrases meet;
 * - opposites: words that turn a fact around (ارتفاع / انخفاض، فوز / خسارة), for conflicts and stance;
 * - negators: particles and verbs that deny a statement (لا، لم، لن، ليس، نفى).
 * Entries are plain words; they are compared by matching key (./match-key.ts), so one form covers its inflections.
 */
import { normalizeKey } from '../text/normalize.js';
import { matchKey } from './match-key.js';

const CONCEPTS: Record<string, string[]> = {
  agreement: ['اتفاق', 'اتفاقية', 'معاهدة', 'صفقة', 'اتفاقيات', 'معاهدات'],
  sign: ['وقع', 'توقيع', 'يوقع', 'موقعة', 'وقعا', 'يوقعان'],
  visit: ['زيارة', 'زار', 'يزور', 'جولة'],
  meet: ['التقى', 'لقاء', 'اجتمع', 'اجتماع', 'يجتمع', 'يلتقي', 'محادثات', 'مباحثات', 'مشاورات'],
  condemn: ['ندد', 'تنديد', 'أدان', 'إدانة', 'استنكر', 'استنكار', 'شجب', 'انتقد', 'انتقادات'],
  kill: ['قتل', 'مقتل', 'قتلى', 'مصرع', 'حتفه', 'قتيل'],
  wound: ['جرح', 'جرحى', 'إصابة', 'مصابين', 'أصيب', 'جريح', 'إصابات'],
  attack: ['هجوم', 'هاجم', 'اعتداء', 'غارة', 'ضربة', 'قصف', 'هجمات'],
  refuse: ['رفض', 'يرفض', 'رافض'],
  rise: ['ارتفاع', 'ارتفع', 'يرتفع', 'صعود', 'صعد', 'يصعد', 'زيادة', 'زاد', 'قفز', 'قفزة', 'مكاسب', 'انتعاش', 'ينتعش', 'تحسن', 'يتحسن', 'نمو', 'ينمو'],
  fall: ['انخفاض', 'انخفض', 'ينخفض', 'تراجع', 'يتراجع', 'هبوط', 'هبط', 'يهبط', 'تدني', 'متدني', 'خسائر', 'انحدار', 'تنحدر', 'ينحدر', 'تدهور', 'يتدهور', 'انهيار', 'ينهار', 'سقوط', 'تهاوي'],
  support: ['دعم', 'يدعم', 'مساندة', 'تأييد', 'أيد', 'يؤيد'],
  help: ['مساعدة', 'ساعد', 'يساعد', 'تساعد', 'عون', 'مساعدات'],
  pledge: ['تعهد', 'التزام', 'التزم', 'وعد', 'يتعهد', 'تعهدات'],
  strengthen: ['تعزيز', 'عزز', 'يعزز', 'تعميق', 'عمق', 'توطيد', 'تقوية', 'تطوير'],
  ties: ['علاقات', 'علاقة', 'روابط', 'تعاون'],
  leader: ['رئيس', 'زعيم', 'قائد'],
  war: ['حرب', 'نزاع', 'صراع', 'حروب'],
  worry: ['قلق', 'مقلق', 'مخاوف', 'خشية', 'قلقه'],
  thank: ['شكر', 'امتنان', 'يشكر'],
  announce: ['أعلن', 'إعلان', 'يعلن', 'كشف'],
  arrest: ['اعتقال', 'اعتقل', 'توقيف', 'احتجاز', 'احتجز', 'القبض'],
  journalist: ['صحفيين', 'صحافيين', 'الصحافة', 'إعلاميين', 'مؤتمر صحافي', 'مؤتمر صحفي'],
  weapon: ['سلاح', 'أسلحة', 'الأسلحة'],
  mutual: ['متبادل', 'المتبادلة', 'مشترك', 'المشترك'],
  defense: ['دفاع', 'الدفاعي', 'العسكري', 'عسكري', 'الأمني', 'أمن'],
  accuse: ['اتهم', 'اتهام', 'يتهم', 'اتهامات', 'تتهم'],
  summit: ['قمة', 'القمة'],
  isolation: ['عزلة', 'عزل', 'عزله'],
};

/** Pairs of concepts or words that reverse a statement. */
const OPPOSITES: Array<[string[], string[]]> = [
  [CONCEPTS.rise!, CONCEPTS.fall!],
  [['فوز', 'فاز', 'يفوز', 'انتصار', 'ينتصر'], ['خسارة', 'خسر', 'يخسر', 'هزيمة', 'هزم']],
  [['قبول', 'يقبل', 'وافق', 'موافقة', 'يوافق'], ['رفض', 'يرفض', 'رافض']],
  [['دعم', 'يدعم', 'تأييد', 'أيد', 'يؤيد', 'مساندة'], ['معارضة', 'عارض', 'يعارض', 'ضد']],
  [['فتح', 'يفتح', 'افتتاح', 'افتتح'], ['إغلاق', 'أغلق', 'يغلق', 'غلق']],
  [['إدانة', 'أدان'], ['براءة', 'تبرئة', 'برأ']],
  [['اعتقال', 'اعتقل', 'توقيف', 'احتجاز'], ['إفراج', 'أفرج', 'يفرج', 'إطلاق سراح']],
  [['أعلى', 'أكبر', 'أكثر', 'ذروة', 'قياسي'], ['أدنى', 'أصغر', 'أقل']],
  [['نجاح', 'نجح', 'ينجح'], ['فشل', 'فشلت', 'يفشل', 'إخفاق']],
  [['تعزيز', 'زيادة', 'توسيع', 'رفع', 'يرفع'], ['تقليص', 'خفض', 'يخفض', 'تخفيض', 'تقليل']],
  [['حرب', 'تصعيد', 'تهديد', 'يهدد'], ['سلام', 'تهدئة', 'هدنة', 'هدوء']],
  [['بداية', 'بدء', 'بدأ', 'يبدأ', 'استئناف'], ['نهاية', 'انتهاء', 'انتهى', 'وقف', 'توقف', 'تعليق', 'إنهاء']],
  [['حياة', 'نجاة', 'نجا'], ['وفاة', 'توفي', 'موت', 'مقتل', 'قتل', 'مصرع']],
  [['ارتفاع', 'صعود'], ['تراجع', 'هبوط', 'انخفاض']],
  [['تقدم', 'يتقدم'], ['تأخر', 'يتأخر']],
  [['يسمح', 'سماح', 'سمح'], ['يمنع', 'منع', 'حظر', 'يحظر']],
  [['انسحاب', 'انسحب', 'ينسحب'], ['دخول', 'دخل', 'يدخل', 'تقدم']],
];

const NEGATORS = ['لا', 'لم', 'لن', 'ليس', 'ليست', 'غير', 'عدم', 'دون', 'بدون', 'بلا', 'نفى', 'ينفي', 'تنفي', 'نفت', 'ما'];

function keysOf(words: readonly string[]): string[] {
  return words.flatMap((w) => w.split(' ')).map((w) => matchKey(normalizeKey(w)));
}

const conceptByKey = new Map<string, string>();
for (const [concept, words] of Object.entries(CONCEPTS)) {
  for (const k of keysOf(words)) if (k.length >= 2 && !conceptByKey.has(k)) conceptByKey.set(k, concept);
}

const oppositeSide = new Map<string, Array<{ pair: number; side: 0 | 1 }>>();
OPPOSITES.forEach(([left, right], pair) => {
  for (const [side, words] of [[0, left], [1, right]] as const) {
    for (const k of keysOf(words)) {
      const list = oppositeSide.get(k) ?? [];
      if (!list.some((x) => x.pair === pair && x.side === side)) list.push({ pair, side });
      oppositeSide.set(k, list);
    }
  }
});

const negatorKeys = new Set(NEGATORS.map((w) => normalizeKey(w)));

/** The concept a matching key belongs to (see CONCEPTS), if any. */
export function conceptOf(key: string): string | undefined {
  return conceptByKey.get(key);
}

/** The opposite-pair memberships of a matching key: which pair, and which side of it. */
export function oppositesOf(key: string): ReadonlyArray<{ pair: number; side: 0 | 1 }> {
  return oppositeSide.get(key) ?? [];
}

/** Is this normalised token (its `norm`) a negator? The conjunction و/ف before it is allowed (ولم، فلا). */
export function isNegator(norm: string): boolean {
  return negatorKeys.has(norm) || ((norm[0] === 'و' || norm[0] === 'ف') && negatorKeys.has(norm.slice(1)));
}
