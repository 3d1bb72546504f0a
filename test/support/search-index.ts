// What the search index holds, to compare two ways of writing it.
import { sql } from 'kysely';
import type { Db, DialectName } from '../../src/db/database.ts';

export interface IndexSnapshot {
  /** FTS5 rows on SQLite, tsvector documents as text on PostgreSQL, by article id. */
  entries: unknown[];
  vocabulary: unknown[];
}

export async function snapshotSearchIndex(db: Db, dialect: DialectName): Promise<IndexSnapshot> {
  const entries =
    dialect === 'postgres'
      ? await sql`select article_id, edition, document::text as document from search_documents order by article_id`.execute(db)
      : await sql`select rowid as id, headline, lead, tags, body, place from search_fts order by rowid`.execute(db);
  const vocabulary = await sql`select edition, word, folded, head, length from search_vocabulary order by edition, word`.execute(db);
  return { entries: entries.rows, vocabulary: vocabulary.rows };
}

export async function clearSearchIndex(db: Db, dialect: DialectName): Promise<void> {
  await sql`delete from ${sql.table(dialect === 'postgres' ? 'search_documents' : 'search_fts')}`.execute(db);
  await sql`delete from search_vocabulary`.execute(db);
}
