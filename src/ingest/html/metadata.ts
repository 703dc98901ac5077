/**
 * Metadata of a web page, read before Readability reshapes the document: title, dates, author, outlet, language
 * and canonical URL, from <meta> tags, JSON-LD, <time> and <link rel=canonical>. Every value is a string as the
 * page gives it, trimmed; dates are normalised (metadata/dates.ts).
 */
import { normalizeDate } from '../metadata/dates.js';
import type { DomDocument, DomElement } from './dom.js';

export interface HtmlMetadata {
  title?: string;
  published?: string;
  /** Where `published` came from, in the order of trust: meta, json-ld, time. */
  publishedFrom?: 'meta' | 'json-ld' | 'time';
  modified?: string;
  author?: string;
  outlet?: string;
  canonicalUrl?: string;
  /** The language the page declares (<html lang>, content-language), primary subtag only. */
  declaredLanguage?: string;
  description?: string;
}

const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'article.published',
  'publishdate', 'publish-date', 'publish_date', 'pubdate', 'dc.date.issued', 'dcterms.issued', 'dc.date',
  'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'date', 'article:published',
];
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified', 'article:modified'];
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author'];
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|Report|WebPage|BackgroundNewsArticle)$/;
/** JSON-LD blocks above this size are skipped: metadata is small, a huge block is not worth parsing. */
const MAX_JSON_LD_CHARS = 200_000;

function metaMap(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const content = m.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      // A property attribute may hold several RDFa terms ("rnews:name schema:name").
      for (const k of key ? key.split(/\s+/) : []) if (!map.has(k)) map.set(k, content);
    }
  }
  return map;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function jsonLdObjects(doc: DomDocument): Array<{ [key: string]: Json }> {
  const out: Array<{ [key: string]: Json }> = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const visit = (v: Json, depth: number) => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) { for (const x of v) visit(x, depth + 1); return; }
    out.push(v);
    if (v['@graph']) visit(v['@graph'], depth + 1);
  };
  for (let i = 0; i < scripts.length; i++) {
    const raw = scripts[i]!.textContent ?? '';
    if (raw.length > MAX_JSON_LD_CHARS) continue;
    try { visit(JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json, 0); } catch { /* a broken block is ignored */ }
  }
  return out;
}

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) { for (const x of v) { const s = str(x); if (s) return s; } return undefined; }
  if (v && typeof v === 'object') return str(v['name']);
  return undefined;
}

function isArticle(o: { [key: string]: Json }): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

function firstTime(doc: DomDocument): string | undefined {
  const times = doc.getElementsByTagName('time');
  let fallback: string | undefined;
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    const value = normalizeDate(t.getAttribute('datetime'));
    if (!value) continue;
    const marked = t.getAttribute('pubdate') !== null || /publish|date-pub|posted/i.test(`${t.getAttribute('class') ?? ''} ${t.getAttribute('itemprop') ?? ''}`);
    if (marked) return value;
    fallback ??= value;
  }
  return fallback;
}

function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

function absolute(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch { return undefined; }
}

export function readHtmlMetadata(doc: DomDocument, baseUrl?: string): HtmlMetadata {
  const meta = metaMap(doc);
  const ld = jsonLdObjects(doc);
  const article = ld.find(isArticle);
  const out: HtmlMetadata = {};

  const title = meta.get('og:title') ?? str(article?.['headline']) ?? meta.get('twitter:title') ?? meta.get('title') ?? (doc.title.trim() || undefined);
  if (title) out.title = title.trim();

  const metaPublished = PUBLISHED_KEYS.map((k) => normalizeDate(meta.get(k))).find(Boolean);
  const ldPublished = normalizeDate(str(article?.['datePublished']) ?? str(ld.find((o) => o['datePublished'])?.['datePublished']));
  const timePublished = firstTime(doc);
  if (metaPublished) { out.published = metaPublished; out.publishedFrom = 'meta'; }
  else if (ldPublished) { out.published = ldPublished; out.publishedFrom = 'json-ld'; }
  else if (timePublished) { out.published = timePublished; out.publishedFrom = 'time'; }
  const modified = MODIFIED_KEYS.map((k) => normalizeDate(meta.get(k))).find(Boolean) ?? normalizeDate(str(article?.['dateModified']));
  if (modified) out.modified = modified;

  const author = AUTHOR_KEYS.map((k) => meta.get(k)).find((a) => a && !isUrl(a)) ?? str(article?.['author']);
  if (author && !isUrl(author)) out.author = author;

  const outlet = meta.get('og:site_name') ?? str(article?.['publisher']) ?? meta.get('application-name');
  if (outlet) out.outlet = outlet;

  const canonicalLink = doc.querySelector('link[rel="canonical"]');
  const canonical = absolute(canonicalLink?.getAttribute('href'), baseUrl) ?? absolute(meta.get('og:url'), baseUrl);
  if (canonical) out.canonicalUrl = canonical;

  const lang = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang') ?? meta.get('content-language') ?? meta.get('og:locale') ?? meta.get('inlanguage');
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  if (primary && /^[a-z]{2,3}$/.test(primary)) out.declaredLanguage = primary;

  const description = meta.get('og:description') ?? meta.get('description');
  if (description) out.description = description;
  return out;
}

/** The host of a URL without "www.", as the outlet of last resort. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try { return new URL(url).hostname.replace(/^www\./, '') || undefined; } catch { return undefined; }
}

export type { DomElement };
