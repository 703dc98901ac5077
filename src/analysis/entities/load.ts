/**
 * The one place the entity module touches the file system: it reads the committed gazetteers and model from the
 * package's data/ folder, once, on first use. Everything else in this folder is pure and takes these in.
 * Compiled, this file is dist/src/analysis/entities/load.js, so data/ is four levels up.
 */
import { readFileSync } from 'node:fs';
import { TabayyunError } from '../../errors.js';
import { decodeBloom, Gazetteer, parseNameWords, type GazetteerFile } from './gazetteer.js';
import { decodeModel, type EntityModel } from './model-format.js';
import { FEATURES_VERSION } from './features.js';

const DATA_DIR = new URL('../../../../data/', import.meta.url);

export interface EntityResources {
  model: EntityModel;
  gazetteer: Gazetteer;
}

function read(relative: string): Buffer {
  const url = new URL(relative, DATA_DIR);
  try {
    return readFileSync(url);
  } catch (e) {
    throw new TabayyunError('E_INTERNAL', `cannot read ${url.pathname}: ${(e as Error).message} (rebuild with npm run build:gazetteers / npm run train:ner)`);
  }
}

export function loadGazetteer(): Gazetteer {
  const file = JSON.parse(read('gazetteers/gazetteers.json').toString('utf8')) as GazetteerFile;
  const nameWords = parseNameWords(read('gazetteers/name-words.txt').toString('utf8'));
  return new Gazetteer(file, decodeBloom(new Uint8Array(read('gazetteers/lexicon.bloom'))), nameWords);
}

export function loadEntityModel(): EntityModel {
  const model = decodeModel(new Uint8Array(read('models/ner.bin')));
  if (model.header.featuresVersion !== FEATURES_VERSION) {
    throw new TabayyunError('E_INTERNAL', `entity model was trained with features v${model.header.featuresVersion}; this code computes v${FEATURES_VERSION}: run npm run train:ner`);
  }
  return model;
}

let cached: EntityResources | null = null;

/** The shipped gazetteers and model, loaded on first call. */
export function defaultEntityResources(): EntityResources {
  cached ??= { gazetteer: loadGazetteer(), model: loadEntityModel() };
  return cached;
}
