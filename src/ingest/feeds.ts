/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds → one record per item, with link, title, published, summary and content
 * when present. The feed is parsed as XML by linkedom; nothing in it is run. An item without a link or an id, or
 * without any text, is reported (E_BAD_RECORD, with its position) and skipped; the other items still come in.
 */
import { linkedomLib } from './html/libs.js';
import { TabayyunError, type Warning, type Where } from '../errors.js';
import { checkText, MAX_INPUT_BYTES } from './decode.js';
import { normalizeDate } from './metadata/dates.js';
import type { DomElement, DomNode } from './html/dom.js';
import { isElement } from './html/dom.js';
import type { ArticleRecordInput } from './article.js';

export interface FeedItem {
  /** Position in the feed, 0-based. */
  index: number;
  id: string;
  title?: string;
  url?: string;
  published?: string;
  modified?: string;
  author?: string;
  /** The item's summary or description, as plain text. */
  summary?: string;
  /** Full content (content:encoded, Atom content) as HTML, when the feed carries it. */
  content?: string;
}

export interface ParsedFeed {
  kind: 'rss' | 'atom' | 'rdf';
  title?: string;
  link?: string;
  items: FeedItem[];
  /** One per broken item, with `where.index`. */
  errors: TabayyunError[];
  warnings: Warning[];
}

export interface FeedOptions {
  /** The feed's own URL: relative links are resolved against it. */
  url?: string;
  maxBytes?: number;
  where?: Where;
}

/** Items read from one feed; a feed of more is cut there, with a warning. */
export const MAX_FEED_ITEMS = 5000;

function name(el: DomElement): string {
  return (el.tagName || el.localName).toLowerCase();
}

function children(el: DomNode): DomElement[] {
  const out: DomElement[] = [];
  const kids = el.childNodes; // linkedom rebuilds this array on every read
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i]!;
    if (isElement(c)) out.push(c);
  }
  return out;
}

function child(el: DomElement, ...names: string[]): DomElement | undefined {
  return children(el).find((c) => names.includes(name(c)));
}

function text(el: DomElement | undefined): string | undefined {
  const t = el?.textContent?.trim();
  return t ? t : undefined;
}

/** HTML in a title or description → its text (feeds often escape markup into these fields). */
function stripTags(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch { return undefined; }
}

function atomLink(entry: DomElement, base: string | undefined): string | undefined {
  const links = children(entry).filter((c) => name(c) === 'link');
  const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return absolute(alternate?.getAttribute('href') ?? text(alternate), base);
}

function findAll(root: DomElement, tag: string): DomElement[] {
  const out: DomElement[] = [];
  const walk = (el: DomElement) => {
    for (const c of children(el)) {
      if (name(c) === tag) out.push(c);
      else walk(c);
    }
  };
  walk(root);
  return out;
}

