/**
 * Does a word look like a name? For the stance features' "a name was swapped" signal: a one-word entry of a
 * gazetteer list of places, countries, people, organisations, media or parties; a nationality adjective (nisba); or
 * a word the Arabic dictionary does not know (foreign names mostly). The gazetteer is handed in.
 */
import type { Gazetteer } from '../analysis/entities/gazetteer.js';
import { matchKeyOfNorm } from '../analysis/entities/word-forms.js';
import type { NameTest } from './pair-features.js';

const NAME_LISTS = new Set(['city', 'country', 'media', 'organisation', 'party', 'person-name', 'place', 'region']);

export function gazetteerNameTest(gazetteer: Gazetteer): NameTest {
  const cache = new Map<string, boolean>();
  return (norm) => {
    let hit = cache.get(norm);
    if (hit === undefined) {
      const key = matchKeyOfNorm(norm);
      hit = gazetteer.isNisba(key)
        || gazetteer.match([key]).some((m) => m.end === 1 && NAME_LISTS.has(m.list))
        || gazetteer.isKnownWord(key) === false;
      if (cache.size > 100_000) cache.clear();
      cache.set(norm, hit);
    }
    return hit;
  };
}
