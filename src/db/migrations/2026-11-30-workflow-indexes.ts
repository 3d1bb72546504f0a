// The newsroom's workflow lists on a large archive: an editor's own drafts, and any status newest first (the
// dashboard's "in review", the article list filtered by status). Without these, both read the archive's whole
// timeline of updates looking for the few rows they show (a quarter of a second at a million articles).
import type { Kysely } from 'kysely';
import type { DialectName } from '../database.ts';

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema.createIndex('articles_author_status_updated').on('articles').columns(['created_by', 'status', 'updated_at']).execute();
  await db.schema.createIndex('articles_status_updated').on('articles').columns(['status', 'updated_at']).execute();
}
