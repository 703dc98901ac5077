/**
 * Gazetteers at run time: name lists (built by scripts/build-gazetteers.ts into data/gazetteers/) matched over
 * tokens, the hunspell-ar lexicon as a Bloom filter, and nationality adjectives. Pure: the loader hands the parsed
 * files in.
 */
import { BloomFilter } from './bloom.js';
import { procliticSplits } from './word-forms.js';

/** Version of gazetteers.json's shape. */
export const GAZETTEER_FORMAT = 1;
export const LEXICON_FALSE_POSITIVE_RATE = 0.001;

export interface GazetteerFile {
  format: number;
  generatedBy: string;
  sources: Record<string, string>;
  /** List name → entries, each a match key (see word-forms.ts `matchKey`), words separated by one space. */
  lists: Record<string, string[]>;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Indices of the lists an entry ending here belongs to. */
  ends: number[];
}

/** A gazetteer hit over tokens `[start, end)`. */
export interface GazetteerMatch {
  start: number;
  end: number;
  list: string;
}

/** The form a name word is stored and looked up in: its match key without the article (الشطناوي → شطناوي). */
export function nameWordKey(key: string): string {
  return key.startsWith('ال') && key.length >= 4 ? key.slice(2) : key;
}

/** Parses name-words.txt (`word<TAB>count` lines) into word → count. */
export function parseNameWords(text: string): Map<string, number> {
  const out = new Map<string, number>();
  // One pass over the text, without an array of lines (the file has tens of thousands).
  for (let from = 0; from < text.length;) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', from);
    if (tab > from && tab < end) out.set(text.slice(from, tab), Number(text.slice(tab + 1, end)));
    from = end + 1;
  }
  return out;
}

const NISBA_ENDINGS = ['يين', 'يون', 'يات', 'يه', 'ين', 'ون', 'ات', 'ه'];

export class Gazetteer {
  readonly listNames: string[];
  private readonly root: TrieNode = { next: new Map(), ends: [] };
  private readonly nisba: Set<string>;
  private readonly lexicon: BloomFilter | null;
  private readonly known = new Map<string, boolean>();
  private readonly nisbaCache = new Map<string, boolean>();
  private readonly nameWords: ReadonlyMap<string, number>;

  /**
   * `nameWords`: words of people's names (name-words.txt, from Wikidata person labels) → how many labels use them;
   * a feature of the tagger, never a tag on its own (many are also ordinary words: كمال، سعيد).
   */
  constructor(file: GazetteerFile, lexicon: BloomFilter | null, nameWords: ReadonlyMap<string, number> = new Map()) {
    this.nameWords = nameWords;
    if (file.format !== GAZETTEER_FORMAT) throw new Error(`gazetteer format ${file.format}, expected ${GAZETTEER_FORMAT}`);
    this.listNames = Object.keys(file.lists).filter((n) => n !== 'nisba').sort();
    this.listNames.forEach((name, index) => {
      for (const entry of file.lists[name]!) this.insert(entry.split(' '), index);
    });
    this.nisba = new Set(file.lists['nisba'] ?? []);
    this.lexicon = lexicon;
  }

