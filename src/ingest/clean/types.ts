/**
 * What the cleaning passes share: the source cut into lines, what has been removed so far (with a reason), hints
 * from the HTML structure, and the metadata that some passes read off the text (title, dateline, agency, author).
 */
import type { Line } from './lines.js';

/** Stable codes: callers and tests match on them. */
export type RemovalReason =
  | 'title' // the headline, moved to `title`
  | 'byline' // "بقلم: …", "حوار: …", moved to `author`
  | 'date-stamp' // a line that only dates the article ("الأربعاء، 28 آب 2013، آخر تحديث 14:00")
  | 'dateline' // "هانوي - (وكالات):" at the head of the first paragraph, moved to `dateline`
  | 'agency-credit' // "(وكالات)", "(أ ف ب)" closing the text, moved to `agency`
  | 'end-marker' // "// انتهى //", "انتهى", "ت م" time stamps of wire copy
  | 'related-links' // "قد يهمك", "اقرأ أيضا", "مواضيع ذات صلة" and the link titles under them
  | 'author-box' // "عن الكاتب" and the biography under it
  | 'comment-prompt' // "اترك رد", "أضف تعليق", comment policies
  | 'share-prompt' // "شارك", "تابعنا على", app download and print buttons
  | 'newsletter' // "اشترك في النشرة البريدية"
  | 'copyright' // "جميع الحقوق محفوظة", "©"
  | 'caption' // a figcaption, or a short title-like line between blank lines where a picture was
  | 'label' // a short line above a page's first paragraph: a kicker, a section label, a view counter
  | 'tags' // tag lists
  | 'navigation' // "التالي", "السابق", breadcrumbs
  | 'link-list' // an HTML block made mostly of links
  | 'fragment' // a line with no word in it ("0", "|", "***")
  | 'repeated-line' // a line repeated verbatim; the first occurrence is kept
  | 'whitespace-line'; // a line of no-break spaces or invisible characters

export interface Removed {
  text: string;
  /** Offsets into `source`. */
  start: number;
  end: number;
  reason: RemovalReason;
}

/** A source range that the HTML structure says is boilerplate (a figcaption, a block with class="tags"). */
export interface Hint {
  start: number;
  end: number;
  reason: RemovalReason;
}

export interface CleanMetadata {
  title?: string;
  author?: string;
  dateline?: string;
  agency?: string;
  /** The owner a copyright footer names (the outlet, when the page says nothing else). */
  outlet?: string;
  /** A date read off a date stamp or a dateline ('YYYY-MM-DD' or ISO); the caller decides how much to trust it. */
  datedLine?: { date: string; modified: boolean; start: number; end: number };
}

export interface CleanContext {
  readonly source: string;
  readonly lines: readonly Line[];
  /** Per line: why it was removed, or undefined while kept. */
  readonly lineReason: Array<RemovalReason | undefined>;
  /** Partial removals: a prefix or suffix of one line (dateline, trailing agency credit). */
  readonly partial: Removed[];
  readonly hints: readonly Hint[];
  readonly format: 'text' | 'html';
  /** Title known before cleaning (from the record or the HTML metadata). */
  readonly knownTitle: string | undefined;
  readonly meta: CleanMetadata;
  /** Per-line memo of `lineKey` and `countWords` (see helpers keyOf, wordsOf): every pass reads them. */
  readonly cache: { keys: Array<string | undefined>; words: Array<number | undefined> };
}

export type CleanPass = (ctx: CleanContext) => void;
