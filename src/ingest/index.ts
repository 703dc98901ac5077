/**
 * Article intake: bytes, text, web pages, feeds and URLs → clean articles with metadata and a ledger of what was
 * kept aside. `readArticle` is the entry point; the rest is what the CLI and the server need around it.
 */
export {
  readArticle, safeReadArticle, toSourceOffset, toSourceSpan, looksLikeHtml,
  type Article, type ArticleInput, type ArticleRecordInput, type ReadOptions, type PublishedFrom,
} from './article.js';
export { cleanText, PASSES, type Cleaned, type CleanOptions, type Segment, type Removed, type RemovalReason, type Hint } from './clean/index.js';
export { extractHtml, MAX_HTML_ELEMENTS, type ExtractedHtml, type HtmlOptions } from './html/extract.js';
export { parseFeed, feedItemToRecord, MAX_FEED_ITEMS, type FeedItem, type ParsedFeed, type FeedOptions } from './feeds.js';
export { fetchUrl, type Fetched, type FetchOptions, type Resolver, type Accept } from './fetch.js';
export { isForbiddenAddress } from './address-guard.js';
export {
  decodeBytes, checkBytes, checkText, detectLegacyArabic, charsetFromContentType, sniffMetaCharset, MAX_INPUT_BYTES,
  type Decoded, type DecodeOptions, type CharsetGuess,
} from './decode.js';
export { readLines, readRecords, ArticleRecordSchema, MAX_LINE_BYTES, type ArticleRecord, type ParsedRecord, type RawLine } from './jsonl.js';
export { normalizeDate, dateFromUrl } from './metadata/dates.js';
export { agencyOf } from './metadata/agencies.js';
