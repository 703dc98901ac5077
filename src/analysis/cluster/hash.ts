/**
 * 32-bit hashes that are the same on every machine and every run, so clustering is deterministic and saved state
 * can be reloaded: FNV-1a over UTF-16 code units, finished with MurmurHash3's fmix32 for good avalanche (FNV alone
 * mixes its last characters poorly, which LSH bands would feel).
 */

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the string's code units, then fmix32. */
export function hashString(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Combines two 32-bit hashes (order matters), for shingles of several words. */
export function combineHashes(a: number, b: number): number {
  return fmix32((Math.imul(a, 0x9e3779b1) ^ b) >>> 0);
}

/**
 * A hash cut to 30 bits, for keys of Maps and Sets: V8 stores integers below 2^30 unboxed ("small integers"),
 * and lookups with boxed keys are several times slower. 2^30 keys still leave collisions rare (about 40 among
 * 300,000 terms).
 */
export function smallHash(h: number): number {
  return h & 0x3fffffff;
}
