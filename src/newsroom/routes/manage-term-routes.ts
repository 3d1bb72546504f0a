// /newsroom/rubrics and /newsroom/tags: lists (tags searched and paged), create, edit, rubric order, tag deletion.
import type { FastifyInstance } from 'fastify';
import { editionNames } from '../../services/manage-service.ts';
import { deleteTag, findManagedTerm, listManagedTerms, moveTerm, saveTerm } from '../../services/manage-term-service.ts';
import { newsroomRoute, type NewsroomState } from '../guard.ts';
import { blankForm } from '../views/manage-views.ts';
import { deleteTagForm, rubricListBody, tagListBody, termFormBody, termValues } from '../views/manage-term-views.ts';
import { change, direction, flashOf, idParam, messagesOf, metaOf, pageParam, queryOf, sendManagePage, sendNotFound, textsFromForm } from './manage-helpers.ts';

const TAGS_PER_PAGE = 50;
const TEXT_KEYS = ['name', 'slug', 'description'] as const;

export function registerTermRoutes(app: FastifyInstance, nr: NewsroomState): void {
  const db = nr.db;

  newsroomRoute(app, nr, {
    method: 'GET', url: '/newsroom/rubrics', permission: 'taxonomy:manage',
    handler: async (request, reply, ctx) => {
      const m = messagesOf(ctx);
      const [editions, { items }] = await Promise.all([editionNames(db), listManagedTerms(db, 'rubric')]);
      return sendManagePage(nr, ctx, reply, { title: ctx.t.rubrics, current: '/newsroom/rubrics', flash: flashOf(queryOf(request), m), body: rubricListBody(ctx, m, editions, items) });
    },
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: '/newsroom/tags', permission: 'taxonomy:manage',
    handler: async (request, reply, ctx) => {
      const m = messagesOf(ctx);
      const query = queryOf(request);
      const page = pageParam(query);
      const q = (query.q ?? '').trim().slice(0, 100);
      const editions = await editionNames(db);
      const { items, hasNext } = await listManagedTerms(db, 'tag', { q, limit: TAGS_PER_PAGE, offset: (page - 1) * TAGS_PER_PAGE, sortEdition: editions[0]?.code });
      return sendManagePage(nr, ctx, reply, { title: ctx.t.tags, current: '/newsroom/tags', flash: flashOf(query, m), body: tagListBody(ctx, m, editions, { tags: items, q, page, hasNext }) });
    },
  });

  for (const kind of ['rubric', 'tag'] as const) {
    const list = `/newsroom/${kind}s`;
    const titles = (m: ReturnType<typeof messagesOf>) => (kind === 'rubric' ? { create: m.newRubric, edit: m.editRubric } : { create: m.newTag, edit: m.editTag });

    newsroomRoute(app, nr, {
      method: 'GET', url: `${list}/new`, permission: 'taxonomy:manage',
      handler: async (_request, reply, ctx) => {
        const m = messagesOf(ctx);
        const editions = await editionNames(db);
        return sendManagePage(nr, ctx, reply, { title: titles(m).create, current: list, body: termFormBody(ctx, m, { kind, title: titles(m).create, action: list, editions, form: blankForm() }) });
      },
    });

    newsroomRoute(app, nr, {
      method: 'POST', url: list, permission: 'taxonomy:manage',
      handler: async (_request, reply, ctx) => {
        const m = messagesOf(ctx);
        const editions = await editionNames(db);
        return change(nr, ctx, reply, {
          current: list,
          run: async () => `${list}/${await saveTerm(db, kind, null, { texts: textsFromForm(ctx.body, editions, TEXT_KEYS) }, metaOf(ctx))}?created=1`,
          refused: (form) => ({ title: titles(m).create, current: list, body: termFormBody(ctx, m, { kind, title: titles(m).create, action: list, editions, form }) }),
        });
      },
    });

    newsroomRoute(app, nr, {
      method: 'GET', url: `${list}/:id`, permission: 'taxonomy:manage',
      handler: async (request, reply, ctx) => {
        const m = messagesOf(ctx);
        const id = idParam(request);
        const term = id === null ? undefined : await findManagedTerm(db, kind, id);
        if (!term) return sendNotFound(nr, ctx, reply, list);
        const editions = await editionNames(db);
        const action = `${list}/${term.id}`;
        return sendManagePage(nr, ctx, reply, {
          title: titles(m).edit, current: list, flash: flashOf(queryOf(request), m),
          body: termFormBody(ctx, m, { kind, title: titles(m).edit, action, editions, form: blankForm(termValues(term)), after: kind === 'tag' ? deleteTagForm(ctx, m, term.id) : undefined }),
        });
      },
    });

    newsroomRoute(app, nr, {
      method: 'POST', url: `${list}/:id`, permission: 'taxonomy:manage',
      handler: async (request, reply, ctx) => {
        const m = messagesOf(ctx);
        const id = idParam(request);
        if (id === null) return sendNotFound(nr, ctx, reply, list);
        const editions = await editionNames(db);
        return change(nr, ctx, reply, {
          current: list,
          run: async () => `${list}/${await saveTerm(db, kind, id, { texts: textsFromForm(ctx.body, editions, TEXT_KEYS) }, metaOf(ctx))}?saved=1`,
          refused: (form) => ({
            title: titles(m).edit, current: list,
            body: termFormBody(ctx, m, { kind, title: titles(m).edit, action: `${list}/${id}`, editions, form, after: kind === 'tag' ? deleteTagForm(ctx, m, id) : undefined }),
          }),
        });
      },
    });
  }

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/rubrics/:id/move', permission: 'taxonomy:manage',
    handler: async (request, reply, ctx) => {
      const id = idParam(request);
      if (id === null) return sendNotFound(nr, ctx, reply, '/newsroom/rubrics');
      return change(nr, ctx, reply, {
        current: '/newsroom/rubrics',
        run: async () => (await moveTerm(db, 'rubric', id, direction(ctx.body), metaOf(ctx)), '/newsroom/rubrics?moved=1'),
      });
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/tags/:id/delete', permission: 'taxonomy:manage',
    handler: async (request, reply, ctx) => {
      const id = idParam(request);
      if (id === null) return sendNotFound(nr, ctx, reply, '/newsroom/tags');
      return change(nr, ctx, reply, {
        current: '/newsroom/tags',
        run: async () => (await deleteTag(db, id, metaOf(ctx)), '/newsroom/tags?deleted=1'),
      });
    },
  });
}
