// Curating a project's stories: added by the id of any of their articles, removed, put in order.
import type { Db } from '../db/database.ts';
import { DomainError } from '../domain/errors.ts';
import { cleanId, invalid, Problems, recordChange, reorder, type ChangeMeta } from './manage-service.ts';

export interface CuratedArticle {
  id: number;
  edition: string;
  headline: string;
  status: string;
}

export interface CuratedStory {
  storyId: number;
  position: number;
  articles: CuratedArticle[];
}

async function requireProject(db: Db, projectId: number): Promise<string> {
  const row = await db.selectFrom('projects').select('key').where('id', '=', projectId).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'unknown project');
  return row.key;
}

export async function listProjectStories(db: Db, projectId: number): Promise<CuratedStory[]> {
  const links = await db
    .selectFrom('project_stories')
    .select(['story_id', 'position'])
    .where('target_id', '=', projectId)
    .orderBy('position')
    .orderBy('story_id')
    .execute();
  if (!links.length) return [];
  const articles = await db
    .selectFrom('articles')
    .select(['id', 'story_id', 'edition', 'headline', 'status'])
    .where('story_id', 'in', links.map((l) => l.story_id))
    .orderBy('edition')
    .execute();
  return links.map((l) => ({
    storyId: l.story_id,
    position: l.position,
    articles: articles.filter((a) => a.story_id === l.story_id).map(({ story_id: _, ...a }) => a),
  }));
}

/** Adds the story of an article at the end of the project's list. */
export async function addProjectStory(db: Db, projectId: number, articleId: string, meta: ChangeMeta): Promise<number> {
  const problems = new Problems();
  const id = cleanId(problems, 'article', articleId, true);
  problems.throwIfAny();
  return db.transaction().execute(async (trx) => {
    const key = await requireProject(trx, projectId);
    const article = await trx.selectFrom('articles').select(['story_id', 'headline']).where('id', '=', id!).executeTakeFirst();
    if (!article) throw invalid('article', 'unknown');
    const existing = await trx.selectFrom('project_stories').select('position').where('target_id', '=', projectId).execute();
    if (await trx.selectFrom('project_stories').select('story_id').where('target_id', '=', projectId).where('story_id', '=', article.story_id).executeTakeFirst()) {
      throw invalid('article', 'duplicate');
    }
    const position = existing.reduce((max, r) => Math.max(max, r.position + 1), 0);
    await trx.insertInto('project_stories').values({ story_id: article.story_id, target_id: projectId, position }).execute();
    await recordChange(trx, meta, { action: 'project.story.add', objectType: 'project', objectId: projectId, summary: `${key}: story ${article.story_id} (article ${id}: ${article.headline})`, visible: true });
    return article.story_id;
  });
}

export async function removeProjectStory(db: Db, projectId: number, storyId: number, meta: ChangeMeta): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const key = await requireProject(trx, projectId);
    const removed = await trx.deleteFrom('project_stories').where('target_id', '=', projectId).where('story_id', '=', storyId).executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0) throw new DomainError('NOT_FOUND', 'story not in project');
    await recordChange(trx, meta, { action: 'project.story.remove', objectType: 'project', objectId: projectId, summary: `${key}: story ${storyId}`, visible: true });
  });
}

export async function moveProjectStory(db: Db, projectId: number, storyId: number, direction: 'up' | 'down', meta: ChangeMeta): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const key = await requireProject(trx, projectId);
    const rows = await trx.selectFrom('project_stories').select('story_id').where('target_id', '=', projectId).orderBy('position').orderBy('story_id').execute();
    const index = rows.findIndex((r) => r.story_id === storyId);
    if (index < 0) throw new DomainError('NOT_FOUND', 'story not in project');
    const next = reorder(rows, index, direction);
    if (!next) return;
    for (const [position, row] of next.entries()) {
      await trx.updateTable('project_stories').set({ position }).where('target_id', '=', projectId).where('story_id', '=', row.story_id).execute();
    }
    await recordChange(trx, meta, { action: 'project.story.move', objectType: 'project', objectId: projectId, summary: `${key}: story ${storyId} ${direction}`, visible: true });
  });
}
