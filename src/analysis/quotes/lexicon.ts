/**
 * The words quotes hang on: reporting verbs with their forms (person, gender, number), complementisers that open
 * reported content, attribution phrases, and the heads of speaker phrases. Every entry is stored as a key folded
 * with DEFAULT_OPTIONS of ../../text/normalize.ts (hamza alefs → ا, ى → ي, harakat and tanween gone), the same key
 * as `Token.norm`, so "قالتْ" and "مؤكداً" are found as قالت and مؤكدا.
 */
import { normalizeKey } from '../../text/normalize.js';

export type Gender = 'm' | 'f';
export type GrammaticalNumber = 'sg' | 'du' | 'pl';

/** How a verb relates to quotes. */
export type VerbClass =
  /** Says something: قال، أكد، أوضح … Content follows (إن، أن، :، «). */
  | 'speech'
  /** Takes an object before what is said: وصف X بأنه، اتهم X بـ، حذر X من. */
  | 'object'
  /** A stance or speech act (ندد، رحب، رفض، دعا): a quote only with a complementiser or quoted words. */
  | 'stance';

export interface VerbForm {
  lemma: string;
  verbClass: VerbClass;
  /** 'finite' verbs carry their subject after them or in their ending; participles continue the clause's speaker. */
  form: 'finite' | 'participle';
  gender?: Gender;
  number?: GrammaticalNumber;
}

