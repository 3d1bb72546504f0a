// Whole responses kept in process (body, ETag, gzip and brotli variants), served before Fastify routes.
import { hash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompress, brotliCompressSync, gzip as gzipAsync, gzipSync, constants as zlib } from 'node:zlib';

export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer | null;
  br: Buffer | null;
  etag: string;
  /** The Last-Modified header as a time (whole seconds), for answering If-Modified-Since; null without one. */
  lastModified: number | null;
  expires: number;
  size: number;
}

export interface StoreInput {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Seconds this entry may be served from memory. */
  ttl: number;
}

/** The time of a Last-Modified header, or null where there is none (or it cannot be read). */
export function lastModifiedOf(headers: Record<string, string>): number | null {
  const time = Date.parse(headers['last-modified'] ?? '');
  return Number.isFinite(time) ? time : null;
}

export function etagOf(body: Buffer): string {
  return `"${hash('sha1', body, 'base64url').slice(0, 22)}"`;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|feed\+json|ld\+json|javascript))/;

/**
 * Bodies larger than this (a month's sitemap is 7 MB at a million articles) are compressed on the thread pool,
 * served uncompressed until their variants are ready: compressed in line, they held the process for a third of a
 * second. Pages are far smaller and compressed at once.
 */
export const ASYNC_COMPRESS_BYTES = 256 * 1024;

const GZIP_OPTIONS = { level: 6 };
const brotliOptions = (body: Buffer) => ({ params: { [zlib.BROTLI_PARAM_QUALITY]: 6, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } });

export class ResponseCache {
  readonly #entries = new Map<string, CachedResponse>();
  readonly #maxBytes: number;
  #bytes = 0;
  /** Entries are not served past this moment (the next scheduled publication or embargo end). */
  notAfter = Infinity;
  hits = 0;
  misses = 0;

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
  }

  static keyOf(req: IncomingMessage): string {
    return `${req.headers.host ?? ''}${req.url ?? ''}`;
  }

  get size(): number {
    return this.#entries.size;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  store(key: string, input: StoreInput, now: number): CachedResponse {
    const compressible = input.body.length > 512 && COMPRESSIBLE.test(input.headers['content-type'] ?? '');
    const inLine = compressible && input.body.length <= ASYNC_COMPRESS_BYTES;
    const gzip = inLine ? gzipSync(input.body, GZIP_OPTIONS) : null;
    const br = inLine ? brotliCompressSync(input.body, brotliOptions(input.body)) : null;
    const etag = input.headers.etag ?? etagOf(input.body);
    const headers: Record<string, string> = { ...input.headers, etag };
    if (compressible) headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
    const entry: CachedResponse = {
      status: input.status, headers, body: input.body, gzip, br, etag, lastModified: lastModifiedOf(headers),
      expires: now + input.ttl * 1000,
      size: input.body.length + (gzip?.length ?? 0) + (br?.length ?? 0) + key.length + 512,
    };
    const previous = this.#entries.get(key);
    if (previous) this.#bytes -= previous.size;
    this.#entries.set(key, entry);
    this.#bytes += entry.size;
    if (compressible && !inLine) this.#compressLater(key, entry);
    this.#evictOverBudget();
    return entry;
  }

  /** Bytes the stored answers hold (bodies, variants, keys and a little for each entry's bookkeeping). */
  get bytes(): number {
    return this.#bytes;
  }

  #evictOverBudget(): void {
    // Map keeps insertion order: the first keys are the least recently stored.
    for (const [oldKey, old] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldKey);
      this.#bytes -= old.size;
    }
  }

  /** Adds the entry's compressed variants when the thread pool has made them, if it is still the one stored. */
  #compressLater(key: string, entry: CachedResponse): void {
    const add = (variant: 'gzip' | 'br') => (err: Error | null, out: Buffer) => {
      if (err || this.#entries.get(key) !== entry) return;
      entry[variant] = out;
      entry.size += out.length;
      this.#bytes += out.length;
      // Variants count against PAGE_CACHE_MB as they arrive, not only at the next store.
      this.#evictOverBudget();
    };
    gzipAsync(entry.body, GZIP_OPTIONS, add('gzip'));
    brotliCompress(entry.body, brotliOptions(entry.body), add('br'));
  }

  lookup(key: string, now: number): CachedResponse | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (now >= entry.expires || now >= this.notAfter) {
      this.#entries.delete(key);
      this.#bytes -= entry.size;
      return undefined;
    }
    return entry;
  }

  /** Answers the request from memory if it can; returns false to let the app handle it. */
  tryServe(req: IncomingMessage, res: ServerResponse): boolean {
    const method = req.method;
    if (method !== 'GET' && method !== 'HEAD') return false;
    const entry = this.lookup(ResponseCache.keyOf(req), Date.now());
    if (!entry) {
      this.misses++;
      return false;
    }
    this.hits++;
    send(req, res, entry);
    return true;
  }
}

/**
 * Whether the client's copy is current: a matching If-None-Match, or (RFC 9110 §13.1.3: only without
 * If-None-Match) an If-Modified-Since no earlier than the entry's Last-Modified.
 */
function notModified(req: IncomingMessage, entry: CachedResponse): boolean {
  if (entry.status !== 200) return false;
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) return inm.split(',').some((t) => t.trim().replace(/^W\//, '') === entry.etag);
  const ims = req.headers['if-modified-since'];
  if (ims === undefined || entry.lastModified === null) return false;
  const since = Date.parse(ims);
  return Number.isFinite(since) && entry.lastModified <= since;
}

/** Writes a cached entry, answering 304 to a client whose copy is current and picking the best encoding. */
export function send(req: IncomingMessage, res: ServerResponse, entry: CachedResponse): void {
  if (notModified(req, entry)) {
    const headers: Record<string, string> = { etag: entry.etag, 'cache-control': entry.headers['cache-control'] ?? '', vary: entry.headers.vary ?? '' };
    if (entry.headers['last-modified']) headers['last-modified'] = entry.headers['last-modified'];
    res.writeHead(304, headers);
    res.end();
    return;
  }
  let body = entry.body;
  let encoding: string | undefined;
  const accept = entry.gzip || entry.br ? req.headers['accept-encoding'] ?? '' : '';
  if (accept && entry.br && /\bbr\b/.test(accept)) {
    body = entry.br;
    encoding = 'br';
  } else if (accept && entry.gzip && /\bgzip\b/.test(accept)) {
    body = entry.gzip;
    encoding = 'gzip';
  }
  const headers: Record<string, string | number> = { ...entry.headers, 'content-length': body.length };
  if (encoding) headers['content-encoding'] = encoding;
  res.writeHead(entry.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
