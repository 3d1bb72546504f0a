// Search index, SQLite: the FTS5 table made again without prefix indexes and with the ASCII tokenizer, then filled.
import { sql, type Kysely } from 'kysely';
import type { Db, DialectName } from '../database.ts';
import { optimizeSearchIndex, rebuildSearchIndex } from '../../search/search-index.ts';

export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  // PostgreSQL's tsvector index is unchanged.
  if (dialect !== 'sqlite') return;
  // The prefix indexes ('2 3') wrote every term three times: half of an import's indexing time and a third of the
  // index, for prefixes of two and three letters only (longer ones never used them). Terms arrive stemmed, folded and
  // lower-cased by the application and separated by spaces, so the ASCII tokenizer, which keeps every non-ASCII
  // character inside a term, splits them as unicode61 did, without looking each character up in Unicode's tables.
  await sql`drop table search_fts`.execute(db);
  await sql`create virtual table search_fts using fts5(
    headline, lead, tags, body, place,
    content = '', contentless_delete = 1, tokenize = 'ascii'
  )`.execute(db);
  // Each batch its own transaction (about 2,000 articles a second): a migration stopped midway runs again from the drop.
  await rebuildSearchIndex(db as Db);
  await optimizeSearchIndex(db as Db);
}