// lemma (past 3ms) | past 3fs | past 3mp | present 3ms | present 3fs | present 3mp | participle | class
// Participle column: "-" for none; the masculine accusative (قائلا) alone; or with "+", also the feminine and the
// masculine plural (قائلة، قائلين). Many participles are also common nouns or adjectives (مدينة "city" from أدان،
// مبلغ "amount" from أبلغ، متابعة "follow-up"، مطالبة "demand"، مقرا "headquarters"، داعية "preacher"، مهددة
// "endangered"، متوقعة "expected"): those forms are left out, since a participle cue also ends the clause before it.
// A "-" in any column leaves that form out: يبلغ is mostly "amounts to", not "informs". بيّن is kept (بين is also
// "between", so it must be followed closely by a complementiser: TIGHT_LEMMAS); عبّر ("via" عبر) and وعد ("promise",
// وعد بلفور) are left out, and ختم / اختتم ("concluded") rarely introduce what was said.
const VERBS: readonly string[] = [
  'قال|قالت|قالوا|يقول|تقول|يقولون|قائلا+|speech',
  'أضاف|أضافت|أضافوا|يضيف|تضيف|يضيفون|مضيفا+|speech',
  'أكد|أكدت|أكدوا|يؤكد|تؤكد|يؤكدون|مؤكدا+|speech',
  'أوضح|أوضحت|أوضحوا|يوضح|توضح|يوضحون|موضحا+|speech',
  'أشار|أشارت|أشاروا|يشير|تشير|يشيرون|مشيرا+|speech',
  'نفى|نفت|نفوا|ينفي|تنفي|ينفون|نافيا+|speech',
  'شدد|شددت|شددوا|يشدد|تشدد|يشددون|مشددا+|speech',
  'أعلن|أعلنت|أعلنوا|يعلن|تعلن|يعلنون|معلنا|speech',
  'اعتبر|اعتبرت|اعتبروا|-|-|-|معتبرا+|speech',
  'ذكر|ذكرت|ذكروا|يذكر|تذكر|يذكرون|-|speech',
  'تابع|تابعت|تابعوا|يتابع|تتابع|يتابعون|متابعا|speech',
  'لفت|لفتت|لفتوا|يلفت|تلفت|يلفتون|لافتا+|speech',
  'أفاد|أفادت|أفادوا|يفيد|تفيد|يفيدون|-|speech',
  'صرح|صرحت|صرحوا|يصرح|تصرح|يصرحون|مصرحا|speech',
  'أردف|أردفت|أردفوا|يردف|تردف|يردفون|مردفا|speech',
  'استطرد|استطردت|استطردوا|يستطرد|تستطرد|يستطردون|مستطردا|speech',
  'زعم|زعمت|زعموا|يزعم|تزعم|يزعمون|زاعما+|speech',
  'ادعى|ادعت|ادعوا|يدعي|تدعي|يدعون|-|speech',
  'رأى|رأت|رأوا|يرى|ترى|يرون|-|speech',
  'أعرب|أعربت|أعربوا|يعرب|تعرب|يعربون|معربا+|speech',
  'كشف|كشفت|كشفوا|يكشف|تكشف|يكشفون|كاشفا+|speech',
  'أقر|أقرت|أقروا|يقر|تقر|يقرون|-|speech',
  'اعترف|اعترفت|اعترفوا|يعترف|تعترف|يعترفون|معترفا+|speech',
  'كتب|كتبت|كتبوا|يكتب|تكتب|يكتبون|-|speech',
  'غرد|غردت|غردوا|يغرد|تغرد|يغردون|-|speech',
  'أبلغ|أبلغت|أبلغوا|-|-|-|-|speech',
  'أخبر|أخبرت|أخبروا|يخبر|تخبر|يخبرون|-|speech',
  'تساءل|تساءلت|تساءلوا|يتساءل|تتساءل|يتساءلون|متسائلا+|speech',
  'لاحظ|لاحظت|لاحظوا|يلاحظ|تلاحظ|يلاحظون|-|speech',
  'نبه|نبهت|نبهوا|ينبه|تنبه|ينبهون|-|speech',
  'توقع|توقعت|توقعوا|يتوقع|تتوقع|يتوقعون|-|speech',
  'تحدث|تحدثت|تحدثوا|يتحدث|تتحدث|يتحدثون|-|speech',
  'نقل|نقلت|نقلوا|ينقل|تنقل|ينقلون|ناقلا|speech',
  'ألمح|ألمحت|ألمحوا|يلمح|تلمح|يلمحون|ملمحا+|speech',
  'رد|ردت|ردوا|يرد|ترد|يردون|-|speech',
  'بين|بينت|بينوا|-|-|-|مبينا|speech',
  'نوه|نوهت|نوهوا|ينوه|تنوه|ينوهون|منوها|speech',
  'اقترح|اقترحت|اقترحوا|يقترح|تقترح|يقترحون|-|speech',
  'وصف|وصفت|وصفوا|يصف|تصف|يصفون|واصفا+|object',
  'اتهم|اتهمت|اتهموا|يتهم|تتهم|يتهمون|متهما|object',
  'حذر|حذرت|حذروا|يحذر|تحذر|يحذرون|محذرا+|object',
  'هدد|هددت|هددوا|يهدد|تهدد|يهددون|مهددا|object',
  'طالب|طالبت|طالبوا|يطالب|تطالب|يطالبون|مطالبا+|object',
  'دعا|دعت|دعوا|يدعو|تدعو|يدعون|داعيا|object',
  'شكر|شكرت|شكروا|يشكر|تشكر|يشكرون|شاكرا+|object',
  'حث|حثت|حثوا|يحث|تحث|يحثون|حاثا|object',
  'ناشد|ناشدت|ناشدوا|يناشد|تناشد|يناشدون|مناشدا+|object',
  'ندد|نددت|نددوا|يندد|تندد|ينددون|منددا+|stance',
  'أدان|أدانت|أدانوا|يدين|تدين|يدينون|-|stance',
  'انتقد|انتقدت|انتقدوا|ينتقد|تنتقد|ينتقدون|منتقدا+|stance',
  'رحب|رحبت|رحبوا|يرحب|ترحب|يرحبون|-|stance',
  'رفض|رفضت|رفضوا|يرفض|ترفض|يرفضون|رافضا+|stance',
  'تعهد|تعهدت|تعهدوا|يتعهد|تتعهد|يتعهدون|متعهدا+|stance',
  'هاجم|هاجمت|هاجموا|يهاجم|تهاجم|يهاجمون|-|stance',
  'أبدى|أبدت|أبدوا|يبدي|تبدي|يبدون|مبديا+|stance',
  'أشاد|أشادت|أشادوا|يشيد|تشيد|يشيدون|مشيدا+|stance',
];

const key = (s: string) => normalizeKey(s);

