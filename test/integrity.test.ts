// The database keeps its references on both engines alike: what depends on a deleted row goes with it, and a row
// that points at nothing is refused (SQLite checks foreign keys only on connections that turn them on; node:sqlite
// does by default, and the dialect says so explicitly). And it does not grow without end: the webhook log keeps a
// month of finished deliveries, while anything still waiting to be sent stays, however old.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { DIALECTS, freshDatabase, skipReason, type TestDatabase } from './support/databases.ts';
import { createWireClient, deleteWireClient } from '../src/wire/wire-client-service.ts';
import { wireDb } from '../src/wire/wire-clients.ts';
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

    test('deleting a wire client takes its entitlements with it', async () => {
      const db = database.handle.db;
      const { id } = await createWireClient(db, { name: 'Courier', editions: ['de', 'en'], rubricIds: [], embargoAccess: false, webhookUrl: '' }, { userId: null });
      const count = async () => Number((await wireDb(db).selectFrom('wire_client_editions').select((eb) => eb.fn.countAll().as('n')).where('client_id', '=', id).executeTakeFirstOrThrow()).n);
      assert.equal(await count(), 2);
      await deleteWireClient(db, id, { userId: null });
      assert.equal(await count(), 0);
    });

    test('a tag link to an article that does not exist is refused', async () => {
      const db = database.handle.db;
      const { id: tagId } = await db.selectFrom('tags').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
      await assert.rejects(sql`insert into article_tags (article_id, target_id, position) values (${999_999_999}, ${tagId}, 0)`.execute(db));
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
