// Search: a compact copy of what decides whether a matching article may be shown (edition, publication, embargo,
// rubric), looked up by id, so that checking the newest matches does not read each one's whole row.
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../database.ts';

export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  // SQLite only: there FTS5 yields the matches' ids and each was checked in its table row, whose HTML body leaves
  // two rows to a page, so every match read a page of its own: half the time of finding a page of results at a
  // million articles. PostgreSQL plans its join of matches and articles itself.
  if (dialect !== 'sqlite') return;
  // Partial, as only published articles are ever shown: smaller (25 MB at a million articles), and the search's own
  // status test implies it.
  await sql`create index articles_search_lookup on articles (id, edition, published_at, embargo_until, rubric_id)
    where status = 'published'`.execute(db);
}
