/**
 * The reference point for story clustering, written to behave like scikit-learn's
 * `TfidfVectorizer()` + `AgglomerativeClustering(metric='cosine', linkage='average', distance_threshold=t,
 * n_clusters=None)` with their defaults, so that its figures can be set beside ours in the same run without Python:
 *
 * - tokens: `(?u)\b\w\w+\b` on lower-cased text (\w = Unicode letters, numbers and '_'; no Arabic normalisation);
 * - weights: raw term counts × smoothed idf, ln((1 + n) / (1 + df)) + 1, rows L2-normalised;
 * - clustering: average linkage over cosine distance (1 − cosine), built with the nearest-neighbour chain algorithm
 *   (exact for average linkage, which is reducible), cut where sklearn cuts: merges at a distance below t.
 *
 * It sees the whole day at once (a batch method), unlike the streaming engine.
 */

const TOKEN = /[\p{L}\p{N}_]{2,}/gu;

/** Sparse L2-normalised TF-IDF rows, sklearn's defaults. */
export function tfidfRows(texts: readonly string[]): Array<Map<number, number>> {
  const vocab = new Map<string, number>();
  const counts: Array<Map<number, number>> = texts.map((text) => {
    const row = new Map<number, number>();
    for (const m of text.toLowerCase().matchAll(TOKEN)) {
      let id = vocab.get(m[0]);
      if (id === undefined) { id = vocab.size; vocab.set(m[0], id); }
      row.set(id, (row.get(id) ?? 0) + 1);
    }
    return row;
  });
  const df = new Float64Array(vocab.size);
  for (const row of counts) for (const id of row.keys()) df[id]!++;
  const n = texts.length;
  return counts.map((row) => {
    let norm = 0;
    for (const [id, c] of row) {
      const w = c * (Math.log((1 + n) / (1 + df[id]!)) + 1);
      row.set(id, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [id, w] of row) row.set(id, w / norm);
    return row;
  });
}

/** Dense matrix of cosine distances between the rows (n × n, row-major). */
export function cosineDistances(rows: Array<Map<number, number>>): Float64Array {
  const n = rows.length;
  const postings = new Map<number, Array<[number, number]>>();
  rows.forEach((row, i) => {
    for (const [id, w] of row) {
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push([i, w]);
    }
  });
  const dot = new Float64Array(n * n);
  for (const list of postings.values()) {
    for (let a = 0; a < list.length; a++) {
      const [i, wi] = list[a]!;
      for (let b = a + 1; b < list.length; b++) {
        const [j, wj] = list[b]!;
        dot[i * n + j]! += wi * wj;
      }
    }
  }
  const dist = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      // An empty row has cosine 0 with everything (sklearn's normalize leaves it at zero).
      const d = 1 - Math.min(1, dot[i * n + j]!);
      dist[i * n + j] = d;
      dist[j * n + i] = d;
    }
  }
  return dist;
}

export interface Merge {
  /** An item of each of the two clusters merged. */
  a: number;
  b: number;
  height: number;
}

/** The average-linkage dendrogram as merges sorted by height (nearest-neighbour chain; consumes `dist`). */
export function averageLinkage(dist: Float64Array, n: number): Merge[] {
  const size = new Float64Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const merges: Merge[] = [];
  const chain: number[] = [];
  let remaining = n;
  let nextStart = 0;
  while (remaining > 1) {
    if (chain.length === 0) {
      while (!active[nextStart]) nextStart++;
      chain.push(nextStart);
    }
    const a = chain[chain.length - 1]!;
    const previous = chain.length > 1 ? chain[chain.length - 2]! : -1;
    // The nearest active cluster; ties go to the previous element of the chain, which guarantees termination.
    let best = previous;
    let bestD = previous >= 0 ? dist[a * n + previous]! : Infinity;
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === a) continue;
      const d = dist[a * n + k]!;
      if (d < bestD) { bestD = d; best = k; }
    }
    if (best !== previous) { chain.push(best); continue; }
    chain.pop();
    chain.pop();
    merges.push({ a, b: best, height: bestD });
    // Lance–Williams for average linkage: the new cluster lives in slot a; slot `best` retires.
    const sa = size[a]!;
    const sb = size[best]!;
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === a || k === best) continue;
      const d = (sa * dist[a * n + k]! + sb * dist[best * n + k]!) / (sa + sb);
      dist[a * n + k] = d;
      dist[k * n + a] = d;
    }
    size[a] = sa + sb;
    active[best] = 0;
    remaining--;
  }
  return merges.sort((x, y) => x.height - y.height);
}

/** Cluster labels after applying every merge below `threshold` (sklearn's distance_threshold). */
export function cutDendrogram(merges: readonly Merge[], n: number, threshold: number): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) { parent[x] = parent[parent[x]!]!; x = parent[x]!; }
    return x;
  };
  for (const m of merges) {
    if (m.height >= threshold) break;
    const ra = find(m.a);
    const rb = find(m.b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  return Array.from({ length: n }, (_, i) => find(i));
}

/** The dendrogram of a set of texts, ready to be cut at any threshold. */
export function baselineDendrogram(texts: readonly string[]): Merge[] {
  return averageLinkage(cosineDistances(tfidfRows(texts)), texts.length);
}
