// Sending feeds and sitemaps: through the page cache (ETag, 304, compression) with Last-Modified and If-Modified-Since.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { etagOf } from '../site/cache/response-cache.ts';
import { sendBody, type SiteState } from '../site/routes/render.ts';
import { httpDate } from './feed-dates.ts';

/** Short enough that a correction or withdrawal leaves CDNs within minutes; readers poll no faster anyway. */
export const FEED_CACHE_CONTROL = 'public, max-age=60, s-maxage=60, stale-while-revalidate=300';

/**
 * RFC 9110 §13.1.3: If-Modified-Since counts only without If-None-Match. HTTP dates have whole seconds, so
 * the change is compared at that precision.
 */
function notModifiedSince(request: FastifyRequest, lastModified: number): boolean {
  if (request.headers['if-none-match'] !== undefined) return false;
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Math.floor(lastModified / 1000) * 1000 <= since;
}

/**
 * Answers from a fresh build. Cached copies are answered before the routes run and match If-None-Match only;
 * feed readers send the ETag they were given, so If-Modified-Since is honoured here, where it costs nothing.
 */
export function sendDated(
  state: SiteState, request: FastifyRequest, reply: FastifyReply, body: string | Buffer,
  opts: { contentType: string; lastModified: number | null },
): void {
  const headers: Record<string, string> = opts.lastModified === null ? {} : { 'last-modified': httpDate(opts.lastModified) };
  if (opts.lastModified !== null && notModifiedSince(request, opts.lastModified)) {
    reply.hijack();
    reply.raw.writeHead(304, { ...headers, etag: etagOf(typeof body === 'string' ? Buffer.from(body) : body), 'cache-control': FEED_CACHE_CONTROL, vary: 'Accept-Encoding' });
    reply.raw.end();
    return;
  }
  sendBody(state, request, reply, body, { contentType: `${opts.contentType}; charset=utf-8`, cacheControl: FEED_CACHE_CONTROL, headers });
}
