/**
 * Function words that never are the noun a number counts, nor a unit: prepositions, particles, pronouns,
 * demonstratives, a few auxiliaries. Used to tell "ست سنوات" (six years) from "لست متأكدا" and to stop the
 * quantity head search.
 */
import { keySet } from './fold.js';
import type { ViewToken } from './token-view.js';

export const PARTICLES: ReadonlySet<string> = keySet([
  'من', 'في', 'على', 'عن', 'إلى', 'الى', 'أن', 'إن', 'ان', 'لا', 'ما', 'لم', 'لن', 'قد', 'و', 'ف', 'أو', 'او', 'ثم', 'بل',
  'حتى', 'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'الذي', 'التي', 'الذين', 'كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'هو', 'هي',
  'هم', 'هن', 'نحن', 'أنا', 'مع', 'عند', 'بين', 'بعد', 'قبل', 'منذ', 'خلال', 'كل', 'غير', 'أي', 'اي', 'أيضا', 'فقط',
  'لدى', 'لكن', 'لكن', 'إذا', 'اذا', 'إذ', 'كما', 'مثل', 'نحو', 'حوالي', 'حوالى', 'تقريبا', 'عن', 'فيما', 'بينما',
  'منها', 'منهم', 'فيها', 'عليها', 'عليه', 'له', 'لها', 'لهم', 'به', 'بها', 'التي', 'وهو', 'وهي', 'ومن', 'وفي',
  'تحت', 'فوق', 'دون', 'ضد', 'لدي', 'عبر', 'حول', 'أمام', 'وراء', 'أكثر', 'اكثر', 'أقل', 'اقل', 'إلا', 'الا', 'ليس',
  'ليست', 'هناك', 'هنا', 'حيث',
]);

/** An Arabic word without ال that is not a function word: the shape of the noun after "ست" or "15". */
export function isIndefiniteNoun(t: ViewToken | undefined): boolean {
  if (!t || t.brk || t.kind !== 'word') return false;
  const k = t.key;
  if (k.length < 2 || k.startsWith('ال') || PARTICLES.has(k)) return false;
  const c = k.charCodeAt(0);
  return c >= 0x620 && c <= 0x6ff;
}
