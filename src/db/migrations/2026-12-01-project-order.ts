// A project's stories in their curated order. A project (dossier) gathers thousands of stories over the years; its
// page shows the first few in the newsroom's order. With only the (project, story) index, both databases read and
// sorted all of a project's links for every page: 25-40 ms at a million articles for a dossier of 2,800 stories.
import type { Kysely } from 'kysely';
import type { DialectName } from '../database.ts';

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema.createIndex('project_stories_order').ifNotExists().on('project_stories').columns(['target_id', 'position', 'story_id']).execute();
}
