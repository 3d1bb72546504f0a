// Webhooks for wire subscribers: the delivery loop every app process runs (leases keep two processes from sending
// the same delivery), and the module's public surface.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.ts';
import { deliverDueWebhooks } from './webhook-delivery.ts';
import { pruneWebhookHistory } from './webhook-prune.ts';

export { enqueueWireEvent } from './webhook-queue.ts';
export { deliverDueWebhooks, postSigned, type DeliveryOutcome } from './webhook-delivery.ts';
export { signWebhook, verifyWebhookSignature } from './webhook-signature.ts';
export { pruneWebhookHistory, WEBHOOK_HISTORY_MS } from './webhook-prune.ts';

const PRUNE_EVERY_MS = 3_600_000;

export interface WebhookOptions {
  db: Db;
  publicUrl: string;
  /** How often to look for due deliveries; 0 turns the loop off (tests drive it directly). */
  intervalMs: number;
}

export function startWebhookDelivery(app: FastifyInstance, o: WebhookOptions): void {
  if (o.intervalMs <= 0) return;
  let running: Promise<unknown> | null = null;
  let prunedAt = 0;
  const timer = setInterval(() => {
    // A slow receiver must not pile passes on top of each other.
    if (running) return;
    const now = Date.now();
    const prune = now - prunedAt >= PRUNE_EVERY_MS;
    if (prune) prunedAt = now;
    running = deliverDueWebhooks(o.db, { publicUrl: o.publicUrl, logger: app.log })
      .then(() => (prune ? pruneWebhookHistory(o.db, now) : undefined))
      .catch((err) => app.log.warn({ err }, 'webhook delivery pass failed'))
      .finally(() => { running = null; });
  }, o.intervalMs);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    // Lets the pass in flight record its answers before the database closes.
    await running;
  });
}
