/**
 * Arabic number words, Modern Standard and dialectal (Egyptian and Levantine spellings as in Duckling's corpora),
 * keyed by lexical key (fold.ts: ة → ه, ئ → ي, so مائة، مئة، ماية، مية meet at two keys).
 *
 * Classes drive the composition grammar in parse-words.ts:
 * - unit 1–9; `teenOnly` forms (أحد، إحدى، اثنا، اثني…) exist only before عشر/عشرة;
 * - ten: عشرة/عشر (10 alone, and the second word of a teen: ثلاثة عشر);
 * - teen: one-word dialect teens (حداشر، اتناشر، تلتاشر…);
 * - tens 20–90; hundred (مئة: alone 100, after a unit "ثلاث مئة" 300); hundreds (ثلاثمائة، مئتان، متين …);
 * - mult: ألف، مليون، مليار، تريليون with their dual (×2) and plural (needs a count: ثلاثة آلاف) forms;
 * - fraction: نصف، ربع، ثلث، ثلثا; point: فاصلة (the decimal point said aloud: "واحد فاصلة خمسة").
 * `weak` words are also common non-number words (ست "lady", سبع "lion", خمس and عشر "a fifth", "a tenth", تمن
 * "price"): alone they count only before an indefinite noun (ست سنوات), never by themselves.
 */
import { keySet, lexicon } from './fold.js';

export type WordClass = 'zero' | 'unit' | 'ten' | 'teen' | 'tens' | 'hundred' | 'hundreds' | 'mult' | 'fraction' | 'point';

export interface NumberWord {
  cls: WordClass;
  value: number;
  weak?: boolean;
  /** Exists only as the first word of a teen (أحد عشر، اثنا عشر). */
  teenOnly?: boolean;
  /** Dual form of a multiplier: ألفان = 2 × 1000. */
  dual?: boolean;
  /** Plural form of a multiplier: آلاف needs a count before it (ثلاثة آلاف); alone it is a vague magnitude. */
  plural?: boolean;
  /** Feminine form (for reading "الثالثة" as a clock hour and agreement checks). */
  feminine?: boolean;
}

const u = (value: number, extra: Partial<NumberWord> = {}): NumberWord => ({ cls: 'unit', value, ...extra });

