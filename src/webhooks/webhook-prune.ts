// Keeps the webhook history from growing without end: finished deliveries (delivered, given up, not sent) older than
// the retention go, and so do events none of whose deliveries are left. Open deliveries are never touched.
import type { Db } from '../db/database.ts';
import { webhookDb } from './webhook-queue.ts';

/** How long the delivery log keeps finished deliveries. */
export const WEBHOOK_HISTORY_MS = 30 * 86_400_000;

export async function pruneWebhookHistory(db: Db, now = Date.now(), keepMs = WEBHOOK_HISTORY_MS): Promise<{ deliveries: number; events: number }> {
  const before = now - keepMs;
  const w = webhookDb(db);
  // Their attempts go with them (on delete cascade; SQLite is opened with foreign_keys on).
  const deliveries = await w.deleteFrom('webhook_deliveries').where('status', 'in', ['delivered', 'failed', 'dropped']).where('updated_at', '<', before).executeTakeFirst();
  const events = await w
    .deleteFrom('wire_events')
    .where('occurred_at', '<', before)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('webhook_deliveries as d').select('d.id').whereRef('d.event_id', '=', 'wire_events.id'))))
    .executeTakeFirst();
  return { deliveries: Number(deliveries.numDeletedRows), events: Number(events.numDeletedRows) };
}
