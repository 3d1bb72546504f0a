// The newsroom: sessions, login throttling, revisions, presence and the audit log.
import type { Kysely } from 'kysely';
import type { DialectName } from '../database.ts';

export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const id = (t: any) =>
    dialect === 'postgres'
      ? t.addColumn('id', 'integer', (c: any) => c.primaryKey().generatedByDefaultAsIdentity())
      : t.addColumn('id', 'integer', (c: any) => c.primaryKey().autoIncrement());

  // Only a hash of the session token is stored: a leaked database does not log anyone in.
  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('user_agent', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await id(db.schema.createTable('login_failures'))
    .addColumn('key', 'text', (c: any) => c.notNull())
    .addColumn('at', 'bigint', (c: any) => c.notNull())
    .execute();
  await db.schema.createIndex('login_failures_key_at').on('login_failures').columns(['key', 'at']).execute();

  await id(db.schema.createTable('revisions'))
    .addColumn('article_id', 'integer', (c: any) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c: any) => c.notNull())
    .addColumn('user_id', 'integer', (c: any) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .addColumn('kind', 'text', (c: any) => c.notNull())
    .addColumn('snapshot', 'text', (c: any) => c.notNull())
    .execute();
  await db.schema.createIndex('revisions_article').on('revisions').columns(['article_id', 'id']).execute();

  await db.schema
    .createTable('article_presence')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('seen_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_presence_pk', ['article_id', 'user_id'])
    .execute();

  await id(db.schema.createTable('audit_log'))
    .addColumn('at', 'bigint', (c: any) => c.notNull())
    .addColumn('user_id', 'integer', (c: any) => c.references('users.id').onDelete('set null'))
    .addColumn('action', 'text', (c: any) => c.notNull())
    .addColumn('object_type', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('object_id', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('summary', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('ip', 'text', (c: any) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();

  await db.schema.alterTable('media').addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null')).execute();
  await db.schema.createIndex('articles_status_scheduled').on('articles').columns(['status', 'scheduled_at']).execute();
}
