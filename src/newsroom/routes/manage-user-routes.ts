// /newsroom/users: accounts for users:manage — list, create, role, disable/enable, password reset.
import type { FastifyInstance } from 'fastify';
import { changeUserRole, createManagedUser, findManagedUser, listManagedUsers, resetUserPassword, setUserDisabled } from '../../services/manage-user-service.ts';
import { field, newsroomRoute, type NewsroomContext, type NewsroomState } from '../guard.ts';
import { blankForm, type FormState } from '../views/manage-views.ts';
import { newUserBody, userBody, userListBody } from '../views/manage-user-views.ts';
import { change, flashOf, idParam, messagesOf, metaOf, queryOf, sendManagePage, sendNotFound, type PageOptions } from './manage-helpers.ts';

const LIST = '/newsroom/users';

export function registerUserRoutes(app: FastifyInstance, nr: NewsroomState): void {
  const db = nr.db;

  async function userPage(ctx: NewsroomContext, id: number, form?: FormState): Promise<PageOptions | null> {
    const user = await findManagedUser(db, id);
    if (!user) return null;
    // The role select shows the stored role unless a refused change asked for another.
    const f = form ?? blankForm();
    return { title: user.name, current: LIST, body: userBody(ctx, messagesOf(ctx), user, { values: { role: user.role, ...f.values, password: '' }, problems: f.problems }) };
  }

  newsroomRoute(app, nr, {
    method: 'GET', url: LIST, permission: 'users:manage',
    handler: async (request, reply, ctx) => {
      const m = messagesOf(ctx);
      return sendManagePage(nr, ctx, reply, { title: ctx.t.users, current: LIST, flash: flashOf(queryOf(request), m), body: userListBody(ctx, m, await listManagedUsers(db)) });
    },
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: `${LIST}/new`, permission: 'users:manage',
    handler: async (_request, reply, ctx) => {
      const m = messagesOf(ctx);
      return sendManagePage(nr, ctx, reply, { title: m.newUser, current: LIST, body: newUserBody(ctx, m, blankForm({ role: 'contributor', locale: ctx.session.user.locale })) });
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: LIST, permission: 'users:manage',
    handler: async (_request, reply, ctx) => {
      const m = messagesOf(ctx);
      const b = ctx.body;
      return change(nr, ctx, reply, {
        current: LIST,
        run: async () => {
          const id = await createManagedUser(db, { email: field(b, 'email'), name: field(b, 'name'), role: field(b, 'role'), locale: field(b, 'locale'), password: field(b, 'password') }, metaOf(ctx));
          return `${LIST}/${id}?created=1`;
        },
        refused: (form) => ({ title: m.newUser, current: LIST, body: newUserBody(ctx, m, form) }),
      });
    },
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: `${LIST}/:id`, permission: 'users:manage',
    handler: async (request, reply, ctx) => {
      const id = idParam(request);
      const page = id === null ? null : await userPage(ctx, id);
      if (!page) return sendNotFound(nr, ctx, reply, LIST);
      return sendManagePage(nr, ctx, reply, { ...page, flash: flashOf(queryOf(request), messagesOf(ctx)) });
    },
  });

  const actions: [string, (id: number, ctx: NewsroomContext) => Promise<void>][] = [
    ['role', (id, ctx) => changeUserRole(db, id, field(ctx.body, 'role'), metaOf(ctx))],
    ['disable', (id, ctx) => setUserDisabled(db, id, true, metaOf(ctx))],
    ['enable', (id, ctx) => setUserDisabled(db, id, false, metaOf(ctx))],
    ['password', (id, ctx) => resetUserPassword(db, id, field(ctx.body, 'password'), metaOf(ctx))],
  ];
  for (const [action, run] of actions) {
    newsroomRoute(app, nr, {
      method: 'POST', url: `${LIST}/:id/${action}`, permission: 'users:manage',
      handler: async (request, reply, ctx) => {
        const id = idParam(request);
        if (id === null) return sendNotFound(nr, ctx, reply, LIST);
        return change(nr, ctx, reply, {
          current: LIST,
          run: async () => (await run(id, ctx), `${LIST}/${id}?saved=1`),
          refused: async (form) => (await userPage(ctx, id, form)) ?? { title: ctx.t.notFound, current: LIST, body: userListBody(ctx, messagesOf(ctx), []) },
        });
      },
    });
  }
}
