// The story each new article of a batch joins: looked up for the whole batch in three queries, then decided in memory.
import type { Db } from '../db/database.ts';
import { insertRows, selectIn } from './import-sql.ts';
import type { PendingItem } from './import-write.ts';

/** Translations looked at per item. */
const MAX_TRANSLATIONS = 50;

export interface StoryPlacer {
  /**
   * The story a new article joins: its translation group's, else a translation's, never one that has its edition
   * already; when none fits, a new one under a provisional (negative) id until `insertStories`.
   */
  place(item: PendingItem, now: number): number;
  /** Inserts the new stories in one statement; provisional id → real id. */
  insertStories(): Promise<Map<number, number>>;
}

/**
 * Reads what the batch's items point to (translation-group stories, translations' articles, the editions those stories
 * hold) and keeps it up to date as articles are placed, so that an item sees the earlier items of its own batch as if
 * they had been written one by one.
 */
export async function createStoryPlacer(db: Db, items: readonly PendingItem[]): Promise<StoryPlacer> {
  const groupUris = new Set<string>();
  const translationUris = new Set<string>();
  for (const { article } of items) {
    if (article.storyUri) groupUris.add(article.storyUri);
    for (const uri of article.translationUris.slice(0, MAX_TRANSLATIONS)) translationUris.add(uri);
  }
  const storyOfGroup = new Map<string, number>();
  for (const r of await selectIn([...groupUris], (uris) => db.selectFrom('stories').select(['id', 'uri']).where('uri', 'in', uris).execute())) storyOfGroup.set(r.uri!, r.id);
  const storyOfArticle = new Map<string, number>();
  for (const r of await selectIn([...translationUris], (uris) => db.selectFrom('articles').select(['uri', 'story_id']).where('uri', 'in', uris).execute())) storyOfArticle.set(r.uri!, r.story_id);
  const editionsOf = new Map<number, Set<string>>();
  const storyIds = [...new Set([...storyOfGroup.values(), ...storyOfArticle.values()])];
  for (const id of storyIds) editionsOf.set(id, new Set());
  for (const r of await selectIn(storyIds, (ids) => db.selectFrom('articles').select(['story_id', 'edition']).where('story_id', 'in', ids).execute())) editionsOf.get(r.story_id)!.add(r.edition);

  let created: { id: number; uri: string | null; createdAt: number }[] = [];
  const real = (id: number, ids: Map<number, number>) => (id < 0 ? ids.get(id) ?? id : id);

  return {
    place({ article, edition }, now) {
      const candidates: number[] = [];
      const group = article.storyUri ? storyOfGroup.get(article.storyUri) : undefined;
      if (group !== undefined) candidates.push(group);
      // In the order of their URIs, as SQLite's index hands the rows of `uri in (…)` back.
      for (const uri of [...new Set(article.translationUris.slice(0, MAX_TRANSLATIONS))].sort()) {
        const id = storyOfArticle.get(uri);
        if (id !== undefined && !candidates.includes(id)) candidates.push(id);
      }
      let storyId = candidates.find((id) => !editionsOf.get(id)!.has(edition));
      if (storyId === undefined) {
        const uri = article.storyUri && !candidates.length ? article.storyUri : null;
        const createdAt = article.contentCreated ?? article.firstCreated ?? now;
        storyId = -(created.length + 1);
        created.push({ id: storyId, uri, createdAt });
        editionsOf.set(storyId, new Set());
        if (uri) storyOfGroup.set(uri, storyId);
      }
      editionsOf.get(storyId)!.add(edition);
      storyOfArticle.set(article.uri, storyId);
      return storyId;
    },
    async insertStories() {
      const ids = new Map<number, number>();
      if (!created.length) return ids;
      const rows = created;
      created = [];
      const returned = await insertRows<{ id: number }>(db, 'stories', ['uri', 'created_at'], rows.map((r) => [r.uri, r.createdAt]), ['id']);
      // Statements number their rows in order (SQLite's rowids, a PostgreSQL sequence), whatever order RETURNING uses.
      const sorted = returned.map((r) => Number(r.id)).sort((a, b) => a - b);
      rows.forEach((r, i) => ids.set(r.id, sorted[i]));
      for (const [uri, id] of storyOfGroup) storyOfGroup.set(uri, real(id, ids));
      for (const [uri, id] of storyOfArticle) storyOfArticle.set(uri, real(id, ids));
      for (const [id, editions] of [...editionsOf]) {
        if (id >= 0) continue;
        editionsOf.delete(id);
        editionsOf.set(real(id, ids), editions);
      }
      return ids;
    },
  };
}
