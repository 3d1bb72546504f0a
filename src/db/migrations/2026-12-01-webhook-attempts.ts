// Every attempt of a webhook delivery, for the newsroom's delivery log.
import type { Kysely } from 'kysely';
import type { DialectName } from '../database.ts';

export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const table = db.schema.createTable('webhook_attempts');
  await (dialect === 'postgres'
    ? table.addColumn('id', 'integer', (c: any) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c: any) => c.primaryKey().autoIncrement()))
    // Pruning deletes finished deliveries; their attempts go with them.
    .addColumn('delivery_id', 'integer', (c: any) => c.notNull().references('webhook_deliveries.id').onDelete('cascade'))
    .addColumn('attempted_at', 'bigint', (c: any) => c.notNull())
    .addColumn('duration_ms', 'integer', (c: any) => c.notNull())
    // Null when no answer came (connection failed, timeout, the item could not be built).
    .addColumn('http_status', 'integer')
    // Null on success; a short reason written by the delivery code, never a URL, header, secret or response body.
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('webhook_attempts_delivery').on('webhook_attempts').columns(['delivery_id', 'id']).execute();
}