function buildVerbForms(): Map<string, VerbForm> {
  const forms = new Map<string, VerbForm>();
  const add = (word: string, f: VerbForm) => { const k = key(word); if (!forms.has(k)) forms.set(k, f); };
  for (const line of VERBS) {
    const [past, pastF, pastPl, pres, presF, presPl, participle, cls] = line.split('|') as [string, string, string, string, string, string, string, VerbClass];
    const lemma = key(past);
    const finite = (gender: Gender, number: GrammaticalNumber): VerbForm => ({ lemma, verbClass: cls, form: 'finite', gender, number });
    const addForm = (word: string, f: VerbForm) => { if (word !== '-') add(word, f); };
    addForm(past, finite('m', 'sg'));
    addForm(pastF, finite('f', 'sg'));
    addForm(pastPl, finite('m', 'pl'));
    addForm(pres, finite('m', 'sg'));
    addForm(presF, finite('f', 'sg'));
    addForm(presPl, finite('m', 'pl'));
    // Duals: قالتا, يقولان / تقولان. Not the masculine past dual (قالا): its spelling is that of the accusative
    // verbal noun (شكرا "thanks"، رفضا، حذرا "caution"، ذكرا), which news writes far more often.
    if (pastF !== '-') addForm(pastF + 'ا', finite('f', 'du'));
    if (pres !== '-') addForm(pres + 'ان', finite('m', 'du'));
    if (presF !== '-') addForm(presF + 'ان', finite('f', 'du'));
    // Participles continue the clause: قائلا، and where safe قائلة، قائلين.
    if (participle === '-') continue;
    const full = participle.endsWith('+');
    const accusative = full ? participle.slice(0, -1) : participle;
    const stem = accusative.endsWith('ا') ? accusative.slice(0, -1) : accusative;
    const part = (gender: Gender, number: GrammaticalNumber): VerbForm => ({ lemma, verbClass: cls, form: 'participle', gender, number });
    add(accusative, part('m', 'sg'));
    if (full) {
      add(stem + 'ة', part('f', 'sg'));
      add(stem + 'ين', part('m', 'pl'));
    }
  }
  return forms;
}

/** Every form of every reporting verb, by folded key. */
export const VERB_FORMS: ReadonlyMap<string, VerbForm> = buildVerbForms();

// Object pronouns written onto a verb: وصفها، أخبرها والدها، نقلته وسائل الإعلام. Longest first.
const OBJECT_SUFFIXES = ['هما', 'ها', 'هم', 'هن', 'ه', 'ني', 'نا', 'كم', 'ك'];

// Forms recognised only with an object pronoun: تعتبر alone is mostly the passive "is considered" (تعتبر متواضعة),
// تعتبرها "considers it" is active (وتعتبرها واشنطن «شريكا على الأرض»).
const WITH_OBJECT_ONLY: ReadonlyMap<string, VerbForm> = new Map([
  ['يعتبر', { lemma: key('اعتبر'), verbClass: 'speech', form: 'finite', gender: 'm', number: 'sg' }],
  ['تعتبر', { lemma: key('اعتبر'), verbClass: 'speech', form: 'finite', gender: 'f', number: 'sg' }],
] as const);

function lookUp(norm: string): VerbForm | undefined {
  const direct = VERB_FORMS.get(norm);
  if (direct) return direct;
  for (const suffix of OBJECT_SUFFIXES) {
    if (!norm.endsWith(suffix) || norm.length - suffix.length < 3) continue;
    const base = norm.slice(0, -suffix.length);
    // The feminine ت and plural وا change shape before a pronoun: وصفته → وصفت، قالوه → قالوا.
    let form = VERB_FORMS.get(base) ?? WITH_OBJECT_ONLY.get(base);
    if (!form && base.endsWith('و')) form = VERB_FORMS.get(base + 'ا');
    if (form && form.form === 'finite') return form;
  }
  return undefined;
}

/**
 * The reporting verb a token's key stands for, allowing the conjunctions و and ف written onto it (وقال، فأضاف،
 * وأكدت), the ل of purpose before a present form (ليرد، لتؤكد) and an object pronoun after it (أخبرها، وصفته).
 * Returns undefined for any other word.
 */
