// Edition home, rubric pages, all news with the day archive, and article pages.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.ts';
import { addDays, localDay, parseDay, startOfLocalDay, formatPattern } from '../../domain/dates.ts';
import type { Edition } from '../../domain/model.ts';
import { findAdjacentPublication, findArticleById, listVisible } from '../../db/repos/article-repo.ts';
import { termSlugsByEdition } from '../../db/repos/term-repo.ts';
import { articleUrl, urls } from '../urls.ts';
import { homePage } from '../views/home-page.ts';
import { listingPage } from '../views/listing-page.ts';
import { articlePage } from '../views/article-page.ts';
import { archiveCalendar } from '../views/calendar.ts';
import { breakingNews, laterPage, latestHead, projectTerms, rubricHead, take, topStories } from './front-lists.ts';
import { PAGE_SIZE, contextFor, editionOf, parsePage, redirect, sendPage, type SiteState } from './render.ts';

type Params = Record<string, string>;

const BREAKING_WINDOW_MS = 12 * 3600_000;

export function registerArticleRoutes(app: FastifyInstance, state: SiteState): void {
  app.get('/:ed', async (request, reply) => {
    const edition = editionOf(state, (request.params as Params).ed);
    const ctx = contextFor(state, edition);
    const [breaking, top, latest, projects] = await Promise.all([
      breakingNews(state, ctx, BREAKING_WINDOW_MS, 5),
      topStories(state, ctx, 5),
      latestHead(state, ctx),
      projectTerms(state, ctx),
    ]);
    const topIds = top.map((a) => a.id);
    const rubrics = ctx.catalog.rubrics.get(edition.code) ?? [];
    const blocks = await Promise.all(rubrics.map(async (rubric) => ({ rubric, items: take(await rubricHead(state, ctx, rubric.id), 4, topIds) })));
    sendPage(state, request, reply, homePage(ctx, { breaking, top, latest: take(latest, 12), projects, blocks: blocks.filter((b) => b.items.length) }), edition);
  });

  app.get('/:ed/news', async (request, reply) => {
    const edition = editionOf(state, (request.params as Params).ed);
    const page = parsePage(request.query);
    const ctx = contextFor(state, edition);
    const ed = edition.code;
    const rows = page === 1 ? await latestHead(state, ctx) : await laterPage(state, ctx, {}, page);
    if (page > 1 && rows.length === 0) throw new DomainError('NOT_FOUND', 'page beyond the end');
    const today = localDay(ctx.now, edition.timeZone);
    sendPage(state, request, reply, listingPage(ctx, {
      title: ctx.t.allNews,
      path: urls.allNews(ed),
      alternates: new Map(state.catalog.editions.map((e) => [e.code, urls.allNews(e.code)])),
      items: rows.slice(0, PAGE_SIZE),
      page,
      hasNext: rows.length > PAGE_SIZE,
      link: (p) => urls.allNews(ed, p),
      breadcrumbs: [{ name: ctx.t.home, path: urls.home(ed) }, { name: ctx.t.allNews, path: urls.allNews(ed) }],
      current: urls.allNews(ed),
      before: archiveCalendar(ctx, today, today, { previous: addDays(today, -1) }),
    }), edition);
  });

  // One route for both shapes under /news: a day of the archive, or an article without a rubric.
  app.get('/:ed/news/:item', async (request, reply) => {
    const { ed, item } = request.params as Params;
    const edition = editionOf(state, ed);
    if (/^\d{4}-\d{2}-\d{2}$/.test(item)) return dayArchive(request, reply, edition, item);
    return article(request, reply, edition, 'news', item);
  });

  app.get('/:ed/:rubric', async (request, reply) => {
    const params = request.params as Params;
    const edition = editionOf(state, params.ed);
    const page = parsePage(request.query);
    const ctx = contextFor(state, edition);
    // The catalog holds the edition's rubrics as findTermBySlug would find them.
    const rubric = (ctx.catalog.rubrics.get(edition.code) ?? []).find((r) => r.slug === params.rubric);
    if (!rubric) throw new DomainError('NOT_FOUND', 'unknown rubric');
    const ed = edition.code;
    const [rows, latest, slugs] = await Promise.all([
      page === 1 ? rubricHead(state, ctx, rubric.id) : laterPage(state, ctx, { rubricId: rubric.id }, page),
      latestHead(state, ctx),
      ctx.catalog.lists.get(`slugs|rubric|${rubric.id}`, ctx.now, () => termSlugsByEdition(state.db, 'rubric', rubric.id)),
    ]);
    if (page > 1 && rows.length === 0) throw new DomainError('NOT_FOUND', 'page beyond the end');
    sendPage(state, request, reply, listingPage(ctx, {
      title: rubric.name,
      path: urls.rubric(ed, rubric.slug),
      alternates: new Map([...slugs].map(([code, slug]) => [code, urls.rubric(code, slug)])),
      items: rows.slice(0, PAGE_SIZE),
      page,
      hasNext: rows.length > PAGE_SIZE,
      link: (p) => urls.rubric(ed, rubric.slug, p),
      latest: take(latest, 8),
      breadcrumbs: [{ name: ctx.t.home, path: urls.home(ed) }, { name: rubric.name, path: urls.rubric(ed, rubric.slug) }],
      current: urls.rubric(ed, rubric.slug),
      feed: { kind: 'rubric', slug: rubric.slug, name: rubric.name },
    }), edition);
  });

  app.get('/:ed/:rubric/:item', async (request, reply) => {
    const { ed, rubric, item } = request.params as Params;
    return article(request, reply, editionOf(state, ed), rubric, item);
  });

  async function dayArchive(request: FastifyRequest, reply: FastifyReply, edition: Edition, item: string): Promise<void> {
    const day = parseDay(item);
    if (!day) throw new DomainError('BAD_REQUEST', 'not a calendar day');
    const ctx = contextFor(state, edition);
    const ed = edition.code;
    const today = localDay(ctx.now, edition.timeZone);
    if (day > today) throw new DomainError('NOT_FOUND', 'day in the future');
    const page = parsePage(request.query);
    const from = startOfLocalDay(day, edition.timeZone);
    const to = startOfLocalDay(addDays(day, 1), edition.timeZone);
    const [rows, before, after] = await Promise.all([
      page === 1 ? listVisible(state.db, { edition: ed, now: ctx.now, from, to, limit: PAGE_SIZE + 1 }) : laterPage(state, ctx, { from, to }, page),
      findAdjacentPublication(state.db, ed, ctx.now, { before: from }),
      findAdjacentPublication(state.db, ed, ctx.now, { after: to }),
    ]);
    if (page > 1 && rows.length === 0) throw new DomainError('NOT_FOUND', 'page beyond the end');
    const title = `${ctx.t.archive}: ${formatPattern(from + 12 * 3600_000, edition.datePatterns.date, edition.locale, edition.timeZone)}`;
    const previous = before !== undefined ? localDay(before, edition.timeZone) : undefined;
    const next = after !== undefined ? localDay(after, edition.timeZone) : undefined;
    sendPage(state, request, reply, listingPage(ctx, {
      title,
      path: urls.day(ed, day),
      alternates: new Map(state.catalog.editions.map((e) => [e.code, urls.day(e.code, day)])),
      items: rows.slice(0, PAGE_SIZE),
      page,
      hasNext: rows.length > PAGE_SIZE,
      link: (p) => (p > 1 ? `${urls.day(ed, day)}?page=${p}` : urls.day(ed, day)),
      breadcrumbs: [{ name: ctx.t.home, path: urls.home(ed) }, { name: ctx.t.allNews, path: urls.allNews(ed) }, { name: title, path: urls.day(ed, day) }],
      current: urls.allNews(ed),
      before: archiveCalendar(ctx, day, today, { previous, next }),
    }), edition);
  }

  async function article(request: FastifyRequest, reply: FastifyReply, edition: Edition, rubricSlug: string, item: string): Promise<void> {
    const match = /^(\d{1,12})(?:-[a-z0-9-]{0,300})?$/.exec(item);
    if (!match) throw new DomainError('NOT_FOUND', 'not an article address');
    const id = Number(match[1]);
    const ctx = contextFor(state, edition);
    const found = id <= Number.MAX_SAFE_INTEGER ? await findArticleById(state.db, id, ctx.now) : undefined;
    if (!found || found.edition !== edition.code) throw new DomainError('ARTICLE_NOT_FOUND');
    if (found.status === 'withdrawn') throw new DomainError('ARTICLE_WITHDRAWN');
    if (!found.isVisible) throw new DomainError('ARTICLE_NOT_FOUND');
    const canonical = articleUrl(found);
    if (canonical !== `/${edition.code}/${rubricSlug}/${item}`) return redirect(state, request, reply, canonical);
    const [related, latest] = await Promise.all([found.rubric ? rubricHead(state, ctx, found.rubric.id) : [], latestHead(state, ctx)]);
    sendPage(state, request, reply, articlePage(ctx, { article: found, related: take(related, 3, [found.id]), latest: take(latest, 8, [found.id]) }), edition);
  }
}
