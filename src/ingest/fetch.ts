/**
 * Fetching one URL, defensively: an overall deadline, a cap on the (decompressed) body, a redirect limit with every
 * hop checked again, a content-type check, and a guard that refuses private, loopback, link-local and other
 * non-public addresses. The guard runs on the address the socket actually connects to — inside the DNS lookup
 * the HTTP client uses — so a name that resolves to a public address when checked and a private one when used
 * (DNS rebinding) cannot slip through. Private addresses are allowed only with `allowPrivate`.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import { isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { TabayyunError, type Warning, type Where } from '../errors.js';
import { VERSION } from '../version.js';
import { charsetFromContentType, decodeBytes, MAX_INPUT_BYTES, sniffMetaCharset } from './decode.js';
import { isForbiddenAddress } from './address-guard.js';

export type Accept = 'page' | 'feed' | 'any';

export interface FetchOptions {
  /** Whole request, redirects included. Default 15 s. */
  timeoutMs?: number;
  /** Body cap after decompression. Default MAX_INPUT_BYTES. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Allow loopback, private and link-local addresses (tests, intranets). Default false. */
  allowPrivate?: boolean;
  /** Which content types are accepted. Default 'any' (pages and feeds). */
  accept?: Accept;
  userAgent?: string;
  /** Name resolution (default: the system's, dns.lookup). Tests hand in their own to stay off the network. */
  resolver?: Resolver;
}

export type Resolver = (hostname: string, family: 0 | 4 | 6) => Promise<LookupAddress[]>;

const systemResolver: Resolver = (hostname, family) => new Promise((resolve, reject) => {
  dnsLookup(hostname, { family, all: true }, (err, addresses) => (err ? reject(err) : resolve(addresses)));
});

export interface Fetched {
  /** The URL asked for. */
  requestedUrl: string;
  /** The URL the body came from, after redirects. */
  url: string;
  redirects: string[];
  status: number;
  contentType: string;
  kind: 'html' | 'feed' | 'text';
  bytes: Uint8Array;
  text: string;
  encoding: string;
  warnings: Warning[];
}

const PAGE_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'];
const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml', 'application/feed+xml'];

function kindOf(mime: string): Fetched['kind'] | undefined {
  if (mime === 'text/plain') return 'text';
  if (PAGE_TYPES.includes(mime)) return 'html';
  if (FEED_TYPES.includes(mime) || mime.endsWith('+xml')) return 'feed';
  return undefined;
}

function accepted(kind: Fetched['kind'], accept: Accept): boolean {
  if (accept === 'any') return true;
  if (accept === 'feed') return kind === 'feed';
  return kind === 'html' || kind === 'text';
}

/** The DNS lookup handed to the HTTP client: resolves, then refuses forbidden addresses before any connection. */
function guardedLookup(allowPrivate: boolean, resolver: Resolver, where: Where) {
  return (hostname: string, options: { all?: boolean; family?: number | string } | number, callback: (...args: unknown[]) => void): void => {
    const opts = typeof options === 'number' ? { family: options } : options;
    const family = opts.family === 4 || opts.family === 'IPv4' ? 4 : opts.family === 6 || opts.family === 'IPv6' ? 6 : 0;
    resolver(hostname, family).then((addresses) => {
      const usable = allowPrivate ? addresses : addresses.filter((a) => !isForbiddenAddress(a.address));
      if (usable.length === 0) {
        const list = addresses.map((a) => a.address).join(', ');
        callback(new TabayyunError('E_FORBIDDEN_HOST', `${hostname} resolves to a non-public address (${list}); pass allowPrivate to fetch it`, where));
        return;
      }
      if (opts.all) callback(null, usable);
      else callback(null, usable[0]!.address, usable[0]!.family);
    }, (err: unknown) => callback(err));
  };
}

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Readable;
}

function requestOnce(url: URL, options: Required<Pick<FetchOptions, 'allowPrivate' | 'userAgent' | 'resolver'>>, signal: AbortSignal, where: Where): Promise<Response> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      method: 'GET',
      headers: {
        'user-agent': options.userAgent,
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8',
        'accept-encoding': 'gzip, deflate, br',
      },
      lookup: guardedLookup(options.allowPrivate, options.resolver, where) as never,
      signal,
    });
    req.on('response', (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res }));
    req.on('error', (e) => reject(e));
    req.end();
  });
}