export function verbForm(norm: string): VerbForm | undefined {
  const direct = lookUp(norm);
  if (direct) return direct;
  let rest = norm;
  if ((rest.startsWith('و') || rest.startsWith('ف')) && rest.length > 3) {
    const f = lookUp(rest.slice(1));
    if (f) return f;
    rest = rest.slice(1);
  }
  if (rest.startsWith('ل') && (rest[1] === 'ي' || rest[1] === 'ت') && rest.length > 3) {
    const f = lookUp(rest.slice(1));
    if (f && f.form === 'finite') return f;
  }
  return undefined;
}

/** Lemmas that are also common other words (بين "between"): a cue only with a complementiser close after. */
export const TIGHT_LEMMAS: ReadonlySet<string> = new Set(['بين'].map(key));

/**
 * Lemmas that report content only through one preposition: تحدث عن أن ("spoke of"), since تحدث is also تُحدث
 * "causes" and يحدث "happens".
 */
export const REQUIRED_PREPOSITION: ReadonlyMap<string, string> = new Map([['تحدث', 'عن']].map(([v, p]) => [key(v!), key(p!)]));

/**
 * Impersonal forms: يذكر أن … "it is worth mentioning that", يتوقع أن … "it is expected that" are the outlet's own
 * voice (the passive, spelled like the active without harakat), not a quote, when no subject follows the verb.
 */
export const IMPERSONAL_FORMS: ReadonlySet<string> = new Set(['يذكر', 'ويذكر', 'يشار', 'ويشار', 'يتوقع', 'ويتوقع', 'يقال',
  'ويقال', 'يعتقد', 'ويعتقد'].map(key));

/** Words before a verb that make it impersonal: الجدير ذكره أن …، والجدير بالذكر أن … */
export const IMPERSONAL_BEFORE: ReadonlySet<string> = new Set(['الجدير', 'والجدير', 'من', 'ومن'].map(key));

/**
 * Words before a complementiser that make it concessive or temporal, not the start of what was said:
 * رغم أنها، بعد أن، قبل أن، إلا أن، غير أن، كما أن، لو أن.
 */
export const NON_REPORTING_BEFORE: ReadonlySet<string> = new Set([
  'رغم', 'ورغم', 'برغم', 'بالرغم', 'وبالرغم', 'بعد', 'وبعد', 'قبل', 'وقبل', 'إلا', 'غير', 'كما', 'لو', 'ولو', 'منذ',
  'حتى', 'مع', 'سوى', 'بما', 'حيث', 'إذ', 'لولا', 'علما', 'باعتبار', 'باعتبار', 'يبدو', 'ويبدو', 'يعني', 'فضلا',
].map(key));

/** Relative pronouns: الذين حذروا من … — the speaker is what they refer back to. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان'].map(key));

/** Complementisers that open reported content: قال إن …، أكد أن …، أفاد بأن …، قال إنه … */
export const COMPLEMENTISERS: ReadonlySet<string> = new Set([
  'إن', 'أن', 'بأن', 'وإن', 'وأن', 'وبأن', 'إنه', 'أنه', 'بأنه', 'إنها', 'أنها', 'بأنها', 'إنهم', 'أنهم', 'بأنهم',
  'إنهما', 'أنهما', 'بأنهما', 'إنني', 'أنني', 'بأنني', 'إننا', 'أننا', 'بأننا', 'إنهن', 'أنهن',
].map(key));

/** Complementisers that carry a pronoun: the pronoun belongs to what was said (قال إنه سيزور …). */
export function carriesPronoun(norm: string): boolean {
  return COMPLEMENTISERS.has(norm) && !['ان', 'بان', 'وان', 'وبان'].includes(norm);
}

/** Prepositions a verb takes before its complementiser: أشار إلى أن، حذر من أن، شدد على أن، كشف عن أن. */
export const PRE_COMPLEMENTISER: ReadonlySet<string> = new Set(['إلى', 'من', 'على', 'عن'].map(key));

/**
 * Attribution phrases: the sentence around them is attributed to the source that follows.
 * Two-word phrases are given with a space.
 */
