/**
 * Units a number can carry, keyed by lexical key (../numbers/fold.ts), in singular, accusative (دولارا), dual
 * (دولاران: 2 of them, no number needed) and plural (دولارات) forms.
 *
 * Money units are ISO 4217 codes where the name says which currency (يورو → EUR); a bare دولار is read as USD, the
 * Arab press's default, and other bare names stay generic ("pound", "dinar", "riyal") until an adjective settles them
 * (جنيه مصري → EGP, دينار كويتي → KWD). Measures keep the unit as written and give a base value beside it
 * (2 كغ → 2000 g) so that two outlets' figures compare.
 */
import { lexicalKey } from '../numbers/fold.js';

export type QuantityKind = 'money' | 'percent' | 'duration' | 'length' | 'area' | 'mass' | 'volume' | 'temperature' | 'count';

export interface UnitWord {
  kind: QuantityKind;
  unit: string;
  /** Value of one unit in the base unit of its kind (g, m, m², l, s … ; months and years stay as they are). */
  factor?: number;
  base?: string;
  dual?: boolean;
  plural?: boolean;
  /** Adjectives that make the unit precise: دولار أمريكي، جنيه إسترليني. Keys are lexical keys. */
  qualifiers?: ReadonlyMap<string, string>;
  /** Only with a number before it (كم is also "how many", م also the era mark). */
  needsNumber?: boolean;
}

type Forms = { one: string[]; dual?: string[]; plural?: string[] };

const table = new Map<string, UnitWord>();

function add(forms: Forms, unit: Omit<UnitWord, 'dual' | 'plural'>): void {
  for (const f of forms.one) table.set(lexicalKey(f), unit);
  for (const f of forms.dual ?? []) table.set(lexicalKey(f), { ...unit, dual: true });
  for (const f of forms.plural ?? []) table.set(lexicalKey(f), { ...unit, plural: true });
}

/** Adjective forms (masculine, feminine, plural agreement) → code. */
function qualifiers(entries: Array<[string[], string]>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [words, code] of entries) {
    for (const w of words) {
      const k = lexicalKey(w);
      m.set(k, code);
      m.set(k + 'ه', code); // feminine agreement: ليرة لبنانية
    }
  }
  return m;
}

