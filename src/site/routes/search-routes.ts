// The reader's search page, /:ed/search, in every edition.
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../domain/errors.ts';
import { listTerms } from '../../db/repos/term-repo.ts';
import { resolveSearchParams, type RawSearchParams } from '../../search/search-service.ts';
import { searchPage } from '../views/search-page.ts';
import { PAGE_SIZE, contextFor, editionOf, sendPage, type SiteState } from './render.ts';

const PARAMS = ['q', 'rubric', 'tag', 'from', 'to', 'sort', 'page'] as const;

/** The query parameters the page knows, each given at most once; others are ignored, as trackers add them. */
function rawParams(query: unknown): RawSearchParams {
  const given = (query ?? {}) as Record<string, unknown>;
  const out: RawSearchParams = {};
  for (const name of PARAMS) {
    const value = given[name];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw new DomainError('BAD_REQUEST', `${name} given more than once`);
    out[name] = value;
  }
  return out;
}

export function registerSearchRoutes(app: FastifyInstance, state: SiteState): void {
  app.get('/:ed/search', async (request, reply) => {
    const edition = editionOf(state, (request.params as Record<string, string>).ed);
    const ctx = contextFor(state, edition);
    const { params, problems } = await resolveSearchParams(state.db, edition, rawParams(request.query));
    if (problems.length) throw new DomainError('BAD_REQUEST', problems.map((p) => `${p.name}: ${p.reason}`).join('; '));
    const [outcome, tags] = await Promise.all([
      params.q ? state.search.search(edition, params, PAGE_SIZE, ctx.now) : Promise.resolve(null),
      // The form's tags, read once per content version like the other lists every page shows.
      ctx.catalog.lists.get(`tags|${edition.code}`, ctx.now, () => listTerms(state.db, 'tag', edition.code)),
    ]);
    if (outcome && params.page > 1 && outcome.hits.length === 0) throw new DomainError('NOT_FOUND', 'page beyond the end');
    const page = searchPage(ctx, { params, outcome, rubrics: state.catalog.rubrics.get(edition.code) ?? [], tags }, PAGE_SIZE);
    // Not kept in the page cache: endless distinct queries would push the articles out of it. CDNs may keep it briefly.
    sendPage(state, request, reply, page, edition, 200, false);
  });
}
