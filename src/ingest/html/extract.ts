/**
 * HTML → the text of the article, with hints and metadata. Hostile pages are capped before and during parsing:
 * a size cap on the string, an estimate of the element count before the DOM is built, and Readability's
 * maxElemsToParse after. linkedom builds a DOM without running anything: scripts and event handlers are inert
 * text to it, and the renderer never reads them.
 */
import type { Readability } from '@mozilla/readability';
import { linkedomLib, readabilityLib } from './libs.js';
import { TabayyunError, type Warning, type Where } from '../../errors.js';
import { checkText, MAX_INPUT_BYTES } from '../decode.js';
import type { Hint } from '../clean/types.js';
import type { DomDocument, DomElement } from './dom.js';
import { readHtmlMetadata, type HtmlMetadata } from './metadata.js';
import { renderText } from './render.js';

/** Elements in one page. News pages run to a few thousand; 60,000 is a page nobody should make us parse. */
export const MAX_HTML_ELEMENTS = 60_000;

export interface HtmlOptions {
  url?: string;
  maxBytes?: number;
  maxElements?: number;
  where?: Where;
}

export interface ExtractedHtml {
  /** The article's text as rendered from Readability's content: what cleaning reads. */
  text: string;
  hints: Hint[];
  metadata: HtmlMetadata;
  /** Readability's own title (site name stripped from <title>), a fallback for the metadata title. */
  readabilityTitle?: string;
  byline?: string;
  warnings: Warning[];
}

/** Counts start tags cheaply, without building anything: '<' followed by a letter. */
function estimateElements(html: string, stopAt: number): number {
  let n = 0;
  for (let i = html.indexOf('<'); i >= 0 && n <= stopAt; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) n++;
  }
  return n;
}

export function extractHtml(html: string, options: HtmlOptions = {}): ExtractedHtml {
  const where = options.where;
  const maxElements = options.maxElements ?? MAX_HTML_ELEMENTS;
  checkText(html, where, options.maxBytes ?? MAX_INPUT_BYTES);
  if (estimateElements(html, maxElements) > maxElements) {
    throw new TabayyunError('E_TOO_LARGE', `page has more than ${maxElements} elements`, where);
  }
  const warnings: Warning[] = [];
  let document: DomDocument;
  try {
    // linkedom wants a document: a fragment ("<p>…</p>") gets an <html><body> around it.
    const wrapped = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
    document = linkedomLib().parseHTML(wrapped).document as unknown as DomDocument;
  } catch (e) {
    throw new TabayyunError('E_PARSE', `HTML could not be parsed: ${(e as Error).message}`, where);
  }
  const metadata = readHtmlMetadata(document, options.url);

  let parsed: ReturnType<Readability<DomElement>['parse']> = null;
  try {
    const reader = new (readabilityLib().Readability)<DomElement>(document as never, {
      maxElemsToParse: maxElements,
      keepClasses: true,
      serializer: (node) => node as unknown as DomElement,
    });
    parsed = reader.parse();
  } catch (e) {
    const message = (e as Error).message;
    if (/Aborting parsing document/.test(message)) throw new TabayyunError('E_TOO_LARGE', `page has more than ${maxElements} elements`, where);
    throw new TabayyunError('E_PARSE', `main text could not be extracted: ${message}`, where);
  }
  let root: DomElement | null | undefined = parsed?.content;
  let rendered = root ? renderText(root) : { text: '', hints: [] };
  if (rendered.text.trim() === '') {
    // Readability found no article: fall back to the whole body, and say so.
    root = document.body;
    rendered = root ? renderText(root) : rendered;
    if (rendered.text.trim() !== '') warnings.push({ code: 'W_NO_ARTICLE', message: 'no main text found; the whole page body was read', ...(where ? { where } : {}) });
  }
  if (rendered.text.trim() === '') throw new TabayyunError('E_EMPTY', 'the page has no text', where);
  return {
    text: rendered.text,
    hints: rendered.hints,
    metadata,
    ...(parsed?.title ? { readabilityTitle: parsed.title.trim() } : {}),
    ...(parsed?.byline ? { byline: parsed.byline.trim() } : {}),
    warnings,
  };
}
