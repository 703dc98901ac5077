/** `tabayyun analyze`: one text (file or stdin) or a JSONL batch → its analysis. */
import { parseArgs } from 'node:util';
import { TabayyunError } from '../../errors.js';
import { analyzeText, type Analysis } from '../../analysis/analyze.js';
import { checkText, decodeBytes } from '../../ingest/decode.js';
import { ArticleRecordSchema, readRecords } from '../../ingest/jsonl.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type Command } from '../command.js';
import { openBatch, readInputBytes } from '../input.js';
import { reportError, reportWarning, writeLine } from '../report.js';

const help = `Usage: tabayyun analyze FILE|- [--published-at ISO] [--json]
       tabayyun analyze --input records.jsonl|-

Analyse one article: its sentences and tokens (text, start, end, norm, stem), with the
language guessed. Offsets are UTF-16 code units into "text".

  FILE|-               a text file, or - for standard input (UTF-8; at most 10 MB)
  --published-at ISO   publication date, the anchor for relative dates ("أمس")
  --json               print the analysis as one JSON object (default: a readable summary)
  --input FILE|-       batch mode: JSONL records {id, title?, text?, html?, url?, outlet?, published?};
                       one JSON line out per record, carrying its id, in input order.
                       A bad record is reported on stderr with its line and id, and skipped.
  -h, --help           show this help

Exit codes: 0 success; 1 some records were reported and skipped; 2 usage or input error.
`;

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'analyse one article or a JSONL batch: sentences, tokens, stems',
  help,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        input: { type: 'string' },
        'published-at': { type: 'string' },
      },
    });
    const published = values['published-at'];
    if (published !== undefined && Number.isNaN(Date.parse(published))) {
      throw new TabayyunError('E_USAGE', `--published-at is not an ISO date: ${published}`);
    }
    if (values.input !== undefined) {
      if (positionals.length) throw new TabayyunError('E_USAGE', 'give either FILE or --input, not both');
      return runBatch(values.input, io);
    }
    if (positionals.length !== 1) {
      io.stderr.write(`tabayyun: E_USAGE: analyze takes one FILE (or - for standard input)\n\n${help}`);
      return EXIT_USAGE;
    }
    const file = positionals[0]!;
    const bytes = await readInputBytes(file, io.stdin);
    const decoded = decodeBytes(bytes, { file });
    for (const w of decoded.warnings) reportWarning(io.stderr, w);
    const analysis = analyzeText(decoded.text, published ? { published } : {});
    io.stdout.write(values.json ? JSON.stringify(analysis) + '\n' : summarize(analysis));
    return EXIT_OK;
  },
};

async function runBatch(path: string, io: Parameters<Command['run']>[1]): Promise<number> {
  let bad = 0;
  const seen = new Set<string>();
  for await (const item of readRecords(openBatch(path, io.stdin), ArticleRecordSchema)) {
    const where = { file: path, line: item.line, ...(item.id !== undefined ? { id: item.id } : {}) };
    try {
      if (item.error) throw item.error;
      const record = item.record!;
      if (seen.has(record.id)) {
        // Ids are how outputs are joined back to inputs: a second record with the same id is refused, so
        // every output line stays unambiguous. The first one wins.
        throw new TabayyunError('E_DUPLICATE_ID', 'duplicate id: the first record with this id was kept', where);
      }
      seen.add(record.id);
      const text = record.text ?? '';
      if (record.text === undefined && record.title === undefined && record.html === undefined) {
        throw new TabayyunError('E_BAD_RECORD', 'record has no text, html or title', where);
      }
      checkText(text, where);
      const analysis = analyzeText(text, record.published ? { published: record.published } : {});
      await writeLine(io.stdout, JSON.stringify({ id: record.id, ...analysis }));
    } catch (error) {
      bad++;
      const e = error instanceof TabayyunError && !error.where?.line ? new TabayyunError(error.code, error.message, where) : error;
      reportError(io.stderr, e);
    }
  }
  return bad ? EXIT_FINDINGS : EXIT_OK;
}

function summarize(a: Analysis): string {
  const words = a.tokens.filter((t) => t.kind === 'word').length;
  const lines = [
    `language: ${a.language.lang} (${a.language.confidence.toFixed(2)})`,
    `${a.sentences.length} sentences, ${a.tokens.length} tokens, ${words} words`,
    '',
    ...a.sentences.map((s, i) => `${String(i + 1).padStart(3)}. [${s.start}–${s.end}] ${s.text}`),
    '',
  ];
  return lines.join('\n');
}
