/**
 * Search terms of a text, as Lucene's ArabicAnalyzer makes them: runs of letters and digits, folded with
 * SEARCH_OPTIONS (ة → ه too), stop words dropped, light-stemmed. Lucene normalises after dropping stop words; our stop
 * list is stored normalised, so normalising first is equivalent (Lucene's analyzer cases pass either way).
 */
import { normalizeKey, SEARCH_OPTIONS } from './normalize.js';
import { stem } from './stem.js';
import { isStopword } from './stopwords.js';

export function searchTerms(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const key = normalizeKey(match[0], SEARCH_OPTIONS);
    if (!isStopword(key)) out.push(stem(key));
  }
  return out;
}
