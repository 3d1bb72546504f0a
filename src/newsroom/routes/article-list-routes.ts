// The newsroom's article lists: the dashboard (your drafts, review, scheduled, published, counts per edition) and the
// story list with its filters, word search and pages by cursor.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Db } from '../../db/database.ts';
import { DomainError } from '../../domain/errors.ts';
import { listEditions } from '../../db/repos/edition-repo.ts';
import { listTerms } from '../../db/repos/term-repo.ts';
import { newsroomRoute, parseUtc, type NewsroomState } from '../guard.ts';
import { newsroomPage } from '../views/layout.ts';
import { findStoriesByText, formatStoryPosition, parseStoryPosition, seekStories, type StoryCursor, type StoryListFilter } from '../story-list.ts';
import { articleListBody, dashboardBody, type ArticleRow, type ListFilters } from '../views/article-views.ts';

/** Stories on a page of the newsroom's list. */
const LIST_PAGE = 50;

/** The deepest `?page=N` still served, by OFFSET: 1,000 rows passed over, a millisecond or two. */
const MAX_NUMBERED_PAGE = 20;

/** The list's `?before=` or `?after=` position; anything else in them, or both, or with a page number, is a bad request. */
function listCursorFrom(q: Record<string, unknown>): StoryCursor | null {
  const given = (['before', 'after'] as const).filter((k) => q[k] !== undefined);
  if (given.length === 0) return null;
  const raw = q[given[0]];
  const at = given.length === 1 && q.page === undefined && typeof raw === 'string' ? parseStoryPosition(raw) : null;
  if (!at) throw new DomainError('BAD_REQUEST', 'Malformed list position');
  return { toward: given[0] === 'before' ? 'older' : 'newer', at };
}

const ROW_COLUMNS = ['a.id', 'a.edition', 'a.headline', 'a.status', 'a.updated_at', 'a.published_at', 'a.scheduled_at', 'u.name as author_name'] as const;

function toRow(r: { id: number; edition: string; headline: string; status: string; updated_at: number; published_at: number | null; scheduled_at: number | null; author_name: string | null }): ArticleRow {
  return { id: r.id, edition: r.edition, headline: r.headline, status: r.status, updatedAt: r.updated_at, publishedAt: r.published_at, scheduledAt: r.scheduled_at, authorName: r.author_name ?? '' };
}

/** A day back: the dashboard counts what each edition published since then. */
const PUBLISHED_WINDOW_MS = 86_400_000;

/**
 * Per edition, the stories in each workflow status and those published in the last day: all read from index
 * ranges. The whole archive's published total would mean counting every article on each visit (a third of a
 * second at a million), and a newsroom's question is what went out today.
 */
