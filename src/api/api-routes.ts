// The read-only content API under /api/v1, in its own Fastify scope: its own 404, errors, 405s, CORS and rate limit.
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { SiteState } from '../site/routes/render.ts';
import { ALLOWED_METHODS, ApiResponder, type CorsOptions } from './api-http.ts';
import { API_PREFIX, API_RESOURCES, createHandlers } from './api-handlers.ts';
import { buildOpenApi } from './openapi.ts';
import { ApiProblem } from './problem.ts';
import { clientKey, createRateLimiter, type RateLimiter, type RateLimitOptions } from './rate-limit.ts';

export interface ApiOptions extends CorsOptions {
  /** Requests per client IP (IPv6: per /64) and window; default 600 a minute; false for none. */
  rateLimit?: RateLimitOptions | false;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { max: 600, windowMs: 60_000 };

const WRITE_METHODS = ['POST', 'PUT', 'DELETE', 'PATCH'] as const;

const limiters = new WeakMap<FastifyInstance, RateLimiter | null>();

/**
 * The app's one rate limiter for everything under /api/v1: the content API and the search API (each in its own
 * scope) count a client's requests against one budget. Made by whichever registers first, from its options.
 */
export function apiRateLimiter(app: FastifyInstance, options: ApiOptions): RateLimiter | null {
  if (!limiters.has(app)) limiters.set(app, options.rateLimit === false ? null : createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT));
  return limiters.get(app)!;
}

/** Counts a request against its client's budget before anything is read, and refuses it with 429 over the limit. */
export function rateLimitHook(limiter: RateLimiter | null, responder: ApiResponder): onRequestAsyncHookHandler {
  return async (request) => {
    // Preflights are the browser's, not the client's requests: counting them would halve a browser client's limit.
    if (!limiter || request.method === 'OPTIONS') return;
    const decision = limiter.take(clientKey(request.ip));
    responder.rememberRate(request, decision);
    if (!decision.allowed) {
      throw new ApiProblem('rate-limited', `More than ${decision.limit} requests in this window; try again in ${decision.resetSeconds} s.`, {
        headers: { 'retry-after': String(decision.resetSeconds) },
      });
    }
  };
}

/** What a read-only resource answers besides GET: 405 for writes (before a body is parsed), OPTIONS for CORS. */
export function registerOtherMethods(api: FastifyInstance, url: string, responder: ApiResponder): void {
  api.route({
    method: [...WRITE_METHODS],
    url,
    prefixTrailingSlash: 'no-slash',
    onRequest: async () => {
      throw new ApiProblem('method-not-allowed', 'The content API is read-only.', { headers: { allow: ALLOWED_METHODS } });
    },
    handler: async () => undefined,
  });
  api.route({
    method: 'OPTIONS',
    url,
    prefixTrailingSlash: 'no-slash',
    // Answered before any body is parsed: a preflight has none, and a stray one must not turn it into a 400.
    onRequest: async (request, reply) => responder.options(request, reply),
    handler: async () => undefined,
  });
}

/**
 * Request lifecycle in the scope: the rate limit (onRequest, before anything is read), a 405 for writes (onRequest of
 * their routes, before a body is parsed), the handler, and every error through the scope's own handler as a problem.
 * The reader site's catch-all 405 and HTML 404 stay outside: routes and handlers here are more specific.
 */
export function registerApiRoutes(app: FastifyInstance, state: SiteState, options: ApiOptions): void {
  app.register(async (api) => {
    const base = state.publicUrl + API_PREFIX;
    const responder = new ApiResponder(options, base);
    const handlers = createHandlers(state, buildOpenApi(base));

    api.setErrorHandler((error, request, reply) => responder.problem(request, reply, error));
    api.setNotFoundHandler((request, reply) => responder.problem(request, reply, notFound(request)));
    api.addHook('onRequest', rateLimitHook(apiRateLimiter(app, options), responder));

    for (const path of API_RESOURCES) {
      const handler = handlers[path];
      api.route({
        method: 'GET',
        url: path,
        // The index answers at /api/v1 itself; the site's onRequest hook already redirects trailing slashes.
        prefixTrailingSlash: 'no-slash',
        handler: async (request, reply) => {
          const answer = await handler(request);
          return responder.json(request, reply, answer.body, answer);
        },
      });
      registerOtherMethods(api, path, responder);
    }

    // Without this the router would fall back to the reader site's /:ed/... routes for unknown paths under /api/v1.
    api.route({
      method: ['GET', 'HEAD', ...WRITE_METHODS, 'OPTIONS'],
      url: '/*',
      exposeHeadRoute: false,
      onRequest: async (request) => {
        throw notFound(request);
      },
      handler: async () => undefined,
    });
  }, { prefix: API_PREFIX });
}

function notFound(request: FastifyRequest): ApiProblem {
  const path = request.url.split('?')[0];
  return new ApiProblem('not-found', `No resource at ${path.length > 200 ? `${path.slice(0, 200)}…` : path}; see ${API_PREFIX}/openapi.json.`);
}

