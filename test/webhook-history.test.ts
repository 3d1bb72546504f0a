// The webhook log keeps a month: finished deliveries older than that are removed with the events they came from,
// while anything still waiting to be sent stays, however old.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, freshDatabase, skipReason, type TestDatabase } from './support/databases.ts';
import { createWireClient } from '../src/wire/wire-client-service.ts';
import { webhookDb } from '../src/webhooks/webhook-queue.ts';
import { pruneWebhookHistory, WEBHOOK_HISTORY_MS } from '../src/webhooks/webhooks.ts';
import type { DeliveryStatus } from '../src/webhooks/webhook-tables.ts';

const NOW = Date.UTC(2026, 10, 29, 12);
const OLD = NOW - WEBHOOK_HISTORY_MS - 86_400_000;
const RECENT = NOW - 86_400_000;

for (const dialect of DIALECTS) {
  describe(dialect, { skip: skipReason(dialect) }, () => {
    let database: TestDatabase;
    before(async () => {
      database = await freshDatabase(dialect);
    });
    after(async () => {
      await database?.handle.close();
      await database?.drop();
    });

    test('old finished deliveries and their events go; pending ones and the last month stay', async () => {
      const db = database.handle.db;
      const w = webhookDb(db);
      const { id: clientId } = await createWireClient(db, { name: 'Courier', editions: ['de'], rubricIds: [], embargoAccess: false, webhookUrl: 'https://courier.example/hook' }, { userId: null });
      const { id: articleId } = await db.selectFrom('articles').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
      const add = async (at: number, status: DeliveryStatus): Promise<{ event: number; delivery: number }> => {
        const { id: event } = await w.insertInto('wire_events').values({ article_id: articleId, kind: 'publish', article_version: 1, occurred_at: at }).returning('id').executeTakeFirstOrThrow();
        const { id: delivery } = await w.insertInto('webhook_deliveries')
          .values({ event_id: event, client_id: clientId, article_id: articleId, status, next_attempt_at: at, first_attempt_at: at, lease_until: null, lease_token: null, last_status: null, created_at: at, updated_at: at, delivered_at: status === 'delivered' ? at : null })
          .returning('id').executeTakeFirstOrThrow();
        return { event, delivery };
      };
      const oldDelivered = await add(OLD, 'delivered');
      const oldFailed = await add(OLD, 'failed');
      const oldDropped = await add(OLD, 'dropped');
      const oldPending = await add(OLD, 'pending');
      const recentDelivered = await add(RECENT, 'delivered');

      assert.deepEqual(await pruneWebhookHistory(db, NOW), { deliveries: 3, events: 3 });
      const deliveries = (await w.selectFrom('webhook_deliveries').select('id').execute()).map((r) => r.id).sort((a, b) => a - b);
      assert.deepEqual(deliveries, [oldPending.delivery, recentDelivered.delivery].sort((a, b) => a - b));
      const events = (await w.selectFrom('wire_events').select('id').execute()).map((r) => r.id);
      for (const gone of [oldDelivered, oldFailed, oldDropped]) assert.ok(!events.includes(gone.event));
      assert.ok(events.includes(oldPending.event) && events.includes(recentDelivered.event));
      assert.deepEqual(await pruneWebhookHistory(db, NOW), { deliveries: 0, events: 0 }, 'nothing more to remove');
    });
  });
}
