/**
 * Titles and roles that stand before a name (الرئيس الروسي فلاديمير بوتين، الأمين العام للحزب الشيوعي نوين فو ترونغ)
 * and East Asian family names, which come first in the name and are how a person is then called (كيم جونغ أون →
 * كيم، شي جين بينغ → شي). Stored folded as the matcher folds words (./letters.ts).
 */
import { foldNameWord } from './letters.js';

const TITLE_WORDS = [
  'السيد', 'السيدة', 'سيد', 'السادة', 'الرئيس', 'رئيس', 'الرئيسة', 'رئيسة', 'نائب', 'نائبة', 'النائب', 'النائبة',
  'الوزير', 'وزير', 'الوزيرة', 'وزيرة', 'المتحدث', 'متحدث', 'المتحدثة', 'متحدثة', 'الناطق', 'ناطق', 'الناطقة',
  'الأمين', 'أمين', 'السفير', 'سفير', 'السفيرة', 'الزعيم', 'زعيم', 'الملك', 'ملك', 'الملكة', 'الأمير', 'أمير',
  'الأميرة', 'الشيخ', 'الشيخة', 'الدكتور', 'الدكتورة', 'د', 'المستشار', 'مستشار', 'المستشارة', 'مستشارة',
  'الجنرال', 'العقيد', 'اللواء', 'العميد', 'الفريق', 'المشير', 'الرائد', 'النقيب', 'البابا', 'الإمام', 'القاضي',
  'القاضية', 'المحامي', 'الحاخام', 'الكاردينال', 'المطران', 'البطريرك', 'الأستاذ', 'المهندس', 'الحاكم', 'حاكم',
  'المرشد', 'السيناتور', 'عضو', 'العضو', 'المبعوث', 'مبعوث', 'المندوب', 'مندوب', 'ممثل', 'الممثل', 'قائد', 'القائد',
  'المدير', 'مدير', 'المديرة', 'مديرة', 'ولي', 'المفوض', 'مفوض', 'المفوضة', 'المسؤول', 'مسؤول', 'الجنرال', 'الحاج',
  'الفنان', 'الفنانة', 'اللاعب', 'اللاعبة', 'المدرب', 'الكاتب', 'الكاتبة', 'الصحفي', 'الصحفية', 'الشاعر',
];

/** Folded title words. */
export const TITLES: ReadonlySet<string> = new Set(TITLE_WORDS.map(foldNameWord));

// Korean and Chinese family names as Arabic news writes them. Vietnamese names are left out on purpose: their
// family name comes first too (نغوين، تران) but Vietnamese leaders are called by the last word of their name
// (تو لام → لام، نغوين فو ترونغ → ترونغ), which the surname rule already covers.
const FAMILY_FIRST = [
  'كيم', 'مون', 'يون', 'بارك', 'لي', 'شي', 'هو', 'وين', 'وانغ', 'تشانغ', 'جانغ', 'ليو', 'تشن', 'تشين', 'تشو', 'ماو',
  'دينغ', 'جيانغ', 'لو', 'سون', 'تشوي', 'هان', 'يانغ', 'غو', 'وو', 'تساي', 'ما', 'هوانغ', 'تشاو', 'شين', 'لين',
];

/** Folded family names that come first in the name. */
export const FAMILY_FIRST_NAMES: ReadonlySet<string> = new Set(FAMILY_FIRST.map(foldNameWord));

// After a title, definite words and genitives with لل are its complement or adjectives, not the name:
// الرئيس [الروسي] فلاديمير بوتين، الأمين [العام] [للحزب] [الشيوعي] نوين فو ترونغ، وزير [الخارجية] [الأمريكي] أنتوني بلينكن.
function isTitleComplement(word: string): boolean {
  return word.startsWith('ال') || word.startsWith('لل');
}

// Prepositions of a role take the next word with them: السفير الروسي [لدى فيتنام] جينادي بيزديتكو، ناطق [باسم الخارجية].
const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(['لدي', 'باسم', 'في', 'عن', 'من'].map(foldNameWord));

/**
 * The words of a name without the titles and roles before it. When nothing would be left (الرئيس الأسد), the
 * last word stays: it is the name the title was given to.
 */
export function stripTitles(words: readonly string[]): string[] {
  let i = 0;
  while (i < words.length && TITLES.has(words[i]!)) {
    i++;
    for (;;) {
      const w = words[i];
      if (w === undefined || TITLES.has(w)) break;
      if (isTitleComplement(w)) i++;
      else if (ROLE_PREPOSITIONS.has(w) && i + 2 < words.length) i += 2;
      else break;
    }
  }
  if (i === 0) return [...words];
  if (i >= words.length) return words.length > 0 ? [words[words.length - 1]!] : [];
  return words.slice(i);
}

// "معاليه", "سموه", "فخامته": "his excellency" standing for a person named earlier. Not a name: never compared with
// one, and never a speaker's identity.
const HONORIFIC_PRONOUNS: ReadonlySet<string> = new Set(
  ['معاليه', 'معاليها', 'سموه', 'سموها', 'فخامته', 'سعادته', 'سعادتها', 'جلالته', 'سماحته', 'دولته'].map(foldNameWord),
);

/** True for a word like معاليه or سموه (an honorific that stands for a person). */
export function isHonorificPronoun(word: string): boolean {
  return HONORIFIC_PRONOUNS.has(foldNameWord(word.trim()));
}
