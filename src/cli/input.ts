/** Reading the CLI's inputs: files and standard input, bounded before they are read into memory. */
import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { TabayyunError } from '../errors.js';
import { MAX_INPUT_BYTES } from '../ingest/decode.js';

export async function readInputBytes(path: string, stdin: Readable, maxBytes = MAX_INPUT_BYTES): Promise<Uint8Array> {
  if (path === '-') return readStreamBounded(stdin, maxBytes, '-');
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new TabayyunError('E_READ', 'is a directory', { file: path });
    size = stat.size;
  } catch (e) {
    if (e instanceof TabayyunError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new TabayyunError(code === 'ENOENT' ? 'E_NOT_FOUND' : 'E_READ', code === 'ENOENT' ? 'no such file' : (e as Error).message, { file: path });
  }
  if (size > maxBytes) throw new TabayyunError('E_TOO_LARGE', `file is ${size} bytes; the cap is ${maxBytes} bytes`, { file: path });
  try {
    return await readFile(path);
  } catch (e) {
    throw new TabayyunError('E_READ', (e as Error).message, { file: path });
  }
}

export async function readStreamBounded(stream: Readable, maxBytes: number, file: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) {
      stream.destroy();
      throw new TabayyunError('E_TOO_LARGE', `input is over the cap of ${maxBytes} bytes`, { file });
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, size);
}

/** A stream over a JSONL file or standard input, for batch commands. */
export function openBatch(path: string, stdin: Readable): AsyncIterable<Uint8Array | string> {
  if (path === '-') return stdin;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new TabayyunError('E_READ', 'is a directory', { file: path });
  } catch (e) {
    if (e instanceof TabayyunError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new TabayyunError(code === 'ENOENT' ? 'E_NOT_FOUND' : 'E_READ', code === 'ENOENT' ? 'no such file' : (e as Error).message, { file: path });
  }
  return createReadStream(path, { highWaterMark: 1 << 20 });
}
