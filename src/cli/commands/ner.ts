/** `tabayyun ner`: named entities, as CoNLL tags (`--conll`) or as entities with offsets. */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { TabayyunError } from '../../errors.js';
import { defaultEntityResources, extractEntities, tagDocument, tagTokens, type Entity } from '../../analysis/entities/index.js';
import { decodeBytes } from '../../ingest/decode.js';
import { EXIT_OK, EXIT_USAGE, type CliIO, type Command } from '../command.js';
import { readInputBytes } from '../input.js';
import { reportWarning, writeLine } from '../report.js';

const help = `Usage: tabayyun ner --conll FILE|-
       tabayyun ner FILE|- [--json]

Named entities (PER, LOC, ORG, MISC) in Arabic text.

  --conll FILE|-   tag a CoNLL-style file: one token per line (further columns are ignored), a blank line
                   between sentences. Writes "token<TAB>tag" per line (BIO tags), a blank line after each
                   sentence. The file is read as a stream, so it may be of any size. A "-DOCSTART-" line starts a
                   document: its sentences are tagged together (a name found once is tagged wherever it recurs).
  FILE|-           a plain text file, or - for standard input (UTF-8; at most 10 MB): prints its entities,
                   one per line: type, offsets (UTF-16 code units) and text
  --json           with FILE: print {entities: [{text, start, end, type, key}]} as one JSON object
  -h, --help       show this help

Exit codes: 0 success; 2 usage or input error.
`;

// A "sentence" longer than this (a file with no blank lines) is tagged in pieces, so memory stays bounded.
const MAX_SENTENCE_TOKENS = 10_000;
/** A document is tagged once it holds this many tokens, so memory stays bounded whatever the file. */
const MAX_DOCUMENT_TOKENS = 200_000;

export const nerCommand: Command = {
  name: 'ner',
  summary: 'named entities: CoNLL tagging (--conll) or entities with offsets',
  help,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { conll: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    if (values.conll !== undefined) {
      if (positionals.length) throw new TabayyunError('E_USAGE', 'give either --conll FILE or FILE, not both');
      await tagConll(values.conll, io);
      return EXIT_OK;
    }
    if (positionals.length !== 1) {
      io.stderr.write(`tabayyun: E_USAGE: ner takes --conll FILE, or one FILE (or - for standard input)\n\n${help}`);
      return EXIT_USAGE;
    }
    const file = positionals[0]!;
    const decoded = decodeBytes(await readInputBytes(file, io.stdin), { file });
    for (const w of decoded.warnings) reportWarning(io.stderr, w);
    const entities = extractEntities(decoded.text);
    io.stdout.write(values.json ? JSON.stringify({ entities }) + '\n' : entities.map(formatEntity).join(''));
    return EXIT_OK;
  },
};

function formatEntity(e: Entity): string {
  return `${e.type}\t${e.start}\t${e.end}\t${e.text.replace(/\s+/g, ' ')}\n`;
}

async function tagConll(path: string, io: CliIO): Promise<void> {
  let input: NodeJS.ReadableStream;
  if (path === '-') {
    input = io.stdin;
  } else {
    try {
      if (statSync(path).isDirectory()) throw new TabayyunError('E_READ', 'is a directory', { file: path });
    } catch (e) {
      if (e instanceof TabayyunError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new TabayyunError(code === 'ENOENT' ? 'E_NOT_FOUND' : 'E_READ', code === 'ENOENT' ? 'no such file' : (e as Error).message, { file: path });
    }
    input = createReadStream(path, { encoding: 'utf8' });
  }
  const resources = defaultEntityResources();
  let sentence: string[] = [];
  // After a "-DOCSTART-" line, sentences are kept until the next one and tagged together (tagDocument: a name found
  // once is tagged wherever it recurs, as `analyze` does for an article). Without one, each sentence alone.
  let doc: Array<{ tokens: string[]; blankAfter: boolean }> | null = null;
  let docTokens = 0;
  let afterDocStart = false;
  const writeDoc = async () => {
    if (!doc?.length) return;
    const tags = tagDocument(doc.map((d) => d.tokens.map((text) => ({ text }))), resources);
    const lines: string[] = [];
    doc.forEach((d, k) => {
      d.tokens.forEach((t, i) => lines.push(`${t}\t${tags[k]![i]}`));
      if (d.blankAfter) lines.push('');
    });
    await writeLine(io.stdout, lines.join('\n'));
    doc = [];
    docTokens = 0;
  };
  const flush = async (blankAfter = true) => {
    if (!sentence.length) return;
    if (doc) {
      doc.push({ tokens: sentence, blankAfter });
      docTokens += sentence.length;
      sentence = [];
      if (docTokens >= MAX_DOCUMENT_TOKENS) await writeDoc();
      return;
    }
    const tags = tagTokens(sentence.map((text) => ({ text })), resources);
    // Pieces of one over-long sentence are written back to back, with no blank line between them.
    await writeLine(io.stdout, sentence.map((t, i) => `${t}\t${tags[i]}`).join('\n') + (blankAfter ? '\n' : ''));
    sentence = [];
  };
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    const token = raw.replace(/[\uFEFF\u200E\u200F]/g, '').trim().split(/\s+/)[0];
    if (!token) {
      // The blank line that follows a -DOCSTART- line is kept, so output lines stay aligned with the input's.
      if (afterDocStart) await writeLine(io.stdout, '');
      afterDocStart = false;
      await flush();
      continue;
    }
    if (token === '-DOCSTART-') {
      await flush();
      await writeDoc();
      doc = [];
      await writeLine(io.stdout, '-DOCSTART-\tO');
      afterDocStart = true;
      continue;
    }
    afterDocStart = false;
    sentence.push(token);
    if (sentence.length >= MAX_SENTENCE_TOKENS) await flush(false);
  }
  await flush();
  await writeDoc();
}
