// Articles as readers see them: every query goes through one "published and visible now" rule.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../database.ts';
import type { Article, ArticleStatus, ArticleSummary, ArticleTranslation } from '../../domain/model.ts';
import { findTermsByIds } from './term-repo.ts';
import { findImages } from './media-repo.ts';

/** Published, past its publication time and past any embargo; for queries that alias articles as "a". */
export function visibleNow(now: number): RawBuilder<boolean> {
  return sql<boolean>`(a.status = 'published' and a.published_at <= ${now} and (a.embargo_until is null or a.embargo_until <= ${now}))`;
}

export function isVisibleNow(a: { status: string; published_at: number | null; embargo_until: number | null }, now: number): boolean {
  return a.status === 'published' && a.published_at !== null && a.published_at <= now && (a.embargo_until === null || a.embargo_until <= now);
}

export interface ListFilter {
  edition: string;
  now: number;
  rubricId?: number;
  tagId?: number;
  authorId?: number;
  projectId?: number;
  institutionId?: number;
  from?: number;
  to?: number;
  maxUrgency?: number;
  withImage?: boolean;
  excludeIds?: number[];
  limit: number;
  offset?: number;
}

const SUMMARY_COLUMNS = [
  'a.id', 'a.story_id', 'a.edition', 'a.headline', 'a.slug', 'a.lead', 'a.urgency', 'a.published_at', 'a.updated_at',
  'a.rubric_id', 'a.lead_media_id',
] as const;

type SummaryRow = {
  id: number; story_id: number; edition: string; headline: string; slug: string; lead: string; urgency: number;
  published_at: number | null; updated_at: number; rubric_id: number | null; lead_media_id: number | null;
};

async function rowsToSummaries(db: Db, edition: string, rows: SummaryRow[]): Promise<ArticleSummary[]> {
  const [rubrics, images] = await Promise.all([
    findTermsByIds(db, 'rubric', edition, rows.flatMap((r) => (r.rubric_id === null ? [] : [r.rubric_id]))),
    findImages(db, edition, rows.map((r) => r.lead_media_id)),
  ]);
  return rows.map((r) => ({
    id: r.id,
    storyId: r.story_id,
    edition: r.edition,
    headline: r.headline,
    slug: r.slug,
    lead: r.lead,
    urgency: r.urgency,
    publishedAt: r.published_at ?? r.updated_at,
    updatedAt: r.updated_at,
    rubric: r.rubric_id === null ? null : rubrics.get(r.rubric_id) ?? null,
    image: r.lead_media_id === null ? null : images.get(r.lead_media_id) ?? null,
  }));
}

export async function listVisible(db: Db, f: ListFilter): Promise<ArticleSummary[]> {
  let qb = db.selectFrom('articles as a').select(SUMMARY_COLUMNS).where('a.edition', '=', f.edition).where(visibleNow(f.now));
  if (f.rubricId !== undefined) qb = qb.where('a.rubric_id', '=', f.rubricId);
  if (f.tagId !== undefined) {
    const tagId = f.tagId;
    qb = qb.where('a.id', 'in', (eb) => eb.selectFrom('article_tags').select('article_id').where('target_id', '=', tagId));
  }
  if (f.authorId !== undefined) {
    const authorId = f.authorId;
    qb = qb.where('a.id', 'in', (eb) => eb.selectFrom('article_authors').select('article_id').where('target_id', '=', authorId));
  }
  if (f.projectId !== undefined) {
    const projectId = f.projectId;
    qb = qb.where('a.story_id', 'in', (eb) => eb.selectFrom('project_stories').select('story_id').where('target_id', '=', projectId));
  }
  if (f.institutionId !== undefined) {
    const institutionId = f.institutionId;
    qb = qb.where('a.story_id', 'in', (eb) => eb.selectFrom('story_institutions').select('story_id').where('target_id', '=', institutionId));
  }
  if (f.from !== undefined) qb = qb.where('a.published_at', '>=', f.from);
  if (f.to !== undefined) qb = qb.where('a.published_at', '<', f.to);
  if (f.maxUrgency !== undefined) qb = qb.where('a.urgency', '<=', f.maxUrgency);
  if (f.withImage) qb = qb.where('a.lead_media_id', 'is not', null);
  if (f.excludeIds?.length) qb = qb.where('a.id', 'not in', f.excludeIds);
  const rows = await qb.orderBy('a.published_at', 'desc').orderBy('a.id', 'desc').limit(f.limit).offset(f.offset ?? 0).execute();
  return rowsToSummaries(db, f.edition, rows);
}

