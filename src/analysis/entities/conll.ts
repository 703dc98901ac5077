/** CoNLL-style token files for `tabayyun ner --conll`: one token per line, extra columns ignored, blank = sentence end. */

/** Sentences of tokens (the first column of each line). */
export function readConllTokens(text: string): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const token = line.replace(/[\uFEFF\u200E\u200F]/g, '').trim().split(/\s+/)[0];
    if (!token) {
      if (current.length) sentences.push(current);
      current = [];
    } else {
      current.push(token);
    }
  }
  if (current.length) sentences.push(current);
  return sentences;
}

/** `token<TAB>tag` lines, a blank line after each sentence. */
export function formatConll(sentences: readonly (readonly string[])[], tags: readonly (readonly string[])[]): string {
  const lines: string[] = [];
  sentences.forEach((tokens, s) => {
    tokens.forEach((token, i) => lines.push(`${token}\t${tags[s]?.[i] ?? 'O'}`));
    lines.push('');
  });
  return lines.join('\n') + (lines.length ? '\n' : '');
}