async function readBody(res: Response, maxBytes: number, where: Where): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length']);
  const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase().trim();
  if (!encoding && Number.isFinite(declared) && declared > maxBytes) {
    res.body.destroy();
    throw new TabayyunError('E_TOO_LARGE', `body is ${declared} bytes; the cap is ${maxBytes}`, where);
  }
  let stream: Readable = res.body;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.body.pipe(createGunzip());
  else if (encoding === 'deflate') stream = res.body.pipe(createInflate());
  else if (encoding === 'br') stream = res.body.pipe(createBrotliDecompress());
  else if (encoding && encoding !== 'identity') {
    res.body.destroy();
    throw new TabayyunError('E_FETCH', `unsupported content-encoding "${encoding}"`, where);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    // Counted after decompression: a small compressed body cannot inflate past the cap.
    if (size > maxBytes) {
      res.body.destroy();
      stream.destroy();
      throw new TabayyunError('E_TOO_LARGE', `body is over the cap of ${maxBytes} bytes`, where);
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}

function checkUrl(raw: string, allowPrivate: boolean, where: Where): URL {
  let url: URL;
  try { url = new URL(raw); } catch { throw new TabayyunError('E_FETCH', `not a URL: ${raw.slice(0, 200)}`, where); }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TabayyunError('E_FETCH', `only http and https URLs are fetched, not ${url.protocol}`, where);
  // An IP literal is connected to without a DNS lookup, so it is checked here.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && isIP(host) && isForbiddenAddress(host)) {
    throw new TabayyunError('E_FORBIDDEN_HOST', `${host} is not a public address; pass allowPrivate to fetch it`, where);
  }
  return url;
}

export async function fetchUrl(rawUrl: string, options: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const maxRedirects = options.maxRedirects ?? 5;
  const allowPrivate = options.allowPrivate ?? false;
  const accept = options.accept ?? 'any';
  const userAgent = options.userAgent ?? `tabayyun/${VERSION}`;
  const where: Where = { url: rawUrl };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const redirects: string[] = [];
  try {
    let url = checkUrl(rawUrl, allowPrivate, where);
    for (;;) {
      let res: Response;
      try {
        res = await requestOnce(url, { allowPrivate, userAgent, resolver: options.resolver ?? systemResolver }, controller.signal, where);
      } catch (e) {
        throw translate(e, controller.signal, timeoutMs, where);
      }
      if (res.status >= 300 && res.status < 400 && res.headers.location) {
        res.body.resume();
        if (redirects.length >= maxRedirects) throw new TabayyunError('E_FETCH', `more than ${maxRedirects} redirects`, where);
        const next = new URL(res.headers.location, url).href;
        redirects.push(next);
        url = checkUrl(next, allowPrivate, where);
        continue;
      }
      if (res.status < 200 || res.status >= 300) {
        res.body.resume();
        throw new TabayyunError('E_FETCH', `HTTP ${res.status}`, where);
      }
      const contentType = String(res.headers['content-type'] ?? '').trim();
      const mime = contentType.split(';')[0]!.trim().toLowerCase();
      // No content type at all: read it and let the byte checks refuse binary data.
      const kind = mime === '' ? 'html' : kindOf(mime);
      if (!kind || !accepted(kind, accept)) {
        res.body.destroy();
        throw new TabayyunError('E_CONTENT_TYPE', `content type "${mime}" is not ${accept === 'feed' ? 'a feed' : accept === 'page' ? 'a web page' : 'a web page or a feed'}`, where);
      }
      let bytes: Uint8Array;
      try {
        bytes = await readBody(res, maxBytes, where);
      } catch (e) {
        throw translate(e, controller.signal, timeoutMs, where);
      }
      const declaredCharset = charsetFromContentType(contentType) ?? (kind === 'html' ? sniffMetaCharset(bytes) : sniffXmlCharset(bytes));
      const decoded = decodeBytes(bytes, where, { maxBytes, ...(declaredCharset ? { declaredCharset } : {}) });
      return { requestedUrl: rawUrl, url: url.href, redirects, status: res.status, contentType, kind, bytes, text: decoded.text, encoding: decoded.encoding, warnings: decoded.warnings };
    }
  } finally {
    clearTimeout(timer);
  }
}

function sniffXmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 200));
  const m = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m ? m[1]!.toLowerCase() : undefined;
}

function translate(e: unknown, signal: AbortSignal, timeoutMs: number, where: Where): TabayyunError {
  if (e instanceof TabayyunError) return e;
  if (signal.aborted) return new TabayyunError('E_TIMEOUT', `no complete answer within ${timeoutMs} ms`, where);
  const err = e as NodeJS.ErrnoException;
  // The lookup's refusal arrives wrapped by the HTTP client on some Node versions.
  const cause = (err as { cause?: unknown }).cause;
  if (cause instanceof TabayyunError) return cause;
  return new TabayyunError('E_FETCH', `${err.code ? err.code + ': ' : ''}${err.message}`, where);
}
