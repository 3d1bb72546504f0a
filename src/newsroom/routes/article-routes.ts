// The newsroom's article screens: dashboard, list, editor, save and autosave, workflow, translation,
// preview, revisions. Every object is checked on the server (mayEdit, permissions) whatever the UI shows.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Db } from '../../db/database.ts';
import { DomainError } from '../../domain/errors.ts';
import { isWorkflowAction } from '../../domain/workflow.ts';
import { listEditions } from '../../db/repos/edition-repo.ts';
import { listTerms } from '../../db/repos/term-repo.ts';
import { findArticleById, listVisible } from '../../db/repos/article-repo.ts';
import { findImages } from '../../db/repos/media-repo.ts';
import { bumpContentVersion } from '../../db/repos/site-state-repo.ts';
import {
  applyAction, ConflictError, createArticle, loadArticle, mayEdit, saveArticle, snapshotOf, translateArticle, type ArticleInput, type EditableArticle,
} from '../../services/article-service.ts';
import { diffSnapshots, listRevisions, loadRevision, restoreRevision, touchPresence } from '../../services/revision-service.ts';
import { articleUrl, urls } from '../../site/urls.ts';
import { articlePage } from '../../site/views/article-page.ts';
import { contextFor } from '../../site/routes/render.ts';
import { field, fields, newsroomRoute, type FormBody, type NewsroomContext, type NewsroomState } from '../guard.ts';
import { csrfField, newsroomPage } from '../views/layout.ts';
import { findStoriesByText, formatStoryPosition, parseStoryPosition, seekStories, type StoryCursor, type StoryListFilter } from '../story-list.ts';
import { html } from '../../site/html.ts';
import { articleListBody, dashboardBody, editorBody, revisionsBody, type ArticleRow, type EditorData, type ListFilters } from '../views/article-views.ts';

function articleId(params: unknown): number {
  const raw = (params as Record<string, string>).id;
  if (!/^\d{1,10}$/.test(raw)) throw new DomainError('NOT_FOUND');
  return Number(raw);
}

function parseUtc(value: string): number | null | 'invalid' {
  if (!value) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return 'invalid';
  const ms = Date.parse(`${value}Z`);
  return Number.isNaN(ms) ? 'invalid' : ms;
}

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

