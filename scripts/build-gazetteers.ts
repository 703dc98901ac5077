/**
 * Builds data/gazetteers/gazetteers.json and data/gazetteers/lexicon.bloom from package data, reproducibly:
 *
 * - countries: Debian `iso-codes` (ISO 3166-1 and -3 names, Arabic translations from its .mo catalogues) and Node's
 *   `Intl.DisplayNames` (CLDR region names in Arabic, including continents and UN M49 regions);
 * - cities: Debian `libgeonames-common` (GeoNames city names, Arabic catalogue);
 * - nationality adjectives (nisba: روسي، فيتنامي) derived from the one-word country names;
 * - hand-curated lists in data/gazetteers/curated/*.txt (organisations, parties, media, places, person names);
 * - lexicon.bloom: the word stems of Debian `hunspell-ar` (Ayaspell), as a Bloom filter, for the "not an Arabic
 *   word" cue of foreign names.
 *
 * Needs, at build time only: apt-get install -y hunspell-ar iso-codes libgeonames-common.
 * Run: node dist/scripts/build-gazetteers.js   (the runtime never reads /usr/share).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { BloomFilter } from '../src/analysis/entities/bloom.js';
import { GAZETTEER_FORMAT, LEXICON_FALSE_POSITIVE_RATE, encodeBloom, type GazetteerFile } from '../src/analysis/entities/gazetteer.js';
import { matchKey } from '../src/analysis/entities/word-forms.js';

const ROOT = new URL('../../', import.meta.url);
const OUT_DIR = new URL('data/gazetteers/', ROOT);
const CURATED_DIR = new URL('curated/', OUT_DIR);

const ISO_JSON = '/usr/share/iso-codes/json';
const LOCALE_AR = '/usr/share/locale/ar/LC_MESSAGES';
const HUNSPELL_DIC = '/usr/share/hunspell/ar.dic';

/** Reads a GNU gettext .mo catalogue (little- or big-endian) into msgid → msgstr. */
function readMo(path: string): Map<string, string> {
  const buf = readFileSync(path);
  const magic = buf.readUInt32LE(0);
  const le = magic === 0x950412de;
  if (!le && buf.readUInt32BE(0) !== 0x950412de) throw new Error(`${path}: not a .mo file`);
  const u32 = (o: number) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const count = u32(8);
  const origTable = u32(12);
  const transTable = u32(16);
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const ol = u32(origTable + i * 8);
    const oo = u32(origTable + i * 8 + 4);
    const tl = u32(transTable + i * 8);
    const to = u32(transTable + i * 8 + 4);
    const id = buf.toString('utf8', oo, oo + ol);
    const str = buf.toString('utf8', to, to + tl);
    if (id) out.set(id, str);
  }
  return out;
}

const ARABIC = /[\u0621-\u064A]/;
const NON_ARABIC_LETTER = /[A-Za-z\u00C0-\u024F]/;

/** Clean display name → match key; null when it is not an Arabic name. Parenthesised remarks are dropped. */
function entryKey(name: string): string | null {
  const cleaned = name.replace(/[\u200E\u200F\u202A-\u202E]/g, '').replace(/\(.*?\)/g, ' ').replace(/[،,]/g, ' ');
  if (!ARABIC.test(cleaned) || NON_ARABIC_LETTER.test(cleaned)) return null;
  const key = matchKey(cleaned).replace(/[^\u0621-\u064A\s]/g, ' ').replace(/\s+/g, ' ').trim();
  return key.length >= 2 ? key : null;
}