export function parseFeed(xml: string, options: FeedOptions = {}): ParsedFeed {
  const where = options.where ?? (options.url ? { url: options.url } : undefined);
  checkText(xml, where, options.maxBytes ?? MAX_INPUT_BYTES);
  const body = xml.replace(/^\ufeff/, '').trimStart();
  if (!body.startsWith('<')) throw new TabayyunError('E_PARSE', 'not XML: a feed starts with "<"', where);
  let root: DomElement | null;
  try {
    const doc = new (linkedomLib().DOMParser)().parseFromString(body, 'text/xml') as unknown as { documentElement: DomElement | null };
    root = doc.documentElement;
  } catch (e) {
    throw new TabayyunError('E_PARSE', `not XML: ${(e as Error).message}`, where);
  }
  if (!root) throw new TabayyunError('E_PARSE', 'not XML: no root element', where);
  const rootName = name(root);
  const kind = rootName === 'rss' ? 'rss' : rootName === 'feed' ? 'atom' : rootName === 'rdf:rdf' || rootName === 'rdf' ? 'rdf' : undefined;
  if (!kind) throw new TabayyunError('E_PARSE', `not an RSS or Atom feed (root element <${rootName}>)`, where);

  const channel = kind === 'atom' ? root : child(root, 'channel') ?? root;
  const feedTitle = text(child(channel, 'title'));
  const feedLink = kind === 'atom' ? atomLink(channel, options.url) : absolute(text(child(channel, 'link')), options.url);
  const base = feedLink ?? options.url;
  const nodes = kind === 'atom' ? children(root).filter((c) => name(c) === 'entry') : findAll(root, 'item');
  const items: FeedItem[] = [];
  const errors: TabayyunError[] = [];
  const warnings: Warning[] = [];
  if (nodes.length > MAX_FEED_ITEMS) warnings.push({ code: 'W_TRUNCATED', message: `feed has ${nodes.length} items; the first ${MAX_FEED_ITEMS} were read`, ...(where ? { where } : {}) });

  nodes.slice(0, MAX_FEED_ITEMS).forEach((node, index) => {
    const itemWhere: Where = { ...(where ?? {}), index };
    const rawTitle = text(child(node, 'title'));
    const title = rawTitle ? stripTags(rawTitle) || undefined : undefined;
    const url = kind === 'atom' ? atomLink(node, base) : absolute(text(child(node, 'link')) ?? node.getAttribute('rdf:about') ?? undefined, base);
    const guid = text(child(node, 'guid', 'id'));
    const rawDate = text(child(node, 'pubdate', 'published', 'dc:date', 'issued', 'created')) ?? (kind === 'atom' ? text(child(node, 'updated')) : undefined);
    const rawModified = text(child(node, 'updated', 'dc:modified', 'atom:updated'));
    const description = text(child(node, 'description', 'summary'));
    const content = text(child(node, 'content:encoded', 'content'));
    const authorNode = child(node, 'dc:creator', 'author');
    const author = text(authorNode && child(authorNode, 'name') ? child(authorNode, 'name') : authorNode);
    const id = guid ?? url;
    if (!id) {
      errors.push(new TabayyunError('E_BAD_RECORD', 'feed item has neither a link nor an id', itemWhere));
      return;
    }
    const summary = description ? stripTags(description) || undefined : undefined;
    if (!title && !summary && !content) {
      errors.push(new TabayyunError('E_BAD_RECORD', 'feed item has no title, summary or content', { ...itemWhere, id }));
      return;
    }
    const item: FeedItem = { index, id };
    if (title) item.title = title;
    if (url) item.url = url;
    if (rawDate) {
      const published = normalizeDate(rawDate);
      if (published) item.published = published;
      else warnings.push({ code: 'W_DATE', message: `item date "${rawDate.slice(0, 40)}" is not a date`, where: { ...itemWhere, id } });
    }
    const modified = normalizeDate(rawModified);
    if (modified && modified !== item.published) item.modified = modified;
    if (author) item.author = stripTags(author.replace(/\s+/g, ' '));
    if (summary) item.summary = summary;
    if (content) item.content = content;
    items.push(item);
  });
  return { kind, ...(feedTitle ? { title: stripTags(feedTitle) } : {}), ...(feedLink ? { link: feedLink } : {}), items, errors, warnings };
}

/**
 * A feed item as an article record: the full content when the feed carries it (HTML), else the summary (text).
 * The outlet is the feed's title.
 */
export function feedItemToRecord(item: FeedItem, feed: Pick<ParsedFeed, 'title'>): ArticleRecordInput {
  const record: ArticleRecordInput = { id: item.id };
  if (item.title) record.title = item.title;
  if (item.url) record.url = item.url;
  if (item.published) record.published = item.published;
  if (feed.title) record.outlet = feed.title;
  if (item.content) record.html = item.content;
  else if (item.summary) record.text = item.summary;
  else if (item.title) record.text = item.title;
  return record;
}
