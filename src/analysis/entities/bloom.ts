/**
 * A Bloom filter over strings: a compact "is this word in the lexicon" for the foreign-name cue (hunspell-ar's
 * 170k stems would take megabytes as a word list; the filter takes ~1 bit per 0.1% of false "known").
 * Hashes are 32-bit FNV-1a and a second multiplicative hash over UTF-16 units, combined by double hashing
 * (Kirsch & Mitzenmacher), so the file built by the script and the reader here agree on any platform.
 */

export class BloomFilter {
  readonly bits: Uint8Array;
  readonly hashes: number;
  private readonly size: number;

  constructor(bits: Uint8Array, hashes: number) {
    this.bits = bits;
    this.hashes = hashes;
    this.size = bits.length * 8;
  }

  /** An empty filter sized for `expected` items at false-positive rate `rate`. */
  static create(expected: number, rate: number): BloomFilter {
    const m = Math.max(64, Math.ceil((-expected * Math.log(rate)) / (Math.LN2 * Math.LN2)));
    const k = Math.max(1, Math.round((m / Math.max(1, expected)) * Math.LN2));
    return new BloomFilter(new Uint8Array(Math.ceil(m / 8)), k);
  }

  add(s: string): void {
    const [h1, h2] = hashPair(s);
    for (let i = 0; i < this.hashes; i++) {
      const bit = (h1 + Math.imul(i, h2)) >>> 0;
      const b = bit % this.size;
      this.bits[b >>> 3]! |= 1 << (b & 7);
    }
  }

  has(s: string): boolean {
    const [h1, h2] = hashPair(s);
    for (let i = 0; i < this.hashes; i++) {
      const bit = (h1 + Math.imul(i, h2)) >>> 0;
      const b = bit % this.size;
      if ((this.bits[b >>> 3]! & (1 << (b & 7))) === 0) return false;
    }
    return true;
  }
}

function hashPair(s: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  // An odd step visits every residue of a power-of-two-free size evenly enough; it must not be 0.
  return [h1 >>> 0, (h2 | 1) >>> 0];
}
