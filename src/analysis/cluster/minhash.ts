/**
 * Near-duplicate detection for wire copies: MinHash signatures of word shingles (Broder 1997) and LSH banding
 * (Indyk & Motwani 1998) to find the few earlier articles worth comparing.
 *
 * The signature is built with one permutation hashing and rotation densification (Li, Owen & Zhang 2012;
 * Shrivastava & Li 2014): each shingle is hashed once and lands in one of K bins, which keeps the cost at one hash
 * per shingle instead of K (K independent permutations would cost 128× more on a 9-million-word corpus). An empty bin
 * borrows the value of the next non-empty bin to its right, offset by the distance, so that two documents agree on a
 * borrowed bin about as often as on a filled one.
 */
import { fmix32, smallHash } from './hash.js';

/** A signature value no real bin can have: the sentinel of an empty bin before densification. */
const EMPTY = 0xffffffff;

export function minhashSignature(shingles: ArrayLike<number>, bins: number): Uint32Array {
  if ((bins & (bins - 1)) !== 0 || bins < 2) throw new Error('bins must be a power of two');
  const shift = 32 - Math.log2(bins);
  const sig = new Uint32Array(bins).fill(EMPTY);
  for (let i = 0; i < shingles.length; i++) {
    const h = fmix32(shingles[i]! ^ 0x5bd1e995);
    const bin = h >>> shift;
    // The value inside the bin is the low bits; a full 32-bit rehash keeps values in bins independent of the bin.
    const v = fmix32(h + 0x27d4eb2f) >>> 1; // < 2^31, so EMPTY and the densification offsets never collide with it
    if (v < sig[bin]!) sig[bin] = v;
  }
  densify(sig);
  return sig;
}

function densify(sig: Uint32Array): void {
  const k = sig.length;
  let filled = -1;
  for (let i = 0; i < k; i++) if (sig[i] !== EMPTY) { filled = i; break; }
  if (filled < 0) return; // no shingles: the signature stays empty and matches nothing (see estimateJaccard)
  const out = sig.slice();
  for (let i = 0; i < k; i++) {
    if (sig[i] !== EMPTY) continue;
    let d = 1;
    while (sig[(i + d) % k] === EMPTY) d++;
    // 2^31 + distance: outside the range of filled values, and equal in two documents only when both borrowed
    // from the same distance with the same value.
    out[i] = (((sig[(i + d) % k]! ^ Math.imul(d, 0x9e3779b1)) >>> 1) | 0x80000000) >>> 0;
  }
  sig.set(out);
}

/** The share of agreeing bins: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new Error('signatures of different sizes');
  if (a[0] === EMPTY || b[0] === EMPTY) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * The share of the smaller set found in the larger, from the Jaccard estimate and the two set sizes:
 * |A∩B| = J(|A| + |B|) / (1 + J). Catches an outlet that printed only the first half of an agency text.
 */
export function estimateContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const small = Math.min(sizeA, sizeB);
  if (small === 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / (1 + jaccard) / small);
}

/** One key per band of `rows` bins: two signatures that agree on a whole band share its key. */
export function bandKeys(sig: Uint32Array, rows: number): number[] {
  const keys: number[] = [];
  for (let band = 0; band * rows < sig.length; band++) {
    let h = Math.imul(band + 1, 0x9e3779b1) >>> 0;
    for (let r = band * rows; r < (band + 1) * rows && r < sig.length; r++) h = fmix32((h ^ sig[r]!) >>> 0);
    keys.push(smallHash(h));
  }
  return keys;
}
