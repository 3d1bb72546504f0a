// /newsroom/audit: who did what, newest first, 50 a page, filtered by user and action.
import type { FastifyInstance } from 'fastify';
import { auditUsers, listAuditEntries } from '../../services/manage-audit-service.ts';
import { newsroomRoute, type NewsroomState } from '../guard.ts';
import { auditBody } from '../views/manage-audit-views.ts';
import { messagesOf, pageParam, queryOf, sendManagePage } from './manage-helpers.ts';

export function registerAuditRoutes(app: FastifyInstance, nr: NewsroomState): void {
  newsroomRoute(app, nr, {
    method: 'GET', url: '/newsroom/audit', permission: 'audit:view',
    handler: async (request, reply, ctx) => {
      const query = queryOf(request);
      const page = pageParam(query);
      const user = /^\d{1,9}$/.test(query.user ?? '') ? query.user : '';
      const action = (query.action ?? '').trim().slice(0, 100);
      const [{ rows, hasNext }, users] = await Promise.all([
        listAuditEntries(nr.db, { userId: user ? Number(user) : undefined, action, page }),
        auditUsers(nr.db),
      ]);
      return sendManagePage(nr, ctx, reply, { title: ctx.t.audit, current: '/newsroom/audit', body: auditBody(ctx, messagesOf(ctx), { rows, users, user, action, page, hasNext }) });
    },
  });
}
