/**
 * Bytes → text, with the checks every input goes through: a size cap, refusal of binary files, and UTF-8
 * decoding that never loses the text (invalid sequences become U+FFFD and are reported, not fatal). Legacy Arabic
 * encodings (windows-1256, ISO-8859-6), still served by news sites, are detected from the bytes and checked
 * against what the page or the server declares.
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

const LEGACY = new Set(['windows-1256', 'cp1256', 'iso-8859-6', 'arabic', 'windows-1252', 'iso-8859-1', 'latin1', 'us-ascii', 'ascii']);
/** Labels of the two legacy Arabic encodings, as WHATWG names them. */
const ARABIC_LEGACY: Record<string, 'windows-1256' | 'iso-8859-6'> = {
  'windows-1256': 'windows-1256', cp1256: 'windows-1256', 'x-cp1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6', 'iso_8859-6': 'iso-8859-6', arabic: 'iso-8859-6', 'iso-ir-127': 'iso-8859-6', 'asmo-708': 'iso-8859-6',
};

export interface CharsetGuess {
  encoding: 'windows-1256' | 'iso-8859-6';
  /** Share of the decoded letters that are Arabic. */
  arabicShare: number;
  /** How much better the winner scored than the other encoding, 0..1. */
  margin: number;
}

/** Bytes sampled for detection: enough text for the letter statistics, bounded on large inputs. */
const DETECT_SAMPLE = 64 * 1024;

function score(text: string): { score: number; arabic: number; letters: number } {
  let arabic = 0;
  let letters = 0;
  let bad = 0;
  let al = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x621 && c <= 0x64a) {
      arabic++; letters++;
      // ال is the commonest Arabic bigram; each encoding puts ل on a different byte, so it separates them.
      if (c === 0x644 && text.charCodeAt(i - 1) === 0x627) al++;
    } else if (c === 0xfffd || (c >= 0x80 && c <= 0x9f)) bad++;
    else if (c >= 0xc0 && c <= 0x24f) { letters++; bad += 0.5; } // accented Latin: 1256's bytes where ISO has letters
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
  }
  return { score: arabic + 4 * al - 4 * bad, arabic, letters };
}

/**
 * Tells windows-1256 from ISO-8859-6 (the legacy encodings Arabic news sites still serve) for bytes that are not
 * UTF-8: both are decoded and the one that yields more Arabic letters, more "ال" and fewer undefined or accented
 * Latin characters wins. Returns undefined when neither reads as Arabic text (under 30% Arabic letters).
 */
export function detectLegacyArabic(bytes: Uint8Array): CharsetGuess | undefined {
  const sample = bytes.subarray(0, DETECT_SAMPLE);
  const a = score(new TextDecoder('windows-1256').decode(sample));
  const b = score(new TextDecoder('iso-8859-6').decode(sample));
  const [win, lose, encoding] = a.score >= b.score ? [a, b, 'windows-1256' as const] : [b, a, 'iso-8859-6' as const];
  if (win.letters === 0) return undefined;
  const arabicShare = win.arabic / win.letters;
  if (arabicShare < 0.3) return undefined;
  const margin = win.score <= 0 ? 0 : Math.min(1, (win.score - lose.score) / win.score);
  return { encoding, arabicShare, margin };
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that belong to none, over the first DETECT_SAMPLE bytes. */
export function utf8Validity(bytes: Uint8Array): { validMultibyte: number; invalidBytes: number } {
  const end = Math.min(bytes.length, DETECT_SAMPLE);
  let validMultibyte = 0;
  let invalidBytes = 0;
  for (let i = 0; i < end;) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) { validMultibyte++; i += need + 1; } else { invalidBytes++; i++; }
  }
  return { validMultibyte, invalidBytes };
}

/** The charset parameter of a Content-Type header ("text/html; charset=windows-1256"). */
export function charsetFromContentType(contentType: string | undefined | null): string | undefined {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
}

/** A charset declared in the first bytes of an HTML page: <meta charset="…"> or <meta http-equiv … charset=…>. */
export function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Decodes checked bytes. UTF-8 (with or without BOM) and UTF-16 with BOM first: bytes that are valid UTF-8 are
 * read as UTF-8 whatever is declared (legacy Arabic text is practically never valid UTF-8, so a declaration that
 * says otherwise is the one lying). Otherwise the legacy Arabic encodings are detected and checked against the
 * declared charset; a mismatch is warned about (W_CHARSET_MISMATCH). Otherwise a declared single-byte charset, and
 * last UTF-8 with replacement characters and a W_INVALID_UTF8 warning. */
export function decodeBytes(bytes: Uint8Array, where?: Where, options: DecodeOptions = {}): Decoded {
  checkBytes(bytes, where, options.maxBytes);
  const warnings: Warning[] = [];
  const at = where ? { where } : {};
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
  const declaredArabic = declared ? ARABIC_LEGACY[declared] : undefined;
  // Mostly-valid UTF-8 with a few broken bytes (a truncated download, a bad paste) is UTF-8 with errors, not a
  // legacy encoding: UTF-8 Arabic read as windows-1256 also gives Arabic-looking letters, so detection alone can't
  // tell them apart.
  const utf8 = utf8Validity(bytes);
  const mostlyUtf8 = utf8.validMultibyte > 0 && utf8.invalidBytes <= utf8.validMultibyte;
  const guess = mostlyUtf8 ? undefined : detectLegacyArabic(bytes);
  if (guess) {
    // A declared Arabic encoding is trusted unless the bytes clearly read better in the other one.
    const encoding = declaredArabic && (declaredArabic === guess.encoding || guess.margin < 0.5) ? declaredArabic : guess.encoding;
    const text = new TextDecoder(encoding).decode(bytes);
    if (declared && encoding !== declaredArabic) {
      warnings.push({ code: 'W_CHARSET_MISMATCH', message: `declared ${declared}, but the bytes read as ${encoding}`, ...at });
    }
    warnings.push({ code: 'W_LEGACY_ENCODING', message: `decoded as ${encoding}${declaredArabic === encoding ? '' : ' (detected)'}`, ...at });
    return { text, encoding, warnings };
  }
  if (declared && LEGACY.has(declared)) {
    const label = declaredArabic ?? (declared === 'us-ascii' || declared === 'ascii' || declared === 'latin1' ? 'windows-1252' : declared);
    const text = new TextDecoder(label).decode(bytes);
    warnings.push({ code: 'W_LEGACY_ENCODING', message: `decoded as ${label}`, ...at });
    return { text, encoding: label, warnings };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  warnings.push({
    code: 'W_INVALID_UTF8',
    message: `input is not valid UTF-8: ${replaced} replacement character(s) inserted`,
    ...at,
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
