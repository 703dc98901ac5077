/**
 * Facet keys: what the analysis passes find in an article's title and lead, as keys that compare across articles.
 * Two reports of one event name the same people and places, the same figures and the same dates, whatever words
 * they wrap them in; the engine weighs these keys beside the words (with idf, so the ubiquitous ones count little).
 *
 * - `E:<type>:<key>`: named entities (people, places, organisations) by their folded form;
 * - `Q:<value>:<unit or counted noun>`: quantities ("320 ألف حبة" → Q:320000:حب);
 * - `D:<day>`: calendar days named or resolved against the publication date (أمس → the day before).
 *
 * Only the title and the lead are read: that is where a report states its event, and it bounds the cost.
 */
import { extractDates } from '../dates/index.js';
import { extractEntities } from '../entities/index.js';
import { extractQuantities } from '../quantities/index.js';
import { tokenize } from '../../text/tokenize.js';

export interface FacetOptions {
  /** Characters of the body read after the title. */
  leadChars: number;
  entities: boolean;
  quantities: boolean;
  dates: boolean;
}

/**
 * Title and the first 400 characters: on SaudiNewsNet 2015-08-09 the facets add about 0.01 to pairwise F1 and cost
 * about 3 ms an article, most of it entity tagging (see eval/clustering.ts).
 */
export const DEFAULT_FACET_OPTIONS: Readonly<FacetOptions> = Object.freeze({ leadChars: 400, entities: true, quantities: true, dates: true });

/** A quantity's key: its value (in the base unit when there is one) and what it measures or counts. */
function quantityKey(q: ReturnType<typeof extractQuantities>[number]): string | undefined {
  const value = q.base?.value ?? q.value;
  if (!Number.isFinite(value)) return undefined;
  const what = q.base?.unit ?? q.unit ?? q.head ?? '';
  // A bare small count ("3 من") is in every other article; it needs a unit or a noun to mean anything.
  if (!what && Math.abs(value) < 100) return undefined;
  return `Q:${Number(value.toPrecision(6))}:${what}`;
}

/** `published` is an ISO date or date-time, the anchor of relative dates. */
export function articleFacets(title: string, text: string, published: string | undefined, options: FacetOptions): string[] {
  const lead = `${title}\n${text.slice(0, options.leadChars)}`;
  const tokens = tokenize(lead);
  const keys: string[] = [];
  if (options.entities) {
    for (const e of extractEntities(lead, tokens)) if (e.key) keys.push(`E:${e.type}:${e.key}`);
  }
  if (options.quantities) {
    for (const q of extractQuantities(lead, { tokens })) {
      const key = quantityKey(q);
      if (key) keys.push(key);
    }
  }
  if (options.dates) {
    for (const d of extractDates(lead, { tokens, ...(published ? { published } : {}) })) {
      if (d.value && d.grain === 'day') keys.push(`D:${d.value}`);
    }
  }
  return [...new Set(keys)];
}
