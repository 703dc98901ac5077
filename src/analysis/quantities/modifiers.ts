/**
 * Words around a number that say how sure the text is: approximators (حوالى، نحو، قرابة، زهاء، ما يقارب، تقريبا),
 * lower bounds (أكثر من، ما يزيد على، أزيد من، ما لا يقل عن، على الأقل) and upper bounds (أقل من، ما لا يزيد على،
 * لا يتجاوز، دون، على الأكثر). Patterns are matched backwards from the number, longest first, so that
 * "ما لا يزيد على" (at most) is never read as "يزيد على" (more than).
 */
import { lexicalKey } from '../numbers/fold.js';
import { matchClitic, type ViewToken } from '../numbers/token-view.js';

export type Effect = 'approximate' | 'min' | 'max';

interface Pattern {
  words: string[];
  effect: Effect;
  /** The first word, as a set for matchClitic (بنحو، وحوالي). */
  head: ReadonlySet<string>;
}

function patterns(effect: Effect, phrases: string[]): Pattern[] {
  return phrases.map((p) => {
    const words = p.split(' ').map(lexicalKey);
    return { words, effect, head: new Set([words[0]!]) };
  });
}

const BEFORE: Pattern[] = [
  ...patterns('approximate', [
    'حوالى', 'حوالي', 'نحو', 'قرابة', 'زهاء', 'تقريبا', 'ما يقارب', 'يقارب', 'تقارب', 'ما يقرب من', 'يقرب من', 'ما يناهز',
    'يناهز', 'في حدود', 'بحدود', 'حدود', 'ما يعادل تقريبا', 'في حدود الـ',
  ]),
  ...patterns('min', [
    'أكثر من', 'أزيد من', 'ما يزيد على', 'ما يزيد عن', 'يزيد على', 'يزيد عن', 'تزيد على', 'تزيد عن', 'ما لا يقل عن',
    'لا يقل عن', 'لا تقل عن', 'ما يربو على', 'يربو على', 'ما يفوق', 'يفوق', 'تفوق', 'بحد أدنى', 'بما لا يقل عن',
    'فوق', 'ما فوق', 'أكثر من نحو',
  ]),
  ...patterns('max', [
    'أقل من', 'ما لا يزيد على', 'ما لا يزيد عن', 'لا يزيد على', 'لا يزيد عن', 'لا تزيد على', 'لا تزيد عن', 'لا يتجاوز',
    'لا تتجاوز', 'ما لا يتجاوز', 'دون', 'ما دون', 'تحت', 'بحد أقصى', 'أقصاه', 'بما لا يزيد على', 'حتى',
  ]),
].sort((a, b) => b.words.length - a.words.length);

/** Last words of the patterns before a number: most numbers have none, and are done with one lookup. */
const BEFORE_LAST: ReadonlySet<string> = new Set(BEFORE.map((p) => p.words[p.words.length - 1]!));

const AFTER: Pattern[] = [
  ...patterns('approximate', ['تقريبا', 'أو نحو ذلك', 'أو أكثر قليلا']),
  ...patterns('min', ['على الأقل', 'أو أكثر', 'وأكثر', 'فأكثر', 'فما فوق', 'وما فوق']),
  ...patterns('max', ['على الأكثر', 'أو أقل', 'فأقل', 'فما دون', 'وما دون']),
].sort((a, b) => b.words.length - a.words.length);

function keyAt(toks: readonly ViewToken[], i: number): string | undefined {
  const t = toks[i];
  return t && t.kind === 'word' ? t.key : undefined;
}

/** A modifier that ends just before token `first`: its effect and first token. حتى only bounds money-like ranges. */
export function modifierBefore(toks: readonly ViewToken[], first: number): { effect: Effect; first: number; prefix: number } | undefined {
  if (toks[first]?.brk) return undefined;
  const last = keyAt(toks, first - 1);
  if (last === undefined) return undefined;
  if (!BEFORE_LAST.has(last) && !(last.length > 2 && BEFORE_LAST.has(last.slice(1))) && !(last.length > 3 && BEFORE_LAST.has(last.slice(2)))) return undefined;
  for (const p of BEFORE) {
    const n = p.words.length;
    const start = first - n;
    if (start < 0) continue;
    let ok = true;
    let prefix = 0;
    for (let w = 0; w < n && ok; w++) {
      const k = keyAt(toks, start + w);
      if (k === undefined || (w > 0 && toks[start + w]!.brk)) { ok = false; break; }
      if (w === 0) {
        prefix = matchClitic(k, p.head, true);
        ok = prefix >= 0;
      } else ok = k === p.words[w];
    }
    if (ok) return { effect: p.effect, first: start, prefix };
  }
  return undefined;
}

/** A modifier that starts just after token `last`: its effect and last token. */
export function modifierAfter(toks: readonly ViewToken[], last: number): { effect: Effect; last: number } | undefined {
  for (const p of AFTER) {
    const n = p.words.length;
    let ok = true;
    for (let w = 0; w < n && ok; w++) {
      const t = toks[last + 1 + w];
      ok = t !== undefined && !t.brk && t.kind === 'word' && t.key === p.words[w];
    }
    if (ok) return { effect: p.effect, last: last + n };
  }
  return undefined;
}
