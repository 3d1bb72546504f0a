// Builders for test content written straight to the database, as the newsroom or an import would.
import type { Db } from '../../src/db/database.ts';
import { slugify } from '../../src/domain/slug.ts';
import { bumpContentVersion } from '../../src/db/repos/site-state-repo.ts';

export interface TestArticle {
  edition?: string;
  headline: string;
  status?: string;
  publishedAt?: number | null;
  embargoUntil?: number | null;
  rubricKey?: string;
  tagKeys?: string[];
  storyId?: number;
  place?: string;
  body?: string;
  lead?: string;
  urgency?: number;
}

export async function insertArticle(db: Db, a: TestArticle): Promise<{ id: number; storyId: number }> {
  const now = Date.now();
  const storyId = a.storyId ?? (await db.insertInto('stories').values({ uri: null, created_at: now }).returning('id').executeTakeFirstOrThrow()).id;
  const rubric = a.rubricKey ? await db.selectFrom('rubrics').select('id').where('key', '=', a.rubricKey).executeTakeFirstOrThrow() : null;
  const { id } = await db
    .insertInto('articles')
    .values({
      story_id: storyId, edition: a.edition ?? 'de', status: a.status ?? 'published', headline: a.headline, slug: slugify(a.headline),
      lead: a.lead ?? '', place: a.place ?? 'Welinsk', body: a.body ?? '<p>Text der Meldung.</p>', rubric_id: rubric?.id ?? null, lead_media_id: null,
      urgency: a.urgency ?? 5, created_at: now, updated_at: a.publishedAt ?? now,
      published_at: a.publishedAt === undefined ? now - 60_000 : a.publishedAt, scheduled_at: null, embargo_until: a.embargoUntil ?? null,
      withdrawn_at: a.status === 'withdrawn' ? now : null, correction_note: '', version: 1, created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [position, key] of (a.tagKeys ?? []).entries()) {
    const tag = await db.selectFrom('tags').select('id').where('key', '=', key).executeTakeFirstOrThrow();
    await db.insertInto('article_tags').values({ article_id: id, target_id: tag.id, position }).execute();
  }
  await bumpContentVersion(db);
  return { id, storyId };
}