function inputFrom(body: FormBody): ArticleInput {
  const rubric = field(body, 'rubric');
  const media = field(body, 'lead_media_id');
  const urgency = field(body, 'urgency');
  return {
    headline: field(body, 'headline'),
    lead: field(body, 'lead'),
    place: field(body, 'place'),
    body: field(body, 'body'),
    rubricId: /^\d{1,10}$/.test(rubric) ? Number(rubric) : null,
    tags: fields(body, 'tags').flatMap((t) => t.split(',')),
    urgency: /^\d$/.test(urgency) ? Number(urgency) : urgency === '' ? 5 : -1,
    leadMediaId: /^\d{1,10}$/.test(media) ? Number(media) : null,
    correctionNote: field(body, 'correction_note'),
  };
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

export function registerArticleRoutes(app: FastifyInstance, nr: NewsroomState): void {
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

  newsroomRoute(app, nr, {
    method: 'GET', url: '/newsroom/articles/new', permission: 'article:write',
    handler: async (request, reply, ctx) => {
      // Creating on GET would let a link create drafts; the button posts instead.
      const edition = String((request.query as Record<string, unknown>).edition ?? '');
      const editions = await listEditions(db);
      const chosen = editions.find((e) => e.code === edition) ?? editions.find((e) => e.isDefault) ?? editions[0];
      return send(reply, newsroomPage(nr, ctx, {
        title: ctx.t.newArticle, current: '/newsroom/articles',
        body: html`<h1>${ctx.t.newArticle}</h1><form method="post" action="/newsroom/articles">${csrfField(ctx)}
<p><label for="edition">${ctx.t.edition}</label><select id="edition" name="edition">${editions.map((e) => html`<option value="${e.code}"${e.code === chosen?.code ? html` selected` : ''}>${e.name}</option>`)}</select></p>
<p><button type="submit">${ctx.t.newArticle}</button></p></form>`,
      }));
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/articles', permission: 'article:write',
    handler: async (_request, reply, ctx) => {
      const id = await createArticle(db, ctx.session.user, field(ctx.body, 'edition'), { ip: ctx.ip });
      return reply.redirect(`/newsroom/articles/${id}`, 303);
    },
  });

  async function editorData(ctx: NewsroomContext, a: EditableArticle, extra: Partial<EditorData> = {}): Promise<EditorData> {
    const [editions, rubrics, tags, siblings, images, record] = await Promise.all([
      listEditions(db),
      listTerms(db, 'rubric', a.edition),
      db.selectFrom('tag_texts').select('name').where('edition', '=', a.edition).orderBy('name').limit(500).execute(),
      db.selectFrom('articles').select(['id', 'edition', 'status']).where('story_id', '=', a.storyId).where('id', '!=', a.id).execute(),
      findImages(db, a.edition, [a.leadMediaId]),
      findArticleById(db, a.id, Date.now()),
    ]);
    const image = a.leadMediaId !== null ? images.get(a.leadMediaId) : undefined;
    const width = image ? image.variants.find((w) => w >= 480) ?? image.variants.at(-1) ?? image.width : 0;
    return {
      article: a, editions, rubrics, tagSuggestions: tags.map((t) => t.name), translations: siblings,
      image: image ? { id: image.id, url: urls.media(image.id, width), alt: image.alt, caption: image.caption, credit: image.credit, width, height: Math.round((image.height / image.width) * width) } : null,
      errors: {}, readerUrl: record?.isVisible ? articleUrl(record) : null, editable: mayEdit(ctx.session.user, a), ...extra,
    };
  }

  async function loadOr404(id: number): Promise<EditableArticle> {
    const a = await loadArticle(db, id);
    if (!a) throw new DomainError('ARTICLE_NOT_FOUND');
    return a;
  }

  /** Contributors see only their own articles; everyone with edit-any sees all. */
  function mayView(ctx: NewsroomContext, a: EditableArticle): boolean {
    return ctx.can('article:edit-any') || a.createdBy === ctx.session.user.id;
  }

  newsroomRoute(app, nr, {
    method: 'GET', url: '/newsroom/articles/:id', permission: 'newsroom:enter',
    handler: async (request, reply, ctx) => {
      const a = await loadOr404(articleId(request.params));
      if (!mayView(ctx, a)) throw new DomainError('FORBIDDEN');
      // After an upload without JavaScript the new image comes back as ?uploaded=<id>, to be saved with the form.
      const uploaded = (request.query as Record<string, unknown>).uploaded;
      if (typeof uploaded === 'string' && /^\d{1,10}$/.test(uploaded) && (await db.selectFrom('media').select('id').where('id', '=', Number(uploaded)).executeTakeFirst())) {
        a.leadMediaId = Number(uploaded);
      }
      return send(reply, newsroomPage(nr, ctx, { title: a.headline || ctx.t.newArticle, current: '/newsroom/articles', editor: true, body: editorBody(ctx, await editorData(ctx, a)) }));
    },
  });

  /** Caption, alt text and credit of the lead image are edited with the article, in its edition. */
  async function saveImageTexts(ctx: NewsroomContext, a: EditableArticle, body: FormBody): Promise<void> {
    const mediaId = Number(field(body, 'lead_media_id'));
    if (!Number.isInteger(mediaId) || mediaId <= 0 || !('lead_media_alt' in body)) return;
    const media = await db.selectFrom('media').select(['id', 'created_by']).where('id', '=', mediaId).executeTakeFirst();
    if (!media || (!ctx.can('article:edit-any') && media.created_by !== ctx.session.user.id)) return;
    const alt = field(body, 'lead_media_alt').trim().slice(0, 300);
    const caption = field(body, 'lead_media_caption').trim().slice(0, 500);
    const updated = await db.updateTable('media_texts').set({ alt, caption }).where('media_id', '=', mediaId).where('edition', '=', a.edition).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) await db.insertInto('media_texts').values({ media_id: mediaId, edition: a.edition, alt, caption }).execute();
    if ('lead_media_credit' in body) await db.updateTable('media').set({ credit: field(body, 'lead_media_credit').trim().slice(0, 200) }).where('id', '=', mediaId).execute();
    await bumpContentVersion(db);
  }

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/articles/:id', permission: 'article:write',
    handler: async (request, reply, ctx) => {
      const id = articleId(request.params);
      const version = Number(field(ctx.body, 'version'));
      try {
        await saveArticle(db, ctx.session.user, id, version, inputFrom(ctx.body), { ip: ctx.ip });
        const a = await loadOr404(id);
        await saveImageTexts(ctx, a, ctx.body);
        return reply.redirect(`/newsroom/articles/${id}?saved=1`, 303);
      } catch (err) {
        if (err instanceof ConflictError) {
          // Show the form with the user's own text, and what was saved meanwhile, to resolve by hand.
          const mine = { ...err.current, ...inputFrom(ctx.body), version: err.current.version } as EditableArticle;
          const diff = diffSnapshots(snapshotOf(err.current), snapshotOf(mine));
          return send(reply, newsroomPage(nr, ctx, { title: ctx.t.conflictTitle, editor: true, body: editorBody(ctx, await editorData(ctx, mine, { conflict: { current: err.current, updatedByName: err.updatedByName, diff } })) }), 409);
        }
        if (err instanceof DomainError && err.code === 'INVALID') {
          const current = await loadOr404(id);
          const mine = { ...current, ...inputFrom(ctx.body), version: current.version } as EditableArticle;
          return send(reply, newsroomPage(nr, ctx, { title: ctx.t.invalid, editor: true, body: editorBody(ctx, await editorData(ctx, mine, { errors: err.fields })) }), 422);
        }
        throw err;
      }
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/articles/:id/autosave', permission: 'article:write',
    handler: async (request, reply, ctx) => {
      const id = articleId(request.params);
      try {
        const result = await saveArticle(db, ctx.session.user, id, Number(field(ctx.body, 'version')), inputFrom(ctx.body), { autosave: true, ip: ctx.ip });
        return reply.send({ version: result.version, savedAt: new Date(result.savedAt).toISOString() });
      } catch (err) {
        if (err instanceof ConflictError) {
          return reply.code(409).send({ error: 'conflict', current: { version: err.current.version, headline: err.current.headline, body: err.current.body, updatedByName: err.updatedByName } });
        }
        if (err instanceof DomainError) return reply.code(err.status).send({ error: err.message, fields: err.fields });
        throw err;
      }
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/articles/:id/action', permission: 'article:write',
    handler: async (request, reply, ctx) => {
      const id = articleId(request.params);
      const action = field(ctx.body, 'action');
      if (!isWorkflowAction(action)) throw new DomainError('BAD_REQUEST', 'Unknown action');
      const scheduledAt = parseUtc(field(ctx.body, 'scheduled_at'));
      const embargoUntil = parseUtc(field(ctx.body, 'embargo_until'));
      try {
        if (scheduledAt === 'invalid' || embargoUntil === 'invalid') throw new DomainError('INVALID', 'Bad date', { [scheduledAt === 'invalid' ? 'scheduled_at' : 'embargo_until']: 'not a date' });
        await applyAction(db, ctx.session.user, id, action, { scheduledAt, embargoUntil, ip: ctx.ip });
        return reply.redirect(`/newsroom/articles/${id}`, 303);
      } catch (err) {
        if (err instanceof DomainError && (err.code === 'INVALID' || err.code === 'WRONG_STATUS')) {
          const a = await loadOr404(id);
          const errors = err.code === 'INVALID' ? err.fields : { status: ctx.t.notAllowed };
          return send(reply, newsroomPage(nr, ctx, { title: ctx.t.invalid, editor: true, body: editorBody(ctx, await editorData(ctx, a, { errors })) }), err.code === 'INVALID' ? 422 : 409);
        }
        throw err;
      }
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/articles/:id/translate', permission: 'article:write',
    handler: async (request, reply, ctx) => {
      const newId = await translateArticle(db, ctx.session.user, articleId(request.params), field(ctx.body, 'edition'), { ip: ctx.ip });
      return reply.redirect(`/newsroom/articles/${newId}`, 303);
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/articles/:id/presence', permission: 'newsroom:enter',
    handler: async (request, reply, ctx) => {
      const a = await loadOr404(articleId(request.params));
      if (!mayView(ctx, a)) throw new DomainError('FORBIDDEN');
      return reply.send({ others: await touchPresence(db, a.id, ctx.session.user.id) });
    },
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: '/newsroom/articles/:id/preview', permission: 'newsroom:enter',
    handler: async (request, reply, ctx) => {
      const a = await loadOr404(articleId(request.params));
      if (!mayView(ctx, a)) throw new DomainError('FORBIDDEN');
      const record = (await findArticleById(db, a.id, Date.now()))!;
      const edition = nr.site.catalog.byCode.get(a.edition);
      if (!edition) throw new DomainError('EDITION_NOT_FOUND');
      const siteCtx = contextFor(nr.site, edition);
      const latest = await listVisible(db, { edition: edition.code, now: siteCtx.now, limit: 8 });
      // Exactly the reader page, with a banner saying it is not public, and never indexed or cached.
      const page = articlePage(siteCtx, { article: { ...record, publishedAt: record.publishedAt }, related: [], latest })
        .replace('<body>', `<body><p class="preview-banner" role="status">${ctx.t.unpublishedPreview.replace(/[<>&]/g, '')}</p>`)
        .replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<meta name="robots" content="noindex">');
      return send(reply, page);
    },
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: '/newsroom/articles/:id/revisions', permission: 'newsroom:enter',
    handler: async (request, reply, ctx) => {
      const a = await loadOr404(articleId(request.params));
      if (!mayView(ctx, a)) throw new DomainError('FORBIDDEN');
      const revisions = await listRevisions(db, a.id);
      const q = request.query as Record<string, unknown>;
      let diff;
      if (typeof q.a === 'string' && typeof q.b === 'string' && /^\d{1,10}$/.test(q.a) && /^\d{1,10}$/.test(q.b)) {
        const [x, y] = await Promise.all([loadRevision(db, a.id, Number(q.a)), loadRevision(db, a.id, Number(q.b))]);
        diff = { a: Number(q.a), b: Number(q.b), diff: diffSnapshots(x, y) };
      }
      return send(reply, newsroomPage(nr, ctx, { title: ctx.t.revisions, current: '/newsroom/articles', body: revisionsBody(ctx, a, revisions, diff) }));
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/articles/:id/revisions/:rev/restore', permission: 'article:write',
    handler: async (request, reply, ctx) => {
      const id = articleId(request.params);
      const rev = (request.params as Record<string, string>).rev;
      if (!/^\d{1,10}$/.test(rev)) throw new DomainError('NOT_FOUND');
      try {
        await restoreRevision(db, ctx.session.user, id, Number(rev), Number(field(ctx.body, 'version')), ctx.ip);
      } catch (err) {
        if (err instanceof ConflictError) return reply.redirect(`/newsroom/articles/${id}/revisions`, 303);
        throw err;
      }
      return reply.redirect(`/newsroom/articles/${id}?restored=${rev}`, 303);
    },
  });
}
