// GET /api/v1/search: the search as JSON, in its own scope with the content API's conventions (problems, ETags, CORS).
import type { FastifyInstance } from 'fastify';
import type { SiteState } from '../site/routes/render.ts';
import { ApiResponder } from '../api/api-http.ts';
import { ParamCheck } from '../api/api-params.ts';
import { ApiProblem } from '../api/problem.ts';
import { createSerializers } from '../api/api-serializers.ts';
import { findVisibleByStories } from '../api/api-repo.ts';
import { clientKey, createRateLimiter } from '../api/rate-limit.ts';
import { DEFAULT_RATE_LIMIT, type ApiOptions } from '../api/api-routes.ts';
import { resolveSearchParams, searchEdition } from './search-service.ts';
import { searchUrl } from '../site/views/search-page.ts';

const PREFIX = '/api/v1';
const PARAMS = ['q', 'edition', 'rubric', 'tag', 'from', 'to', 'sort', 'page', 'limit'] as const;
const MAX_LIMIT = 50;

export function registerSearchApiRoutes(app: FastifyInstance, state: SiteState, options: ApiOptions = { corsOrigins: [] }): void {
  app.register(async (api) => {
    const base = state.publicUrl + PREFIX;
    const responder = new ApiResponder(options, base);
    const s = createSerializers(state);
    const limiter = options.rateLimit === false ? null : createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
    api.setErrorHandler((error, request, reply) => responder.problem(request, reply, error));

    api.get('/search', {
      onRequest: async (request) => {
        if (!limiter) return;
        const decision = limiter.take(clientKey(request.ip));
        responder.rememberRate(request, decision);
        if (!decision.allowed) {
          throw new ApiProblem('rate-limited', `More than ${decision.limit} requests in this window; try again in ${decision.resetSeconds} s.`, {
            headers: { 'retry-after': String(decision.resetSeconds) },
          });
        }
      },
    }, async (request, reply) => {
      const check = new ParamCheck(request.query, PARAMS);
      const edition = check.edition(state.catalog) ?? (check.values.edition === undefined ? state.catalog.defaultEdition : undefined);
      const limitText = check.values.limit ?? '20';
      const limit = /^\d{1,3}$/.test(limitText) ? Number(limitText) : NaN;
      if (!(limit >= 1 && limit <= MAX_LIMIT)) check.fail('limit', `must be a whole number from 1 to ${MAX_LIMIT}`);
      check.done();
      if (!edition) throw new ApiProblem('not-found', 'This installation has no editions yet.');
      const { params, problems } = await resolveSearchParams(state.db, edition, check.values);
      for (const p of problems) check.fail(p.name, p.reason);
      check.done();

      const now = state.now();
      const outcome = params.q ? await searchEdition(state.db, edition, params, limit, now) : null;
      const siblings = await findVisibleByStories(state.db, (outcome?.hits ?? []).map((h) => h.article.storyId), now);
      const link = (page: number) => {
        const query = new URLSearchParams({ ...check.values, edition: edition.code, page: String(page) });
        return `${base}/search?${query}`;
      };
      const next = outcome?.hasNext ? link(params.page + 1) : null;
      const body = {
        query: params.q,
        edition: edition.code,
        sort: params.sort,
        data: (outcome?.hits ?? []).map((h) => ({
          ...s.summary({ ...h.article, place: h.place }, siblings.get(h.article.storyId) ?? []),
          highlight: { headline: h.headlineHtml, snippet: h.snippetHtml },
          score: Math.round(h.score * 1e6) / 1e6,
        })),
        suggestion: outcome?.suggestion
          ? { query: outcome.suggestion, url: state.publicUrl + searchUrl(edition.code, { q: outcome.suggestion }) }
          : null,
        pagination: { page: params.page, limit, next, prev: params.page > 1 ? link(params.page - 1) : null },
      };
      return responder.json(request, reply, body, { headers: next ? { link: `<${next}>; rel="next"` } : undefined });
    });
  }, { prefix: PREFIX });
}
