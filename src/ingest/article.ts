/**
 * The intake's main entry: plain text, an HTML page or a record → an Article with clean main text, metadata and
 * the ledger of what cleaning kept aside. The clean text is a concatenation of source slices joined by line
 * breaks, so every offset in it maps back to `source` (toSourceOffset), and `source` is the text as read: the
 * plain text itself, or the text rendered from the page's main content.
 */
import { TabayyunError, type Result, type Warning, type Where } from '../errors.js';
import { guessLanguage } from '../text/language.js';
import { checkText } from './decode.js';
import { cleanText, toSourceOffset as segmentOffset, type Removed, type Segment } from './clean/index.js';
import { extractHtml, type HtmlOptions } from './html/extract.js';
import { hostOf } from './html/metadata.js';
import { dateFromUrl, normalizeDate } from './metadata/dates.js';

export interface ArticleRecordInput {
  id?: string;
  title?: string;
  text?: string;
  html?: string;
  url?: string;
  outlet?: string;
  published?: string;
}

export type ArticleInput = string | ArticleRecordInput;

export type PublishedFrom = 'record' | 'meta' | 'json-ld' | 'time' | 'dated-line' | 'url';

export interface Article {
  id?: string;
  title?: string;
  /** 'YYYY-MM-DD', or an ISO date-time ('…Z' when the zone was known). */
  published?: string;
  publishedFrom?: PublishedFrom;
  modified?: string;
  author?: string;
  outlet?: string;
  url?: string;
  canonicalUrl?: string;
  /** 'ar', 'en', another declared ISO 639-1 code, or 'und'. */
  language: string;
  /** How sure the guess from the text is (0..1); the page's declared language decides when it is below 0.5. */
  languageConfidence: number;
  /** The wire agency credited ("وكالات", "أ ف ب", "واس"…): the text relays that wire. */
  agency?: string;
  /** The dateline as written ("هانوي - (وكالات)"). */
  dateline?: string;
  format: 'text' | 'html';
  /** The text as read: the plain text, or the text rendered from the page's main content. */
  source: string;
  /** Clean main text. */
  text: string;
  /** Where each slice of `text` comes from in `source`. */
  segments: Segment[];
  /** What cleaning kept aside, with offsets into `source`. */
  removed: Removed[];
  warnings: Warning[];
}

export interface ReadOptions {
  /** 'auto' (default) tells HTML from text by its first tags. */
  format?: 'auto' | 'text' | 'html';
  /** Base URL of an HTML page (for the canonical URL, the outlet's host and a date in the path). */
  url?: string;
  maxBytes?: number;
  maxElements?: number;
  where?: Where;
}

