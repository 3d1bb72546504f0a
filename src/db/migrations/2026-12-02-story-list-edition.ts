// The newsroom's story list filtered by edition, newest change first. An editor of one edition filters by it all day;
// with only (edition, status, published_at) to go by, SQLite sorted every story of the edition for each page
// (150 ms at 200,000 articles, first page included).
import type { Kysely } from 'kysely';
import type { DialectName } from '../database.ts';

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema.createIndex('articles_edition_updated').ifNotExists().on('articles').columns(['edition', 'updated_at', 'id']).execute();
}