// Money.
add({ one: ['دولار', 'دولارا'], dual: ['دولاران', 'دولارين'], plural: ['دولارات'] }, {
  kind: 'money', unit: 'USD', qualifiers: qualifiers([
    [['أمريكي', 'أميركي', 'امريكي'], 'USD'], [['كندي'], 'CAD'], [['أسترالي', 'استرالي'], 'AUD'], [['سنغافوري'], 'SGD'],
    [['هونغ'], 'HKD'], [['نيوزيلندي'], 'NZD'], [['زيمبابوي'], 'ZWL'],
  ]),
});
add({ one: ['يورو', 'أورو', 'اورو'] }, { kind: 'money', unit: 'EUR' });
add({ one: ['جنيه', 'جنيها'], dual: ['جنيهان', 'جنيهين'], plural: ['جنيهات'] }, {
  kind: 'money', unit: 'pound', qualifiers: qualifiers([
    [['إسترليني', 'استرليني'], 'GBP'], [['مصري'], 'EGP'], [['سوداني'], 'SDG'], [['جنوب'], 'SSP'],
  ]),
});
add({ one: ['إسترليني', 'استرليني'] }, { kind: 'money', unit: 'GBP', needsNumber: true });
add({ one: ['دينار', 'دينارا'], dual: ['ديناران', 'دينارين'], plural: ['دنانير'] }, {
  kind: 'money', unit: 'dinar', qualifiers: qualifiers([
    [['كويتي'], 'KWD'], [['أردني', 'اردني'], 'JOD'], [['بحريني'], 'BHD'], [['عراقي'], 'IQD'], [['ليبي'], 'LYD'],
    [['تونسي'], 'TND'], [['جزائري'], 'DZD'], [['صربي'], 'RSD'],
  ]),
});
add({ one: ['ريال', 'ريالا'], dual: ['ريالان', 'ريالين'], plural: ['ريالات'] }, {
  kind: 'money', unit: 'riyal', qualifiers: qualifiers([
    [['سعودي'], 'SAR'], [['قطري'], 'QAR'], [['عماني', 'عُماني'], 'OMR'], [['يمني'], 'YER'], [['إيراني', 'ايراني'], 'IRR'],
    [['برازيلي'], 'BRL'],
  ]),
});
add({ one: ['درهم', 'درهما'], dual: ['درهمان', 'درهمين'], plural: ['دراهم'] }, {
  kind: 'money', unit: 'dirham', qualifiers: qualifiers([[['إماراتي', 'اماراتي'], 'AED'], [['مغربي'], 'MAD']]),
});
add({ one: ['ليرة', 'ليره'], dual: ['ليرتان', 'ليرتين'], plural: ['ليرات'] }, {
  kind: 'money', unit: 'lira', qualifiers: qualifiers([[['لبناني'], 'LBP'], [['سوري'], 'SYP'], [['تركي'], 'TRY']]),
});
add({ one: ['شيكل', 'شيقل', 'شيكلا', 'شيقلا'], plural: ['شواقل', 'شيكلات'] }, { kind: 'money', unit: 'ILS' });
add({ one: ['روبل', 'روبلا'], plural: ['روبلات'] }, { kind: 'money', unit: 'RUB' });
add({ one: ['يوان', 'يوانا'] }, { kind: 'money', unit: 'CNY' });
add({ one: ['روبية', 'روبيه'], plural: ['روبيات'] }, { kind: 'money', unit: 'rupee', qualifiers: qualifiers([[['هندي'], 'INR'], [['باكستاني'], 'PKR']]) });
add({ one: ['فرنك', 'فرنكا'], plural: ['فرنكات'] }, { kind: 'money', unit: 'franc', qualifiers: qualifiers([[['سويسري'], 'CHF']]) });
add({ one: ['ين'] }, { kind: 'money', unit: 'JPY', needsNumber: true });
add({ one: ['سنت', 'سنتا', 'سينت', 'سنتيم'], plural: ['سنتات', 'سينتات'] }, { kind: 'money', unit: 'cent', needsNumber: true });
add({ one: ['قرش', 'قرشا'], plural: ['قروش'] }, { kind: 'money', unit: 'piastre' });
add({ one: ['فلس', 'فلسا'], plural: ['فلوس'] }, { kind: 'money', unit: 'fils', needsNumber: true });
add({ one: ['بيتكوين'] }, { kind: 'money', unit: 'BTC' });