/** HTML if it opens with a doctype or a root tag, or has several block tags early on. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().replace(/^\ufeff/, '');
  if (/^<(?:!doctype\s+html|html|head|body)[\s>]/i.test(head)) return true;
  const tags = head.match(/<\/?(?:p|div|span|a|br|h[1-6]|article|section|ul|li|table|img|meta|script)[\s>/]/gi);
  return (tags?.length ?? 0) >= 3;
}

export function readArticle(input: ArticleInput, options: ReadOptions = {}): Article {
  const record: ArticleRecordInput = typeof input === 'string' ? {} : input;
  const where: Where | undefined = options.where ?? (record.id ? { id: record.id } : undefined);
  const url = record.url ?? options.url;
  let raw: string;
  let format: 'text' | 'html';
  if (typeof input === 'string') {
    raw = input;
    format = options.format === 'html' || (options.format !== 'text' && looksLikeHtml(input)) ? 'html' : 'text';
  } else if (input.text !== undefined && input.text.trim() !== '') {
    raw = input.text; format = 'text';
  } else if (input.html !== undefined) {
    raw = input.html; format = 'html';
  } else {
    throw new TabayyunError('E_EMPTY', 'the record has neither text nor html', where);
  }

  const warnings: Warning[] = [];
  const article: Partial<Article> & { warnings: Warning[] } = { warnings };
  if (record.id !== undefined) article.id = record.id;
  if (url) article.url = url;

  let source: string;
  let cleaned: ReturnType<typeof cleanText>;
  let published: { value: string; from: PublishedFrom } | undefined;
  let declaredLanguage: string | undefined;
  if (format === 'html') {
    const htmlOptions: HtmlOptions = { ...(url ? { url } : {}), ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}), ...(options.maxElements ? { maxElements: options.maxElements } : {}), ...(where ? { where } : {}) };
    const page = extractHtml(raw, htmlOptions);
    warnings.push(...page.warnings);
    source = page.text;
    const m = page.metadata;
    const title = record.title ?? m.title ?? page.readabilityTitle;
    cleaned = cleanText(source, { format: 'html', hints: page.hints, ...(title ? { title } : {}) });
    if (title) article.title = title;
    if (m.published && m.publishedFrom) published = { value: m.published, from: m.publishedFrom };
    if (m.modified) article.modified = m.modified;
    const author = m.author ?? page.byline ?? cleaned.meta.author;
    if (author) article.author = author;
    const outlet = m.outlet ?? hostOf(url ?? m.canonicalUrl);
    if (outlet) article.outlet = outlet;
    if (m.canonicalUrl) article.canonicalUrl = m.canonicalUrl;
    declaredLanguage = m.declaredLanguage;
  } else {
    checkText(raw, where, options.maxBytes);
    source = raw;
    cleaned = cleanText(source, { format: 'text', ...(record.title ? { title: record.title } : {}) });
    const title = record.title ?? cleaned.meta.title;
    if (title) article.title = title;
    if (cleaned.meta.author) article.author = cleaned.meta.author;
    const host = hostOf(url);
    if (host) article.outlet = host;
  }
  if (!article.outlet && cleaned.meta.outlet) article.outlet = cleaned.meta.outlet;
  if (!/[\p{L}\p{N}]/u.test(source)) throw new TabayyunError('E_EMPTY', 'the input has no text', where);

  // Dates, in the order of trust: the record, the page's metadata, a dated line near the top, the URL.
  const dated = cleaned.meta.datedLine;
  if (dated && !dated.modified) published ??= { value: dated.date, from: 'dated-line' };
  if (dated?.modified) article.modified ??= dated.date;
  const fromUrl = dateFromUrl(url ?? article.canonicalUrl);
  if (fromUrl) published ??= { value: fromUrl, from: 'url' };
  if (record.published !== undefined) {
    const value = normalizeDate(record.published);
    if (value) published = { value, from: 'record' };
    else warnings.push({ code: 'W_DATE', message: `published "${record.published.slice(0, 40)}" is not a date; ignored`, ...(where ? { where } : {}) });
  }
  if (published) { article.published = published.value; article.publishedFrom = published.from; }
  if (record.outlet) article.outlet = record.outlet;
  if (cleaned.meta.agency) article.agency = cleaned.meta.agency;
  if (cleaned.meta.dateline) article.dateline = cleaned.meta.dateline;

  const guess = guessLanguage(cleaned.text || source);
  const language = guess.lang !== 'other' && guess.confidence >= 0.5 ? guess.lang : declaredLanguage ?? (guess.lang === 'other' ? 'und' : guess.lang);
  if (cleaned.text.trim() === '') warnings.push({ code: 'W_NO_ARTICLE', message: 'cleaning kept no text: everything read is in removed[]', ...(where ? { where } : {}) });

  return {
    ...article,
    language,
    languageConfidence: guess.confidence,
    format,
    source,
    text: cleaned.text,
    segments: cleaned.segments,
    removed: cleaned.removed,
    warnings,
  };
}

/** The non-throwing variant, for batches: one bad input is reported and the rest go on. */
export function safeReadArticle(input: ArticleInput, options: ReadOptions = {}): Result<Article> {
  try {
    const value = readArticle(input, options);
    return { ok: true, value, warnings: value.warnings };
  } catch (e) {
    if (e instanceof TabayyunError) return { ok: false, error: e };
    const where = options.where ?? (typeof input !== 'string' && input.id ? { id: input.id } : undefined);
    return { ok: false, error: new TabayyunError('E_INTERNAL', (e as Error).message, where) };
  }
}

/** Maps an offset in `article.text` to `article.source`. */
export function toSourceOffset(article: Pick<Article, 'segments'>, offset: number): number {
  return segmentOffset(article.segments, offset);
}

/** Maps a span of `article.text` to `article.source` (an empty span stays empty). */
export function toSourceSpan(article: Pick<Article, 'segments'>, start: number, end: number): { start: number; end: number } {
  const s = segmentOffset(article.segments, start);
  if (end <= start) return { start: s, end: s };
  return { start: s, end: segmentOffset(article.segments, end - 1) + 1 };
}
