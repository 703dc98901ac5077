/**
 * News agencies whose credit marks a text as wire copy. The comparison uses `agency` to tell outlets that merely
 * relay the same wire from outlets that report on their own. Variants are line keys (see clean/helpers lineKey:
 * normalised, punctuation turned into spaces), so "أ.ف.ب" and "ا ف ب" meet in "ا ف ب".
 */
import { lineKey } from '../clean/helpers.js';

const AGENCIES: Array<[canonical: string, variants: string[]]> = [
  ['وكالات', ['وكالات', 'الوكالات', 'وكالات الانباء', 'agencies']],
  ['أ ف ب', ['ا ف ب', 'اف ب', 'افب', 'فرانس برس', 'وكاله فرانس برس', 'afp']],
  ['رويترز', ['رويترز', 'رويتر', 'reuters']],
  ['أ ب', ['ا ب', 'اسوشيتد برس', 'اسوشيتدبرس', 'ap']],
  ['د ب أ', ['د ب ا', 'دب ا', 'dpa']],
  ['أ ش أ', ['ا ش ا', 'mena']],
  ['واس', ['واس', 'spa']],
  ['وام', ['وام', 'wam']],
  ['قنا', ['قنا', 'qna']],
  ['كونا', ['كونا', 'kuna']],
  ['بنا', ['بنا', 'bna']],
  ['العمانية', ['العمانيه', 'العمانية', 'ona']],
  ['بترا', ['بترا', 'petra']],
  ['سانا', ['سانا', 'sana']],
  ['وفا', ['وفا', 'wafa']],
  ['سبأ', ['سبا', 'saba']],
  ['واع', ['واع']],
  ['وات', ['وات', 'tap']],
  ['واج', ['واج', 'aps']],
  ['ومع', ['ومع', 'map']],
  ['الأناضول', ['الاناضول', 'وكاله الاناضول', 'anadolu']],
  ['شينخوا', ['شينخوا', 'xinhua']],
  ['تاس', ['تاس', 'tass']],
  ['إرنا', ['ارنا', 'irna']],
  ['يو بي آي', ['يو بي اي', 'upi']],
];

const BY_KEY = new Map<string, string>();
for (const [canonical, variants] of AGENCIES) {
  for (const v of variants) BY_KEY.set(lineKey(v), canonical);
}

/** The canonical agency name for a credit ("(أ.ف.ب)", "رويترز", "AFP"), or undefined. */
export function agencyOf(credit: string): string | undefined {
  return BY_KEY.get(lineKey(credit));
}

/**
 * Several agencies in one credit — "(رويترز، أ ف ب)", "(وكالات - رويترز)" — give the first; every part must be an
 * agency, so "(رويترز)" inside a sentence's parenthesis of other words does not count.
 */
export function agenciesOf(credit: string): string[] | undefined {
  const parts = credit.split(/[،,؛;/+&]|\s[-–—]\s/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return undefined;
  const found: string[] = [];
  for (const p of parts) {
    // "ووكالات", "وأ ف ب": the conjunction is written joined to the next credit.
    const a = agencyOf(p) ?? (p.startsWith('و') ? agencyOf(p.slice(1)) : undefined);
    if (!a) return undefined;
    found.push(a);
  }
  return found;
}
