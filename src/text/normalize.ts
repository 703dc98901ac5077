/**
 * Arabic normalisation as *keys beside the original*: the original text is never changed; `normalize` returns a
 * folded copy plus an offset map back to the original, so any span found in the key can be reported in the
 * original's coordinates.
 */
import * as tables from './char-tables.generated.js';

export interface NormalizeOptions {
  /** Remove harakat, shadda, sukun, superscript alef and Quranic marks. Default true. */
  diacritics?: boolean;
  /** أ إ آ ٱ → ا. Default true. */
  alef?: boolean;
  /** ى → ي. Default true. */
  alefMaqsura?: boolean;
  /** ة → ه (Lucene folds it; it loses the feminine marker, so it is off by default). */
  tehMarbuta?: boolean;
  /** ؤ → و and ئ → ي. Off by default. */
  hamzaSeats?: boolean;
  /** Arabic-Indic and Persian digits → ASCII. Default true. */
  digits?: boolean;
  /** ، ؛ ؟ ٪ ٫ ٬ → , ; ? % . , Default true. */
  punctuation?: boolean;
  /** Lower-case Latin letters. Default true. */
  lowercase?: boolean;
}

export interface Normalized {
  /** The normalised key text. */
  readonly text: string;
  /**
   * `map[i]` is the offset in the original of the character that produced key character `i` (UTF-16 units);
   * `map[text.length]` is the original's length, so a key span [s, e) maps to [map[s], map[e - 1] + width).
   */
  readonly map: Int32Array;
}

/** Version of the folding rules: persisted indexes record it and rebuild on mismatch. */
export const NORMALIZER_VERSION = 1;

export const DEFAULT_OPTIONS: Required<NormalizeOptions> = {
  diacritics: true, alef: true, alefMaqsura: true, tehMarbuta: false, hamzaSeats: false, digits: true,
  punctuation: true, lowercase: true,
};

/** Lucene's ArabicNormalizer folding: ة → ه as well, for search keys and the light stemmer. */
export const SEARCH_OPTIONS: Required<NormalizeOptions> = { ...DEFAULT_OPTIONS, tehMarbuta: true };

type Lookup = Array<string | undefined>;
const lookupCache = new Map<string, Lookup>();

function buildLookup(o: Required<NormalizeOptions>): Lookup {
  const lookup: Lookup = new Array(0x10000);
  const add = (t: tables.CharTable) => { for (const [cp, r] of t) lookup[cp] = r; };
  add(tables.invisible);
  add(tables.spaces);
  add(tables.tatweel);
  add(tables.persianLetters);
  if (o.diacritics) add(tables.diacritics);
  if (o.alef) add(tables.alef);
  if (o.alefMaqsura) add(tables.alefMaqsura);
  if (o.tehMarbuta) add(tables.tehMarbuta);
  if (o.hamzaSeats) add(tables.hamzaSeats);
  if (o.digits) add(tables.digits);
  if (o.punctuation) add(tables.punctuation);
  if (o.lowercase) for (let cp = 0x41; cp <= 0x5a; cp++) lookup[cp] = String.fromCharCode(cp + 32);
  // Presentation forms decompose to base letters, which are then folded by the same lookup, so that the
  // result of normalising is itself normalised (idempotence).
  for (const [cp, r] of tables.presentation) {
    let folded = '';
    for (const ch of r) { const m = lookup[ch.charCodeAt(0)]; folded += m ?? ch; }
    lookup[cp] = folded;
  }
  return lookup;
}

// Per-call cost matters: normalizeKey runs once per token. The default lookup and the lookup of each options
// object already seen are found without rebuilding the options key.
let defaultLookup: Lookup | undefined;
const lookupByOptions = new WeakMap<NormalizeOptions, Lookup>();

function getLookup(options?: NormalizeOptions): Lookup {
  if (!options) return (defaultLookup ??= getLookupFor(DEFAULT_OPTIONS));
  let l = lookupByOptions.get(options);
  if (!l) { l = getLookupFor({ ...DEFAULT_OPTIONS, ...options }); lookupByOptions.set(options, l); }
  return l;
}

function getLookupFor(o: Required<NormalizeOptions>): Lookup {
  const key = (Object.keys(DEFAULT_OPTIONS) as Array<keyof NormalizeOptions>).map((k) => (o[k] ? '1' : '0')).join('');
  let l = lookupCache.get(key);
  if (!l) { l = buildLookup(o); lookupCache.set(key, l); }
  return l;
}

/** Normalises a whole text and keeps a map from every key character back to the original. */
export function normalize(input: string, options?: NormalizeOptions): Normalized {
  const lookup = getLookup(options);
  const parts: string[] = [];
  // Room for one key character per original one; ligatures expand (ﻻ → لا, ﷺ → 18 characters), so the map
  // grows when the expansions so far would not fit.
  let map = new Int32Array(input.length + 1);
  let n = 0;
  let runStart = 0; // start of the current run of unchanged characters
  for (let i = 0; i < input.length; i++) {
    const r = lookup[input.charCodeAt(i)];
    if (r === undefined) { map[n++] = i; continue; }
    if (i > runStart) parts.push(input.slice(runStart, i));
    parts.push(r);
    const needed = n + r.length + (input.length - i) + 1;
    if (needed > map.length) {
      const grown = new Int32Array(Math.max(needed, map.length * 2));
      grown.set(map.subarray(0, n));
      map = grown;
    }
    for (let k = 0; k < r.length; k++) map[n++] = i;
    runStart = i + 1;
  }
  if (runStart === 0) return { text: input, map: identityMap(input.length) };
  if (runStart < input.length) parts.push(input.slice(runStart));
  map[n] = input.length;
  return { text: parts.join(''), map: map.slice(0, n + 1) };
}

function identityMap(length: number): Int32Array {
  const map = new Int32Array(length + 1);
  for (let i = 0; i <= length; i++) map[i] = i;
  return map;
}

/** Normalises a short string (a word, a name) without building an offset map: the hot path for tokens. */
export function normalizeKey(input: string, options?: NormalizeOptions): string {
  const lookup = getLookup(options);
  let out = '';
  let runStart = 0;
  for (let i = 0; i < input.length; i++) {
    const r = lookup[input.charCodeAt(i)];
    if (r === undefined) continue;
    out += input.slice(runStart, i) + r;
    runStart = i + 1;
  }
  return runStart === 0 ? input : out + input.slice(runStart);
}

/** Maps a span of the key text back to the original text. */
export function toOriginalSpan(normalized: Normalized, start: number, end: number): { start: number; end: number } {
  const { map } = normalized;
  const keyLength = map.length - 1;
  start = Math.max(0, Math.min(start, keyLength));
  end = Math.min(end, keyLength);
  const s = map[start]!;
  if (end <= start) return { start: s, end: s };
  const last = map[end - 1]!;
  // The original character that produced the last key character may be followed by characters that were
  // deleted (diacritics, tatweel): include them, up to the character that produced the next key character.
  const next = map[end]!;
  return { start: s, end: Math.max(last + 1, next) };
}
