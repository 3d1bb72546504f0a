// How the API answers: JSON with a weak ETag (304 on If-None-Match), gzip, CORS by option, problems as problem+json.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RateDecision } from './rate-limit.ts';
import { toProblem } from './problem.ts';

export interface CorsOptions {
  /** Origins whose pages may read the API from a browser: exact origins ("https://app.example.org"), '*' for any, [] for none. */
  corsOrigins: readonly string[] | '*';
}

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';
export const CONTENT_CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=60';
const EXPOSED_HEADERS = 'ETag, Link, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset';
const GZIP_ABOVE = 1024;

/** JSON that is safe even if sniffed or pasted into HTML: <, >, & and the JS line separators as \u escapes. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Weak, because one representation is sent both plain and gzipped under the same tag. */
export function weakEtagOf(body: string): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || t.trim().replace(/^W\//, '') === opaque);
}

export class ApiResponder {
  readonly #origins: readonly string[] | '*';
  readonly #base: string;
  readonly #rates = new WeakMap<FastifyRequest, RateDecision>();

  constructor(options: CorsOptions, base: string) {
    this.#origins = options.corsOrigins;
    this.#base = base;
  }

  rememberRate(request: FastifyRequest, decision: RateDecision): void {
    this.#rates.set(request, decision);
  }

  /** The CORS answer to a request's Origin; with a list of origins the answer varies by Origin and says so. */
  cors(request: FastifyRequest): Record<string, string> {
    if (this.#origins === '*') return { 'access-control-allow-origin': '*', 'access-control-expose-headers': EXPOSED_HEADERS };
    if (this.#origins.length === 0) return {};
    const origin = request.headers.origin;
    if (typeof origin === 'string' && this.#origins.includes(origin)) {
      return { 'access-control-allow-origin': origin, 'access-control-expose-headers': EXPOSED_HEADERS, vary: 'Origin' };
    }
    return { vary: 'Origin' };
  }

  /** Headers every API answer carries: CORS, the client's rate-limit state, and no sniffing or framing. */
  common(request: FastifyRequest): Record<string, string> {
    const headers: Record<string, string> = {
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      ...this.cors(request),
    };
    const rate = this.#rates.get(request);
    if (rate) {
      headers['ratelimit-limit'] = String(rate.limit);
      headers['ratelimit-remaining'] = String(rate.remaining);
      headers['ratelimit-reset'] = String(rate.resetSeconds);
    }
    return headers;
  }

  json(request: FastifyRequest, reply: FastifyReply, value: unknown, opts: { cacheControl?: string; headers?: Record<string, string> } = {}): FastifyReply {
    const text = safeJson(value);
    const etag = weakEtagOf(text);
    const common = this.common(request);
    const headers: Record<string, string> = {
      ...common,
      ...opts.headers,
      etag,
      'cache-control': opts.cacheControl ?? CONTENT_CACHE_CONTROL,
      vary: common.vary ? `${common.vary}, Accept-Encoding` : 'Accept-Encoding',
    };
    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).headers(headers).send();
    // Buffers, so Fastify adds no charset: JSON is UTF-8 by definition (RFC 8259) and the media types define none.
    let body = Buffer.from(text);
    if (body.length > GZIP_ABOVE && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    return reply.code(200).headers({ ...headers, 'content-type': 'application/json' }).send(body);
  }

  problem(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
    const { body, headers } = toProblem(error, this.#base);
    if (body.status >= 500) request.log.error({ err: error }, 'API request failed');
    return reply
      .code(body.status)
      .headers({ ...this.common(request), ...headers, 'cache-control': 'no-store', 'content-type': 'application/problem+json' })
      .send(Buffer.from(safeJson(body)));
  }

  /** CORS preflight and plain OPTIONS: what may be done here, and from which origins. */
  options(request: FastifyRequest, reply: FastifyReply): FastifyReply {
    const headers: Record<string, string> = { ...this.common(request), allow: ALLOWED_METHODS, 'cache-control': 'no-store' };
    if (headers['access-control-allow-origin'] && request.headers['access-control-request-method']) {
      headers['access-control-allow-methods'] = 'GET, HEAD';
      headers['access-control-allow-headers'] = 'If-None-Match';
      headers['access-control-max-age'] = '600';
    }
    return reply.code(204).headers(headers).send();
  }
}
