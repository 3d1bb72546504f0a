// The whole content model of the brief. Frozen: later changes go into new dated migrations.
import { sql, type Kysely, type CreateTableBuilder } from 'kysely';
import type { DialectName } from '../database.ts';

export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const id = <T extends string>(t: CreateTableBuilder<T, any>) =>
    dialect === 'postgres'
      ? t.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
      : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';

  await db.schema
    .createTable('editions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('flag', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('host', 'text', (c) => c.unique())
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('agency_name', 'text', (c) => c.notNull())
    .addColumn('agency_short', 'text', (c) => c.notNull())
    .addColumn('date_patterns', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('social_links', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('labels', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();

  // Rubrics, tags and authors: one identity, a name and slug per edition.
  for (const kind of ['rubric', 'tag', 'author']) {
    await id(db.schema.createTable(`${kind}s`))
      .addColumn('key', 'text', (c) => c.notNull().unique())
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable(`${kind}_texts`)
      .addColumn('owner_id', 'integer', (c) => c.notNull().references(`${kind}s.id`).onDelete('cascade'))
      .addColumn('edition', 'text', (c) => c.notNull().references('editions.code'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('slug', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addPrimaryKeyConstraint(`${kind}_texts_pk`, ['owner_id', 'edition'])
      .addUniqueConstraint(`${kind}_texts_slug`, ['edition', 'slug'])
      .execute();
  }

  await id(db.schema.createTable('media'))
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('credit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('media_texts')
    .addColumn('media_id', 'integer', (c) => c.notNull().references('media.id').onDelete('cascade'))
    .addColumn('edition', 'text', (c) => c.notNull().references('editions.code'))
    .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('media_texts_pk', ['media_id', 'edition'])
    .execute();
  // Image bytes live in the database so that app nodes stay stateless.
  await db.schema
    .createTable('media_files')
    .addColumn('media_id', 'integer', (c) => c.notNull().references('media.id').onDelete('cascade'))
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('bytes', blob, (c) => c.notNull())
    .addPrimaryKeyConstraint('media_files_pk', ['media_id', 'width'])
    .execute();

  await id(db.schema.createTable('users'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('stories'))
    .addColumn('uri', 'text', (c) => c.unique())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('articles'))
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('edition', 'text', (c) => c.notNull().references('editions.code'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rubric_id', 'integer', (c) => c.references('rubrics.id'))
    .addColumn('lead_media_id', 'integer', (c) => c.references('media.id').onDelete('set null'))
    .addColumn('urgency', 'integer', (c) => c.notNull().defaultTo(5))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('published_at', 'bigint')
    .addColumn('scheduled_at', 'bigint')
    .addColumn('embargo_until', 'bigint')
    .addColumn('withdrawn_at', 'bigint')
    .addColumn('correction_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addUniqueConstraint('articles_story_edition', ['story_id', 'edition'])
    .execute();
  // Listings read a page of ids from these alone: id (newest first on ties) and embargo_until complete the
  // "visible now" rule and the order, so rows skipped by an offset are never read from the table.
  await db.schema.createIndex('articles_edition_timeline').on('articles').columns(['edition', 'status', 'published_at', 'id', 'embargo_until']).execute();
  await db.schema.createIndex('articles_rubric_timeline').on('articles').columns(['edition', 'rubric_id', 'status', 'published_at', 'id', 'embargo_until']).execute();

  // Cache expiry looks up the next scheduled publication or embargo end of a published article; with the status
  // first, no other index on status can look better to the planner (it read every published row when one did).
  await db.schema.createIndex('articles_status_published').on('articles').columns(['status', 'published_at']).execute();
  await db.schema.createIndex('articles_status_embargo').on('articles').columns(['status', 'embargo_until']).execute();

  for (const table of ['article_tags', 'article_authors']) {
    const target = table === 'article_tags' ? 'tags' : 'authors';
    await db.schema
      .createTable(table)
      .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('target_id', 'integer', (c) => c.notNull().references(`${target}.id`).onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint(`${table}_pk`, ['article_id', 'target_id'])
      .execute();
    await db.schema.createIndex(`${table}_target`).on(table).columns(['target_id', 'article_id']).execute();
  }

  await id(db.schema.createTable('projects'))
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cover_media_id', 'integer', (c) => c.references('media.id').onDelete('set null'))
    .execute();
  await db.schema
    .createTable('project_texts')
    .addColumn('owner_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('edition', 'text', (c) => c.notNull().references('editions.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('project_texts_pk', ['owner_id', 'edition'])
    .addUniqueConstraint('project_texts_slug', ['edition', 'slug'])
    .execute();

  await id(db.schema.createTable('directory_entries'))
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('parent_id', 'integer', (c) => c.references('directory_entries.id').onDelete('set null'))
    .addColumn('website', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createTable('directory_texts')
    .addColumn('entry_id', 'integer', (c) => c.notNull().references('directory_entries.id').onDelete('cascade'))
    .addColumn('edition', 'text', (c) => c.notNull().references('editions.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('head', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('directory_texts_pk', ['entry_id', 'edition'])
    .addUniqueConstraint('directory_texts_slug', ['edition', 'slug'])
    .execute();

  for (const [table, target] of [['project_stories', 'projects'], ['story_institutions', 'directory_entries']]) {
    await db.schema
      .createTable(table)
      .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
      .addColumn('target_id', 'integer', (c) => c.notNull().references(`${target}.id`).onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint(`${table}_pk`, ['story_id', 'target_id'])
      .execute();
    await db.schema.createIndex(`${table}_target`).on(table).columns(['target_id', 'story_id']).execute();
  }

  await id(db.schema.createTable('pages'))
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('page_texts')
    .addColumn('page_id', 'integer', (c) => c.notNull().references('pages.id').onDelete('cascade'))
    .addColumn('edition', 'text', (c) => c.notNull().references('editions.code'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('page_texts_pk', ['page_id', 'edition'])
    .addUniqueConstraint('page_texts_slug', ['edition', 'slug'])
    .execute();

  // Counters every process polls: a change of content_version empties each node's page cache.
  await db.schema
    .createTable('site_state')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into site_state (name, value) values ('content_version', 1)`.execute(db);
}
