// Import and export: each article (one language version, one ninjs item) may carry the URI it arrived with,
// so that importing the same item again updates it instead of making a copy.
import type { Kysely } from 'kysely';
import type { DialectName } from '../database.ts';

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('articles').addColumn('uri', 'text').execute();
  await db.schema.createIndex('articles_uri').on('articles').column('uri').unique().execute();
}