  private insert(words: string[], list: number): void {
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), ends: [] };
        node.next.set(w, child);
      }
      node = child;
    }
    if (!node.ends.includes(list)) node.ends.push(list);
  }

  /**
   * Every list entry found in a sequence of match keys, longest per start and list. The first word of an entry may
   * carry clitics (والصين، بموسكو، للأمم المتحدة); the others must match as they are.
   */
  match(keys: readonly string[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < keys.length; i++) {
      const first = keys[i]!;
      if (!first) continue;
      // Made only when an entry ends here: most words begin none.
      let longest: Map<number, number> | undefined;
      const walk = (form: string) => {
        let node = this.root.next.get(form);
        let j = i + 1;
        while (node) {
          for (const l of node.ends) {
            longest ??= new Map();
            if ((longest.get(l) ?? 0) < j) longest.set(l, j);
          }
          if (j >= keys.length) break;
          node = node.next.get(keys[j]!);
          j++;
        }
      };
      walk(first);
      for (const split of procliticSplits(first, 2)) walk(split.base);
      if (longest) for (const [l, end] of longest) out.push({ start: i, end, list: this.listNames[l]! });
    }
    return out;
  }

  /** How many Wikidata person labels use this word (a match key without clitics), 0 if none. */
  nameWordCount(key: string): number {
    return this.nameWords.get(nameWordKey(key)) ?? 0;
  }

  /** Whether some entry starts with this word (a match key without clitics). */
  isFirstWord(key: string): boolean {
    return this.root.next.has(key);
  }

  /** Whether these words (match keys) are, all together, an entry of some list. */
  isEntry(keys: readonly string[]): boolean {
    let node: TrieNode | undefined = this.root;
    for (const k of keys) {
      node = node.next.get(k);
      if (!node) return false;
    }
    return node.ends.length > 0;
  }

  /** A nationality adjective (الروسي، الفيتنامية، الأوكرانيين), given the word's match key. */
  isNisba(key: string): boolean {
    let hit = this.nisbaCache.get(key);
    if (hit === undefined) {
      hit = this.nisbaLookUp(key);
      if (this.nisbaCache.size > 50_000) this.nisbaCache.clear();
      this.nisbaCache.set(key, hit);
    }
    return hit;
  }

  private nisbaLookUp(key: string): boolean {
    const forms = [key, ...procliticSplits(key, 2).map((s) => s.base)];
    for (let f of forms) {
      if (f.startsWith('ال') && f.length > 4) f = f.slice(2);
      if (this.nisba.has(f)) return true;
      for (const e of NISBA_ENDINGS) {
        if (f.length > e.length + 2 && f.endsWith(e)) {
          const stem = f.slice(0, -e.length);
          if (this.nisba.has(stem.endsWith('ي') ? stem : stem + 'ي')) return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether hunspell-ar knows the word (given its match key), reading it as clitics + stem + suffix. Approximate by
   * design: the filter holds the dictionary's stems, not every inflected form, and 0.1% of lookups are false hits.
   * Null when no lexicon was loaded.
   */
  isKnownWord(key: string): boolean | null {
    if (!this.lexicon) return null;
    let hit = this.known.get(key);
    if (hit === undefined) {
      hit = this.lookUp(key);
      if (this.known.size > 50_000) this.known.clear();
      this.known.set(key, hit);
    }
    return hit;
  }

  private lookUp(key: string): boolean {
    const lexicon = this.lexicon!;
    const bases = [key, ...procliticSplits(key, 2).map((s) => s.base)];
    for (const b of [...bases]) if (b.startsWith('ال') && b.length >= 4) bases.push(b.slice(2));
    for (const b of bases) {
      if (lexicon.has(b)) return true;
      for (const suffix of SUFFIXES) {
        if (b.length - suffix.length < 2 || !b.endsWith(suffix)) continue;
        const stem = b.slice(0, -suffix.length);
        if (lexicon.has(stem) || lexicon.has(stem + 'ه')) return true;
        // تـ before a pronoun was a ta marbuta: حكومته → حكومه.
        if (stem.endsWith('ت') && lexicon.has(stem.slice(0, -1) + 'ه')) return true;
      }
    }
    return false;
  }
}

// Pronoun, number and gender endings and the accusative alef; every one that fits is tried (hunspell's own affix
// rules are not applied, only approximated).
const SUFFIXES = ['هما', 'كما', 'تين', 'تان', 'يات', 'ها', 'هم', 'هن', 'كم', 'كن', 'نا', 'ني', 'ات', 'ان', 'ين', 'ون', 'وا', 'يه', 'ه',
  'ك', 'ي', 'ا', 'ت', 'و'];

/** Bloom filter file: "TBBF", u8 version, u8 hashes, u32 byte length (LE), then the bits. */
export function encodeBloom(filter: BloomFilter): Uint8Array {
  const out = new Uint8Array(10 + filter.bits.length);
  out.set([0x54, 0x42, 0x42, 0x46, 1, filter.hashes], 0);
  new DataView(out.buffer).setUint32(6, filter.bits.length, true);
  out.set(filter.bits, 10);
  return out;
}

export function decodeBloom(bytes: Uint8Array): BloomFilter {
  const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== 'TBBF' || bytes[4] !== 1) throw new Error('not a tabayyun Bloom filter file');
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(6, true);
  if (bytes.length !== 10 + length) throw new Error('truncated Bloom filter file');
  return new BloomFilter(bytes.slice(10), bytes[5]!);
}