function readCurated(file: string): string[] {
  return readFileSync(new URL(file, CURATED_DIR), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

function sortedUnique(keys: Iterable<string | null>): string[] {
  const set = new Set<string>();
  for (const k of keys) if (k) set.add(k);
  return [...set].sort();
}

function packageVersion(name: string): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

// UN M49 and CLDR grouping codes that Intl.DisplayNames names in Arabic (continents, subregions, EU, UN).
const REGION_CODES = [
  '001', '002', '003', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034',
  '035', '039', '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '202', '419', 'EU', 'UN',
];

function countries(): { countries: string[]; regions: string[] } {
  const iso1 = JSON.parse(readFileSync(`${ISO_JSON}/iso_3166-1.json`, 'utf8'))['3166-1'] as Array<Record<string, string>>;
  const iso3 = JSON.parse(readFileSync(`${ISO_JSON}/iso_3166-3.json`, 'utf8'))['3166-3'] as Array<Record<string, string>>;
  const mo1 = readMo(`${LOCALE_AR}/iso_3166-1.mo`);
  const mo3 = existsSync(`${LOCALE_AR}/iso_3166-3.mo`) ? readMo(`${LOCALE_AR}/iso_3166-3.mo`) : new Map<string, string>();
  const display = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
  const names: string[] = [];
  for (const c of iso1) {
    for (const field of ['name', 'official_name', 'common_name']) {
      const en = c[field];
      const ar = en ? mo1.get(en) : undefined;
      if (ar) names.push(ar);
    }
    const cldr = c['alpha_2'] ? display.of(c['alpha_2']) : undefined;
    if (cldr) names.push(cldr);
  }
  for (const c of iso3) {
    const ar = c['name'] ? mo3.get(c['name']) : undefined;
    if (ar) names.push(ar);
  }
  const regions = REGION_CODES.map((code) => display.of(code)).filter((n): n is string => !!n);
  return { countries: sortedUnique(names.map(entryKey)), regions: sortedUnique(regions.map(entryKey)) };
}

function cities(): string[] {
  const mo = readMo(`${LOCALE_AR}/geonames.mo`);
  return sortedUnique([...mo.values()].map(entryKey));
}

// Country and region names that ISO and CLDR spell otherwise, for nationality adjectives (أمريكي، بريطاني، أوروبي).
const NISBA_EXTRA = ['أمريكا', 'أميركا', 'بريطانيا', 'إنجلترا', 'إنكلترا', 'اسكتلندا', 'هولندا', 'سوريا', 'فلسطين', 'إسرائيل',
  'أوروبا', 'آسيا', 'أفريقيا', 'إفريقيا', 'الخليج', 'الشيشان', 'القوقاز', 'البلقان'];

const DIRECTIONS = new Set(['الشماليه', 'الجنوبيه', 'الشرقيه', 'الغربيه', 'الوسطي']);

/**
 * Nationality adjectives from country names: روسيا → روسي، فرنسا → فرنسي، اليابان → ياباني، مصر → مصري,
 * كوريا الشمالية → كوري. Stored bare (no article, no ة or plural ending); the reader strips those before looking up.
 */
function nisbas(countryKeys: string[]): string[] {
  const out: string[] = [];
  for (const name of countryKeys) {
    const words = name.split(' ');
    if (words.length > 2 || (words.length === 2 && !DIRECTIONS.has(words[1]!))) continue;
    let w = words[0]!;
    if (w.startsWith('ال')) w = w.slice(2);
    if (w.length < 3) continue;
    if (w.endsWith('يا')) w = w.slice(0, -1);
    else if (w.endsWith('ا') || w.endsWith('ه')) w = w.slice(0, -1) + 'ي';
    else if (!w.endsWith('ي')) w += 'ي';
    out.push(w);
  }
  return sortedUnique(out);
}

/** The stems of hunspell-ar's dictionary, folded to match keys, in a Bloom filter. */
function lexicon(): { filter: BloomFilter; words: number } {
  const words = new Set<string>();
  for (const line of readFileSync(HUNSPELL_DIC, 'utf8').split('\n')) {
    const word = line.split(/[/\t\s]/)[0]!;
    if (!word || !ARABIC.test(word) || /[^\u0621-\u0652\u0670]/.test(word)) continue;
    words.add(matchKey(word));
  }
  const filter = BloomFilter.create(words.size, LEXICON_FALSE_POSITIVE_RATE);
  for (const w of [...words].sort()) filter.add(w);
  return { filter, words: words.size };
}

function main(): void {
  for (const path of [ISO_JSON, `${LOCALE_AR}/geonames.mo`, HUNSPELL_DIC]) {
    if (!existsSync(path)) {
      console.error(`missing ${path}: apt-get install -y hunspell-ar iso-codes libgeonames-common`);
      process.exit(2);
    }
  }
  const { countries: countryKeys, regions } = countries();
  const curated = Object.fromEntries(
    readdirSync(CURATED_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => [f.slice(0, -4), sortedUnique(readCurated(f).map(entryKey))]),
  ) as Record<string, string[]>;
  const nisba = nisbas([...countryKeys, ...regions, ...NISBA_EXTRA.map(entryKey).filter((k): k is string => !!k)]);
  const { filter, words } = lexicon();
  // Short city names and city names that are also Arabic words (اب، ادم، ينبع، الرياض) are weaker evidence: the
  // tagger gets them as a list of their own and learns how much to trust it.
  const allCities = cities();
  const isWord = (k: string) => k.length <= 3 || (!k.includes(' ') && (filter.has(k) || (k.startsWith('ال') && filter.has(k.slice(2)))));

  const file: GazetteerFile = {
    format: GAZETTEER_FORMAT,
    generatedBy: 'scripts/build-gazetteers.ts',
    sources: {
      'iso-codes': packageVersion('iso-codes'),
      'libgeonames-common': packageVersion('libgeonames-common'),
      'hunspell-ar': packageVersion('hunspell-ar'),
      icu: process.versions.icu ?? 'unknown',
      node: process.versions.node,
    },
    lists: {
      country: countryKeys,
      region: regions,
      city: allCities.filter((k) => !isWord(k)),
      'city-common-word': allCities.filter(isWord),
      nisba,
      place: curated['places'] ?? [],
      organisation: curated['organisations'] ?? [],
      party: curated['parties'] ?? [],
      media: curated['media'] ?? [],
      'person-name': curated['person-names'] ?? [],
    },
  };
  writeFileSync(new URL('gazetteers.json', OUT_DIR), JSON.stringify(file, null, 1) + '\n');
  writeFileSync(new URL('lexicon.bloom', OUT_DIR), encodeBloom(filter));
  for (const [name, list] of Object.entries(file.lists)) console.log(`${name.padEnd(14)} ${list.length}`);
  console.log(`lexicon        ${words} stems, ${filter.bits.length} bytes, ${filter.hashes} hashes`);
}

main();