export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = lexicon<NumberWord>([
  ['صفر', { cls: 'zero', value: 0 }],
  // 1 and 2: أحد and إحدى alone mean "someone" / "one of", so they are numbers only in teens.
  ['واحد', u(1)], ['واحدة', u(1, { feminine: true })],
  ['أحد', u(1, { teenOnly: true })], ['إحدى', u(1, { teenOnly: true, feminine: true })],
  ['اثنان', u(2)], ['اثنين', u(2)], ['إثنين', u(2)], ['اثنتان', u(2, { feminine: true })],
  ['اثنتين', u(2, { feminine: true })], ['ثنتين', u(2, { feminine: true })], ['ثنتان', u(2, { feminine: true })],
  ['اتنين', u(2)], ['إتنين', u(2)], ['اتنان', u(2)],
  ['اثنا', u(2, { teenOnly: true })], ['اثني', u(2, { teenOnly: true })], ['اثنى', u(2, { teenOnly: true })],
  ['إثنى', u(2, { teenOnly: true })], ['إثنتى', u(2, { teenOnly: true, feminine: true })],
  ['اثنتا', u(2, { teenOnly: true, feminine: true })], ['اثنتي', u(2, { teenOnly: true, feminine: true })],
  ['ثلاثة', u(3)], ['ثلاث', u(3, { feminine: true })], ['تلاتة', u(3)], ['تلات', u(3, { feminine: true })],
  ['أربعة', u(4)], ['أربع', u(4, { feminine: true })],
  ['خمسة', u(5)], ['خمس', u(5, { weak: true, feminine: true })],
  ['ستة', u(6)], ['ست', u(6, { weak: true, feminine: true })],
  ['سبعة', u(7)], ['سبع', u(7, { weak: true, feminine: true })],
  ['ثمانية', u(8)], ['ثماني', u(8, { feminine: true })], ['ثمان', u(8, { feminine: true })],
  ['تمانية', u(8)], ['تمنية', u(8)], ['تماني', u(8, { feminine: true })], ['تمن', u(8, { weak: true })],
  ['تسعة', u(9)], ['تسع', u(9, { weak: true, feminine: true })],
  ['عشرة', { cls: 'ten', value: 10 }], ['عشر', { cls: 'ten', value: 10, weak: true, feminine: true }],
  // Dialect one-word teens (Egyptian, Levantine).
  ['حداشر', { cls: 'teen', value: 11 }], ['احداشر', { cls: 'teen', value: 11 }], ['حدعشر', { cls: 'teen', value: 11 }],
  ['اتناشر', { cls: 'teen', value: 12 }], ['إتناشر', { cls: 'teen', value: 12 }], ['اطناشر', { cls: 'teen', value: 12 }],
  ['اثناشر', { cls: 'teen', value: 12 }],
  ['تلتاشر', { cls: 'teen', value: 13 }], ['تلاتاشر', { cls: 'teen', value: 13 }], ['ثلطاشر', { cls: 'teen', value: 13 }],
  ['تلطاشر', { cls: 'teen', value: 13 }],
  ['اربعتاشر', { cls: 'teen', value: 14 }], ['اربعطاشر', { cls: 'teen', value: 14 }], ['أربعتاشر', { cls: 'teen', value: 14 }],
  ['خمستاشر', { cls: 'teen', value: 15 }], ['خمسطاشر', { cls: 'teen', value: 15 }],
  ['ستاشر', { cls: 'teen', value: 16 }], ['سطاشر', { cls: 'teen', value: 16 }], ['سّتاشر', { cls: 'teen', value: 16 }],
  ['سبعتاشر', { cls: 'teen', value: 17 }], ['سبعطاشر', { cls: 'teen', value: 17 }],
  ['تمنتاشر', { cls: 'teen', value: 18 }], ['تمانتاشر', { cls: 'teen', value: 18 }], ['تمنطاشر', { cls: 'teen', value: 18 }],
  ['تسعتاشر', { cls: 'teen', value: 19 }], ['تسعطاشر', { cls: 'teen', value: 19 }],
  ['عشرون', { cls: 'tens', value: 20 }], ['عشرين', { cls: 'tens', value: 20 }],
  ['ثلاثون', { cls: 'tens', value: 30 }], ['ثلاثين', { cls: 'tens', value: 30 }], ['تلاتين', { cls: 'tens', value: 30 }],
  ['أربعون', { cls: 'tens', value: 40 }], ['أربعين', { cls: 'tens', value: 40 }],
  ['خمسون', { cls: 'tens', value: 50 }], ['خمسين', { cls: 'tens', value: 50 }],
  ['ستون', { cls: 'tens', value: 60 }], ['ستين', { cls: 'tens', value: 60 }],
  ['سبعون', { cls: 'tens', value: 70 }], ['سبعين', { cls: 'tens', value: 70 }],
  ['ثمانون', { cls: 'tens', value: 80 }], ['ثمانين', { cls: 'tens', value: 80 }], ['تمانين', { cls: 'tens', value: 80 }],
  ['تسعون', { cls: 'tens', value: 90 }], ['تسعين', { cls: 'tens', value: 90 }],
  ['مائة', { cls: 'hundred', value: 100 }], ['مئة', { cls: 'hundred', value: 100 }], ['مية', { cls: 'hundred', value: 100 }],
  ['ماية', { cls: 'hundred', value: 100 }], ['مائه', { cls: 'hundred', value: 100 }],
  ['مائتان', { cls: 'hundreds', value: 200 }], ['مائتين', { cls: 'hundreds', value: 200 }],
  ['مئتان', { cls: 'hundreds', value: 200 }], ['مئتين', { cls: 'hundreds', value: 200 }],
  // مئتا folds to ميتا, which is also the company Meta: weak, a number only before a noun or a multiplier.
  ['مائتا', { cls: 'hundreds', value: 200, weak: true }], ['مئتا', { cls: 'hundreds', value: 200, weak: true }],
  ['مائتي', { cls: 'hundreds', value: 200 }],
  ['مئتي', { cls: 'hundreds', value: 200 }], ['ميتين', { cls: 'hundreds', value: 200 }], ['متين', { cls: 'hundreds', value: 200 }],
  ...hundreds(),
  ['ألف', { cls: 'mult', value: 1e3 }], ['ألفا', { cls: 'mult', value: 1e3 }],
  ['ألفان', { cls: 'mult', value: 1e3, dual: true }], ['ألفين', { cls: 'mult', value: 1e3, dual: true }],
  ['آلاف', { cls: 'mult', value: 1e3, plural: true }], ['ألوف', { cls: 'mult', value: 1e3, plural: true }],
  ['مليون', { cls: 'mult', value: 1e6 }], ['مليونا', { cls: 'mult', value: 1e6 }],
  ['مليونان', { cls: 'mult', value: 1e6, dual: true }], ['مليونين', { cls: 'mult', value: 1e6, dual: true }],
  ['ملايين', { cls: 'mult', value: 1e6, plural: true }],
  ['مليار', { cls: 'mult', value: 1e9 }], ['مليارا', { cls: 'mult', value: 1e9 }],
  ['بليون', { cls: 'mult', value: 1e9 }], ['بليونا', { cls: 'mult', value: 1e9 }],
  ['ملياران', { cls: 'mult', value: 1e9, dual: true }], ['مليارين', { cls: 'mult', value: 1e9, dual: true }],
  ['مليارات', { cls: 'mult', value: 1e9, plural: true }], ['بلايين', { cls: 'mult', value: 1e9, plural: true }],
  ['تريليون', { cls: 'mult', value: 1e12 }], ['تريليونا', { cls: 'mult', value: 1e12 }],
  ['تريليونان', { cls: 'mult', value: 1e12, dual: true }], ['تريليونين', { cls: 'mult', value: 1e12, dual: true }],
  ['تريليونات', { cls: 'mult', value: 1e12, plural: true }],
  ['نصف', { cls: 'fraction', value: 1 / 2 }], ['ربع', { cls: 'fraction', value: 1 / 4 }],
  ['ثلث', { cls: 'fraction', value: 1 / 3 }], ['ثلثا', { cls: 'fraction', value: 2 / 3 }],
  ['ثلثي', { cls: 'fraction', value: 2 / 3 }],
  // نص is also "text": a number only after و ("لتر ونص") or before a unit (quantities decide).
  ['نص', { cls: 'fraction', value: 1 / 2, weak: true }],
  ['فاصلة', { cls: 'point', value: 0 }], ['فاصله', { cls: 'point', value: 0 }],
]);

