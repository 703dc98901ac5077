/**
 * Cue rules applied after the tagger, for patterns the statistical model sees too rarely in its training data to
 * learn. Each is checked on the dev blocks before it is kept:
 * - kept (dev F1 unchanged, and it is what the seeds need): a short quoted name right after an organisation head is
 *   an organisation: صحيفة «نان دان»، شبكة "سي إن إن"، وكالة الأنباء الرسمية "سونا".
 * - dropped: "a name of two words or more found whole in a gazetteer takes the gazetteer's type" cost 0.8 F1 on
 *   NewsFANE dev (its annotators leave many such spans untagged or type them otherwise), so gazetteers stay
 *   features the tagger weighs.
 */
import type { SentenceInfo } from './features.js';
import { spansFromTags, tagsFromSpans, type TokenSpan } from './bio.js';
import type { Tag } from './types.js';

const OPENING = new Set(['«', '“', '"', '„', "'", '‘']);
const CLOSING = new Set(['»', '”', '"', "'", '’', '“']);
// Heads that name what follows them in quotes.
const QUOTED_NAME_HEADS = new Set(['صحيفه', 'جريده', 'مجله', 'وكاله', 'قناه', 'شبكه', 'اذاعه', 'موقع', 'حزب', 'حركه', 'شركه', 'منظمه', 'جمعيه', 'تنظيم', 'جماعه', 'تحالف', 'ائتلاف', 'تيار', 'مجموعه', 'فريق', 'نادي']);
const MAX_QUOTED_WORDS = 5;

export function applyCueRules(s: SentenceInfo, tags: readonly Tag[]): Tag[] {
  const spans = spansFromTags(tags);
  const overlaps = (a: number, b: number) => spans.some((x) => x.start < b && a < x.end);
  const added: TokenSpan[] = [];
  const replaced = new Set<TokenSpan>();
  const words = s.words;

  for (let j = 1; j < words.length; j++) {
    if (!OPENING.has(words[j]!.norm)) continue;
    let head = false;
    for (let h = j - 1; h >= Math.max(0, j - 3); h--) {
      const w = words[h]!;
      if (w.shape !== 'ar') break;
      if (QUOTED_NAME_HEADS.has(w.bare.replace(/ة/g, 'ه')) || (w.cues.includes('orgHead') && h === j - 1)) { head = true; break; }
    }
    if (!head) continue;
    let k = j + 1;
    while (k < words.length && k - j - 1 <= MAX_QUOTED_WORDS && !CLOSING.has(words[k]!.norm)) {
      if (words[k]!.shape !== 'ar' && words[k]!.shape !== 'lat' && words[k]!.shape !== 'Lat' && words[k]!.shape !== 'num') break;
      k++;
    }
    if (k >= words.length || !CLOSING.has(words[k]!.norm) || k === j + 1 || k - j - 1 > MAX_QUOTED_WORDS) continue;
    // The head says what the quoted words name: a tagger's span over exactly those words is retyped; one that
    // crosses the quotes is left alone.
    const exact = spans.find((x) => x.start === j + 1 && x.end === k);
    if (exact) replaced.add(exact);
    else if (overlaps(j + 1, k)) continue;
    added.push({ start: j + 1, end: k, type: 'ORG' });
  }

  const kept = spans.filter((x) => !replaced.has(x));
  for (const a of added) if (!kept.some((x) => x.start < a.end && a.start < x.end)) kept.push(a);
  kept.sort((a, b) => a.start - b.start);
  // Two people's names are never written side by side with nothing between them (lists use و or a comma): a
  // B-PER right after a PER is the tagger splitting one name (تو | لام).
  const merged: TokenSpan[] = [];
  for (const x of kept) {
    const prev = merged[merged.length - 1];
    if (prev && prev.type === 'PER' && x.type === 'PER' && prev.end === x.start) prev.end = x.end;
    else merged.push({ ...x });
  }
  return tagsFromSpans(tags.length, merged);
}

