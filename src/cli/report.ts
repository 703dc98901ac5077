/** Writing errors and warnings to stderr in one format: `tabayyun: CODE: message (where)`. */
import type { Writable } from 'node:stream';
import { TabayyunError, type Warning, type Where } from '../errors.js';

export function formatWhere(where: Where | undefined): string {
  if (!where) return '';
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (where.url) parts.push(where.url);
  if (where.line !== undefined) parts.push(`line ${where.line}`);
  if (where.index !== undefined) parts.push(`item ${where.index + 1}`);
  if (where.id !== undefined) parts.push(`id ${JSON.stringify(where.id)}`);
  if (where.field) parts.push(`field ${where.field}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/**
 * Reports an error; `context` (the batch's file, line and id) fills in what the error's own `where` leaves out, so
 * every report names the input, whichever layer raised it.
 */
export function reportError(stderr: Writable, error: unknown, context?: Where): void {
  if (error instanceof TabayyunError) {
    const where = context ? { ...context, ...error.where } : error.where;
    stderr.write(`tabayyun: ${error.code}: ${error.message}${formatWhere(where)}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    stderr.write(`tabayyun: E_INTERNAL: ${message}\n`);
  }
}

export function reportWarning(stderr: Writable, warning: Warning): void {
  stderr.write(`tabayyun: ${warning.code}: ${warning.message}${formatWhere(warning.where)}\n`);
}

/** Writes a line and waits when the stream's buffer is full, so big batches don't pile up in memory. */
export async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(line + '\n')) await new Promise<void>((resolve) => out.once('drain', resolve));
}
