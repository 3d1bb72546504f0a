// The delivery log for the newsroom: deliveries newest first with their event and article, "retry now", test pings.
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { loadWireClient } from '../wire/wire-clients.ts';
import { postSigned, type PostResult } from './webhook-delivery.ts';
import { webhookDb } from './webhook-queue.ts';
import type { DeliveryStatus, WireEventKind } from './webhook-tables.ts';

export const DELIVERY_PAGE_SIZE = 50;
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['pending', 'delivered', 'failed', 'dropped'];

export interface DeliveryLogRow {
  id: number;
  clientId: number;
  event: WireEventKind;
  occurredAt: number;
  articleId: number;
  headline: string | null;
  edition: string | null;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: number;
  lastStatus: number | null;
  lastError: string;
  deliveredAt: number | null;
  updatedAt: number;
}

export interface DeliveryFilter {
  clientId?: number;
  status?: DeliveryStatus;
  page: number;
}

export function isDeliveryStatus(value: string): value is DeliveryStatus {
  return (DELIVERY_STATUSES as readonly string[]).includes(value);
}

export async function listDeliveries(db: Db, f: DeliveryFilter): Promise<{ rows: DeliveryLogRow[]; hasNext: boolean }> {
  let query = webhookDb(db)
    .selectFrom('webhook_deliveries as d')
    .innerJoin('wire_events as e', 'e.id', 'd.event_id')
    .leftJoin('articles as a', 'a.id', 'd.article_id')
    .select([
      'd.id', 'd.client_id as clientId', 'e.kind as event', 'e.occurred_at as occurredAt', 'd.article_id as articleId', 'a.headline', 'a.edition',
      'd.status', 'd.attempts', 'd.next_attempt_at as nextAttemptAt', 'd.last_status as lastStatus', 'd.last_error as lastError',
      'd.delivered_at as deliveredAt', 'd.updated_at as updatedAt',
    ]);
  if (f.clientId !== undefined) query = query.where('d.client_id', '=', f.clientId);
  if (f.status) query = query.where('d.status', '=', f.status);
  const rows = await query
    .orderBy('d.id', 'desc')
    .limit(DELIVERY_PAGE_SIZE + 1)
    .offset((f.page - 1) * DELIVERY_PAGE_SIZE)
    .execute();
  return { rows: rows.slice(0, DELIVERY_PAGE_SIZE), hasNext: rows.length > DELIVERY_PAGE_SIZE };
}

/**
 * Makes a delivery due now. A failed one starts afresh (its attempts count from zero again); a pending one keeps its
 * count, and one being sent right now is left to its worker. Embargo and entitlements are still checked when it goes.
 */
export async function retryDelivery(db: Db, id: number, now = Date.now()): Promise<boolean> {
  const w = webhookDb(db);
  const failed = await w
    .updateTable('webhook_deliveries')
    .set({ status: 'pending', attempts: 0, first_attempt_at: null, next_attempt_at: now, lease_until: null, lease_token: null, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  if (Number(failed.numUpdatedRows) === 1) return true;
  const pending = await w
    .updateTable('webhook_deliveries')
    .set({ next_attempt_at: now, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
    .executeTakeFirst();
  return Number(pending.numUpdatedRows) === 1;
}

export async function deliveryExists(db: Db, id: number): Promise<boolean> {
  return (await webhookDb(db).selectFrom('webhook_deliveries').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Sends a signed `{ event: 'ping' }` to the client's webhook now, outside the queue; undefined when it has no webhook. */
export async function pingClient(db: Db, clientId: number, o: { fetch?: typeof fetch } = {}): Promise<PostResult | undefined> {
  const client = await loadWireClient(db, clientId);
  if (!client?.webhookUrl) return undefined;
  const deliveryId = `ping-${randomBytes(8).toString('hex')}`;
  const body = JSON.stringify({ event: 'ping', deliveryId, occurredAt: new Date().toISOString() });
  return postSigned(client, { event: 'ping', deliveryId, body }, { fetch: o.fetch, timeoutMs: 5000 });
}