export const ATTRIBUTION_CUES: readonly string[] = [
  'بحسب', 'حسب', 'وبحسب', 'وحسب', 'حسبما', 'وحسبما', 'وفقا ل', 'وفق', 'ووفقا ل', 'وفقا لما', 'طبقا ل', 'نقلا عن',
  'استنادا إلى', 'على حد قول', 'على حد تعبير', 'كما نقلت', 'على ما أفاد', 'على ما ذكر', 'بحسب ما', 'حسب ما',
].map(key);

/**
 * Heads of speaker phrases that are not names: roles, institutions, groups and sources
 * (ناطق باسم الخارجية، مسؤول أوكراني كبير، مصادر مطلعة، الكرملين).
 */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'الرئيس', 'رئيس', 'الرئيسة', 'رئيسة', 'نائب', 'النائب', 'الوزير', 'وزير', 'الوزيرة', 'وزيرة', 'المتحدث', 'متحدث',
  'المتحدثة', 'متحدثة', 'الناطق', 'ناطق', 'الناطقة', 'ناطقة', 'الأمين', 'السفير', 'سفير', 'السفيرة', 'الزعيم', 'زعيم',
  'الملك', 'الأمير', 'الشيخ', 'المستشار', 'مستشار', 'المستشارة', 'مستشارة', 'مسؤول', 'المسؤول', 'مسؤولة', 'مسؤولون',
  'مسؤولين', 'المسؤولون', 'مصدر', 'المصدر', 'مصادر', 'المصادر', 'محللون', 'محللين', 'خبراء', 'الخبراء', 'خبير',
  'الخبير', 'شهود', 'سكان', 'مراقبون', 'دبلوماسيون', 'دبلوماسي', 'مبعوث', 'المبعوث', 'المندوب', 'مندوب', 'ممثل',
  'الممثل', 'قائد', 'القائد', 'مدير', 'المدير', 'مديرة', 'المديرة', 'المفوض', 'المفوضية', 'الخارجية', 'الوزارة',
  'وزارة', 'الكرملين', 'البيت', 'الحكومة', 'حكومة', 'الجيش', 'جيش', 'الشرطة', 'السلطات', 'البنتاغون', 'الرئاسة',
  'السفارة', 'سفارة', 'الطرفان', 'الجانبان', 'البلدان', 'الطرفين', 'الجانبين', 'الزعيمان', 'الرئيسان', 'الوكالة',
  'وكالة', 'صحيفة', 'الصحيفة', 'شبكة', 'الشبكة', 'قناة', 'القناة', 'موقع', 'الموقع', 'مجلة', 'المجلة', 'بيان',
  'البيان', 'المنظمة', 'منظمة', 'الأمم', 'الاتحاد', 'الحزب', 'حزب', 'الحركة', 'حركة', 'المحكمة', 'محكمة', 'البرلمان',
  'مجلس', 'المجلس', 'اللجنة', 'لجنة', 'مكتب', 'المكتب', 'الهيئة', 'هيئة', 'المعارضة', 'مسؤولو', 'ممثلو', 'قادة',
  'القادة', 'عضو', 'أعضاء', 'النائبة', 'رئيسا', 'وزيرا', 'الأطراف', 'المحلل', 'محلل', 'المراقبون', 'متحدثا', 'ناطقا',
  'ضابط', 'الضابط', 'خادم', 'لجنة', 'مؤسسة', 'المؤسسة', 'الشركة', 'شركة', 'النيابة', 'نيابة', 'الادعاء', 'المدعي', 'رئاسة',
].map(key));

/** Nouns that name a source in attributions (بحسب تقديرات …، وفقا لإحصاءات …) besides roles and institutions. */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'تقرير', 'التقرير', 'تقارير', 'تقديرات', 'إحصاءات', 'إحصائيات', 'إحصائية', 'بيانات', 'دراسة', 'الدراسة', 'استطلاع',
  'أرقام', 'معلومات', 'وثيقة', 'وثائق', 'شهادات', 'تصريحات', 'تصريح', 'رواية', 'مصادر', 'وسائل', 'سجلات', 'نتائج',
].map(key));

