// GET /api/v1/search: the search as JSON, in its own scope with the content API's conventions (problems, ETags, CORS).
import type { FastifyInstance } from 'fastify';
import type { SiteState } from '../site/routes/render.ts';
import { ApiResponder } from '../api/api-http.ts';
import { ParamCheck } from '../api/api-params.ts';
import { ApiProblem } from '../api/problem.ts';
import { createSerializers } from '../api/api-serializers.ts';
import { findVisibleByStories } from '../api/api-repo.ts';
import { apiRateLimiter, rateLimitHook, registerOtherMethods, type ApiOptions } from '../api/api-routes.ts';
import { API_SEARCH_LIMIT, resolveSearchParams } from './search-service.ts';
import { searchUrl } from '../site/views/search-page.ts';

const PREFIX = '/api/v1';
const PARAMS = ['q', 'edition', 'rubric', 'tag', 'from', 'to', 'sort', 'page', 'limit'] as const;
const MAX_LIMIT = API_SEARCH_LIMIT.max;

/** The path of this resource under /api/v1, as the OpenAPI document describes it. */
export const SEARCH_RESOURCE = '/search';

export function registerSearchApiRoutes(app: FastifyInstance, state: SiteState, options: ApiOptions = { corsOrigins: [] }): void {
  app.register(async (api) => {
    const base = state.publicUrl + PREFIX;
    const responder = new ApiResponder(options, base);
    const s = createSerializers(state);
    api.setErrorHandler((error, request, reply) => responder.problem(request, reply, error));
    // One budget per client with the content API: its limiter, not one of our own.
    api.addHook('onRequest', rateLimitHook(apiRateLimiter(app, options), responder));
    registerOtherMethods(api, SEARCH_RESOURCE, responder);

    api.get(SEARCH_RESOURCE, async (request, reply) => {
      const check = new ParamCheck(request.query, PARAMS);
      const edition = check.edition(state.catalog) ?? (check.values.edition === undefined ? state.catalog.defaultEdition : undefined);
      const limitText = check.values.limit ?? String(API_SEARCH_LIMIT.default);
      const limit = /^\d{1,3}$/.test(limitText) ? Number(limitText) : NaN;
      if (!(limit >= 1 && limit <= MAX_LIMIT)) check.fail('limit', `must be a whole number from 1 to ${MAX_LIMIT}`);
      check.done();
      if (!edition) throw new ApiProblem('not-found', 'This installation has no editions yet.');
      const { params, problems } = await resolveSearchParams(state.db, edition, check.values);
      for (const p of problems) check.fail(p.name, p.reason);
      check.done();

      const now = state.now();
      const outcome = params.q ? await state.search.search(edition, params, limit, now) : null;
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
