// /newsroom/directory: the hierarchy of institutions, create and edit (a cycle is refused).
import type { FastifyInstance } from 'fastify';
import { editionNames } from '../../services/manage-service.ts';
import { findManagedEntry, listManagedEntries, saveEntry } from '../../services/manage-directory-service.ts';
import { field, newsroomRoute, type NewsroomContext, type NewsroomState } from '../guard.ts';
import { blankForm, type FormState } from '../views/manage-views.ts';
import { directoryListBody, entryFormBody, entryValues } from '../views/manage-directory-views.ts';
import { change, flashOf, idParam, messagesOf, metaOf, queryOf, sendManagePage, sendNotFound, textsFromForm, type PageOptions } from './manage-helpers.ts';

const LIST = '/newsroom/directory';
const TEXT_KEYS = ['name', 'slug', 'description', 'head', 'address'] as const;

export function registerDirectoryRoutes(app: FastifyInstance, nr: NewsroomState): void {
  const db = nr.db;

  async function formPage(ctx: NewsroomContext, self: number | null, form: FormState): Promise<PageOptions> {
    const m = messagesOf(ctx);
    const [editions, entries] = await Promise.all([editionNames(db), listManagedEntries(db)]);
    const title = self === null ? m.newEntry : m.editEntry;
    return { title, current: LIST, body: entryFormBody(ctx, m, { title, action: self === null ? LIST : `${LIST}/${self}`, editions, entries, self, form }) };
  }

  const input = async (ctx: NewsroomContext) => ({
    parent: field(ctx.body, 'parent'), website: field(ctx.body, 'website'), texts: textsFromForm(ctx.body, await editionNames(db), TEXT_KEYS),
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: LIST, permission: 'taxonomy:manage',
    handler: async (request, reply, ctx) => {
      const m = messagesOf(ctx);
      const [editions, entries] = await Promise.all([editionNames(db), listManagedEntries(db)]);
      return sendManagePage(nr, ctx, reply, { title: ctx.t.directory, current: LIST, flash: flashOf(queryOf(request), m), body: directoryListBody(ctx, m, editions, entries) });
    },
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: `${LIST}/new`, permission: 'taxonomy:manage',
    handler: async (request, reply, ctx) => {
      // "New" under a given parent: /newsroom/directory/new?parent=3
      const parent = /^\d{1,9}$/.test(queryOf(request).parent ?? '') ? queryOf(request).parent : '';
      return sendManagePage(nr, ctx, reply, await formPage(ctx, null, blankForm({ parent })));
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: LIST, permission: 'taxonomy:manage',
    handler: async (_request, reply, ctx) =>
      change(nr, ctx, reply, {
        current: LIST,
        run: async () => `${LIST}/${await saveEntry(db, null, await input(ctx), metaOf(ctx))}?created=1`,
        refused: (form) => formPage(ctx, null, form),
      }),
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: `${LIST}/:id`, permission: 'taxonomy:manage',
    handler: async (request, reply, ctx) => {
      const id = idParam(request);
      const entry = id === null ? undefined : await findManagedEntry(db, id);
      if (!entry) return sendNotFound(nr, ctx, reply, LIST);
      return sendManagePage(nr, ctx, reply, { ...(await formPage(ctx, entry.id, blankForm(entryValues(entry)))), flash: flashOf(queryOf(request), messagesOf(ctx)) });
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: `${LIST}/:id`, permission: 'taxonomy:manage',
    handler: async (request, reply, ctx) => {
      const id = idParam(request);
      if (id === null) return sendNotFound(nr, ctx, reply, LIST);
      return change(nr, ctx, reply, {
        current: LIST,
        run: async () => `${LIST}/${await saveEntry(db, id, await input(ctx), metaOf(ctx))}?saved=1`,
        refused: (form) => formPage(ctx, id, form),
      });
    },
  });
}
