/** `tabayyun pairs`: JSONL pairs of short statements → one line each with similarity, relation and conflicts. */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { TabayyunError, type Where } from '../../errors.js';
import { comparePair } from '../../compare/compare-pair.js';
import { readRecords } from '../../ingest/jsonl.js';
import { EXIT_FINDINGS, EXIT_OK, type Command } from '../command.js';
import { openBatch } from '../input.js';
import { reportError, writeLine } from '../report.js';

const help = `Usage: tabayyun pairs --input pairs.jsonl|-

For each pair of short statements {id, a, b}, one JSON line in input order:
  {id, similarity (0..1), relation: "consistent"|"conflict"|"unrelated", confidence, conflicts: [...]}
Conflicts name what differs (kind quantity, date, name or other) with the words of each side
and their offsets ("side": "a" or "b"). The relation comes from a small model trained on the
ANS stance corpus (see README for its measured figures).

  --input FILE|-   JSONL, one {id, a, b} per line (a and b at most 10,000 characters each)
  -h, --help       show this help

A bad line is reported on stderr with its line number and skipped.
Exit codes: 0 success; 1 some lines were reported and skipped; 2 usage or input error.
`;

/** Statements longer than this are not "short statements": refused rather than compared slowly. */
export const MAX_STATEMENT_CHARS = 10_000;

const PairRecordSchema = z.object({
  id: z.union([z.string().min(1), z.number().finite()]).transform(String),
  a: z.string().max(MAX_STATEMENT_CHARS),
  b: z.string().max(MAX_STATEMENT_CHARS),
}).passthrough();

export const pairsCommand: Command = {
  name: 'pairs',
  summary: 'compare pairs of short statements: consistent, conflict or unrelated',
  help,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { input: { type: 'string' } } });
    if (positionals.length) throw new TabayyunError('E_USAGE', `unexpected argument ${JSON.stringify(positionals[0])}; use --input FILE`);
    if (values.input === undefined) throw new TabayyunError('E_USAGE', 'pairs needs --input FILE (or --input - for standard input)');
    let bad = 0;
    for await (const item of readRecords(openBatch(values.input, io.stdin), PairRecordSchema)) {
      const where: Where = { file: values.input, line: item.line, ...(item.id !== undefined ? { id: item.id } : {}) };
      if (item.error) {
        bad++;
        reportError(io.stderr, item.error, where);
        continue;
      }
      const record = item.record!;
      await writeLine(io.stdout, JSON.stringify({ id: record.id, ...comparePair(record.a, record.b) }));
    }
    return bad ? EXIT_FINDINGS : EXIT_OK;
  },
};
