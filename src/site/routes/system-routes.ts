// The root redirect by language, assets, media, and the localized answers to bad requests and errors.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.ts';
import type { Edition } from '../../domain/model.ts';
import { findMediaFile } from '../../db/repos/media-repo.ts';
import { pickEdition } from '../site-catalog.ts';
import { urls } from '../urls.ts';
import { errorPage, type ErrorKind } from '../views/other-pages.ts';
import { contextFor, redirect, sendBody, sendPage, type SiteState } from './render.ts';
import { refuse } from '../../newsroom/guard.ts';
import { PROBLEM_TYPES, problemTypeUri } from '../../api/problem.ts';

export interface StaticAsset {
  path: string;
  contentType: string;
  body: Buffer;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const MAX_URL_LENGTH = 2048;

/** The edition named by the path, else the reader's language (then the page must not be cached by URL). */
function editionForRequest(state: SiteState, request: FastifyRequest): { edition: Edition | undefined; byPath: boolean } {
  const first = /^\/([a-z]{2,3})(?:[/?]|$)/.exec(request.url)?.[1];
  const byPath = first ? state.catalog.byCode.get(first) : undefined;
  if (byPath) return { edition: byPath, byPath: true };
  return { edition: pickEdition(state.catalog, request.headers['accept-language']), byPath: false };
}

function sendError(state: SiteState, request: FastifyRequest, reply: FastifyReply, status: number, kind: ErrorKind, extra: Record<string, string> = {}): void {
  // Errors met before the content API's own handlers (a malformed or overlong address) still answer as problems.
  if (request.url.startsWith('/api/')) {
    const type = status === 414 ? 'uri-too-long' : status === 404 ? 'not-found' : status === 405 ? 'method-not-allowed' : status >= 500 ? 'internal-error' : 'bad-request';
    reply.code(status).type('application/problem+json').headers({ 'cache-control': 'no-store', ...extra })
      .send(JSON.stringify({ type: problemTypeUri(`${state.publicUrl}/api/v1`, type), title: PROBLEM_TYPES[type].title, status }));
    return;
  }
  const { edition, byPath } = editionForRequest(state, request);
  if (!edition) {
    reply.code(status).type('text/plain; charset=utf-8').headers(extra).send(`${status}`);
    return;
  }
  const path = request.url.length > MAX_URL_LENGTH ? urls.home(edition.code) : request.url.split('?')[0];
  const page = errorPage(contextFor(state, edition), kind, path);
  if (status >= 500 || Object.keys(extra).length) {
    reply.code(status).type('text/html; charset=utf-8').headers({ 'cache-control': 'no-store', 'content-language': edition.locale, ...extra }).send(page);
    return;
  }
  sendPage(state, request, reply, page, edition, status, byPath);
}

export function registerSystemRoutes(app: FastifyInstance, state: SiteState, assets: StaticAsset[]): void {
  app.get('/', async (request, reply) => {
    const edition = pickEdition(state.catalog, request.headers['accept-language']);
    if (!edition) throw new DomainError('NOT_FOUND', 'no editions');
    redirect(state, request, reply, urls.home(edition.code), 302, 'Accept-Language');
  });

  for (const asset of assets) {
    app.get(asset.path, async (request, reply) => {
      sendBody(state, request, reply, asset.body, { contentType: asset.contentType, cacheControl: IMMUTABLE, ttl: 86400 });
    });
  }

  app.get('/media/:id/:file', async (request, reply) => {
    const { id, file } = request.params as Record<string, string>;
    const match = /^(\d{1,5})\.jpg$/.exec(file);
    if (!/^\d{1,10}$/.test(id) || !match) throw new DomainError('NOT_FOUND', 'not a media address');
    const found = await findMediaFile(state.db, Number(id), Number(match[1]));
    if (!found) throw new DomainError('NOT_FOUND', 'no such media file');
    sendBody(state, request, reply, Buffer.from(found.bytes), { contentType: found.mime, cacheControl: IMMUTABLE, ttl: 3600 });
  });

  // Everything else is read-only for readers: other methods on any path answer 405.
  app.route({
    method: ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'],
    url: '/*',
    handler: async (request, reply) => sendError(state, request, reply, 405, 'method', { allow: 'GET, HEAD' }),
  });

  app.addHook('onRequest', async (request, reply) => {
    if (request.url.length > MAX_URL_LENGTH) return sendError(state, request, reply, 414, 'badRequest');
    const [path, query] = splitUrl(request.url);
    // Trailing slashes and doubled slashes have one canonical form, without them.
    if (path.length > 1 && (path.endsWith('/') || path.includes('//'))) {
      const clean = path.replace(/\/{2,}/g, '/').replace(/\/+$/, '') || '/';
      return redirect(state, request, reply, clean + query, 301);
    }
  });

  app.setNotFoundHandler((request, reply) => sendError(state, request, reply, 404, 'notFound'));

  app.setErrorHandler((error: FastifyError | DomainError, request, reply) => {
    if (request.url.startsWith('/newsroom')) return newsroomError(error, request, reply);
    if (error instanceof DomainError) {
      const kind: ErrorKind = error.status === 410 ? 'gone' : error.status === 400 ? 'badRequest' : error.status === 405 ? 'method' : error.status >= 500 ? 'error' : 'notFound';
      return sendError(state, request, reply, error.status, kind);
    }
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'request failed');
    return sendError(state, request, reply, status, status === 404 ? 'notFound' : status < 500 ? 'badRequest' : 'error');
  });
}

/** The newsroom answers errors in its own plain form (JSON to scripts), never a reader page. */
function newsroomError(error: FastifyError | DomainError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = error instanceof DomainError ? error.status : typeof error.statusCode === 'number' && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) request.log.error({ err: error }, 'newsroom request failed');
  const message = status === 500 ? 'Internal error' : error instanceof DomainError ? error.code : error.message;
  const json = (request.headers.accept ?? '').includes('application/json') || String(request.headers['content-type'] ?? '').startsWith('application/json');
  return refuse(reply.header('cache-control', 'no-store'), status, message, json);
}

/** Fastify's own errors before routing (a malformed URL, say) get the same localized pages. */
export function frameworkErrorHandler(state: SiteState) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const status = typeof error.statusCode === 'number' && error.statusCode < 500 ? error.statusCode : 400;
    sendError(state, request, reply, status, status === 404 ? 'notFound' : 'badRequest');
  };
}

function splitUrl(url: string): [string, string] {
  const i = url.indexOf('?');
  return i < 0 ? [url, ''] : [url.slice(0, i), url.slice(i)];
}
