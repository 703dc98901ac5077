/**
 * Other names of one organisation or country that no spelling rule can link: an agency's name in translation and its Arabic
 * name, an acronym and the full name (فرانس برس / وكالة الصحافة الفرنسية، داعش / تنظيم الدولة الإسلامية). A short
 * hand list of the ones Arabic news uses most; each group is one organisation.
 */
import { normalizeKey } from '../../text/normalize.js';

const GROUPS: ReadonlyArray<readonly string[]> = [
  ['فرانس برس', 'وكالة فرانس برس', 'وكالة الصحافة الفرنسية', 'أ ف ب', 'ا ف ب', 'أ.ف.ب'],
  ['رويترز', 'وكالة رويترز', 'وكالة أنباء رويترز'],
  ['أسوشيتد برس', 'اسوشيتد برس', 'أسوشييتد برس', 'وكالة أسوشيتد برس', 'أ ب', 'ا ب'],
  ['داعش', 'تنظيم داعش', 'تنظيم الدولة', 'الدولة الإسلامية', 'تنظيم الدولة الإسلامية', 'الدولة الإسلامية في العراق والشام'],
  ['الأمم المتحدة', 'منظمة الأمم المتحدة', 'المنظمة الدولية'],
  ['واس', 'وكالة الأنباء السعودية', 'وكالة الانباء السعودية'],
  ['فيفا', 'الفيفا', 'الاتحاد الدولي لكرة القدم'],
  ['الناتو', 'حلف الناتو', 'حلف شمال الأطلسي', 'حلف الأطلسي', 'الأطلسي'],
  ['الخارجية الأمريكية', 'الخارجية الأميركية', 'وزارة الخارجية الأمريكية', 'وزارة الخارجية الأميركية'],
  // Countries by their short and long names (the same place, so a "name conflict" between them is none).
  ['الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا', 'امريكا', 'اميركا'],
  ['السعودية', 'المملكة العربية السعودية', 'المملكة'],
  ['بريطانيا', 'المملكة المتحدة'],
  ['الإمارات', 'الإمارات العربية المتحدة', 'دولة الإمارات'],
];

/** A name's key: normalised, without a proclitic or prefix preposition (لـ، ل، ب، و) written onto it. */
function aliasKey(name: string): string {
  return normalizeKey(name).replace(/^(?:[وف]?(?:لل|ل|ب)?)(?=ال|[^\s]{3,})/u, '').replace(/^لل/u, 'ال').replace(/\s+/gu, ' ').trim();
}

const GROUP_OF = new Map<string, number>();
GROUPS.forEach((g, k) => { for (const n of g) { GROUP_OF.set(aliasKey(n), k); GROUP_OF.set(normalizeKey(n), k); } });

/** True when the two names are listed as names of one organisation. */
export function sameAlias(a: string, b: string): boolean {
  const ga = GROUP_OF.get(aliasKey(a)) ?? GROUP_OF.get(normalizeKey(a));
  if (ga === undefined) return false;
  return ga === (GROUP_OF.get(aliasKey(b)) ?? GROUP_OF.get(normalizeKey(b)));
}