// Length, area.
add({ one: ['متر', 'مترا'], dual: ['متران', 'مترين'], plural: ['أمتار'] }, { kind: 'length', unit: 'm', factor: 1, base: 'm' });
add({ one: ['كيلومتر', 'كيلومترا', 'كلم', 'كم'], dual: ['كيلومتران', 'كيلومترين'], plural: ['كيلومترات'] }, { kind: 'length', unit: 'km', factor: 1000, base: 'm', needsNumber: true });
add({ one: ['سنتيمتر', 'سنتيمترا', 'سم', 'سنتمتر'], plural: ['سنتيمترات', 'سنتمترات'] }, { kind: 'length', unit: 'cm', factor: 0.01, base: 'm', needsNumber: true });
add({ one: ['مليمتر', 'مليمترا', 'ملم', 'مم', 'ملليمتر'], plural: ['مليمترات'] }, { kind: 'length', unit: 'mm', factor: 0.001, base: 'm', needsNumber: true });
add({ one: ['ميل', 'ميلا'], dual: ['ميلان', 'ميلين'], plural: ['أميال'] }, { kind: 'length', unit: 'mi', factor: 1609.344, base: 'm', needsNumber: true });
add({ one: ['قدم', 'قدما'], plural: ['أقدام'] }, { kind: 'length', unit: 'ft', factor: 0.3048, base: 'm', needsNumber: true });
add({ one: ['هكتار', 'هكتارا'], plural: ['هكتارات'] }, { kind: 'area', unit: 'ha', factor: 10_000, base: 'm2' });
add({ one: ['دونم', 'دونما'], plural: ['دونمات', 'دونمًا'] }, { kind: 'area', unit: 'dunam', factor: 1000, base: 'm2' });
add({ one: ['فدان', 'فدانا'], plural: ['أفدنة', 'فدادين'] }, { kind: 'area', unit: 'feddan', factor: 4200.83, base: 'm2' });
// Mass.
add({ one: ['غرام', 'غراما', 'جرام', 'جراما', 'غم', 'جم', 'غ'], plural: ['غرامات', 'جرامات'] }, { kind: 'mass', unit: 'g', factor: 1, base: 'g', needsNumber: true });
add({ one: ['كيلوغرام', 'كيلوغراما', 'كيلوجرام', 'كيلوجراما', 'كغ', 'كلغ', 'كجم', 'كيلو', 'كيلوغ'], plural: ['كيلوغرامات', 'كيلوجرامات'] }, { kind: 'mass', unit: 'kg', factor: 1000, base: 'g' });
add({ one: ['ملغ', 'ملج', 'مليغرام', 'ملليغرام', 'ملغم', 'مليجرام'], plural: ['مليغرامات'] }, { kind: 'mass', unit: 'mg', factor: 0.001, base: 'g', needsNumber: true });
add({ one: ['طن', 'طنا'], dual: ['طنان', 'طنين'], plural: ['أطنان'] }, { kind: 'mass', unit: 't', factor: 1e6, base: 'g' });
add({ one: ['أونصة', 'اونصة', 'أوقية'], dual: ['أونصتان', 'أونصتين', 'اونصتان', 'اونصتين'], plural: ['أونصات', 'اونصات', 'أوقيات'] }, { kind: 'mass', unit: 'oz', factor: 28.349523125, base: 'g' });
add({ one: ['رطل', 'رطلا'], plural: ['أرطال'] }, { kind: 'mass', unit: 'lb', factor: 453.59237, base: 'g' });
add({ one: ['قيراط', 'قيراطا'] }, { kind: 'mass', unit: 'ct', factor: 0.2, base: 'g', needsNumber: true });
// Volume.
add({ one: ['لتر', 'ليتر', 'لترا', 'ليترا'], dual: ['لتران', 'لترين', 'ليتران', 'ليترين'], plural: ['لترات', 'ليترات'] }, { kind: 'volume', unit: 'l', factor: 1, base: 'l' });
add({ one: ['مل', 'ميليلتر', 'مليلتر', 'ملليلتر', 'ميلليلتر'], plural: ['ميليلترات', 'مليلترات'] }, { kind: 'volume', unit: 'ml', factor: 0.001, base: 'l', needsNumber: true });
add({ one: ['هكتوليتر', 'هكتولتر'] }, { kind: 'volume', unit: 'hl', factor: 100, base: 'l' });
add({ one: ['غالون', 'جالون', 'غالونا', 'جالونا'], plural: ['غالونات', 'جالونات'] }, { kind: 'volume', unit: 'gal', factor: 3.785411784, base: 'l' });
add({ one: ['برميل', 'برميلا'], dual: ['برميلان', 'برميلين'], plural: ['براميل'] }, { kind: 'volume', unit: 'bbl', factor: 158.987294928, base: 'l' });
add({ one: ['كوب', 'كوبا'], dual: ['كوبان', 'كوبين'], plural: ['أكواب'] }, { kind: 'volume', unit: 'cup', factor: 0.25, base: 'l' });
// Temperature (a degree alone is a degree; مئوية / سلزيوس / فهرنهايت settle the scale).
add({ one: ['درجة', 'درجه'], dual: ['درجتان', 'درجتين'], plural: ['درجات'] }, { kind: 'temperature', unit: 'degree' });
add({ one: ['سلزيوس', 'سيلسيوس', 'مئوية'] }, { kind: 'temperature', unit: 'celsius', needsNumber: true });
add({ one: ['فهرنهايت', 'فهرنهايتية'] }, { kind: 'temperature', unit: 'fahrenheit', needsNumber: true });
// Durations (base: seconds; months and years are not a fixed number of seconds and keep their unit).
add({ one: ['ثانية'], dual: ['ثانيتان', 'ثانيتين'], plural: ['ثوان', 'ثواني', 'ثوانٍ'] }, { kind: 'duration', unit: 'second', factor: 1, base: 's' });
add({ one: ['دقيقة'], dual: ['دقيقتان', 'دقيقتين'], plural: ['دقائق', 'دقايق'] }, { kind: 'duration', unit: 'minute', factor: 60, base: 's' });
add({ one: ['ساعة'], dual: ['ساعتان', 'ساعتين'], plural: ['ساعات'] }, { kind: 'duration', unit: 'hour', factor: 3600, base: 's' });
add({ one: ['يوم', 'يوما'], dual: ['يومان', 'يومين'], plural: ['أيام'] }, { kind: 'duration', unit: 'day', factor: 86_400, base: 's' });
add({ one: ['أسبوع', 'أسبوعا', 'اسبوع'], dual: ['أسبوعان', 'أسبوعين'], plural: ['أسابيع'] }, { kind: 'duration', unit: 'week', factor: 604_800, base: 's' });
add({ one: ['شهر', 'شهرا'], dual: ['شهران', 'شهرين'], plural: ['أشهر', 'شهور'] }, { kind: 'duration', unit: 'month' });
add({ one: ['سنة', 'عام', 'عاما'], dual: ['سنتان', 'سنتين', 'عامان', 'عامين'], plural: ['سنوات', 'سنين', 'أعوام'] }, { kind: 'duration', unit: 'year' });
add({ one: ['عقد'], plural: ['عقود'] }, { kind: 'duration', unit: 'decade', needsNumber: true });
add({ one: ['قرن', 'قرنا'], dual: ['قرنان', 'قرنين'], plural: ['قرون'] }, { kind: 'duration', unit: 'century' });

