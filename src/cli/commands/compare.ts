/** `tabayyun compare`: the articles of one story (files, URLs or a JSONL batch) → their comparison. */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { TabayyunError, type Where } from '../../errors.js';
import { compareArticles } from '../../compare/compare-articles.js';
import { renderHtml } from '../../compare/render-html.js';
import { renderMarkdown } from '../../compare/render-markdown.js';
import type { CompareArticleInput } from '../../compare/types.js';
import { readArticle, type Article } from '../../ingest/article.js';
import { decodeBytes } from '../../ingest/decode.js';
import { fetchUrl } from '../../ingest/fetch.js';
import { ArticleRecordSchema, readRecords } from '../../ingest/jsonl.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIO, type Command } from '../command.js';
import { openBatch, readInputBytes } from '../input.js';
import { reportError, reportWarning } from '../report.js';

const help = `Usage: tabayyun compare FILE|URL... [--format json|md|html] [--published-at ISO]...
       tabayyun compare --input records.jsonl|- [--format json|md|html]

Compare how the articles of one story report it: the facts they share, the facts only one
reports, the conflicts between them (figures, dates, names, who said what), wire copies, the
names under every spelling, quotes, a timeline, a cited summary and how alike each pair is.

  FILE|URL...          text or HTML files, or http(s) URLs (cleaned as by "tabayyun analyze")
  --input FILE|-       JSONL records {id, title?, text?, html?, url?, outlet?, published?}
  --format F           json (default: one JSON object), md (a report in Arabic) or html (one
                       standalone right-to-left page, articles side by side)
  --published-at ISO   publication date, the anchor of relative dates ("أمس الخميس"); give it once
                       for all files, or once per FILE|URL in the same order
  -h, --help           show this help

A bad record or an unreadable file is reported on stderr and left out; the rest is compared.
Exit codes: 0 success; 1 some inputs were reported and left out; 2 usage or input error.
`;

const FORMATS = new Set(['json', 'md', 'html']);

function toInput(article: Article, id: string, fallback: { outlet?: string; published?: string }): CompareArticleInput {
  const input: CompareArticleInput = { id, text: article.text };
  const outlet = article.outlet ?? fallback.outlet;
  const published = fallback.published ?? article.published;
  if (outlet) input.outlet = outlet;
  if (article.title) input.title = article.title;
  if (published) input.published = published;
  if (article.agency) input.agency = article.agency;
  return input;
}

function uniqueId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

async function readPositional(arg: string, io: CliIO, published: string | undefined, taken: Set<string>): Promise<CompareArticleInput> {
  if (/^https?:\/\//i.test(arg)) {
    const fetched = await fetchUrl(arg, { accept: 'page' });
    for (const w of fetched.warnings) reportWarning(io.stderr, w);
    const article = readArticle(fetched.text, { url: fetched.url, format: fetched.kind === 'html' ? 'html' : 'text', where: { url: arg } });
    return toInput(article, uniqueId(new URL(fetched.url).hostname + new URL(fetched.url).pathname.replace(/\/+$/, ''), taken), published ? { published } : {});
  }
  const bytes = await readInputBytes(arg, io.stdin);
  const where: Where = { file: arg };
  const decoded = decodeBytes(bytes, where);
  for (const w of decoded.warnings) reportWarning(io.stderr, w);
  const article = readArticle(decoded.text, { where });
  for (const w of article.warnings) reportWarning(io.stderr, w);
  const id = uniqueId(arg === '-' ? 'stdin' : basename(arg).replace(/\.(txt|html?|md)$/i, ''), taken);
  return toInput(article, id, published ? { published } : {});
}

async function readBatch(path: string, io: CliIO): Promise<{ inputs: CompareArticleInput[]; bad: number }> {
  const inputs: CompareArticleInput[] = [];
  let bad = 0;
  for await (const item of readRecords(openBatch(path, io.stdin), ArticleRecordSchema)) {
    const where: Where = { file: path, line: item.line, ...(item.id !== undefined ? { id: item.id } : {}) };
    try {
      if (item.error) throw item.error;
      const record = item.record!;
      const article = readArticle({ ...record }, { where });
      for (const w of article.warnings) reportWarning(io.stderr, w);
      inputs.push(toInput(article, record.id, record.outlet ? { outlet: record.outlet } : {}));
    } catch (error) {
      bad++;
      reportError(io.stderr, error, where);
    }
  }
  return { inputs, bad };
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'compare how several articles report one story (json, md or html)',
  help,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        input: { type: 'string' },
        format: { type: 'string', default: 'json' },
        'published-at': { type: 'string', multiple: true },
      },
    });
    const format = values.format ?? 'json';
    if (!FORMATS.has(format)) throw new TabayyunError('E_USAGE', `--format must be json, md or html: ${format}`);
    const dates = values['published-at'] ?? [];
    for (const d of dates) if (Number.isNaN(Date.parse(d))) throw new TabayyunError('E_USAGE', `--published-at is not an ISO date: ${d}`);
    let inputs: CompareArticleInput[] = [];
    let bad = 0;
    if (values.input !== undefined) {
      if (positionals.length) throw new TabayyunError('E_USAGE', 'give either FILE|URL... or --input, not both');
      if (dates.length) throw new TabayyunError('E_USAGE', '--published-at goes with files; JSONL records carry their own "published"');
      ({ inputs, bad } = await readBatch(values.input, io));
    } else {
      if (positionals.length === 0) throw new TabayyunError('E_USAGE', 'compare needs FILE|URL... or --input FILE');
      if (dates.length > 1 && dates.length !== positionals.length) {
        throw new TabayyunError('E_USAGE', `--published-at given ${dates.length} times for ${positionals.length} inputs: give it once, or once per input`);
      }
      const taken = new Set<string>();
      for (const [k, arg] of positionals.entries()) {
        try {
          inputs.push(await readPositional(arg, io, dates.length === 1 ? dates[0] : dates[k], taken));
        } catch (error) {
          bad++;
          reportError(io.stderr, error);
        }
      }
    }
    if (inputs.length === 0) throw new TabayyunError('E_EMPTY', 'no article could be read: nothing to compare');
    const comparison = compareArticles(inputs);
    const text = format === 'md' ? renderMarkdown(comparison) : format === 'html' ? renderHtml(comparison) : `${JSON.stringify(comparison)}\n`;
    io.stdout.write(text);
    return bad ? EXIT_FINDINGS : EXIT_OK;
  },
};
