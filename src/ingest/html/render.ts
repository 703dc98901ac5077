/**
 * Readability's article element → plain text, one paragraph per block, with hints: the source ranges that the
 * markup marks as boilerplate (a <figcaption>, a block whose class or id says "tags", "related", "share",
 * "comments", a block made of links). The text is what cleaning reads and what `removed[]` offsets point into.
 */
import type { Hint, RemovalReason } from '../clean/types.js';
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'center', 'caption',
]);
/** Never text: scripts and styles are not run and not read; form controls and media carry no article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'button', 'select', 'option', 'input', 'textarea', 'object', 'embed', 'video', 'audio', 'canvas', 'map', 'head', 'title', 'meta', 'link']);

/** Words of class and id values that mark a block as boilerplate. */
const CLASS_WORDS: ReadonlyArray<[RegExp, RemovalReason]> = [
  [/^(?:tags?|keywords?|hashtags?|taglist|tagcloud)$/, 'tags'],
  [/^(?:related|relatedposts|recommended|recommendations?|readmore|suggested|outbrain|taboola|carousel|mostread|popular|trending)$/, 'related-links'],
  [/^(?:share|sharing|social|sharethis|addthis|sharebar|socials)$/, 'share-prompt'],
  [/^(?:comments?|disqus|respond|replies)$/, 'comment-prompt'],
  [/^(?:newsletter|subscribe|subscription|signup)$/, 'newsletter'],
  [/^(?:breadcrumbs?|pagination|pager|prev|next|previous|navigation|navbar|menu)$/, 'navigation'],
  [/^(?:copyright|footer|colophon)$/, 'copyright'],
  [/^(?:caption|figcaption|wp-caption-text|credit|credits)$/, 'caption'],
];
/** A hinted block is small: a wrapper with a share bar in its class name must not take the article with it. */
const MAX_HINTED_CHARS = 1500;
const LINK_LIST_RATIO = 0.9;
const MAX_LINK_BLOCK_CHARS = 300;

function classWords(el: DomElement): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  // Split on separators and camelCase ("DivTags" → div, tags; "article_details_prev_next" → prev, next).
  return raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).filter(Boolean);
}

/** Visible characters only: markup indentation would make a small block look large. */
function visibleLength(el: DomElement): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

/**
 * The hint a block carries, if any. Text lengths are computed only when a class matched or the block is a leaf:
 * reading textContent on every block would cost the square of the page's depth.
 */
function hintFor(el: DomElement): RemovalReason | undefined {
  const name = el.localName;
  if (name === 'figcaption') return 'caption';
  const words = classWords(el);
  let reason: RemovalReason | undefined;
  if (words.length) for (const [re, r] of CLASS_WORDS) if (words.some((w) => re.test(w))) { reason = r; break; }
  if (!reason && name === 'nav') reason = 'navigation';
  if (reason) return visibleLength(el) <= MAX_HINTED_CHARS ? reason : undefined;
  if (hasBlockChild(el)) return undefined;
  const length = visibleLength(el);
  if (length > 0 && length <= MAX_LINK_BLOCK_CHARS && linkTextLength(el) >= LINK_LIST_RATIO * length) return 'link-list';
  return undefined;
}

function linkTextLength(el: DomElement): number {
  let n = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) n += (links[i]!.textContent ?? '').replace(/\s+/g, '').length;
  return n;
}

function hasBlockChild(el: DomElement): boolean {
  // linkedom builds a new array on every read of childNodes: read it once.
  const kids = el.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i]!;
    if (isElement(c) && BLOCK.has(c.localName)) return true;
  }
  return false;
}

export interface Rendered {
  text: string;
  hints: Hint[];
}

export function renderText(root: DomElement): Rendered {
  let out = '';
  let pending = 0; // 0: nothing, 1: line break, 2: paragraph break
  let space = false;
  const hints: Hint[] = [];
  const open: Array<{ reason: RemovalReason; start: number }> = [];

  const trimEnd = () => { while (out.endsWith(' ')) out = out.slice(0, -1); };
  const emit = (text: string) => {
    const collapsed = text.replace(/[ \t\n\r\f]+/g, ' ');
    if (collapsed === ' ') { space = true; return; }
    if (collapsed === '') return;
    let t = collapsed;
    if (out.length > 0 && pending > 0) {
      trimEnd();
      out += pending === 2 ? '\n\n' : '\n';
      space = false;
      if (t.startsWith(' ')) t = t.slice(1);
    } else if (out.length === 0 || out.endsWith('\n')) {
      if (t.startsWith(' ')) t = t.slice(1);
    } else if (space && !t.startsWith(' ') && !out.endsWith(' ')) {
      t = ' ' + t;
    }
    pending = 0;
    space = t.endsWith(' ');
    for (const o of open) if (o.start < 0) o.start = out.length + (t.length - t.trimStart().length);
    out += t;
  };
  const brk = (level: 1 | 2) => { if (level > pending) pending = level; };

  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) { emit(node.textContent ?? ''); return; }
    if (!isElement(node)) return;
    const name = node.localName;
    if (SKIP.has(name)) return;
    if (name === 'br') { brk(1); return; }
    if (name === 'img') return;
    const block = BLOCK.has(name);
    let hint: { reason: RemovalReason; start: number } | undefined;
    if (block) {
      const reason = hintFor(node);
      if (reason) { hint = { reason, start: -1 }; open.push(hint); }
      brk(name === 'li' || name === 'tr' || name === 'dt' || name === 'dd' ? 1 : 2);
    }
    if (name === 'td' || name === 'th') space = true;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (block) brk(name === 'li' || name === 'tr' || name === 'dt' || name === 'dd' ? 1 : 2);
    if (hint) {
      open.splice(open.indexOf(hint), 1);
      if (hint.start >= 0) { trimEnd(); hints.push({ start: hint.start, end: out.length, reason: hint.reason }); }
    }
  };
  walk(root);
  trimEnd();
  return { text: out, hints };
}
