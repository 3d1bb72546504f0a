// The history of a delivery: one row per attempt, written with the delivery's new status, read by the delivery log.
import type { Db } from '../db/database.ts';
import { webhookDb } from './webhook-queue.ts';

/** The delivery log shows this many of a delivery's attempts, the newest. */
export const ATTEMPTS_SHOWN = 20;
/** Reasons are short texts of ours; the cap keeps anything longer (a future message, a library's) from growing the table. */
const MAX_ERROR_LENGTH = 300;

export interface Attempt {
  attemptedAt: number;
  durationMs: number;
  /** The receiver's HTTP status; null when it gave none. */
  httpStatus: number | null;
  /** Why it failed; null when it was delivered. */
  error: string | null;
}

export interface AttemptLogRow extends Attempt {
  id: number;
  deliveryId: number;
}

/** Call in the transaction that records the delivery's outcome. */
export async function recordAttempt(trx: Db, deliveryId: number, a: Attempt): Promise<void> {
  await webhookDb(trx)
    .insertInto('webhook_attempts')
    .values({
      delivery_id: deliveryId, attempted_at: a.attemptedAt, duration_ms: Math.max(0, Math.round(a.durationMs)),
      http_status: a.httpStatus, error: a.error ? a.error.slice(0, MAX_ERROR_LENGTH) : null,
    })
    .execute();
}

/** The last `perDelivery` attempts of each delivery, newest first, by delivery id. */
export async function listRecentAttempts(db: Db, deliveryIds: number[], perDelivery = ATTEMPTS_SHOWN): Promise<Map<number, AttemptLogRow[]>> {
  const byDelivery = new Map<number, AttemptLogRow[]>();
  if (!deliveryIds.length) return byDelivery;
  const w = webhookDb(db);
  const ranked = w
    .selectFrom('webhook_attempts')
    .select((eb) => [
      'id', 'delivery_id', 'attempted_at', 'duration_ms', 'http_status', 'error',
      eb.fn.agg<number>('row_number').over((ob) => ob.partitionBy('delivery_id').orderBy('id', 'desc')).as('rank'),
    ])
    .where('delivery_id', 'in', deliveryIds);
  const rows = await w
    .selectFrom(ranked.as('r'))
    .selectAll()
    .where('r.rank', '<=', perDelivery)
    .orderBy('r.delivery_id').orderBy('r.id', 'desc')
    .execute();
  for (const r of rows) {
    const list = byDelivery.get(r.delivery_id) ?? [];
    list.push({ id: r.id, deliveryId: r.delivery_id, attemptedAt: r.attempted_at, durationMs: r.duration_ms, httpStatus: r.http_status, error: r.error });
    byDelivery.set(r.delivery_id, list);
  }
  return byDelivery;
}