async function countWorkflow(db: Db, editions: string[], now: number): Promise<{ edition: string; status: string; n: number }[]> {
  if (editions.length === 0) return [];
  // With the editions named, both read the edition timeline index alone (edition and status lead it).

  const [open, published] = await Promise.all([
    db.selectFrom('articles').select(['edition', 'status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('edition', 'in', editions).where('status', 'in', ['draft', 'review', 'scheduled']).groupBy(['edition', 'status']).execute(),
    db.selectFrom('articles').select(['edition', (eb) => eb.fn.countAll<number>().as('n')])
      .where('edition', 'in', editions).where('status', '=', 'published').where('published_at', '>', now - PUBLISHED_WINDOW_MS).where('published_at', '<=', now).groupBy('edition').execute(),
  ]);
  return [...open, ...published.map((p) => ({ ...p, status: 'published' }))].map((c) => ({ ...c, n: Number(c.n) }));
}
export function registerArticleListRoutes(app: FastifyInstance, nr: NewsroomState): void {
  const db = nr.db;
  const base = () => db.selectFrom('articles as a').leftJoin('users as u', 'u.id', 'a.created_by').select(ROW_COLUMNS);
  const send = (reply: FastifyReply, page: string, status = 200) => reply.code(status).type('text/html; charset=utf-8').send(page);

  newsroomRoute(app, nr, {
    method: 'GET', url: '/newsroom', permission: 'newsroom:enter',
    handler: async (_request, reply, ctx) => {
      const user = ctx.session.user;
      const editions = await listEditions(db);
      const [mine, review, scheduled, published, counts] = await Promise.all([
        base().where('a.created_by', '=', user.id).where('a.status', '=', 'draft').orderBy('a.updated_at', 'desc').limit(20).execute(),
        base().where('a.status', '=', 'review').orderBy('a.updated_at', 'desc').limit(20).execute(),
        base().where('a.status', '=', 'scheduled').orderBy('a.scheduled_at', 'asc').limit(20).execute(),
        base().where('a.status', '=', 'published').orderBy('a.published_at', 'desc').limit(10).execute(),
        countWorkflow(db, editions.map((e) => e.code), Date.now()),
      ]);
      return send(reply, newsroomPage(nr, ctx, {
        title: ctx.t.dashboard, current: '/newsroom',
        body: dashboardBody(ctx, { mine: mine.map(toRow), review: review.map(toRow), scheduled: scheduled.map(toRow), published: published.map(toRow), counts, editions }),
      }));
    },
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: '/newsroom/articles', permission: 'newsroom:enter',
    handler: async (request, reply, ctx) => {
      const q = request.query as Record<string, unknown>;
      const s = (name: string, max = 200) => (typeof q[name] === 'string' ? (q[name] as string).slice(0, max) : '');
      const f: ListFilters = { edition: s('edition', 5), rubric: s('rubric', 10), status: s('status', 20), author: s('author', 10), from: s('from', 10), to: s('to', 10), q: s('q') };
      const cursor = listCursorFrom(q);
      const page = /^\d{1,4}$/.test(s('page')) ? Math.max(1, Number(s('page'))) : 1;
      const listUrl = (extra: Record<string, string> = {}) => {
        const params = new URLSearchParams({ ...Object.fromEntries(Object.entries(f).filter(([, v]) => v)), ...extra }).toString();
        return `/newsroom/articles${params ? `?${params}` : ''}`;
      };
      // Numbered pages from old bookmarks are still served where OFFSET is cheap; deeper ones start at the top.
      if (page > MAX_NUMBERED_PAGE) return reply.redirect(listUrl(), 303);
      const from = parseUtc(`${f.from}T00:00`);
      const to = parseUtc(`${f.to}T00:00`);
      const filter: StoryListFilter = {
        edition: f.edition || undefined,
        rubricId: /^\d+$/.test(f.rubric) ? Number(f.rubric) : undefined,
        status: f.status || undefined,
        authorId: /^\d+$/.test(f.author) ? Number(f.author) : undefined,
        from: typeof from === 'number' ? from : undefined,
        to: typeof to === 'number' ? to + 86_400_000 : undefined,
      };
      /** One row more than a page, from the cursor on in its direction. */
      const listed = async (c: StoryCursor | null, skip: number) => {
        if (!f.q) return seekStories(base(), filter, c).limit(LIST_PAGE + 1).offset(skip).execute();
        const ids = await findStoriesByText(db, filter, f.q, { cursor: c, skip, take: LIST_PAGE + 1 });
        const byId = new Map((ids.length ? await base().where('a.id', 'in', ids).execute() : []).map((r) => [r.id, r]));
        return ids.flatMap((id) => byId.get(id) ?? []);
      };
      let rows = await listed(cursor, (page - 1) * LIST_PAGE);
      let atTop = !cursor && page === 1;
      let hasOlder = rows.length > LIST_PAGE;
      if (cursor?.toward === 'newer' && rows.length > LIST_PAGE) [rows, hasOlder] = [rows.slice(0, LIST_PAGE).reverse(), true];
      else if (cursor?.toward === 'newer') {
        // Not a page newer than the cursor: that is the top of the list, shown as its first page.
        rows = await listed(null, 0);
        [atTop, hasOlder] = [true, rows.length > LIST_PAGE];
      }
      const shown = rows.slice(0, LIST_PAGE).map(toRow);
      const first = shown[0];
      const last = shown.at(-1);
      const [editions, rubrics, authors] = await Promise.all([
        listEditions(db), listTerms(db, 'rubric', 'en'), db.selectFrom('users').select(['id', 'name']).orderBy('name').execute(),
      ]);
      return send(reply, newsroomPage(nr, ctx, {
        title: ctx.t.articles, current: '/newsroom/articles',
        body: articleListBody(ctx, f, shown, {
          editions, rubrics, authors,
          newer: atTop ? null : listUrl(first ? { after: formatStoryPosition({ updatedAt: first.updatedAt, id: first.id }) } : {}),
          older: hasOlder && last ? listUrl({ before: formatStoryPosition({ updatedAt: last.updatedAt, id: last.id }) }) : null,
        }),
      }));
    },
  });
}
