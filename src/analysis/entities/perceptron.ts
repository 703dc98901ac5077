/**
 * A first-order structured perceptron over BIO tags (Collins 2002), with averaged weights and Viterbi decoding
 * restricted to valid BIO sequences. Pure: training takes feature lists in and gives a model out, deterministically
 * (the order of sentences in each epoch comes from a seeded generator).
 */
import { TAGS } from './types.js';

const T = TAGS.length;

/** The tagger's parameters: a weight per (feature, tag), and tag-to-tag transition weights. */
export interface TaggerModel {
  /** Feature name (`template=value`) → row. */
  features: Map<string, number>;
  /** The same rows by template, then value: what scoring looks up (see features.ts). Built by `withLookup`. */
  lookup?: Map<string, Map<string, number>>;
  /** rows × TAGS.length; scores are `sum(weights) * scale`. */
  weights: Int16Array | Float32Array;
  scale: number;
  /** (TAGS.length + 1) × TAGS.length: row TAGS.length is the start of a sentence. */
  transitions: Float32Array;
}

/** allowed[prev * T + next]; prev = T is the sentence start. I-X only continues B-X or I-X. */
const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((T + 1) * T);
  for (let p = 0; p <= T; p++) {
    for (let n = 0; n < T; n++) {
      const next = TAGS[n]!;
      if (!next.startsWith('I-')) a[p * T + n] = 1;
      else if (p < T && TAGS[p]!.slice(2) === next.slice(2)) a[p * T + n] = 1;
    }
  }
  return a;
})();

/** Adds the by-template lookup to a model (once). */
export function withLookup(model: TaggerModel): TaggerModel {
  if (model.lookup) return model;
  const lookup = new Map<string, Map<string, number>>();
  for (const [name, row] of model.features) {
    const eq = name.indexOf('=');
    const template = name.slice(0, eq);
    let values = lookup.get(template);
    if (!values) { values = new Map(); lookup.set(template, values); }
    values.set(name.slice(eq + 1), row);
  }
  model.lookup = lookup;
  return model;
}

/** Emission scores of each token (features as flat template/value pairs): tokens × T. */
export function emissionScores(model: TaggerModel, features: readonly (readonly string[])[]): Float32Array {
  const scores = new Float32Array(features.length * T);
  const { weights, scale } = model;
  const lookup = withLookup(model).lookup!;
  for (let i = 0; i < features.length; i++) {
    const base = i * T;
    const pairs = features[i]!;
    for (let k = 0; k < pairs.length; k += 2) {
      const row = lookup.get(pairs[k]!)?.get(pairs[k + 1]!);
      if (row === undefined) continue;
      const o = row * T;
      for (let t = 0; t < T; t++) scores[base + t]! += weights[o + t]!;
    }
    if (scale !== 1) for (let t = 0; t < T; t++) scores[base + t]! *= scale;
  }
  return scores;
}

/** Best valid tag sequence (tag indices) for emission scores `tokens × T` and the transitions. */
export function viterbi(scores: Float32Array, transitions: Float32Array, n: number): Int8Array {
  const best = new Float64Array(n * T);
  const back = new Int8Array(n * T);
  for (let t = 0; t < T; t++) best[t] = ALLOWED[T * T + t] ? scores[t]! + transitions[T * T + t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let arg = 0;
      let max = -Infinity;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[p * T + t]) continue;
        const v = best[(i - 1) * T + p]! + transitions[p * T + t]!;
        if (v > max) { max = v; arg = p; }
      }
      best[i * T + t] = max + scores[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  const path = new Int8Array(n);
  if (n === 0) return path;
  let arg = 0;
  let max = -Infinity;
  for (let t = 0; t < T; t++) if (best[(n - 1) * T + t]! > max) { max = best[(n - 1) * T + t]!; arg = t; }
  for (let i = n - 1; i >= 0; i--) {
    path[i] = arg;
    arg = back[i * T + arg]!;
  }
  return path;
}

/** Tags a sentence given its features. */
export function tagFeatures(model: TaggerModel, features: readonly (readonly string[])[]): Int8Array {
  return viterbi(emissionScores(model, features), model.transitions, features.length);
}

export interface TrainingSentence {
  /** Per token, the feature names (`template=value`). */
  features: string[][];
  /** Gold tag indices into TAGS. */
  tags: number[];
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are dropped. */
  minCount: number;
  /** Called after each epoch with the averaged model so far (for dev-set curves). */
  onEpoch?: (epoch: number, model: TaggerModel, mistakes: number) => void;
}