export const UNITS: ReadonlyMap<string, UnitWord> = table;
export const UNIT_KEYS: ReadonlySet<string> = new Set(table.keys());

/** Symbols and codes, before or after the number: $10، 10 €، 42 KWD، 10¢، 37°. */
export const UNIT_SYMBOLS: ReadonlyMap<string, UnitWord> = new Map<string, UnitWord>([
  ['$', { kind: 'money', unit: 'USD' }], ['€', { kind: 'money', unit: 'EUR' }], ['£', { kind: 'money', unit: 'GBP' }],
  ['¥', { kind: 'money', unit: 'JPY' }], ['¢', { kind: 'money', unit: 'cent' }], ['c', { kind: 'money', unit: 'cent' }],
  ['°', { kind: 'temperature', unit: 'degree' }], ['%', { kind: 'percent', unit: '%' }],
  ...(['usd', 'eur', 'gbp', 'sar', 'kwd', 'egp', 'qar', 'lbp', 'aed', 'jod', 'ils', 'try', 'cny', 'jpy', 'chf', 'omr', 'bhd',
    'mad', 'tnd', 'dzd', 'iqd', 'syp', 'yer', 'sdg', 'lyd', 'rub', 'inr', 'irr'] as const)
    .map((c) => [c, { kind: 'money', unit: c.toUpperCase() }] as [string, UnitWord]),
  ['km', { kind: 'length', unit: 'km', factor: 1000, base: 'm' }], ['kg', { kind: 'mass', unit: 'kg', factor: 1000, base: 'g' }],
]);

/** Currency abbreviations written with dots: ج.م (EGP), ر.س (SAR), د.ك (KWD), د.إ (AED), ل.ل (LBP), ر.ق (QAR). */
export const DOTTED_CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['ج م', 'EGP'], ['ر س', 'SAR'], ['د ك', 'KWD'], ['د ا', 'AED'], ['ل ل', 'LBP'], ['ر ق', 'QAR'], ['د ب', 'BHD'],
  ['ر ع', 'OMR'], ['د ت', 'TND'], ['د ج', 'DZD'], ['د م', 'MAD'], ['د ع', 'IQD'], ['ل س', 'SYP'],
]);
