/** Where each reporting clause ends within its sentence (see setClauseEnds). */
import { normalizeKey } from '../../text/normalize.js';
import type { Sentence } from '../../text/types.js';
import { insidePair, isPunctText, type Cue } from './cue.js';
import type { QuotePair } from './quote-marks.js';
import type { SpeakerContext } from './speaker.js';

const ATTRIBUTION_STARTS = new Set(['بحسب', 'وبحسب', 'حسب', 'حسبما', 'وحسبما', 'وفقا', 'ووفقا', 'طبقا', 'نقلا', 'استنادا'].map((w) => normalizeKey(w)));

/** How far back from a cue a comma may end the clause before it (…، ليرد عليه المالكي قائلا …). */
const COMMA_REACH = 5;

/**
 * Where each cue's clause ends. A cue's content runs to the end of its sentence, but stops
 * - before the next cue that opens content of its own, at the comma in the few tokens before it (…، مؤكدا أنه …،
 *   …، ليرد عليه المالكي قائلا بأن …), or right before it if it is a participle (… للمركبة مشيرين إلى أن …);
 * - at a semicolon followed by a new clause (… بكل غال ونفيس؛ وتمنى أن …), not one inside a statement (… النزهة؛ تم
 *   البحث عنهما …);
 * and a cue with no content owns its clause up to the next cue.
 */
export function setClauseEnds(ctx: SpeakerContext, cues: Cue[], first: number, end: number, sentence: Sentence, pairs: readonly QuotePair[]): void {
  const { tokens } = ctx;
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    cue.clauseEnd = sentence.end;
    const from = cue.contentStart ?? cue.verb.end;
    for (let k = cue.index + 1; k < end; k++) {
      const t = tokens[k]!;
      if (t.start < from || t.kind !== 'punct' || (t.text !== '؛' && t.text !== ';') || insidePair(pairs, t.start)) continue;
      const after = tokens[k + 1];
      // A new clause after it: و + word, or a participle (… المواطنين؛ ملتمسة الدعم …).
      if (after && after.kind === 'word' && (after.norm.startsWith('و') || /^م.+(?:ا|ة|ين)$/u.test(after.norm))) { cue.clauseEnd = t.start; break; }
    }
    // An attribution after a comma or semicolon closes what is reported (… أثناء الحرب، بحسب ما نقلته …).
    for (let k = cue.index + 1; k < end && tokens[k]!.start < cue.clauseEnd; k++) {
      const t = tokens[k]!;
      if (t.start < from || !isPunctText(t, '،', ',', '؛', ';')) continue;
      const after = tokens[k + 1];
      if (after && after.kind === 'word' && ATTRIBUTION_STARTS.has(after.norm)) { cue.clauseEnd = t.start; break; }
    }
    for (let d = c + 1; d < cues.length; d++) {
      const next = cues[d]!;
      if (next.verb.start >= cue.clauseEnd) break;
      if (cue.contentStart === undefined) { cue.clauseEnd = next.verb.start; break; }
      let comma = -1;
      for (let k = next.index - 1; k >= Math.max(first, next.index - COMMA_REACH) && tokens[k]!.start > cue.contentStart; k--) {
        if (isPunctText(tokens[k]!, '،', ',', '؛', ';')) { comma = tokens[k]!.start; break; }
      }
      if (comma >= 0) { cue.clauseEnd = comma; break; }
      // A participle or a verb joined by و that opens content of its own starts a new statement even without a
      // comma (… للمركبة مشيرين إلى أن …، … المأمول منهم وقال "…").
      const joined = next.form.form === 'participle' || /^[وف]/u.test(tokens[next.index]!.norm);
      if (joined && next.contentStart !== undefined) { cue.clauseEnd = next.verb.start; break; }
    }
  }
}
