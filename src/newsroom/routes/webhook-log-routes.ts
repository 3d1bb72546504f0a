// /newsroom/webhooks: the delivery log (filters, pages, each delivery's recent attempts), "retry now" for a pending or
// failed delivery, and a test ping per client. Administrators only (clients:manage); never shows a webhook's address or secret.
import type { FastifyInstance } from 'fastify';
import { loadWireClient, loadWireClients } from '../../wire/wire-clients.ts';
import { listRecentAttempts } from '../../webhooks/webhook-attempts.ts';
import { isDeliveryStatus, listDeliveries, pingClient, retryDelivery, deliveryExists } from '../../webhooks/webhook-log.ts';
import { audit } from '../../services/audit-service.ts';
import { newsroomRoute, type NewsroomState } from '../guard.ts';
import { webhookMessages, type WebhookMessages } from '../webhook-i18n.ts';
import { webhookLogBody } from '../views/webhook-log-views.ts';
import { idParam, messagesOf, pageParam, queryOf, sendManagePage, sendNotFound } from './manage-helpers.ts';

/** Failure texts the delivery code writes; anything else in the address is ignored, not shown. */
const PING_ERROR = /^(connection failed( \([A-Z_]{2,40}\))?|no answer within \d{1,3} s|answered HTTP \d{3})$/;

function flashOf(query: Record<string, string>, w: WebhookMessages): string | undefined {
  if (query.retried) return w.retriedFlash;
  if (query.notretried) return w.notRetriedFlash;
  if (/^\d{3}$/.test(query.ping ?? '')) return `${w.pingOk} ${query.ping}.`;
  if (PING_ERROR.test(query.pingerror ?? '')) return `${w.pingFailed} ${query.pingerror}.`;
  if (query.nowebhook) return w.noWebhook;
  return undefined;
}

export function registerWebhookLogRoutes(app: FastifyInstance, nr: NewsroomState): void {
  newsroomRoute(app, nr, {
    method: 'GET', url: '/newsroom/webhooks', permission: 'clients:manage',
    handler: async (request, reply, ctx) => {
      const w = webhookMessages(ctx.session.user.locale);
      const query = queryOf(request);
      const page = pageParam(query);
      const client = /^\d{1,9}$/.test(query.client ?? '') ? query.client : '';
      const status = isDeliveryStatus(query.status ?? '') ? query.status : '';
      const [{ rows, hasNext }, clients] = await Promise.all([
        listDeliveries(nr.db, { clientId: client ? Number(client) : undefined, status: isDeliveryStatus(status) ? status : undefined, page }),
        loadWireClients(nr.db),
      ]);
      const attempts = await listRecentAttempts(nr.db, rows.map((r) => r.id));
      const view = { rows, attempts, hasNext, page, client, status, clients: clients.map((c) => ({ id: c.id, name: c.name, hasWebhook: c.webhookUrl !== '' && !c.disabled })) };
      return sendManagePage(nr, ctx, reply, { title: w.title, current: '/newsroom/webhooks', flash: flashOf(query, w), body: webhookLogBody(ctx, messagesOf(ctx), w, view) });
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/webhooks/:id/retry', permission: 'clients:manage',
    handler: async (request, reply, ctx) => {
      const id = idParam(request);
      if (id === null || !(await deliveryExists(nr.db, id))) return sendNotFound(nr, ctx, reply, '/newsroom/webhooks');
      const retried = await retryDelivery(nr.db, id);
      if (retried) await audit(nr.db, { userId: ctx.session.user.id, action: 'webhook.retry', objectType: 'webhook_delivery', objectId: id, ip: ctx.ip });
      return reply.redirect(`/newsroom/webhooks?${retried ? 'retried' : 'notretried'}=1`, 303);
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/webhooks/clients/:id/ping', permission: 'clients:manage',
    handler: async (request, reply, ctx) => {
      const id = idParam(request);
      const client = id === null ? undefined : await loadWireClient(nr.db, id);
      if (!client) return sendNotFound(nr, ctx, reply, '/newsroom/webhooks');
      const answer = await pingClient(nr.db, client.id);
      await audit(nr.db, { userId: ctx.session.user.id, action: 'webhook.ping', objectType: 'wire_client', objectId: client.id, summary: client.name, ip: ctx.ip });
      if (!answer) return reply.redirect('/newsroom/webhooks?nowebhook=1', 303);
      const result = answer.ok ? `ping=${answer.status}` : `pingerror=${encodeURIComponent(answer.error)}`;
      return reply.redirect(`/newsroom/webhooks?${result}`, 303);
    },
  });
}
