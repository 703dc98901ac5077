import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { charsetFromContentType, decodeBytes, detectLegacyArabic, sniffMetaCharset } from './decode.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const ARABIC = readFileSync(EXAMPLES + readdirSync(EXAMPLES).find((f) => f.startsWith('000_'))!, 'utf8').slice(0, 3000);

/** An encoder for a single-byte charset, built by inverting the decoder (Node has no legacy encoders). */
function encoder(label: string): (text: string) => Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (ch !== '\ufffd' && !table.has(ch)) table.set(ch, b);
  }
  return (text) => {
    const out: number[] = [];
    for (const ch of text) {
      const b = table.get(ch);
      if (b !== undefined) out.push(b);
      // Characters the charset lacks (tashkeel variants, typographic quotes) are dropped from the sample.
    }
    return new Uint8Array(out);
  };
}

const cp1256 = encoder('windows-1256');
const iso6 = encoder('iso-8859-6');

test('windows-1256 and ISO-8859-6 are told apart from the bytes alone', () => {
  const a = cp1256(ARABIC);
  const b = iso6(ARABIC);
  assert.equal(detectLegacyArabic(a)?.encoding, 'windows-1256');
  assert.equal(detectLegacyArabic(b)?.encoding, 'iso-8859-6');
  const da = decodeBytes(a);
  assert.equal(da.encoding, 'windows-1256');
  assert.ok(da.text.includes('روسيا وفيتنام'));
  assert.deepEqual(da.warnings.map((w) => w.code), ['W_LEGACY_ENCODING']);
  assert.ok(decodeBytes(b).text.includes('روسيا وفيتنام'));
  // A short headline is enough.
  assert.equal(detectLegacyArabic(cp1256('الرئيس الروسي يصل إلى فيتنام'))?.encoding, 'windows-1256');
  assert.equal(detectLegacyArabic(iso6('الرئيس الروسي يصل إلى فيتنام'))?.encoding, 'iso-8859-6');
});

test('a lying charset declaration loses to the bytes', () => {
  // Declared UTF-8, served as windows-1256.
  const lying = decodeBytes(cp1256(ARABIC), undefined, { declaredCharset: 'utf-8' });
  assert.equal(lying.encoding, 'windows-1256');
  assert.ok(lying.warnings.some((w) => w.code === 'W_CHARSET_MISMATCH'));
  // Declared ISO-8859-6, served as windows-1256.
  const wrongArabic = decodeBytes(cp1256(ARABIC), undefined, { declaredCharset: 'iso-8859-6' });
  assert.equal(wrongArabic.encoding, 'windows-1256');
  assert.ok(wrongArabic.text.includes('روسيا'));
  // Declared windows-1252 (a Western default many Arabic sites never changed).
  assert.equal(decodeBytes(iso6(ARABIC), undefined, { declaredCharset: 'iso-8859-1' }).encoding, 'iso-8859-6');
  // Declared windows-1256, served as UTF-8: valid UTF-8 wins.
  const utf8 = decodeBytes(new TextEncoder().encode(ARABIC), undefined, { declaredCharset: 'windows-1256' });
  assert.equal(utf8.encoding, 'utf-8');
  assert.equal(utf8.text, ARABIC);
});

test('non-Arabic legacy bytes keep the old behaviour', () => {
  const latin = encoder('windows-1252')('Café déjà vu, naïve façade, élève.');
  assert.equal(detectLegacyArabic(latin), undefined);
  assert.equal(decodeBytes(latin, undefined, { declaredCharset: 'windows-1252' }).text, 'Café déjà vu, naïve façade, élève.');
  const undeclared = decodeBytes(latin);
  assert.equal(undeclared.encoding, 'utf-8');
  assert.equal(undeclared.warnings[0]?.code, 'W_INVALID_UTF8');
});

test('charset declarations are read from the header and from <meta>', () => {
  assert.equal(charsetFromContentType('text/html; charset=Windows-1256'), 'windows-1256');
  assert.equal(charsetFromContentType('text/html;charset="utf-8"'), 'utf-8');
  assert.equal(charsetFromContentType('text/html'), undefined);
  const page = (head: string) => new TextEncoder().encode(`<!doctype html><html><head>${head}</head><body>x</body></html>`);
  assert.equal(sniffMetaCharset(page('<meta charset="windows-1256">')), 'windows-1256');
  assert.equal(sniffMetaCharset(page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">')), 'iso-8859-6');
  assert.equal(sniffMetaCharset(page('<title>t</title>')), undefined);
});

test('mostly-valid UTF-8 Arabic with a few broken bytes stays UTF-8, with replacement characters and a warning', () => {
  // UTF-8 Arabic read as windows-1256 also looks Arabic; the valid multi-byte sequences must win.
  const bytes = Buffer.concat([Buffer.from('مرحبا '), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(' بالعالم')]);
  const d = decodeBytes(bytes);
  assert.equal(d.encoding, 'utf-8');
  assert.ok(d.text.startsWith('مرحبا ') && d.text.endsWith(' بالعالم'));
  assert.deepEqual(d.warnings.map((w) => w.code), ['W_INVALID_UTF8']);
});
