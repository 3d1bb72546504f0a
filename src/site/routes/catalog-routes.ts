// Tag, author, project, directory and static pages.
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../domain/errors.ts';
import { listCuratedVisible, listVisible } from '../../db/repos/article-repo.ts';
import { findTermBySlug, listTerms, termSlugsByEdition, type TermKind } from '../../db/repos/term-repo.ts';
import { directorySlugsByEdition, listDirectory } from '../../db/repos/directory-repo.ts';
import { pageSlugsByEdition } from '../../db/repos/page-repo.ts';
import { findImages } from '../../db/repos/media-repo.ts';
import { urls } from '../urls.ts';
import { listingPage } from '../views/listing-page.ts';
import { directoryPage, institutionPage, projectPage, projectsPage, staticPage } from '../views/other-pages.ts';
import { laterPage, latestHead, linkFilter, take } from './front-lists.ts';
import { PAGE_SIZE, contextFor, editionOf, parsePage, sendPage, type SiteState } from './render.ts';

type Params = Record<string, string>;

export function registerCatalogRoutes(app: FastifyInstance, state: SiteState): void {
  for (const kind of ['tag', 'author'] as const satisfies TermKind[]) {
    const link = kind === 'tag' ? urls.tag : urls.author;
    app.get(`/:ed/${kind}/:slug`, async (request, reply) => {
      const { ed, slug } = request.params as Params;
      const edition = editionOf(state, ed);
      const page = parsePage(request.query);
      const term = await findTermBySlug(state.db, kind, edition.code, slug);
      if (!term) throw new DomainError('NOT_FOUND', `unknown ${kind}`);
      const ctx = contextFor(state, edition);
      const filter = await linkFilter(state, ctx.now, kind, term.id);
      const [rows, slugs, latest] = await Promise.all([
        page === 1 ? listVisible(state.db, { edition: edition.code, now: ctx.now, ...filter, limit: PAGE_SIZE + 1 }) : laterPage(state, ctx, filter, page),
        termSlugsByEdition(state.db, kind, term.id),
        latestHead(state, ctx),
      ]);
      if (page > 1 && rows.length === 0) throw new DomainError('NOT_FOUND', 'page beyond the end');
      const path = link(edition.code, term.slug);
      sendPage(state, request, reply, listingPage(ctx, {
        title: term.name,
        path,
        alternates: new Map([...slugs].map(([code, s]) => [code, link(code, s)])),
        items: rows.slice(0, PAGE_SIZE),
        page,
        hasNext: rows.length > PAGE_SIZE,
        link: (p) => link(edition.code, term.slug, p),
        latest: take(latest, 8),
        breadcrumbs: [{ name: ctx.t.home, path: urls.home(edition.code) }, { name: term.name, path }],
        feed: kind === 'tag' ? { kind: 'tag', slug: term.slug, name: term.name } : undefined,
      }), edition);
    });
  }

  app.get('/:ed/projects', async (request, reply) => {
    const edition = editionOf(state, (request.params as Params).ed);
    const ctx = contextFor(state, edition);
    const projects = await listTerms(state.db, 'project', edition.code);
    const covers = await state.db.selectFrom('projects').select(['id', 'cover_media_id']).execute();
    const images = await findImages(state.db, edition.code, covers.map((c) => c.cover_media_id));
    const coverOf = new Map(covers.map((c) => [c.id, c.cover_media_id === null ? null : images.get(c.cover_media_id) ?? null]));
    sendPage(state, request, reply, projectsPage(ctx, projects.map((term) => ({ term, cover: coverOf.get(term.id) ?? null }))), edition);
  });

  app.get('/:ed/projects/:slug', async (request, reply) => {
    const { ed, slug } = request.params as Params;
    const edition = editionOf(state, ed);
    const term = await findTermBySlug(state.db, 'project', edition.code, slug);
    if (!term) throw new DomainError('NOT_FOUND', 'unknown project');
    const ctx = contextFor(state, edition);
    const [items, slugs, project] = await Promise.all([
      listCuratedVisible(state.db, { edition: edition.code, now: ctx.now, projectId: term.id, limit: 50 }),
      termSlugsByEdition(state.db, 'project', term.id),
      state.db.selectFrom('projects').select('cover_media_id').where('id', '=', term.id).executeTakeFirstOrThrow(),
    ]);
    const cover = (await findImages(state.db, edition.code, [project.cover_media_id])).get(project.cover_media_id ?? -1) ?? null;
    const alternates = new Map([...slugs].map(([code, s]) => [code, urls.project(code, s)]));
    sendPage(state, request, reply, projectPage(ctx, { term, cover, items, alternates }), edition);
  });

  app.get('/:ed/directory', async (request, reply) => {
    const edition = editionOf(state, (request.params as Params).ed);
    sendPage(state, request, reply, directoryPage(contextFor(state, edition), await listDirectory(state.db, edition.code)), edition);
  });

  app.get('/:ed/directory/:slug', async (request, reply) => {
    const { ed, slug } = request.params as Params;
    const edition = editionOf(state, ed);
    const all = await listDirectory(state.db, edition.code);
    const entry = all.find((e) => e.slug === slug);
    if (!entry) throw new DomainError('NOT_FOUND', 'unknown institution');
    const ctx = contextFor(state, edition);
    const parents = [];
    for (let p = all.find((e) => e.id === entry.parentId); p; p = all.find((e) => e.id === p!.parentId)) parents.unshift(p);
    const [items, slugs] = await Promise.all([
      listVisible(state.db, { edition: edition.code, now: ctx.now, institutionId: entry.id, limit: 20 }),
      directorySlugsByEdition(state.db, entry.id),
    ]);
    const alternates = new Map([...slugs].map(([code, s]) => [code, urls.institution(code, s)]));
    sendPage(state, request, reply, institutionPage(ctx, { entry, parents, all, items, alternates }), edition);
  });

  app.get('/:ed/page/:slug', async (request, reply) => {
    const { ed, slug } = request.params as Params;
    const edition = editionOf(state, ed);
    const page = (state.catalog.pages.get(edition.code) ?? []).find((p) => p.slug === slug);
    if (!page) throw new DomainError('NOT_FOUND', 'unknown page');
    const ctx = contextFor(state, edition);
    const [slugs, latest] = await Promise.all([pageSlugsByEdition(state.db, page.id), latestHead(state, ctx)]);
    const alternates = new Map([...slugs].map(([code, s]) => [code, urls.page(code, s)]));
    sendPage(state, request, reply, staticPage(ctx, page, alternates, take(latest, 8)), edition);
  });
}
