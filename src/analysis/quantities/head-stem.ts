/**
 * The key of the noun a number counts: the text core's light stem (Light10, as the search index uses) after
 * removing the accusative tanween alef that counted nouns take (15 اتفاقاً → اتفاق) and ال (عشرات القتلى → قتلى), so
 * that "عشرة اتفاقات" and "15 اتفاقا" have the same head. Light10 alone keeps the alef (اتفاقا) because in general
 * text a final alef is often part of the word.
 */
import { lightStem } from '../../text/stem.js';

const ALEF = 0x627;

export function headStem(norm: string): string {
  let w = norm;
  if (w.startsWith('ال') && w.length > 4) w = w.slice(2);
  const n = w.length;
  // Tanween alef: a final ا after a consonant, in a word of four letters or more (شخصا، اتفاقا، جزءا).
  if (n >= 4 && w.charCodeAt(n - 1) === ALEF) {
    const before = w.charCodeAt(n - 2);
    if (before !== ALEF) w = w.slice(0, -1);
  }
  return lightStem(w);
}
