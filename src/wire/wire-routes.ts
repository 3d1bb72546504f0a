// The ninjs wire feed for subscriber clients under /wire/v1, in its own Fastify scope: Bearer keys, entitlements,
// embargo access, and every error as application/problem+json.
//
//   GET /wire/v1/items       the change feed: { version, items, cursor, next } (next: the URL to poll next)
//   GET /wire/v1/items/:id   one article's current item
//   GET /wire/v1/problems/:type
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SiteState } from '../site/routes/render.ts';
import { ApiProblem, toProblem, type ProblemBody } from '../api/problem.ts';
import { ParamCheck, parseId, parseRfc3339 } from '../api/api-params.ts';
import { safeJson } from '../api/api-http.ts';
import { isVisibleNow } from '../db/repos/article-repo.ts';
import { authenticateWireClient } from './wire-client-service.ts';
import { entitles, type WireClient } from './wire-clients.ts';
import { NINJS_VERSIONS, ninjsItems, type NinjsVersion } from './ninjs.ts';
import { AFTER_ALL_IDS, decodeFeedCursor, encodeFeedCursor, readFeed, type FeedPosition } from './wire-feed.ts';

export const WIRE_PREFIX = '/wire/v1';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 100;

/** The wire's own problem type; the rest are the content API's, documented under /api/v1/problems. */
const UNAUTHORIZED = {
  status: 401, title: 'Unauthorized',
  description: 'The request carries no API key, or one this server does not know. Send "Authorization: Bearer <key>" with the key the agency gave you; a rotated key stops working at once.',
};

class Unauthorized extends Error {}

