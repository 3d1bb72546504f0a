// Shared by the reader routes: the page context, input parsing, and sending pages through the cache.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { transcode } from 'node:buffer';
import { gzipSync } from 'node:zlib';
import { DomainError } from '../../domain/errors.ts';
import type { Edition } from '../../domain/model.ts';
import { messagesFor } from '../../i18n/messages.ts';
import type { Db } from '../../db/database.ts';
import type { SiteCatalog } from '../site-catalog.ts';
import type { SearchRunner } from '../../search/search-threads.ts';
import { ASYNC_COMPRESS_BYTES, ResponseCache, etagOf, lastModifiedOf, send, type CachedResponse } from '../cache/response-cache.ts';
import type { PageContext } from '../views/page-context.ts';

export interface SiteState {
  db: Db;
  catalog: SiteCatalog;
  cache: ResponseCache | null;
  publicUrl: string;
  now: () => number;
  assets: { css: string; logo: string };
  /** Runs searches: on worker threads over a SQLite file, else in the process. */
  search: SearchRunner;
}

export function editionOf(state: SiteState, code: string): Edition {
  const edition = state.catalog.byCode.get(code);
  if (!edition) throw new DomainError('EDITION_NOT_FOUND', `No edition "${code}"`);
  return edition;
}

export function contextFor(state: SiteState, edition: Edition): PageContext {
  return {
    edition,
    t: messagesFor(edition.code, edition.labels),
    catalog: state.catalog,
    publicUrl: state.publicUrl,
    now: state.now(),
    assets: state.assets,
  };
}

/** ?page=N, 1 to 100000; anything else is a bad request. */
export function parsePage(query: unknown): number {
  const raw = (query as Record<string, unknown> | undefined)?.page;
  if (raw === undefined) return 1;
  if (typeof raw !== 'string' || !/^\d{1,6}$/.test(raw)) throw new DomainError('BAD_REQUEST', 'page must be a number');
  const page = Number(raw);
  if (page < 1 || page > 100000) throw new DomainError('BAD_REQUEST', 'page out of range');
  return page;
}

export const PAGE_SIZE = 20;

const PAGE_CACHE_CONTROL = 'public, max-age=30, s-maxage=60, stale-while-revalidate=300';

export interface SendOptions {
  status?: number;
  contentType?: string;
  cacheControl?: string;
  headers?: Record<string, string>;
  /** Seconds to keep in the page cache; 0 for answers that depend on more than the URL. */
  ttl?: number;
}

// Pages are written into this buffer as UTF-16 and transcoded to UTF-8 from there. V8's own UTF-8 encoding
// (Buffer.from, buf.write, TextEncoder) goes a character at a time, after flattening the page's rope of template
// pieces: 60 µs of a 16 KB article page, a tenth of its whole cost. Copying the UTF-16 out is a memcpy and
// Node's transcode is vectorised: 20 µs with the flattening. Larger answers (sitemaps, feeds) take the usual way
// rather than growing the buffer for good.
const scratch = Buffer.allocUnsafeSlow(384 * 1024);

export function encodePage(text: string): Buffer {
  if (text.length * 2 > scratch.length) return Buffer.from(text);
  const bytes = scratch.write(text, 0, 'utf16le');
  try {
    return transcode(scratch.subarray(0, bytes), 'utf16le', 'utf8');
  } catch {
    // A lone surrogate (a broken character from an imported text) is not UTF-16 that transcode accepts;
    // Buffer.from writes U+FFFD for it.
    return Buffer.from(text);
  }
}

export function sendBody(state: SiteState, request: FastifyRequest, reply: FastifyReply, body: string | Buffer, opts: SendOptions = {}): void {
  const buffer = typeof body === 'string' ? encodePage(body) : body;
  const headers: Record<string, string> = {
    'content-type': opts.contentType ?? 'text/html; charset=utf-8',
    'cache-control': opts.cacheControl ?? PAGE_CACHE_CONTROL,
    'x-content-type-options': 'nosniff',
    ...opts.headers,
  };
  const status = opts.status ?? 200;
  let entry: CachedResponse;
  if (state.cache && opts.ttl !== 0 && (request.method === 'GET' || request.method === 'HEAD')) {
    entry = state.cache.store(ResponseCache.keyOf(request.raw), { status, headers, body: buffer, ttl: opts.ttl ?? 60 }, Date.now());
  } else {
    const etag = etagOf(buffer);
    const wantsGzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && buffer.length > 512 && buffer.length <= ASYNC_COMPRESS_BYTES;
    entry = { status, headers: { ...headers, etag, vary: headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding' }, body: buffer, gzip: wantsGzip ? gzipSync(buffer) : null, br: null, etag, lastModified: lastModifiedOf(headers), expires: 0, size: 0 };
  }
  reply.hijack();
  send(request.raw, reply.raw, entry);
}

export function sendPage(state: SiteState, request: FastifyRequest, reply: FastifyReply, page: string, edition: Edition, status = 200, cacheable = true): void {
  sendBody(state, request, reply, page, { status, headers: { 'content-language': edition.locale }, ttl: !cacheable ? 0 : status === 200 ? 60 : 30 });
}

export function redirect(state: SiteState, request: FastifyRequest, reply: FastifyReply, location: string, status: 301 | 302 = 301, vary?: string): void {
  const headers: Record<string, string> = { location };
  if (vary) headers.vary = vary;
  sendBody(state, request, reply, '', {
    status, headers, contentType: 'text/plain; charset=utf-8', cacheControl: status === 301 ? 'public, max-age=3600' : 'private, no-store',
    ttl: status === 301 ? 3600 : 0,
  });
}
