/**
 * Reading JSONL batches: bounded line length, one bad line never stops the batch. Each line comes out either as
 * a parsed record or as an error with its line number (and id when it could be read), for the caller to report.
 */
import { z } from 'zod';
import { TabayyunError } from '../errors.js';
import { MAX_INPUT_BYTES } from './decode.js';

/** A JSONL line may carry HTML as well as text, so its cap is a little above the single-text cap. */
export const MAX_LINE_BYTES = 2 * MAX_INPUT_BYTES;

export interface RawLine {
  line: number;
  /** The line's text, or undefined when it was refused (too long, not UTF-8). */
  text?: string;
  error?: TabayyunError;
}

/**
 * Splits a byte stream into lines without ever holding more than `maxLineBytes` of one line: a longer line is
 * skipped to its end and reported as E_TOO_LARGE.
 */
export async function* readLines(source: AsyncIterable<Uint8Array | string>, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let line = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const finish = (): RawLine | undefined => {
    line++;
    if (overflow) {
      overflow = false; parts = []; size = 0;
      return { line, error: new TabayyunError('E_TOO_LARGE', `line is over the cap of ${maxLineBytes} bytes`, { line }) };
    }
    const buf = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    parts = []; size = 0;
    let end = buf.length;
    if (end > 0 && buf[end - 1] === 0x0d) end--;
    try {
      return { line, text: decoder.decode(buf.subarray(0, end)) };
    } catch {
      return { line, error: new TabayyunError('E_BAD_RECORD', 'line is not valid UTF-8', { line }) };
    }
  };
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    while (from < bytes.length) {
      const nl = bytes.indexOf(0x0a, from);
      const to = nl < 0 ? bytes.length : nl;
      if (!overflow) {
        if (size + (to - from) > maxLineBytes) { overflow = true; parts = []; size = 0; }
        else { parts.push(bytes.subarray(from, to)); size += to - from; }
      }
      if (nl < 0) break;
      const out = finish();
      if (out) yield out;
      from = nl + 1;
    }
  }
  if (size > 0 || overflow) { const out = finish(); if (out) yield out; }
}

/** An input article record, as in PRODUCT.md. */
export const ArticleRecordSchema = z.object({
  id: z.union([z.string().min(1), z.number().finite()]).transform(String),
  title: z.string().optional(),
  text: z.string().optional(),
  html: z.string().optional(),
  url: z.string().optional(),
  outlet: z.string().optional(),
  published: z.string().optional(),
}).passthrough();

export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

export interface ParsedRecord<T> {
  line: number;
  record?: T;
  /** The record's id when it could be read, even if the record was refused. */
  id?: string;
  error?: TabayyunError;
}

export interface ReadRecordsOptions {
  maxLineBytes?: number;
  /**
   * Refuse a record whose id an earlier valid record of the batch had (E_DUPLICATE_ID). Ids are how outputs join
   * back to inputs, so every command keeps the first record with an id and refuses the later ones. Default true.
   */
  uniqueIds?: boolean;
}

/** Parses JSONL into validated records; blank lines are skipped silently. */
export async function* readRecords<T extends { id: string }>(
  source: AsyncIterable<Uint8Array | string>,
  schema: z.ZodType<T>,
  options: ReadRecordsOptions = {},
): AsyncGenerator<ParsedRecord<T>> {
  const seen = options.uniqueIds === false ? undefined : new Set<string>();
  for await (const raw of readLines(source, options.maxLineBytes ?? MAX_LINE_BYTES)) {
    if (raw.error) { yield { line: raw.line, error: raw.error }; continue; }
    const text = raw.text!;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      yield { line: raw.line, error: new TabayyunError('E_BAD_JSON', `not JSON: ${(e as Error).message}`, { line: raw.line }) };
      continue;
    }
    const rawId = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : undefined;
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || undefined;
      const message = issue ? `${field ? field + ': ' : ''}${issue.message}` : 'invalid record';
      yield { line: raw.line, ...(id ? { id } : {}), error: new TabayyunError('E_BAD_RECORD', message, { line: raw.line, ...(id ? { id } : {}), ...(field ? { field } : {}) }) };
      continue;
    }
    if (seen) {
      if (seen.has(parsed.data.id)) {
        yield { line: raw.line, id: parsed.data.id, error: new TabayyunError('E_DUPLICATE_ID', 'duplicate id: the first record with this id was kept', { line: raw.line, id: parsed.data.id }) };
        continue;
      }
      seen.add(parsed.data.id);
    }
    yield { line: raw.line, record: parsed.data, ...(id ? { id } : {}) };
  }
}
