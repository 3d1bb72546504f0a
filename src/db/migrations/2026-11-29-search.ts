// Full-text search: the index of searchable articles (FTS5 on SQLite, tsvector with GIN on PostgreSQL) and its vocabulary.
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../database.ts';

export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await db.schema
      .createTable('search_documents')
      .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
      .addColumn('edition', 'text', (c) => c.notNull())
      .addColumn('document', sql`tsvector`, (c) => c.notNull())
      .execute();
    await sql`create index search_documents_document on search_documents using gin (document)`.execute(db);
  } else {
    // The rowid is the article's id. Terms arrive stemmed by the application, so the tokenizer only splits them;
    // contentless (the articles table holds the text) with deletes allowed; prefix indexes for short prefix queries.
    await sql`create virtual table search_fts using fts5(
      headline, lead, tags, body, place,
      content = '', contentless_delete = 1, prefix = '2 3', tokenize = 'unicode61 remove_diacritics 2'
    )`.execute(db);
  }

  await db.schema
    .createTable('search_vocabulary')
    .addColumn('edition', 'text', (c) => c.notNull())
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('folded', 'text', (c) => c.notNull())
    .addColumn('head', 'text', (c) => c.notNull())
    .addColumn('length', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_vocabulary_pk', ['edition', 'word'])
    .execute();
  await db.schema.createIndex('search_vocabulary_near').on('search_vocabulary').columns(['edition', 'head', 'length']).execute();
}