/** The nearest day before `before` (or after `after`) that has visible news, as a timestamp. */
export async function findAdjacentPublication(db: Db, edition: string, now: number, around: { before?: number; after?: number }): Promise<number | undefined> {
  let qb = db.selectFrom('articles as a').select('a.published_at').where('a.edition', '=', edition).where(visibleNow(now));
  if (around.before !== undefined) qb = qb.where('a.published_at', '<', around.before).orderBy('a.published_at', 'desc');
  else qb = qb.where('a.published_at', '>=', around.after!).orderBy('a.published_at', 'asc');
  const row = await qb.limit(1).executeTakeFirst();
  return row?.published_at ?? undefined;
}

export interface ArticleRecord extends Article {
  embargoUntil: number | null;
  isVisible: boolean;
}

/** One article in any status; the caller decides what a reader may see. */
export async function findArticleById(db: Db, id: number, now: number): Promise<ArticleRecord | undefined> {
  const row = await db.selectFrom('articles as a').selectAll().where('a.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [summary] = await rowsToSummaries(db, row.edition, [row]);
  const [tagLinks, authorLinks, siblings] = await Promise.all([
    db.selectFrom('article_tags').select('target_id').where('article_id', '=', id).orderBy('position').execute(),
    db.selectFrom('article_authors').select('target_id').where('article_id', '=', id).orderBy('position').execute(),
    db
      .selectFrom('articles as a')
      .leftJoin('rubric_texts as r', (j) => j.onRef('r.owner_id', '=', 'a.rubric_id').onRef('r.edition', '=', 'a.edition'))
      .select(['a.id', 'a.edition', 'a.headline', 'a.slug', 'r.slug as rubric_slug'])
      .where('a.story_id', '=', row.story_id)
      .where('a.id', '!=', id)
      .where(visibleNow(now))
      .execute(),
  ]);
  const [tags, authors] = await Promise.all([
    findTermsByIds(db, 'tag', row.edition, tagLinks.map((t) => t.target_id)),
    findTermsByIds(db, 'author', row.edition, authorLinks.map((t) => t.target_id)),
  ]);
  const translations: ArticleTranslation[] = siblings.map((s) => ({
    id: s.id, edition: s.edition, headline: s.headline, slug: s.slug, rubricSlug: s.rubric_slug ?? null,
  }));
  return {
    ...summary,
    status: row.status as ArticleStatus,
    place: row.place,
    body: row.body,
    correctionNote: row.correction_note,
    withdrawnAt: row.withdrawn_at,
    embargoUntil: row.embargo_until,
    tags: tagLinks.flatMap((t) => tags.get(t.target_id) ?? []),
    authors: authorLinks.flatMap((t) => authors.get(t.target_id) ?? []),
    translations,
    isVisible: isVisibleNow(row, now),
  };
}

/** The earliest moment after `now` at which a stored article becomes visible: page caches must expire then. */
export async function nextVisibilityChange(db: Db, now: number): Promise<number | undefined> {
  const [pub, emb] = await Promise.all([
    db.selectFrom('articles').select((eb) => eb.fn.min('published_at').as('t')).where('status', '=', 'published').where('published_at', '>', now).executeTakeFirst(),
    db.selectFrom('articles').select((eb) => eb.fn.min('embargo_until').as('t')).where('status', '=', 'published').where('embargo_until', '>', now).executeTakeFirst(),
  ]);
  const times = [pub?.t, emb?.t].filter((t): t is number => typeof t === 'number');
  return times.length ? Math.min(...times) : undefined;
}
