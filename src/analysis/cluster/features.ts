/**
 * What the clusterer keeps of an article: its title terms and lead terms (light stems of content words, numbers as
 * `#value`), facet keys from the analysis passes (entities, dates, quantities) and hashed word shingles for wire-copy
 * detection. The rest of the text is dropped here: a news story is told in its title and first paragraphs, and a
 * bounded lead keeps the cost per article flat however long the article is.
 */
import { tokenize } from '../../text/tokenize.js';
import { stem } from '../../text/stem.js';
import { isStopword } from '../../text/stopwords.js';
import { combineHashes, hashString, smallHash } from './hash.js';

/** One input article, as the engine sees it. */
export interface ClusterArticle {
  id: string;
  title?: string;
  /** Clean body text (boilerplate removed by intake when it exists). */
  text?: string;
  /** Publication time in ms since the epoch, when known. */
  time?: number;
  outlet?: string;
  /**
   * Where the outlet filed the report from (its dateline's place: "بيروت" of "بيروت 25 شوال 1436 هـ … واس"). An outlet
   * that files two reports from two cities has written about two things (see the engine's `datelineClash`).
   */
  dateline?: string;
  /**
   * Keys found by the analysis passes, each comparable across articles: canonical entity ids (issue 5), ISO dates
   * named in the text, normalised quantities. Optional: the engine works on title and text alone.
   */
  facets?: readonly string[];
}

export interface FeatureOptions {
  /** Content terms of the body kept as its lead. */
  leadTerms: number;
  /** Words of the body (or of the title when there is no body) shingled for copy detection. */
  shingleWords: number;
  /** Words per shingle. */
  shingleSize: number;
}

export interface ArticleFeatures {
  titleTerms: string[];
  leadTerms: string[];
  facets: string[];
  /** Hashes of the word shingles of the body (of the title when the body is too short), deduplicated. */
  shingles: Uint32Array;
}

/** `1,500` and `1500` are one number; the decimal point stays (`2.5`). */
function numberKey(norm: string): string {
  return '#' + norm.replace(/[,\u066c](?=\d{3}(?:\D|$))/g, '');
}

interface Terms {
  terms: string[];
  /** Normalised keys of every word and number, stop words included (shingles keep the wording). */
  words: string[];
}

function termsOf(text: string, maxTerms: number, maxWords: number): Terms {
  const terms: string[] = [];
  const words: string[] = [];
  for (const token of tokenize(text)) {
    if (token.kind === 'number') {
      if (words.length < maxWords) words.push(token.norm);
      if (terms.length < maxTerms) terms.push(numberKey(token.norm));
    } else if (token.kind === 'word') {
      if (words.length < maxWords) words.push(token.norm);
      if (terms.length < maxTerms && token.norm.length > 1 && !isStopword(token.norm)) terms.push(stem(token.norm));
    } else {
      continue;
    }
    if (terms.length >= maxTerms && words.length >= maxWords) break;
  }
  return { terms, words };
}

function shingleHashes(words: readonly string[], size: number): Uint32Array {
  if (words.length < size) return new Uint32Array(0);
  const hashes = words.map((w) => hashString(w));
  const set = new Set<number>();
  for (let i = 0; i + size <= hashes.length; i++) {
    let h = hashes[i]!;
    for (let k = 1; k < size; k++) h = combineHashes(h, hashes[i + k]!);
    set.add(smallHash(h));
  }
  return Uint32Array.from(set);
}

export function extractFeatures(article: ClusterArticle, options: FeatureOptions): ArticleFeatures {
  const title = termsOf(article.title ?? '', Infinity, options.shingleWords);
  // Only a prefix of a long body is read: generous for the lead and the shingles (an Arabic word and its space
  // average under seven characters), so the cost per article does not grow with its length.
  const prefix = Math.max(options.leadTerms * 2, options.shingleWords) * 12;
  const body = termsOf((article.text ?? '').slice(0, prefix), options.leadTerms, options.shingleWords);
  // A body shorter than a few shingles says nothing about copying; the title stands in for it (title-only feeds).
  const copyWords = body.words.length >= options.shingleSize * 4 ? body.words : title.words;
  return {
    titleTerms: title.terms,
    leadTerms: body.terms,
    facets: [...new Set(article.facets ?? [])],
    shingles: shingleHashes(copyWords, options.shingleSize),
  };
}
