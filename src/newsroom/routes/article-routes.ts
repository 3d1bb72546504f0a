// The newsroom's article screens: editor, save and autosave, workflow, translation, preview, revisions (the
// dashboard and the list are in article-list-routes.ts). Every object is checked on the server (mayEdit,
// permissions) whatever the UI shows.
import type { FastifyInstance, FastifyReply } from 'fastify';
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
import { field, fields, newsroomRoute, parseUtc, type FormBody, type NewsroomContext, type NewsroomState } from '../guard.ts';
import { csrfField, newsroomPage } from '../views/layout.ts';
import { html } from '../../site/html.ts';
import { editorBody, revisionsBody, type EditorData } from '../views/article-views.ts';

function articleId(params: unknown): number {
  const raw = (params as Record<string, string>).id;
  if (!/^\d{1,10}$/.test(raw)) throw new DomainError('NOT_FOUND');
  return Number(raw);
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

export function registerArticleRoutes(app: FastifyInstance, nr: NewsroomState): void {
  const db = nr.db;
  const send = (reply: FastifyReply, page: string, status = 200) => reply.code(status).type('text/html; charset=utf-8').send(page);

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
