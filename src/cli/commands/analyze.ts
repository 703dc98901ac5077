/** `tabayyun analyze`: one text (file or stdin) or a JSONL batch → its analysis. */
import { parseArgs } from 'node:util';
import { TabayyunError } from '../../errors.js';
import { analyzeText, type Analysis } from '../../analysis/analyze.js';
import { decodeBytes } from '../../ingest/decode.js';
import { ArticleRecordSchema, readRecords } from '../../ingest/jsonl.js';
import { readArticle, type Article, type ArticleInput, type ReadOptions } from '../../ingest/article.js';
import { fetchUrl } from '../../ingest/fetch.js';
import { feedItemToRecord, parseFeed } from '../../ingest/feeds.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type Command } from '../command.js';
import { openBatch, readInputBytes } from '../input.js';
import { reportError, reportWarning, writeLine } from '../report.js';

const help = `Usage: tabayyun analyze FILE|URL|- [--published-at ISO] [--json] [--format auto|text|html|feed]
       tabayyun analyze --input records.jsonl|-

Analyse one article: clean it (boilerplate, captions, related links and footers go to
"removed", with their reasons), then find its sentences, tokens (text, start, end, norm,
stem), quantities, dates, entities and quotes. Offsets are UTF-16 code units into "text"
(the clean text); "removed" offsets are into "source" (the text as read).

  FILE|URL|-           a text, HTML or RSS/Atom file, an http(s) URL, or - for standard input
                       (UTF-8, or windows-1256 / ISO-8859-6 detected; at most 10 MB).
                       A feed gives one JSON line per item {id, …}, as --input does; a broken
                       item is reported on stderr and skipped
  --published-at ISO   publication date, the anchor for relative dates ("أمس"); without it
                       (and without one in the page) relative dates stay unresolved
  --format F           auto (default: feeds and HTML are told by their tags), text, html or feed
  --json               print the analysis as one JSON object (default: a readable summary)
  --allow-private      let a URL reach private, loopback and link-local addresses
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
        format: { type: 'string', default: 'auto' },
        'allow-private': { type: 'boolean', default: false },
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
    const format = values.format;
    if (format !== 'auto' && format !== 'text' && format !== 'html' && format !== 'feed') {
      throw new TabayyunError('E_USAGE', `--format must be auto, text, html or feed, not ${format}`);
    }
    const file = positionals[0]!;
    let text: string;
    let feedUrl: string | undefined;
    let isFeed = format === 'feed';
    const readOptions: ReadOptions = { format: format === 'feed' ? 'auto' : format, where: { file } };
    if (/^https?:\/\//i.test(file)) {
      const fetched = await fetchUrl(file, { allowPrivate: values['allow-private'], accept: 'any' });
      for (const w of fetched.warnings) reportWarning(io.stderr, w);
      text = fetched.text;
      readOptions.url = fetched.url;
      feedUrl = fetched.url;
      if (format === 'auto') {
        isFeed = fetched.kind === 'feed';
        readOptions.format = fetched.kind === 'text' ? 'text' : 'html';
      }
    } else {
      const decoded = decodeBytes(await readInputBytes(file, io.stdin), { file });
      for (const w of decoded.warnings) reportWarning(io.stderr, w);
      text = decoded.text;
    }
    if (isFeed || (format === 'auto' && looksLikeFeed(text))) return runFeed(text, file, feedUrl, io);
    // Empty input is a valid, empty analysis (not an error), as a pipeline expects of an empty file.
    const article: Article = text.trim() === ''
      ? { language: 'und', languageConfidence: 0, format: 'text', source: text, text: '', segments: [], removed: [], warnings: [], ...(published ? { published } : {}) }
      : readArticle(published ? { text, published } : text, readOptions);
    for (const w of article.warnings) reportWarning(io.stderr, w);
    const result = analyzeArticle(article);
    io.stdout.write(values.json ? JSON.stringify(result) + '\n' : summarize(result));
    return EXIT_OK;
  },
};

/** An RSS or Atom document: its root element, after an optional XML declaration, comments and a doctype. */
function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '').replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\?xml-stylesheet[^>]*\?>/gi, '').trimStart();
  return /^<(?:rss|feed|rdf:RDF)[\s>]/i.test(head);
}

/** One JSON line per feed item, like a batch; a broken item is reported with its position and skipped. */
async function runFeed(xml: string, file: string, url: string | undefined, io: Parameters<Command['run']>[1]): Promise<number> {
  const feed = parseFeed(xml, { where: { file }, ...(url ? { url } : {}) });
  for (const w of feed.warnings) reportWarning(io.stderr, w);
  let bad = 0;
  for (const e of feed.errors) { bad++; reportError(io.stderr, e, { file }); }
  for (const [index, item] of feed.items.entries()) {
    const where = { file, index, id: item.id };
    try {
      const article = readArticle(feedItemToRecord(item, feed), { where });
      for (const w of article.warnings) reportWarning(io.stderr, w);
      await writeLine(io.stdout, JSON.stringify({ id: item.id, ...analyzeArticle(article) }));
    } catch (error) {
      bad++;
      reportError(io.stderr, error, where);
    }
  }
  return bad ? EXIT_FINDINGS : EXIT_OK;
}

async function runBatch(path: string, io: Parameters<Command['run']>[1]): Promise<number> {
  let bad = 0;
  for await (const item of readRecords(openBatch(path, io.stdin), ArticleRecordSchema)) {
    const where = { file: path, line: item.line, ...(item.id !== undefined ? { id: item.id } : {}) };
    try {
      if (item.error) throw item.error;
      const record = item.record!;
      if (record.text === undefined && record.title === undefined && record.html === undefined) {
        throw new TabayyunError('E_BAD_RECORD', 'record has no text, html or title', where);
      }
      const article = readArticle(record as ArticleInput, { where });
      for (const w of article.warnings) reportWarning(io.stderr, w);
      await writeLine(io.stdout, JSON.stringify({ id: record.id, ...analyzeArticle(article) }));
    } catch (error) {
      bad++;
      reportError(io.stderr, error, where);
    }
  }
  return bad ? EXIT_FINDINGS : EXIT_OK;
}

type ArticleAnalysis = Omit<Article, 'segments' | 'warnings' | 'language' | 'languageConfidence' | 'text'> & Analysis;

/** The article's metadata and cleaning ledger, then the analysis of its clean text. */
function analyzeArticle(article: Article): ArticleAnalysis {
  const { segments: _segments, warnings: _warnings, language, languageConfidence, text, ...meta } = article;
  const options = { language: { lang: language, confidence: languageConfidence }, ...(article.published ? { published: article.published } : {}) };
  return { ...meta, ...analyzeText(text, options) };
}

function summarize(a: ArticleAnalysis): string {
  const words = a.tokens.filter((t) => t.kind === 'word').length;
  const meta = [
    a.title && `title: ${a.title}`, a.published && `published: ${a.published}`, a.outlet && `outlet: ${a.outlet}`,
    a.agency && `agency: ${a.agency}`, a.dateline && `dateline: ${a.dateline}`,
  ].filter(Boolean) as string[];
  const lines = [
    ...meta,
    `language: ${a.language.lang} (${a.language.confidence.toFixed(2)})`,
    `${a.sentences.length} sentences, ${a.tokens.length} tokens, ${words} words`,
    '',
    ...a.sentences.map((s, i) => `${String(i + 1).padStart(3)}. [${s.start}–${s.end}] ${s.text}`),
    '',
    `removed (${a.removed.length}):`,
    ...a.removed.map((r) => `  ${r.reason}: ${r.text.replace(/\s+/g, ' ').trim().slice(0, 80)}`),
    `quantities (${a.quantities.length}):`,
    ...a.quantities.map((q) => `  ${q.text} → ${q.value}${q.approximate ? ' (approx.)' : ''}${q.head ? ` [${q.head}]` : q.unit ? ` [${q.unit}]` : ''}`),
    `dates (${a.dates.length}):`,
    ...a.dates.map((d) => `  ${d.text} → ${d.value ?? 'unresolved'} (${d.grain})`),
    `entities (${a.entities.length}):`,
    ...a.entities.map((e) => `  ${e.type} ${e.text}`),
    `quotes (${a.quotes.length}):`,
    ...a.quotes.map((q) => `  ${q.speaker?.text ?? '?'}: ${a.text.slice(q.content.start, q.content.end).slice(0, 80)}`),
    '',
  ];
  return lines.join('\n');
}
