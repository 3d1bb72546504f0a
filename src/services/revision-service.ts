// Revision history: every save is kept; word-level differences between any two; restore as a new save.
import { diffWords } from 'diff';
import type { Db } from '../db/database.ts';
import { DomainError } from '../domain/errors.ts';
import { bodyText } from '../domain/body-html.ts';
import { saveArticle, type ArticleSnapshot, type SaveResult } from './article-service.ts';
import type { SessionUser } from './session-service.ts';

export interface RevisionInfo {
  id: number;
  version: number;
  kind: string;
  createdAt: number;
  userName: string;
}

export async function listRevisions(db: Db, articleId: number): Promise<RevisionInfo[]> {
  const rows = await db
    .selectFrom('revisions as r')
    .leftJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.id', 'r.version', 'r.kind', 'r.created_at', 'u.name'])
    .where('r.article_id', '=', articleId)
    .orderBy('r.id', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, version: r.version, kind: r.kind, createdAt: r.created_at, userName: r.name ?? '' }));
}

export async function loadRevision(db: Db, articleId: number, revisionId: number): Promise<ArticleSnapshot> {
  const row = await db.selectFrom('revisions').select('snapshot').where('id', '=', revisionId).where('article_id', '=', articleId).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'No such revision of this article');
  return JSON.parse(row.snapshot) as ArticleSnapshot;
}

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface SnapshotDiff {
  headline: DiffPart[];
  lead: DiffPart[];
  place: DiffPart[];
  body: DiffPart[];
  tags: DiffPart[];
}

function words(a: string, b: string): DiffPart[] {
  return diffWords(a, b).map((p) => ({ value: p.value, added: !!p.added, removed: !!p.removed }));
}

/** Word-level differences of the texts a reader sees (the body compared as text, not markup). */
export function diffSnapshots(a: ArticleSnapshot, b: ArticleSnapshot): SnapshotDiff {
  return {
    headline: words(a.headline, b.headline),
    lead: words(a.lead, b.lead),
    place: words(a.place, b.place),
    body: words(bodyText(a.body), bodyText(b.body)),
    tags: words(a.tags.join(', '), b.tags.join(', ')),
  };
}

export async function restoreRevision(db: Db, user: SessionUser, articleId: number, revisionId: number, expectedVersion: number, ip?: string): Promise<SaveResult> {
  const snapshot = await loadRevision(db, articleId, revisionId);
  return saveArticle(db, user, articleId, expectedVersion, {
    headline: snapshot.headline, lead: snapshot.lead, place: snapshot.place, body: snapshot.body, rubricId: snapshot.rubricId,
    tags: snapshot.tags, urgency: snapshot.urgency, leadMediaId: snapshot.leadMediaId,
  }, { ip });
}

/** Records that a user has the article open; returns the others seen in the last 30 seconds. */
export async function touchPresence(db: Db, articleId: number, userId: number, now = Date.now()): Promise<{ name: string }[]> {
  const updated = await db.updateTable('article_presence').set({ seen_at: now }).where('article_id', '=', articleId).where('user_id', '=', userId).executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    await db.insertInto('article_presence').values({ article_id: articleId, user_id: userId, seen_at: now }).onConflict((oc) => oc.columns(['article_id', 'user_id']).doUpdateSet({ seen_at: now })).execute();
  }
  return db
    .selectFrom('article_presence as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select('u.name')
    .where('p.article_id', '=', articleId)
    .where('p.user_id', '!=', userId)
    .where('p.seen_at', '>', now - 30_000)
    .orderBy('u.name')
    .execute();
}