function sendProblem(state: SiteState, request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  let body: ProblemBody;
  let headers: Record<string, string> = {};
  if (error instanceof Unauthorized) {
    body = { type: `${state.publicUrl}${WIRE_PREFIX}/problems/unauthorized`, title: UNAUTHORIZED.title, status: 401, detail: error.message };
    headers['www-authenticate'] = 'Bearer realm="wire", error="invalid_token"';
  } else {
    ({ body, headers } = toProblem(error, state.publicUrl + '/api/v1'));
    if (body.status >= 500) request.log.error({ err: error }, 'wire request failed');
  }
  return reply
    .code(body.status)
    .headers({ ...headers, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-type': 'application/problem+json' })
    .send(Buffer.from(safeJson(body)));
}

function sendJson(reply: FastifyReply, value: unknown): FastifyReply {
  // Each answer depends on the client's key: never stored by a shared cache or the page cache.
  return reply
    .code(200)
    .headers({ 'cache-control': 'private, no-store', vary: 'Authorization', 'x-content-type-options': 'nosniff', 'content-type': 'application/json' })
    .send(Buffer.from(safeJson(value)));
}

async function clientOf(state: SiteState, request: FastifyRequest): Promise<WireClient> {
  const header = request.headers.authorization;
  if (!header) throw new Unauthorized('This feed needs an API key: send "Authorization: Bearer <key>".');
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) throw new Unauthorized('The Authorization header must read "Bearer <key>".');
  const auth = await authenticateWireClient(state.db, m[1], state.now());
  if ('refused' in auth) {
    if (auth.refused === 'disabled') throw new ApiProblem('forbidden', 'This client is disabled; ask the agency to enable it.');
    throw new Unauthorized('This API key is not valid (it may have been rotated or revoked).');
  }
  return auth.client;
}

function versionOf(check: ParamCheck): NinjsVersion {
  const raw = check.values.version;
  if (raw === undefined) return '2.2';
  if ((NINJS_VERSIONS as readonly string[]).includes(raw)) return raw as NinjsVersion;
  check.fail('version', `ninjs ${NINJS_VERSIONS.join(' or ')}; default 2.2`);
  return '2.2';
}

/** Fields a canceled item does not repeat: a withdrawn story's text is not sent again. */
const WITHDRAWN_DROPS = ['bodies', 'descriptions', 'associations', 'renditions'];

function forFeed(item: Record<string, unknown>): Record<string, unknown> {
  const status = item.pubstatus ?? item.pubStatus;
  if (status !== 'canceled') return item;
  return Object.fromEntries(Object.entries(item).filter(([k]) => !WITHDRAWN_DROPS.includes(k)));
}

export function registerWireRoutes(app: FastifyInstance, state: SiteState): void {
  app.register(async (wire) => {
    wire.setErrorHandler((error, request, reply) => sendProblem(state, request, reply, error));
    wire.setNotFoundHandler((request, reply) => sendProblem(state, request, reply, new ApiProblem('not-found', `No resource at ${request.url.split('?')[0].slice(0, 200)}; the feed is at ${WIRE_PREFIX}/items.`)));

    wire.get('/items', async (request, reply) => {
      const client = await clientOf(state, request);
      const check = new ParamCheck(request.query, ['edition', 'rubric', 'urgency', 'since', 'cursor', 'limit', 'version']);
      const version = versionOf(check);
      let editions: string[] | undefined;
      if (check.values.edition !== undefined) {
        editions = [...new Set(check.values.edition.split(','))];
        const unknown = editions.filter((e) => !state.catalog.byCode.has(e));
        if (unknown.length) check.fail('edition', `no edition ${unknown.map((e) => `"${e.slice(0, 20)}"`).join(', ')}; known editions: ${state.catalog.editions.map((e) => e.code).join(', ')}`);
      }
      let rubricId: number | undefined;
      const rubricKey = check.values.rubric;
      if (rubricKey !== undefined) {
        const row = rubricKey.length <= 100 ? await state.db.selectFrom('rubrics').select('id').where('key', '=', rubricKey).executeTakeFirst() : undefined;
        if (!row) check.fail('rubric', 'no rubric with this key');
        rubricId = row?.id;
      }
      let maxUrgency: number | undefined;
      if (check.values.urgency !== undefined) {
        maxUrgency = /^[1-9]$/.test(check.values.urgency) ? Number(check.values.urgency) : undefined;
        if (maxUrgency === undefined) check.fail('urgency', 'a whole number from 1 (flash) to 9 (routine): items at least this urgent');
      }
      let limit = DEFAULT_LIMIT;
      if (check.values.limit !== undefined) {
        limit = /^\d{1,3}$/.test(check.values.limit) ? Number(check.values.limit) : 0;
        if (limit < 1 || limit > MAX_LIMIT) check.fail('limit', `a whole number from 1 to ${MAX_LIMIT}; default ${DEFAULT_LIMIT}`);
      }
      let after: FeedPosition = { at: 0, id: 0 };
      if (check.values.cursor !== undefined && check.values.since !== undefined) check.fail('since', 'give either since or cursor, not both');
      else if (check.values.cursor !== undefined) {
        const position = decodeFeedCursor(check.values.cursor);
        if (!position) check.fail('cursor', 'not a cursor of this feed; pass the cursor (or follow next) of the previous answer as it is');
        else after = position;
      } else if (check.values.since !== undefined) {
        const since = parseRfc3339(check.values.since);
        if (since === null) check.fail('since', 'an RFC 3339 date-time such as 2026-01-31T09:30:00Z ("+" must be written %2B)');
        else after = { at: Math.max(0, since - 1), id: AFTER_ALL_IDS };
      }
      check.done();
      // Asking for what the client may not read is refused, not silently answered with less.
      const outside = (editions ?? []).filter((e) => !client.editions.includes(e));
      if (outside.length) throw new ApiProblem('forbidden', `This client may not read the edition${outside.length > 1 ? 's' : ''} ${outside.join(', ')}.`);
      if (rubricId !== undefined && client.rubricIds.length && !client.rubricIds.includes(rubricId)) {
        throw new ApiProblem('forbidden', `This client may not read the rubric "${rubricKey}".`);
      }

      const now = state.now();
      const page = await readFeed(state.db, { client, now, after, editions, rubricId, maxUrgency, limit });
      const items = await ninjsItems(state.db, page.entries.map((e) => e.articleId), { version, publicUrl: state.publicUrl, now });
      const cursor = encodeFeedCursor(page.next);
      const params = new URLSearchParams();
      if (check.values.edition !== undefined) params.set('edition', check.values.edition);
      if (rubricKey !== undefined) params.set('rubric', rubricKey);
      if (maxUrgency !== undefined) params.set('urgency', String(maxUrgency));
      if (check.values.limit !== undefined) params.set('limit', String(limit));
      if (check.values.version !== undefined) params.set('version', version);
      params.set('cursor', cursor);
      return sendJson(reply, {
        version,
        items: items.map((i) => forFeed(i.item)),
        cursor,
        next: `${state.publicUrl}${WIRE_PREFIX}/items?${params}`,
      });
    });

    wire.get('/items/:id', async (request, reply) => {
      const client = await clientOf(state, request);
      const check = new ParamCheck(request.query, ['version']);
      const version = versionOf(check);
      check.done();
      const id = parseId((request.params as { id: string }).id);
      // Beyond the column's range (PostgreSQL would refuse the comparison): no such item.
      if (id > 2_147_483_647) throw new ApiProblem('not-found', `No item ${id} in the wire feed.`);
      const now = state.now();
      const row = await state.db
        .selectFrom('articles')
        .select(['id', 'edition', 'rubric_id', 'status', 'published_at', 'embargo_until', 'withdrawn_at'])
        .where('id', '=', id)
        .executeTakeFirst();
      const seen = row && (client.embargoAccess
        ? (row.status === 'published' && row.published_at !== null && row.published_at <= now)
          || (row.status === 'withdrawn' && row.published_at !== null && row.withdrawn_at !== null && row.published_at <= row.withdrawn_at)
        : isVisibleNow(row, now)
          || (row.status === 'withdrawn' && row.published_at !== null && row.withdrawn_at !== null && row.published_at <= row.withdrawn_at && (row.embargo_until === null || row.embargo_until <= row.withdrawn_at)));
      if (!row || !seen) throw new ApiProblem('not-found', `No item ${id} in the wire feed.`);
      if (!entitles(client, { edition: row.edition, rubricId: row.rubric_id })) throw new ApiProblem('forbidden', 'This client may not read this item\'s edition or rubric.');
      const [found] = await ninjsItems(state.db, [id], { version, publicUrl: state.publicUrl, now });
      if (!found) throw new ApiProblem('not-found', `No item ${id} in the wire feed.`);
      return sendJson(reply, forFeed(found.item));
    });

    wire.get('/problems/:type', async (request, reply) => {
      const type = (request.params as { type: string }).type;
      if (type !== 'unauthorized') throw new ApiProblem('not-found', `No such problem type; the others are documented under ${state.publicUrl}/api/v1/problems/.`);
      return reply.code(200).headers({ 'cache-control': 'public, max-age=3600', 'content-type': 'application/json' })
        .send(Buffer.from(safeJson({ type: `${state.publicUrl}${WIRE_PREFIX}/problems/unauthorized`, ...UNAUTHORIZED })));
    });

    wire.route({
      method: ['GET', 'HEAD'],
      url: '/',
      prefixTrailingSlash: 'no-slash',
      exposeHeadRoute: false,
      handler: async () => {
        throw new ApiProblem('not-found', `The feed is at ${state.publicUrl}${WIRE_PREFIX}/items.`);
      },
    });

    // Without this the router would fall back to the reader site's /:ed/... routes for unknown paths under /wire/v1.
    wire.route({
      method: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'],
      url: '/*',
      exposeHeadRoute: false,
      onRequest: async (request) => {
        if (request.method !== 'GET' && request.method !== 'HEAD' && /^\/wire\/v1\/(items|items\/[^/]+)(\?|$)/.test(request.url)) {
          throw new ApiProblem('method-not-allowed', 'The wire feed is read-only: use GET.', { headers: { allow: 'GET, HEAD' } });
        }
        throw new ApiProblem('not-found', `No resource at ${request.url.split('?')[0].slice(0, 200)}; the feed is at ${WIRE_PREFIX}/items.`);
      },
      handler: async () => undefined,
    });
  }, { prefix: WIRE_PREFIX });
}
