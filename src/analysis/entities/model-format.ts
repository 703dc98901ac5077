/**
 * The entity model file (data/models/ner.bin): the tagger's weights, quantised to 16 bits, and the lexicon of
 * forms that begin entities in the training data (used to decide whether a leading و/ب/ل is a clitic). Pure: bytes
 * in, bytes out; the loader reads the file.
 *
 * Layout (little-endian): "TBNER" u8 formatVersion, u32 header length, header JSON (UTF-8),
 * then the sections the header lists, each at an offset aligned to 4 bytes:
 *   features   UTF-8, "\n"-separated, row order;   weights  Int16 rows × TAGS.length;
 *   transitions Float32 (TAGS.length + 1) × TAGS.length;   lexicon  UTF-8, "\n"-separated.
 */
import type { TaggerModel } from './perceptron.js';
import { TAGS } from './types.js';

export const MODEL_FORMAT = 1;

export interface ModelHeader {
  format: number;
  featuresVersion: number;
  tags: string[];
  scale: number;
  featureCount: number;
  sections: Record<'features' | 'weights' | 'transitions' | 'lexicon', { offset: number; length: number }>;
  /** How the model was made: corpora, split, epochs, seed, licence. */
  meta: Record<string, unknown>;
}

export interface EntityModel {
  tagger: TaggerModel;
  /** Match keys (bare forms) that begin an entity in training: evidence that a leading letter is not a clitic. */
  entityWords: Set<string>;
  header: ModelHeader;
}

/**
 * Quantises and prunes: rows whose weights are all below `minWeight` (relative to the largest weight) are dropped;
 * the rest are stored as Int16 with one scale for the model.
 */
export function encodeModel(model: TaggerModel, entityWords: Iterable<string>, featuresVersion: number, meta: Record<string, unknown>, minWeight = 0.002): Uint8Array {
  const T = TAGS.length;
  let max = 0;
  for (const v of model.weights) max = Math.max(max, Math.abs(v * model.scale));
  const scale = max / 32767 || 1;
  const threshold = Math.max(scale, max * minWeight);
  const keptNames: string[] = [];
  const rows: number[] = [];
  for (const [name, row] of model.features) {
    let keep = false;
    for (let t = 0; t < T; t++) if (Math.abs(model.weights[row * T + t]! * model.scale) >= threshold) keep = true;
    if (keep) { keptNames.push(name); rows.push(row); }
  }
  const weights = new Int16Array(rows.length * T);
  rows.forEach((row, k) => {
    for (let t = 0; t < T; t++) weights[k * T + t] = Math.round((model.weights[row * T + t]! * model.scale) / scale);
  });
  const enc = new TextEncoder();
  const features = enc.encode(keptNames.join('\n'));
  const lexicon = enc.encode([...new Set(entityWords)].sort().join('\n'));
  const transitions = new Uint8Array(model.transitions.buffer.slice(model.transitions.byteOffset, model.transitions.byteOffset + model.transitions.byteLength));
  const parts = { features, weights: new Uint8Array(weights.buffer), transitions, lexicon };

  const sections = {} as ModelHeader['sections'];
  let offset = 0;
  for (const [name, bytes] of Object.entries(parts)) {
    sections[name as keyof typeof parts] = { offset, length: bytes.length };
    offset = align4(offset + bytes.length);
  }
  const header: ModelHeader = { format: MODEL_FORMAT, featuresVersion, tags: [...TAGS], scale, featureCount: rows.length, sections, meta };
  const headerBytes = enc.encode(JSON.stringify(header));
  const bodyStart = align4(10 + headerBytes.length);
  const out = new Uint8Array(bodyStart + offset);
  out.set([0x54, 0x42, 0x4e, 0x45, 0x52, MODEL_FORMAT], 0);
  new DataView(out.buffer).setUint32(6, headerBytes.length, true);
  out.set(headerBytes, 10);
  for (const [name, bytes] of Object.entries(parts)) out.set(bytes, bodyStart + sections[name as keyof typeof parts].offset);
  return out;
}

export function decodeModel(bytes: Uint8Array): EntityModel {
  const magic = String.fromCharCode(...bytes.subarray(0, 5));
  if (magic !== 'TBNER') throw new Error('not a tabayyun entity model');
  if (bytes[5] !== MODEL_FORMAT) throw new Error(`entity model format ${bytes[5]}, expected ${MODEL_FORMAT}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(6, true);
  const dec = new TextDecoder();
  const header = JSON.parse(dec.decode(bytes.subarray(10, 10 + headerLength))) as ModelHeader;
  if (header.tags.join() !== TAGS.join()) throw new Error('entity model tags differ from this version');
  const bodyStart = align4(10 + headerLength);
  const section = (name: keyof ModelHeader['sections']) => {
    const s = header.sections[name];
    return bytes.subarray(bodyStart + s.offset, bodyStart + s.offset + s.length);
  };
  // The by-template lookup is what tagging reads: built in one pass over the feature names. The flat name → row map
  // (what training and encoding use) is only built if asked for.
  const namesText = dec.decode(section('features'));
  const lookup = new Map<string, Map<string, number>>();
  let row = 0;
  let lastTemplate = '';
  let values: Map<string, number> | undefined;
  for (let from = 0; from <= namesText.length; row++) {
    let to = namesText.indexOf('\n', from);
    if (to < 0) to = namesText.length;
    let eq = namesText.indexOf('=', from);
    if (eq > to) eq = -1;
    // As withLookup splits a name (a name without "=" never occurs in a trained model).
    const template = eq < 0 ? namesText.slice(from, Math.max(from, to - 1)) : namesText.slice(from, eq);
    if (values === undefined || template !== lastTemplate) {
      values = lookup.get(template);
      if (!values) { values = new Map(); lookup.set(template, values); }
      lastTemplate = template;
    }
    values.set(namesText.slice(eq < 0 ? from : eq + 1, to), row);
    from = to + 1;
  }
  // Copies make the typed arrays aligned whatever the offset of `bytes` in its buffer.
  const weights = new Int16Array(section('weights').slice().buffer);
  const transitions = new Float32Array(section('transitions').slice().buffer);
  let features: Map<string, number> | undefined;
  const tagger: TaggerModel = {
    get features(): Map<string, number> {
      features ??= new Map(namesText.split('\n').map((name, i) => [name, i]));
      return features;
    },
    lookup,
    weights,
    scale: header.scale,
    transitions,
  };
  const lexiconText = dec.decode(section('lexicon'));
  return {
    tagger,
    entityWords: new Set(lexiconText ? lexiconText.split('\n') : []),
    header,
  };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
