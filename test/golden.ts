/** What the golden fixtures record for one text: sentences and tokens, one compact line per token. */
import { analyzeText } from '../src/analysis/analyze.js';

export function goldenOf(text: string) {
  const a = analyzeText(text);
  return {
    sentences: a.sentences.map((s) => `${s.start}-${s.end} ${s.text}`),
    tokens: a.tokens.map((t) => `${t.start}-${t.end} ${t.kind} ${t.text} | ${t.norm} | ${t.stem}`),
  };
}
