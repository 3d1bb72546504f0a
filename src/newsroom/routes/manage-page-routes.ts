// /newsroom/pages: static pages per edition (title, slug, sanitized body).
import type { FastifyInstance } from 'fastify';
import { editionNames } from '../../services/manage-service.ts';
import { findManagedPage, listManagedPages, savePage } from '../../services/manage-page-service.ts';
import { newsroomRoute, type NewsroomContext, type NewsroomState } from '../guard.ts';
import { blankForm, type FormState } from '../views/manage-views.ts';
import { pageFormBody, pageListBody, pageValues } from '../views/manage-page-views.ts';
import { change, flashOf, idParam, messagesOf, metaOf, queryOf, sendManagePage, sendNotFound, textsFromForm, type PageOptions } from './manage-helpers.ts';

const LIST = '/newsroom/pages';
const TEXT_KEYS = ['title', 'slug', 'body'] as const;

export function registerPageRoutes(app: FastifyInstance, nr: NewsroomState): void {
  const db = nr.db;

  async function formPage(ctx: NewsroomContext, id: number | null, form: FormState): Promise<PageOptions> {
    const m = messagesOf(ctx);
    const title = id === null ? m.newPage : m.editPage;
    return { title, current: LIST, body: pageFormBody(ctx, m, { title, action: id === null ? LIST : `${LIST}/${id}`, editions: await editionNames(db), form }) };
  }

  newsroomRoute(app, nr, {
    method: 'GET', url: LIST, permission: 'pages:manage',
    handler: async (request, reply, ctx) => {
      const m = messagesOf(ctx);
      const [editions, pages] = await Promise.all([editionNames(db), listManagedPages(db)]);
      return sendManagePage(nr, ctx, reply, { title: ctx.t.pages, current: LIST, flash: flashOf(queryOf(request), m), body: pageListBody(ctx, m, editions, pages) });
    },
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: `${LIST}/new`, permission: 'pages:manage',
    handler: async (_request, reply, ctx) => sendManagePage(nr, ctx, reply, await formPage(ctx, null, blankForm())),
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: LIST, permission: 'pages:manage',
    handler: async (_request, reply, ctx) =>
      change(nr, ctx, reply, {
        current: LIST,
        run: async () => `${LIST}/${await savePage(db, null, { texts: textsFromForm(ctx.body, await editionNames(db), TEXT_KEYS) }, metaOf(ctx))}?created=1`,
        refused: (form) => formPage(ctx, null, form),
      }),
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: `${LIST}/:id`, permission: 'pages:manage',
    handler: async (request, reply, ctx) => {
      const id = idParam(request);
      const page = id === null ? undefined : await findManagedPage(db, id);
      if (!page) return sendNotFound(nr, ctx, reply, LIST);
      return sendManagePage(nr, ctx, reply, { ...(await formPage(ctx, page.id, blankForm(pageValues(page)))), flash: flashOf(queryOf(request), messagesOf(ctx)) });
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: `${LIST}/:id`, permission: 'pages:manage',
    handler: async (request, reply, ctx) => {
      const id = idParam(request);
      if (id === null) return sendNotFound(nr, ctx, reply, LIST);
      return change(nr, ctx, reply, {
        current: LIST,
        run: async () => `${LIST}/${await savePage(db, id, { texts: textsFromForm(ctx.body, await editionNames(db), TEXT_KEYS) }, metaOf(ctx))}?saved=1`,
        refused: (form) => formPage(ctx, id, form),
      });
    },
  });
}
