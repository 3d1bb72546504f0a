// What each API resource answers, as data: the routes send it (ETag, CORS), the problems are thrown.
import type { FastifyRequest } from 'fastify';
import type { Edition } from '../domain/model.ts';
import { findArticleById } from '../db/repos/article-repo.ts';
import { listTerms } from '../db/repos/term-repo.ts';
import { listDirectory } from '../db/repos/directory-repo.ts';
import { findImages } from '../db/repos/media-repo.ts';
import type { SiteState } from '../site/routes/render.ts';
import { linkFilter } from '../site/routes/front-lists.ts';
import { findProjectCovers, findVisibleByStories, listArticlePage, resolveTermId } from './api-repo.ts';
import { createSerializers } from './api-serializers.ts';
import { ParamCheck, parseId } from './api-params.ts';
import { encodeCursor } from './cursor.ts';
import { ApiProblem, PROBLEM_TYPES, problemTypeUri, type ProblemType } from './problem.ts';

export const API_PREFIX = '/api/v1';

/** Every resource of the API, as Fastify paths under API_PREFIX; the OpenAPI document must describe exactly these. */
export const API_RESOURCES = [
  '/', '/openapi.json', '/problems/:type', '/editions', '/rubrics', '/tags', '/authors', '/projects', '/directory', '/articles', '/articles/:id',
] as const;

export type ApiResource = (typeof API_RESOURCES)[number];

export interface ApiAnswer {
  body: unknown;
  cacheControl?: string;
  headers?: Record<string, string>;
}

export type ApiHandler = (request: FastifyRequest) => Promise<ApiAnswer>;

const STATIC_CACHE_CONTROL = 'public, max-age=3600';

export function createHandlers(state: SiteState, openapi: object): Record<ApiResource, ApiHandler> {
  const base = state.publicUrl + API_PREFIX;
  const s = createSerializers(state);
  const params = (request: FastifyRequest) => request.params as Record<string, string>;

  /** The edition asked for, else the default one; lists of names are per edition. */
  function editionParam(request: FastifyRequest): Edition {
    const check = new ParamCheck(request.query, ['edition']);
    const edition = check.edition(state.catalog) ?? (check.values.edition === undefined ? state.catalog.defaultEdition : undefined);
    check.done();
    if (!edition) throw new ApiProblem('not-found', 'This installation has no editions yet.');
    return edition;
  }

  function noParams(request: FastifyRequest): void {
    new ParamCheck(request.query, []).done();
  }

  return {
    '/': async (request) => {
      noParams(request);
      const links = Object.fromEntries(['editions', 'rubrics', 'tags', 'authors', 'projects', 'directory', 'articles', 'search'].map((n) => [n, `${base}/${n}`]));
      return { body: { openapi: `${base}/openapi.json`, links }, cacheControl: STATIC_CACHE_CONTROL };
    },

    '/openapi.json': async (request) => {
      noParams(request);
      return { body: openapi, cacheControl: STATIC_CACHE_CONTROL };
    },

    '/problems/:type': async (request) => {
      noParams(request);
      const type = params(request).type as ProblemType;
      if (!Object.hasOwn(PROBLEM_TYPES, type)) throw new ApiProblem('not-found', 'No such problem type.');
      return { body: { type: problemTypeUri(base, type), ...PROBLEM_TYPES[type] }, cacheControl: STATIC_CACHE_CONTROL };
    },

    '/editions': async (request) => {
      noParams(request);
      return { body: { data: state.catalog.editions.map(s.edition) } };
    },

    '/rubrics': async (request) => {
      const ed = editionParam(request).code;
      return { body: { edition: ed, data: (await listTerms(state.db, 'rubric', ed)).map((t) => s.rubric(t, ed)) } };
    },

    '/tags': async (request) => {
      const ed = editionParam(request).code;
      return { body: { edition: ed, data: (await listTerms(state.db, 'tag', ed)).map((t) => s.tag(t, ed)) } };
    },

    '/authors': async (request) => {
      const ed = editionParam(request).code;
      return { body: { edition: ed, data: (await listTerms(state.db, 'author', ed)).map((t) => s.author(t, ed)) } };
    },

    '/projects': async (request) => {
      const ed = editionParam(request).code;
      const [projects, covers] = await Promise.all([listTerms(state.db, 'project', ed), findProjectCovers(state.db)]);
      const images = await findImages(state.db, ed, [...covers.values()]);
      const coverOf = (id: number) => images.get(covers.get(id) ?? -1) ?? null;
      return { body: { edition: ed, data: projects.map((t) => s.project(t, ed, coverOf(t.id))) } };
    },

    '/directory': async (request) => {
      const ed = editionParam(request).code;
      return { body: { edition: ed, data: (await listDirectory(state.db, ed)).map((e) => s.institution(e, ed)) } };
    },

    '/articles': async (request) => {
      const check = new ParamCheck(request.query, ['edition', 'rubric', 'tag', 'since', 'cursor', 'limit']);
      const edition = check.edition(state.catalog);
      const limit = check.limit();
      const after = check.cursor();
      const since = check.since();
      const rubricRef = check.term('rubric');
      const tagRef = check.term('tag');
      check.done();
      const [rubricId, tagId] = await Promise.all([
        rubricRef === undefined ? undefined : resolveTermId(state.db, 'rubric', rubricRef, edition?.code),
        tagRef === undefined ? undefined : resolveTermId(state.db, 'tag', tagRef, edition?.code),
      ]);
      const how = edition ? `id, key or slug in edition "${edition.code}"` : 'id or key (or a slug, together with edition)';
      if (rubricRef !== undefined && rubricId === undefined) check.fail('rubric', `no rubric with this ${how}; see ${base}/rubrics`);
      if (tagRef !== undefined && tagId === undefined) check.fail('tag', `no tag with this ${how}; see ${base}/tags`);
      check.done();

      const now = state.now();
      // A tag on tens of thousands of articles: listing its links first took 20 ms at a million articles.
      const denseLinks = tagId !== undefined && (await linkFilter(state, now, 'tag', tagId)).denseLinks;
      const rows = await listArticlePage(state.db, { now, edition: edition?.code, rubricId, tagId, denseLinks, since, after, limit: limit + 1 });
      const page = rows.slice(0, limit);
      const siblings = await findVisibleByStories(state.db, page.map((a) => a.storyId), now);
      const last = page.at(-1);
      const nextCursor = rows.length > limit && last ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : null;
      const next = nextCursor ? `${base}/articles?${new URLSearchParams({ ...check.values, cursor: nextCursor })}` : null;
      return {
        body: { data: page.map((a) => s.summary(a, siblings.get(a.storyId) ?? [])), pagination: { limit, nextCursor, next } },
        headers: next ? { link: `<${next}>; rel="next"` } : undefined,
      };
    },

    '/articles/:id': async (request) => {
      noParams(request);
      const id = parseId(params(request).id);
      const found = await findArticleById(state.db, id, state.now());
      if (!found) throw new ApiProblem('not-found', `No article ${id}.`);
      // Withdrawn is said as such (clients must drop their copy); anything else not visible does not exist.
      if (found.status === 'withdrawn') throw new ApiProblem('withdrawn', `Article ${id} was withdrawn.`);
      if (!found.isVisible) throw new ApiProblem('not-found', `No article ${id}.`);
      return { body: s.article(found) };
    },
  };
}
