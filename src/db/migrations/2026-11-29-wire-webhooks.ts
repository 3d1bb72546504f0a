// Webhooks: an outbox of wire events (publish, update, withdraw) written in the transaction of the change,
// and one delivery per subscriber client and event, leased by one worker at a time and retried with backoff.
import type { Kysely } from 'kysely';
import type { DialectName } from '../database.ts';

export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const id = (t: any) =>
    dialect === 'postgres'
      ? t.addColumn('id', 'integer', (c: any) => c.primaryKey().generatedByDefaultAsIdentity())
      : t.addColumn('id', 'integer', (c: any) => c.primaryKey().autoIncrement());

  await id(db.schema.createTable('wire_events'))
    .addColumn('article_id', 'integer', (c: any) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c: any) => c.notNull())
    .addColumn('article_version', 'integer', (c: any) => c.notNull())
    .addColumn('occurred_at', 'bigint', (c: any) => c.notNull())
    .execute();
  await db.schema.createIndex('wire_events_article').on('wire_events').columns(['article_id', 'id']).execute();

  await id(db.schema.createTable('webhook_deliveries'))
    .addColumn('event_id', 'integer', (c: any) => c.notNull().references('wire_events.id').onDelete('cascade'))
    .addColumn('client_id', 'integer', (c: any) => c.notNull().references('wire_clients.id').onDelete('cascade'))
    // Copied from the event: deliveries of one article to one client go out in order, found by this index.
    .addColumn('article_id', 'integer', (c: any) => c.notNull())
    .addColumn('status', 'text', (c: any) => c.notNull())
    .addColumn('attempts', 'integer', (c: any) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'bigint', (c: any) => c.notNull())
    .addColumn('first_attempt_at', 'bigint')
    .addColumn('lease_until', 'bigint')
    .addColumn('lease_token', 'text')
    .addColumn('last_status', 'integer')
    .addColumn('last_error', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .addColumn('updated_at', 'bigint', (c: any) => c.notNull())
    .addColumn('delivered_at', 'bigint')
    .execute();
  await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('webhook_deliveries_order').on('webhook_deliveries').columns(['client_id', 'article_id', 'id']).execute();
  await db.schema.createIndex('webhook_deliveries_event').on('webhook_deliveries').column('event_id').execute();
}
