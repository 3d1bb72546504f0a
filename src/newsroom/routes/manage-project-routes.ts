// /newsroom/projects: list and order, create and edit (title, slug, intro per edition, cover), curate stories.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { html } from '../../site/html.ts';
import { editionNames } from '../../services/manage-service.ts';
import { findManagedTerm, listManagedTerms, moveTerm, saveTerm } from '../../services/manage-term-service.ts';
import { addProjectStory, listProjectStories, moveProjectStory, removeProjectStory } from '../../services/manage-project-service.ts';
import { field, newsroomRoute, type NewsroomContext, type NewsroomState } from '../guard.ts';
import { blankForm, type FormState } from '../views/manage-views.ts';
import { termFormBody, termValues } from '../views/manage-term-views.ts';
import { projectListBody, projectStoriesSection } from '../views/manage-project-views.ts';
import { change, direction, flashOf, idParam, messagesOf, metaOf, queryOf, sendManagePage, sendNotFound, textsFromForm, type PageOptions } from './manage-helpers.ts';

const LIST = '/newsroom/projects';
const TEXT_KEYS = ['name', 'slug', 'description'] as const;

export function registerProjectRoutes(app: FastifyInstance, nr: NewsroomState): void {
  const db = nr.db;

  /** The edit page: the project's form and its stories, either of which may carry refused input. */
  async function projectPage(ctx: NewsroomContext, id: number, forms: { project?: FormState; story?: FormState }): Promise<PageOptions | null> {
    const m = messagesOf(ctx);
    const project = await findManagedTerm(db, 'project', id);
    if (!project) return null;
    const [editions, stories] = await Promise.all([editionNames(db), listProjectStories(db, id)]);
    return {
      title: m.editProject, current: LIST,
      body: termFormBody(ctx, m, {
        kind: 'project', title: m.editProject, action: `${LIST}/${id}`, editions, form: forms.project ?? blankForm(termValues(project)),
        after: projectStoriesSection(ctx, m, id, stories, forms.story ?? blankForm()),
      }),
    };
  }

  // The project vanished while its form was being refused: say so rather than fail.
  const orMissing = (ctx: NewsroomContext, page: PageOptions | null): PageOptions => page ?? { title: ctx.t.notFound, current: LIST, body: html`<h1>${ctx.t.notFound}</h1>` };

  const input = (ctx: NewsroomContext, editions: Awaited<ReturnType<typeof editionNames>>) => ({
    texts: textsFromForm(ctx.body, editions, TEXT_KEYS), cover: field(ctx.body, 'cover'),
  });

  const withId = (handler: (id: number, ctx: NewsroomContext, reply: FastifyReply) => Promise<unknown>) =>
    async (request: FastifyRequest, reply: FastifyReply, ctx: NewsroomContext) => {
      const id = idParam(request);
      if (id === null) return sendNotFound(nr, ctx, reply, LIST);
      return handler(id, ctx, reply);
    };

  newsroomRoute(app, nr, {
    method: 'GET', url: LIST, permission: 'taxonomy:manage',
    handler: async (request, reply, ctx) => {
      const m = messagesOf(ctx);
      const [editions, { items }] = await Promise.all([editionNames(db), listManagedTerms(db, 'project')]);
      return sendManagePage(nr, ctx, reply, { title: ctx.t.projects, current: LIST, flash: flashOf(queryOf(request), m), body: projectListBody(ctx, m, editions, items) });
    },
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: `${LIST}/new`, permission: 'taxonomy:manage',
    handler: async (_request, reply, ctx) => {
      const m = messagesOf(ctx);
      const editions = await editionNames(db);
      return sendManagePage(nr, ctx, reply, { title: m.newProject, current: LIST, body: termFormBody(ctx, m, { kind: 'project', title: m.newProject, action: LIST, editions, form: blankForm() }) });
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: LIST, permission: 'taxonomy:manage',
    handler: async (_request, reply, ctx) => {
      const m = messagesOf(ctx);
      const editions = await editionNames(db);
      return change(nr, ctx, reply, {
        current: LIST,
        run: async () => `${LIST}/${await saveTerm(db, 'project', null, input(ctx, editions), metaOf(ctx))}?created=1`,
        refused: (form) => ({ title: m.newProject, current: LIST, body: termFormBody(ctx, m, { kind: 'project', title: m.newProject, action: LIST, editions, form }) }),
      });
    },
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: `${LIST}/:id`, permission: 'taxonomy:manage',
    handler: withId(async (id, ctx, reply) => {
      const page = await projectPage(ctx, id, {});
      if (!page) return sendNotFound(nr, ctx, reply, LIST);
      return sendManagePage(nr, ctx, reply, { ...page, flash: flashOf(queryOf(reply.request), messagesOf(ctx)) });
    }),
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: `${LIST}/:id`, permission: 'taxonomy:manage',
    handler: withId(async (id, ctx, reply) => {
      const editions = await editionNames(db);
      return change(nr, ctx, reply, {
        current: LIST,
        run: async () => `${LIST}/${await saveTerm(db, 'project', id, input(ctx, editions), metaOf(ctx))}?saved=1`,
        refused: async (form) => orMissing(ctx, await projectPage(ctx, id, { project: form })),
      });
    }),
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: `${LIST}/:id/move`, permission: 'taxonomy:manage',
    handler: withId(async (id, ctx, reply) =>
      change(nr, ctx, reply, { current: LIST, run: async () => (await moveTerm(db, 'project', id, direction(ctx.body), metaOf(ctx)), `${LIST}?moved=1`) })),
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: `${LIST}/:id/stories`, permission: 'taxonomy:manage',
    handler: withId(async (id, ctx, reply) =>
      change(nr, ctx, reply, {
        current: LIST,
        run: async () => (await addProjectStory(db, id, field(ctx.body, 'article'), metaOf(ctx)), `${LIST}/${id}?saved=1#stories-heading`),
        refused: async (form) => orMissing(ctx, await projectPage(ctx, id, { story: form })),
      })),
  });

  for (const [action, run] of [
    ['remove', (id: number, story: number, ctx: NewsroomContext) => removeProjectStory(db, id, story, metaOf(ctx))],
    ['move', (id: number, story: number, ctx: NewsroomContext) => moveProjectStory(db, id, story, direction(ctx.body), metaOf(ctx))],
  ] as const) {
    newsroomRoute(app, nr, {
      method: 'POST', url: `${LIST}/:id/stories/:story/${action}`, permission: 'taxonomy:manage',
      handler: withId(async (id, ctx, reply) => {
        const story = String((reply.request.params as Record<string, string>).story ?? '');
        if (!/^\d{1,9}$/.test(story)) return sendNotFound(nr, ctx, reply, LIST);
        return change(nr, ctx, reply, { current: LIST, run: async () => (await run(id, Number(story), ctx), `${LIST}/${id}?saved=1#stories-heading`) });
      }),
    });
  }
}
