/**
 * Bytes → text, with the checks every input goes through: a size cap, refusal of binary files, and UTF-8
 * decoding that never loses the text (invalid sequences become U+FFFD and are reported, not fatal).
 */
import { TabayyunError, type Warning, type Where } from '../errors.js';

/** The documented cap on one input text (file, record text or HTML page), in bytes of UTF-8. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export interface DecodeOptions {
  maxBytes?: number;
  /** A charset declared by the transport (HTTP header, <meta>): used when the bytes are not valid UTF-8. */
  declaredCharset?: string;
}

export interface Decoded {
  text: string;
  encoding: string;
  warnings: Warning[];
}

const MAGIC: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** Refuses input that is too large or binary; throws TabayyunError (E_TOO_LARGE, E_BINARY). */
export function checkBytes(bytes: Uint8Array, where?: Where, maxBytes = MAX_INPUT_BYTES): void {
  if (bytes.length > maxBytes) {
    throw new TabayyunError('E_TOO_LARGE', `input is ${bytes.length} bytes; the cap is ${maxBytes} bytes`, where);
  }
  for (const [name, magic] of MAGIC) {
    if (startsWith(bytes, magic)) throw new TabayyunError('E_BINARY', `input looks like a ${name} file, not text`, where);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0 && !isUtf16(bytes)) {
    throw new TabayyunError('E_BINARY', `input contains a NUL byte at byte ${nul}: binary data is refused`, where);
  }
  // Text has few C0 controls besides tab, newline, carriage return and form feed.
  const sample = Math.min(bytes.length, 65536);
  let controls = 0;
  for (let i = 0; i < sample; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  if (sample > 0 && controls / sample > 0.05) {
    throw new TabayyunError('E_BINARY', `input has ${controls} control bytes in its first ${sample}: binary data is refused`, where);
  }
}

function isUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

const LEGACY = new Set(['windows-1256', 'cp1256', 'iso-8859-6', 'arabic', 'x-mac-arabic', 'windows-1252', 'iso-8859-1']);

/** Decodes checked bytes. UTF-8 (with or without BOM) and UTF-16 with BOM; a declared legacy charset when the
 * bytes are not UTF-8; otherwise UTF-8 with replacement characters and a W_INVALID_UTF8 warning. */
export function decodeBytes(bytes: Uint8Array, where?: Where, options: DecodeOptions = {}): Decoded {
  checkBytes(bytes, where, options.maxBytes);
  const warnings: Warning[] = [];
  if (isUtf16(bytes)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = new TextDecoder(encoding).decode(bytes);
    if (text.includes('\u0000')) throw new TabayyunError('E_BINARY', 'UTF-16 input contains NUL characters', where);
    return { text, encoding, warnings };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings };
  } catch {
    // fall through: not valid UTF-8
  }
  const declared = options.declaredCharset?.trim().toLowerCase();
  if (declared && LEGACY.has(declared)) {
    const text = new TextDecoder(declared === 'cp1256' ? 'windows-1256' : declared).decode(bytes);
    warnings.push({ code: 'W_LEGACY_ENCODING', message: `decoded as ${declared}`, ...(where ? { where } : {}) });
    return { text, encoding: declared, warnings };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  warnings.push({
    code: 'W_INVALID_UTF8',
    message: `input is not valid UTF-8: ${replaced} replacement character(s) inserted`,
    ...(where ? { where } : {}),
  });
  return { text, encoding: 'utf-8', warnings };
}

/** Checks a string that arrived already decoded (a JSON field): size cap and NUL characters. */
export function checkText(text: string, where?: Where, maxBytes = MAX_INPUT_BYTES): void {
  // UTF-16 length × 3 bounds the UTF-8 size from above; only compute the exact size near the cap.
  if (text.length * 3 > maxBytes && Buffer.byteLength(text, 'utf8') > maxBytes) {
    throw new TabayyunError('E_TOO_LARGE', `text is over the cap of ${maxBytes} bytes`, where);
  }
  if (text.includes('\u0000')) throw new TabayyunError('E_BINARY', 'text contains a NUL character', where);
}