/** Words that describe a role head without being a name: كبير، رفيع، بارز، مطلعة … (nisba adjectives are found by form). */
export const ROLE_ADJECTIVES: ReadonlySet<string> = new Set([
  'كبير', 'كبيرة', 'كبار', 'رفيع', 'رفيعة', 'بارز', 'بارزة', 'سابق', 'سابقة', 'مطلع', 'مطلعة', 'مطلعون', 'مقرب',
  'مقربة', 'مقربون', 'رسمي', 'رسمية', 'العام', 'العامة', 'الأعلى', 'الجديد', 'الجديدة', 'الحالي', 'الحالية', 'السابق',
  'السابقة', 'المستوى', 'الأبيض', 'المتحدة', 'الأول', 'الأولى', 'الثاني', 'مشترك', 'المشترك', 'مشتركة', 'المشتركة',
  'مختلفة', 'عدة', 'عديدة', 'آخرون', 'آخر', 'أخرى', 'نفسه', 'نفسها', 'الشريفين',
].map(key));

/** Prepositions inside a role phrase that take one noun phrase with them: ناطق باسم الخارجية، السفير لدى فيتنام. */
export const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(['باسم', 'لدى', 'في'].map(key));

/**
 * Words before a quoted name that make it a title, not a quote: صحيفة «نان دان»، شبكة “سي إن إن”، عملية «طوفان الأقصى».
 */
export const NAMING_HEADS: ReadonlySet<string> = new Set([
  'صحيفة', 'الصحيفة', 'جريدة', 'وكالة', 'شبكة', 'قناة', 'القناة', 'موقع', 'مجلة', 'إذاعة', 'تلفزيون', 'حزب', 'حركة',
  'جماعة', 'منظمة', 'عملية', 'العملية', 'عنوان', 'بعنوان', 'وسم', 'هاشتاغ', 'هاشتاج', 'شعار', 'اسم', 'باسم',
  'كتاب', 'كتابه', 'فيلم', 'برنامج', 'مبادرة', 'مشروع', 'خطة', 'مؤتمر', 'قمة', 'منتدى', 'جائزة', 'مسلسل', 'رواية',
  'أغنية', 'تطبيق', 'شركة', 'مجموعة', 'تحالف', 'ائتلاف', 'لواء', 'كتيبة', 'فرقة', 'مسمى', 'المسماة', 'المسمى',
  'يسمى', 'تسمى', 'بـ', 'يعرف', 'تعرف', 'المعروفة', 'المعروف', 'لقب', 'الملقب', 'الملقبة', 'منصة', 'حساب', 'صفحة',
].map(key));

/** Words that end a speaker phrase: what follows is where, when or to whom it was said, or the content. */
export const SPEAKER_STOPS: ReadonlySet<string> = new Set([
  'في', 'خلال', 'أمام', 'عبر', 'على', 'عن', 'من', 'إلى', 'مع', 'بعد', 'قبل', 'عند', 'حول', 'منذ', 'أمس', 'اليوم',
  'غدا', 'الليلة', 'صباح', 'مساء', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
  'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'نقلا', 'حسب', 'بحسب', 'وفقا', 'إنه', 'أيضا', 'كذلك', 'بدوره', 'بدورها',
  'لاحقا', 'مؤخرا', 'سابقا', 'حينها', 'آنذاك', 'ردا', 'تعليقا', 'معلقا', 'إثر', 'عقب', 'لدى', 'بين', 'وسط', 'ضمن',
  'قد', 'لقد', 'كان', 'كانت', 'هو', 'هي', 'هم', 'ثم', 'كما', 'و', 'أو', 'لكن', 'بل', 'إذ', 'حيث', 'بينما',
  'بنفسه', 'بنفسها', 'نفسه', 'نفسها', 'بدوره', 'بدورها', 'عليه', 'عليها', 'عليهم', 'إياه', 'إياها',
].map(key));

/** Words that open a sentence without being its subject: وفي ختام …، ومن جهته، … */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['قد', 'وقد', 'فقد', 'لقد', 'كما', 'ثم', 'بدوره', 'بدورها'].map(key));

/** Folded key of a word, for callers comparing against these sets. */
export function lexiconKey(word: string): string {
  return key(word);
}
