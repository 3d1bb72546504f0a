// Wire subscribers: clients with a hashed API key, the editions and rubrics each may read, and an optional webhook.
import type { Kysely } from 'kysely';
import type { DialectName } from '../database.ts';

export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const id = (t: any) =>
    dialect === 'postgres'
      ? t.addColumn('id', 'integer', (c: any) => c.primaryKey().generatedByDefaultAsIdentity())
      : t.addColumn('id', 'integer', (c: any) => c.primaryKey().autoIncrement());

  // Only the key's SHA-256 is kept; the prefix (public part of the key) finds the row and names the key in lists.
  await id(db.schema.createTable('wire_clients'))
    .addColumn('name', 'text', (c: any) => c.notNull())
    .addColumn('key_prefix', 'text', (c: any) => c.notNull().unique())
    .addColumn('key_hash', 'text', (c: any) => c.notNull())
    .addColumn('embargo_access', 'integer', (c: any) => c.notNull().defaultTo(0))
    .addColumn('webhook_url', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('webhook_secret', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('disabled', 'integer', (c: any) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .addColumn('created_by', 'integer', (c: any) => c.references('users.id').onDelete('set null'))
    .addColumn('last_used_at', 'bigint')
    .execute();

  await db.schema
    .createTable('wire_client_editions')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('wire_clients.id').onDelete('cascade'))
    .addColumn('edition', 'text', (c) => c.notNull().references('editions.code').onDelete('cascade'))
    .addPrimaryKeyConstraint('wire_client_editions_pk', ['client_id', 'edition'])
    .execute();

  await db.schema
    .createTable('wire_client_rubrics')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('wire_clients.id').onDelete('cascade'))
    .addColumn('rubric_id', 'integer', (c) => c.notNull().references('rubrics.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('wire_client_rubrics_pk', ['client_id', 'rubric_id'])
    .execute();

  // The feed walks articles by the time they last changed.
  await db.schema.createIndex('articles_updated').on('articles').columns(['updated_at', 'id']).execute();
}
