/** `tabayyun cluster`: JSONL articles → one `{id, story, copyOf?}` line per record, in input order. */
import { createWriteStream, existsSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { TabayyunError, type Warning, type Where } from '../../errors.js';
import { StoryClusterer } from '../../analysis/cluster/engine.js';
import { articleFacets, DEFAULT_FACET_OPTIONS } from '../../analysis/cluster/facets.js';
import type { ClusterArticle } from '../../analysis/cluster/features.js';
import type { ClusterOptions } from '../../analysis/cluster/options.js';
import { restoreState, saveState } from '../../analysis/cluster/state.js';
import { safeReadArticle } from '../../ingest/article.js';
import { datelinePlace } from '../../ingest/clean/dateline.js';
import { ArticleRecordSchema, readRecords, type ArticleRecord } from '../../ingest/jsonl.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIO, type Command } from '../command.js';
import { openBatch } from '../input.js';
import { reportError, reportWarning, writeLine } from '../report.js';

const help = `Usage: tabayyun cluster --input articles.jsonl|- [--output stories.jsonl] [--state FILE]

Group articles into stories (one real-world event or development each) and find wire copies.
Articles are taken as a stream, in input order: each joins the best open story or opens a new
one; a story falls silent after --silence-hours without a new article (by publication time).

  --input FILE|-         JSONL records {id, title?, text?, html?, url?, outlet?, published?}
  --output FILE          where to write {id, story, copyOf?} lines (default: standard output);
                         "copyOf" is the id of the earliest article this one reprints
  --state FILE           continue from the state in FILE if it exists, and save the state there
                         at the end (stories, indexes, statistics), so the next batch carries on
  --silence-hours N      hours without a new article after which a story takes no more (default 72)
  --threshold X          score (0..1) an article needs to join a story (default tuned, see README)
  --facets               also match the entities, figures and dates of title and lead (slower:
                         about 3 ms more an article; a little better on the evaluation day)
  -h, --help             show this help

Records are cleaned as by "tabayyun analyze" (html or text). A record with neither text, html
nor title is reported on stderr and skipped, and so is a second record with an id already seen
(the first one is kept). A "published" date that cannot be read, or lies more than a day in the
future, is reported and the record is clustered as undated. Skipped records get no output line.
Output lines are written when the input ends, since a later merge can join two stories.
Progress (articles, rate, stories) is shown on stderr when it is a terminal.

Exit codes: 0 success; 1 some records were reported and skipped; 2 usage or input error.
`;

/** A publication date more than this far ahead of the clock is taken for an error. */
const FUTURE_TOLERANCE_MS = 24 * 3_600_000;

export interface PreparedArticle {
  article?: ClusterArticle;
  error?: TabayyunError;
  warnings: Warning[];
}

/** ISO day or date-time (zone optional: UTC assumed) → ms since the epoch. */
export function publishedMs(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : /(?:Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * One record → what the clusterer needs: clean text (intake's cleaning when the record has text or html), title,
 * outlet and publication time. `now` bounds publication dates from above.
 */
export function prepareRecord(record: ArticleRecord, now: number, where: Where, withFacets = false): PreparedArticle {
  const warnings: Warning[] = [];
  const title = record.title?.trim() ? record.title : undefined;
  const hasBody = (record.text !== undefined && record.text.trim() !== '') || (record.html !== undefined && record.html.trim() !== '');
  if (!hasBody && !title) {
    return { error: new TabayyunError('E_BAD_RECORD', 'record has no text, html or title', where), warnings };
  }
  let text: string | undefined;
  let published: string | undefined = record.published;
  let outlet = record.outlet;
  let finalTitle = title;
  let dateline: string | undefined;
  if (hasBody) {
    const read = safeReadArticle({ ...record }, { where });
    if (read.ok) {
      warnings.push(...read.warnings);
      text = read.value.text;
      finalTitle = title ?? read.value.title;
      published = read.value.published;
      outlet ??= read.value.outlet;
      dateline = datelinePlace(read.value.dateline);
    } else if (title) {
      // The body could not be read (empty after cleaning, binary…): the title alone still places the article.
      warnings.push({ code: 'W_NO_ARTICLE', message: `body not used (${read.error.code}: ${read.error.message}); clustered on its title`, where });
    } else {
      return { error: read.error, warnings };
    }
  } else if (published !== undefined) {
    published = publishedMs(published) === undefined ? undefined : published;
    if (published === undefined) warnings.push({ code: 'W_DATE', message: `published "${record.published!.slice(0, 40)}" is not a date; ignored`, where });
  }
  let time = publishedMs(published);
  if (time !== undefined && time > now + FUTURE_TOLERANCE_MS) {
    warnings.push({ code: 'W_DATE', message: `published ${published} is in the future; clustered as undated`, where });
    time = undefined;
  }
  const article: ClusterArticle = { id: record.id };
  if (finalTitle !== undefined) article.title = finalTitle;
  if (text !== undefined) article.text = text;
  if (time !== undefined) article.time = time;
  if (outlet !== undefined) article.outlet = outlet;
  if (dateline !== undefined) article.dateline = dateline;
  if (withFacets) {
    const day = time !== undefined ? new Date(time).toISOString().slice(0, 10) : undefined;
    article.facets = articleFacets(finalTitle ?? '', text ?? '', day, DEFAULT_FACET_OPTIONS);
  }
  return { article, warnings };
}

interface Row {
  id: string;
  story: number;
  copyOf?: string;
}

function progressLine(io: CliIO, done: number, startedMs: number, stories: number): void {
  const seconds = (Date.now() - startedMs) / 1000;
  const rate = seconds > 0 ? Math.round(done / seconds) : 0;
  io.stderr.write(`\rcluster: ${done.toLocaleString('en')} articles, ${rate.toLocaleString('en')}/s, ${stories.toLocaleString('en')} stories`);
}

function loadClusterer(stateFile: string | undefined, overrides: Partial<ClusterOptions>): StoryClusterer {
  if (!stateFile || !existsSync(stateFile)) return new StoryClusterer(overrides);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(stateFile, 'utf8'));
  } catch (e) {
    throw new TabayyunError('E_PARSE', `cluster state is not JSON: ${(e as Error).message}`, { file: stateFile });
  }
  try {
    return restoreState(json, overrides);
  } catch (e) {
    if (e instanceof TabayyunError) throw new TabayyunError(e.code, e.message, { file: stateFile });
    throw e;
  }
}

function openOutput(file: string): number {
  try {
    return openSync(file, 'w');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new TabayyunError(code === 'ENOENT' ? 'E_NOT_FOUND' : 'E_READ', `cannot write the output (${code ?? (e as Error).message})`, { file });
  }
}

/** Writes the state next to its destination and renames it over, so a crash never leaves half a state. */
function writeState(stateFile: string, clusterer: StoryClusterer): void {
  const tmp = `${stateFile}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(saveState(clusterer)));
  renameSync(tmp, stateFile);
}

export const clusterCommand: Command = {
  name: 'cluster',
  summary: 'group JSONL articles into stories and find wire copies',
  help,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        input: { type: 'string' },
        output: { type: 'string' },
        state: { type: 'string' },
        'silence-hours': { type: 'string' },
        threshold: { type: 'string' },
        facets: { type: 'boolean', default: false },
      },
    });
    if (positionals.length) throw new TabayyunError('E_USAGE', `unexpected argument ${JSON.stringify(positionals[0])}; use --input FILE`);
    if (values.input === undefined) throw new TabayyunError('E_USAGE', 'cluster needs --input FILE (or --input - for standard input)');
    const overrides: Partial<ClusterOptions> = {};
    if (values['silence-hours'] !== undefined) {
      const h = Number(values['silence-hours']);
      if (!Number.isFinite(h) || h <= 0) throw new TabayyunError('E_USAGE', `--silence-hours must be a positive number: ${values['silence-hours']}`);
      overrides.silenceHours = h;
    }
    if (values.threshold !== undefined) {
      const t = Number(values.threshold);
      if (!Number.isFinite(t) || t < 0 || t > 1) throw new TabayyunError('E_USAGE', `--threshold must be between 0 and 1: ${values.threshold}`);
      overrides.joinThreshold = t;
    }
    const clusterer = loadClusterer(values.state, overrides);
    const source = openBatch(values.input, io.stdin);
    // The output is opened before the work, so a bad path fails at once rather than after a long run.
    const outFd = values.output !== undefined ? openOutput(values.output) : undefined;

    const rows: Row[] = [];
    let bad = 0;
    const now = Date.now();
    const started = Date.now();
    let lastProgress = started;
    for await (const item of readRecords(source, ArticleRecordSchema)) {
      const where: Where = { file: values.input, line: item.line, ...(item.id !== undefined ? { id: item.id } : {}) };
      if (item.error) {
        bad++;
        reportError(io.stderr, item.error, where);
        continue;
      }
      const record = item.record!;
      const prepared = prepareRecord(record, now, where, values.facets);
      for (const w of prepared.warnings) reportWarning(io.stderr, w);
      if (!prepared.article) {
        bad++;
        reportError(io.stderr, prepared.error);
        continue;
      }
      const assigned = clusterer.add(prepared.article);
      rows.push(assigned.copyOf === undefined ? { id: record.id, story: assigned.story } : { id: record.id, story: assigned.story, copyOf: assigned.copyOf });
      if (io.stderrIsTTY && Date.now() - lastProgress >= 500) {
        lastProgress = Date.now();
        progressLine(io, rows.length, started, clusterer.nextStory - 1);
      }
    }
    clusterer.flush();
    if (io.stderrIsTTY) {
      progressLine(io, rows.length, started, clusterer.nextStory - 1);
      io.stderr.write('\n');
    }

    const out: Writable = outFd !== undefined ? createWriteStream('', { fd: outFd }) : io.stdout;
    for (const row of rows) {
      const line = { id: row.id, story: clusterer.storyLabel(row.story), ...(row.copyOf !== undefined ? { copyOf: row.copyOf } : {}) };
      await writeLine(out, JSON.stringify(line));
    }
    if (out !== io.stdout) await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    if (values.state) writeState(values.state, clusterer);
    return bad ? EXIT_FINDINGS : EXIT_OK;
  },
};