/** Deterministic 32-bit generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainPerceptron(data: readonly TrainingSentence[], options: TrainOptions): TaggerModel {
  // Index the features that occur often enough, in first-seen order (deterministic).
  const counts = new Map<string, number>();
  for (const s of data) for (const fs of s.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= options.minCount) index.set(f, index.size);
  counts.clear();
  const encoded = data.map((s) => {
    const offsets = new Int32Array(s.features.length + 1);
    const ids: number[] = [];
    s.features.forEach((fs, i) => {
      offsets[i] = ids.length;
      for (const f of fs) {
        const id = index.get(f);
        if (id !== undefined) ids.push(id);
      }
    });
    offsets[s.features.length] = ids.length;
    return { ids: Int32Array.from(ids), offsets, gold: Int8Array.from(s.tags) };
  });

  const F = index.size;
  const w = new Float32Array(F * T);
  const u = new Float64Array(F * T); // sum of c × update, for averaging: avg = w - u / c
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  const live: TaggerModel = { features: index, weights: w, scale: 1, transitions: new Float32Array((T + 1) * T) };
  let c = 1;
  const random = seededRandom(options.seed);
  const order = encoded.map((_, i) => i);
  const scores = new Float32Array(4096 * T);

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let mistakes = 0;
    for (const k of order) {
      const s = encoded[k]!;
      const n = s.gold.length;
      const sc = n * T <= scores.length ? scores.subarray(0, n * T) : new Float32Array(n * T);
      sc.fill(0);
      for (let i = 0; i < n; i++) {
        for (let p = s.offsets[i]!; p < s.offsets[i + 1]!; p++) {
          const o = s.ids[p]! * T;
          for (let t = 0; t < T; t++) sc[i * T + t]! += w[o + t]!;
        }
      }
      for (let x = 0; x < tw.length; x++) live.transitions[x] = tw[x]!;
      const pred = viterbi(sc, live.transitions, n);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!;
        const y = pred[i]!;
        const gp = i === 0 ? T : s.gold[i - 1]!;
        const yp = i === 0 ? T : pred[i - 1]!;
        if (g !== y) {
          wrong = true;
          for (let p = s.offsets[i]!; p < s.offsets[i + 1]!; p++) {
              const o = s.ids[p]! * T;
            w[o + g]! += 1; u[o + g]! += c;
            w[o + y]! -= 1; u[o + y]! -= c;
          }
        }
        if (g !== y || gp !== yp) {
          tw[gp * T + g]! += 1; tu[gp * T + g]! += c;
          tw[yp * T + y]! -= 1; tu[yp * T + y]! -= c;
        }
      }
      if (wrong) mistakes++;
      c++;
    }
    if (options.onEpoch) options.onEpoch(epoch, averaged(index, w, u, tw, tu, c), mistakes);
  }
  return averaged(index, w, u, tw, tu, c);
}

function averaged(index: Map<string, number>, w: Float32Array, u: Float64Array, tw: Float64Array, tu: Float64Array, c: number): TaggerModel {
  const weights = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) weights[i] = w[i]! - u[i]! / c;
  const transitions = new Float32Array(tw.length);
  for (let i = 0; i < tw.length; i++) transitions[i] = tw[i]! - tu[i]! / c;
  return { features: index, weights, scale: 1, transitions };
}

/**
 * The mean of models trained on the same data with different seeds (same feature index: `trainPerceptron` numbers
 * features in first-seen order of the data, not of the shuffle). One averaged model tags as fast as one model and
 * depends less on the order its training happened to see the sentences in.
 */
export function averageModels(models: readonly TaggerModel[]): TaggerModel {
  const first = models[0];
  if (!first) throw new Error('averageModels: no models');
  const weights = new Float32Array(first.weights.length);
  const transitions = new Float32Array(first.transitions.length);
  for (const m of models) {
    if (m.features.size !== first.features.size || m.weights.length !== weights.length) throw new Error('averageModels: different features');
    for (let i = 0; i < weights.length; i++) weights[i]! += (m.weights[i]! * m.scale) / models.length;
    for (let i = 0; i < transitions.length; i++) transitions[i]! += m.transitions[i]! / models.length;
  }
  return { features: first.features, weights, scale: 1, transitions };
}
