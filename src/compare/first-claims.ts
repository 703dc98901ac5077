/**
 * "The first" against "the first in 24 years": a claim of a first (أول زيارة، الزيارة الأولى، لأول مرة) that one outlet
 * qualifies with a period (منذ 24 عامًا، منذ عام 2000، في عقدين) and another states bare. The bare claim says "ever";
 * the qualified one says there were earlier ones — a reader checking the story needs to see that. Both claims must be
 * about the same thing (the same noun by its stem: زيارة / الزيارة), in two statements of one fact.
 */
import { normalizeKey } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import type { FoundConflict } from './conflicts.js';
import type { Statement } from './prepare.js';

export interface FirstClaim {
  /** Stem of what is claimed first (زيار), or '' for لأول مرة / للمرة الأولى. */
  about: string;
  /** The words of the claim as written, with the qualifier when there is one. */
  start: number;
  end: number;
  qualified: boolean;
}

const WORD = /[\p{L}\p{M}\u0640\p{Nd}]+/gu;
/** أول (before its noun) and الأول/الأولى (after it), with the clitics news text puts on them. */
const FIRST_BEFORE = new Set(['اول', 'لاول', 'واول', 'باول']);
const FIRST_AFTER = new Set(['الاول', 'الاولي', 'الاوله']);
const TIME = new Set(['مره', 'المره', 'للمره']);
/** أول أمس، أول الشهر: a day, not a first. */
const DAY = new Set(['امس', 'الشهر', 'العام', 'السنه', 'الاسبوع', 'يوم', 'من']);
/**
 * A first is qualified by a period when one of these follows it in the statement: منذ; خلال + a figure or a span of
 * time (not "من خلال", by means of); في + a span (في 24 عاما، في عشرين عاما، في عقدين).
 */
const SPAN_WORDS = /^(?:عام|عاما|اعوام|سنه|سنوات|سنين|عقد|عقدين|عقود|قرن|شهر|اشهر|شهور|اسبوع|ايام)$/u;

interface Word { key: string; start: number; end: number }

/** Every form of أول contains one of these: most statements are passed over without being cut into words. */
const MAYBE_FIRST = /[اأإآ]و[لّ]/u;

function wordsOf(text: string, offset: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ key: normalizeKey(m[0]), start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

/** The claims of a first in one statement. `text` is the whole article, the statement a span of it. */
export function firstClaims(text: string, s: Pick<Statement, 'start' | 'end'>): FirstClaim[] {
  const slice = text.slice(s.start, s.end);
  if (!MAYBE_FIRST.test(slice)) return [];
  const words = wordsOf(slice, s.start);
  const out: FirstClaim[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let about: string | undefined;
    let start = w.start;
    let end = w.end;
    // The noun must be a content word: "أول أمس", "في الأول من يوليو" are not claims of a first.
    if (FIRST_BEFORE.has(w.key) && words[i + 1] && !DAY.has(words[i + 1]!.key)) {
      const next = words[i + 1]!;
      about = TIME.has(next.key) ? '' : isStopword(next.key) ? undefined : stem(next.key);
      end = next.end;
    } else if (FIRST_AFTER.has(w.key) && i > 0) {
      const prev = words[i - 1]!;
      about = TIME.has(prev.key) ? '' : isStopword(prev.key) ? undefined : stem(prev.key);
      start = prev.start;
    }
    if (about === undefined) continue;
    // A qualifier within the next six words: منذ …, خلال …, or في + a figure or a span word (في 24 عاما، في عقدين).
    let qualified = false;
    for (let j = i + 1; j < Math.min(words.length, i + 8); j++) {
      const k = words[j]!.key;
      const between = slice.slice(words[i]!.end - s.start, words[j]!.start - s.start);
      if (/[.،؛:!?؟]/u.test(between)) break;
      const after = slice.slice(words[j]!.end - s.start, words[j]!.end - s.start + 12);
      // "من خلال" is "by means of", not a period; "في 7 محافظات" is a place, not a span of time.
      const span = SPAN_WORDS.test(words[j + 1]?.key ?? '') || SPAN_WORDS.test(words[j + 2]?.key ?? '')
        || SPAN_WORDS.test((words[j + 1]?.key ?? '').replace(/^ال/u, ''));
      const figure = /^\s*[0-9٠-٩]/u.test(after);
      if (k === 'منذ' || (k === 'خلال' && words[j - 1]?.key !== 'من' && (figure || span)) || (k === 'في' && span)) {
        qualified = true;
        // The qualifier: up to two more words, not across punctuation (منذ 24 عامًا، منذ عام 2000).
        end = words[j]!.end;
        for (let t = j + 1; t <= Math.min(words.length - 1, j + 2); t++) {
          if (/[.،؛:!?؟]/u.test(slice.slice(words[t - 1]!.end - s.start, words[t]!.start - s.start))) break;
          end = words[t]!.end;
        }
        break;
      }
    }
    out.push({ about, start, end, qualified });
  }
  return out;
}

/** Conflicts between the firsts of two statements of one fact (from two articles), given each one's claims. */
export function firstClaimConflicts(a: Statement, ca: readonly FirstClaim[], textA: string, b: Statement, cb: readonly FirstClaim[], textB: string): FoundConflict[] {
  if (ca.length === 0 || cb.length === 0) return [];
  const out: FoundConflict[] = [];
  for (const x of ca) {
    for (const y of cb) {
      if (x.about !== y.about || x.qualified === y.qualified) continue;
      const [bare, qualified] = x.qualified ? [y, x] : [x, y];
      const [bareS, qualS] = x.qualified ? [b, a] : [a, b];
      const [bareT, qualT] = x.qualified ? [textB, textA] : [textA, textB];
      const bareText = bareT.slice(bare.start, bare.end);
      const qualText = qualT.slice(qualified.start, qualified.end);
      out.push({
        kind: 'other',
        about: 'أول',
        values: [
          { statement: bareS, text: bareText, start: bare.start, end: bare.end },
          { statement: qualS, text: qualText, start: qualified.start, end: qualified.end },
        ].sort((p, q) => p.statement.article - q.statement.article),
        note: (label) => `${label(bareS.article)}: «${bareText}» بلا قيد، و${label(qualS.article)}: «${qualText}»؛ الأولى منذ مدة ليست الأولى على الإطلاق`,
      });
      return out;
    }
  }
  return out;
}