function hundreds(): Array<[string, NumberWord]> {
  const stems: Array<[number, string[]]> = [
    [3, ['ثلاث', 'ثلث', 'تلت', 'تلات']], [4, ['أربع', 'ربع']], [5, ['خمس']], [6, ['ست']], [7, ['سبع']],
    [8, ['ثمان', 'ثماني', 'تمن', 'تمان']], [9, ['تسع']],
  ];
  const out: Array<[string, NumberWord]> = [];
  for (const [n, forms] of stems) {
    for (const f of forms) for (const h of ['مائة', 'مئة', 'مية', 'ماية']) out.push([f + h, { cls: 'hundreds', value: n * 100 }]);
  }
  return out;
}

/** Vague magnitudes: "عشرات" tens of, "مئات" hundreds of … A following plural multiplier scales them. */
export const VAGUE_WORDS: ReadonlyMap<string, number> = lexicon<number>([
  ['عشرات', 10], ['مئات', 100], ['مئآت', 100], ['آلاف', 1e3], ['ألوف', 1e3], ['ملايين', 1e6], ['مليارات', 1e9],
  ['بلايين', 1e9],
]);

/** The definite plural multipliers that follow a vague word: "عشرات الآلاف", "مئات الملايين". */
export const VAGUE_SCALES: ReadonlyMap<string, number> = lexicon<number>([
  ['الآلاف', 1e3], ['الألوف', 1e3], ['الملايين', 1e6], ['المليارات', 1e9], ['البلايين', 1e9],
]);

/** "a few": بضعة أيام (3–9), بضعة آلاف (3,000–9,000). */
export const FEW_WORDS: ReadonlyMap<string, boolean> = lexicon<boolean>([['بضع', true], ['بضعة', true]]);

export interface OrdinalWord {
  value: number;
  feminine?: boolean;
}

/** Ordinal forms of 1–10 (with or without ال): الأول، الثانية، ثالث … and the teen forms الحادي، الحادية. */
export const ORDINAL_WORDS: ReadonlyMap<string, OrdinalWord> = lexicon<OrdinalWord>([
  ['أول', { value: 1 }], ['أولى', { value: 1, feminine: true }], ['حادي', { value: 1 }], ['حادية', { value: 1, feminine: true }],
  ['ثاني', { value: 2 }], ['ثانية', { value: 2, feminine: true }], ['ثان', { value: 2 }],
  ['ثالث', { value: 3 }], ['ثالثة', { value: 3, feminine: true }], ['رابع', { value: 4 }], ['رابعة', { value: 4, feminine: true }],
  ['خامس', { value: 5 }], ['خامسة', { value: 5, feminine: true }], ['سادس', { value: 6 }], ['سادسة', { value: 6, feminine: true }],
  ['سابع', { value: 7 }], ['سابعة', { value: 7, feminine: true }], ['ثامن', { value: 8 }], ['ثامنة', { value: 8, feminine: true }],
  ['تاسع', { value: 9 }], ['تاسعة', { value: 9, feminine: true }], ['عاشر', { value: 10 }], ['عاشرة', { value: 10, feminine: true }],
]);

/** Percent words after a number: "في المئة", "في المائة" (the word after في), and the glued "بالمئة". */
export const PERCENT_AFTER_FI: ReadonlySet<string> = keySet(['المئة', 'المائة', 'المية', 'الماية']);
export const PERCENT_GLUED: ReadonlySet<string> = keySet(['بالمئة', 'بالمائة', 'بالمية', 'بالماية']);
