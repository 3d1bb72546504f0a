// The content API's own queries: keyset pages of visible articles, their translations, and terms by id, key or slug.
import type { Db } from '../db/database.ts';
import type { ArticleSummary, ArticleTranslation, ImageRef } from '../domain/model.ts';
import { isVisibleNow, linkedTo, visibleNow } from '../db/repos/article-repo.ts';
import { TERM_TABLES, type TermKind } from '../db/repos/term-repo.ts';
import type { Cursor } from './cursor.ts';

export interface ArticlePageFilter {
  now: number;
  edition?: string;
  rubricId?: number;
  tagId?: number;
  /** The tag is on many articles: walk the timeline testing each (see ListFilter.denseLinks in article-repo.ts). */
  denseLinks?: boolean;
  /** Published at or after this moment. */
  since?: number;
  /** Strictly older than this (published_at, id) in the newest-first order. */
  after?: Cursor;
  limit: number;
}

export interface ArticleListItem extends ArticleSummary {
  place: string;
}

type PageRow = {
  id: number; story_id: number; edition: string; headline: string; slug: string; lead: string; place: string; urgency: number;
  published_at: number | null; updated_at: number; rubric_id: number | null; lead_media_id: number | null;
  rubric_key: string | null; rubric_name: string | null; rubric_slug: string | null; rubric_description: string | null;
  media_width: number | null; media_height: number | null; media_credit: string | null; media_caption: string | null; media_alt: string | null;
};

/**
 * Newest first, by (published_at, id): a cursor names the last row seen, so articles published meanwhile never shift
 * a later page. The page of ids comes from the timeline indexes alone; only that page is joined with its texts.
 */
export async function listArticlePage(db: Db, f: ArticlePageFilter): Promise<ArticleListItem[]> {
  let page = db.selectFrom('articles as a').select('a.id').where(visibleNow(f.now));
  if (f.edition !== undefined) page = page.where('a.edition', '=', f.edition);
  if (f.rubricId !== undefined) page = page.where('a.rubric_id', '=', f.rubricId);
  if (f.tagId !== undefined) page = page.where(linkedTo('article_tags', f.tagId, f.denseLinks ?? false));
  if (f.since !== undefined) page = page.where('a.published_at', '>=', f.since);
  if (f.after !== undefined) {
    const { publishedAt, id } = f.after;
    // Written out rather than as a row value, so that "published_at <=" bounds the index range on every planner,
    // whichever timeline index is taken (the one without an edition has no id column).
    page = page
      .where('a.published_at', '<=', publishedAt)
      .where((eb) => eb.or([eb('a.published_at', '<', publishedAt), eb('a.id', '<', id)]));
  }
  const ids = page.orderBy('a.published_at', 'desc').orderBy('a.id', 'desc').limit(f.limit);
  const rows: PageRow[] = await db
    .selectFrom('articles as a')
    .innerJoin(ids.as('p'), 'p.id', 'a.id')
    .leftJoin('rubrics as r', 'r.id', 'a.rubric_id')
    .leftJoin('rubric_texts as rt', (j) => j.onRef('rt.owner_id', '=', 'a.rubric_id').onRef('rt.edition', '=', 'a.edition'))
    .leftJoin('media as m', 'm.id', 'a.lead_media_id')
    .leftJoin('media_texts as mt', (j) => j.onRef('mt.media_id', '=', 'a.lead_media_id').onRef('mt.edition', '=', 'a.edition'))
    .select([
      'a.id', 'a.story_id', 'a.edition', 'a.headline', 'a.slug', 'a.lead', 'a.place', 'a.urgency', 'a.published_at', 'a.updated_at',
      'a.rubric_id', 'a.lead_media_id',
      'r.key as rubric_key', 'rt.name as rubric_name', 'rt.slug as rubric_slug', 'rt.description as rubric_description',
      'm.width as media_width', 'm.height as media_height', 'm.credit as media_credit', 'mt.caption as media_caption', 'mt.alt as media_alt',
    ])
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
  const variants = await findVariantWidths(db, rows.flatMap((r) => (r.lead_media_id === null || r.media_width === null ? [] : [r.lead_media_id])));
  return rows.map((r) => rowToSummary(r, variants));
}

function rowToSummary(r: PageRow, variants: Map<number, number[]>): ArticleListItem {
  const image: ImageRef | null = r.lead_media_id === null || r.media_width === null
    ? null
    : {
      id: r.lead_media_id, width: r.media_width, height: r.media_height ?? 0, credit: r.media_credit ?? '',
      caption: r.media_caption ?? '', alt: r.media_alt ?? '', variants: variants.get(r.lead_media_id) ?? [],
    };
  return {
    id: r.id, storyId: r.story_id, edition: r.edition, headline: r.headline, slug: r.slug, lead: r.lead, place: r.place,
    urgency: r.urgency, publishedAt: r.published_at ?? r.updated_at, updatedAt: r.updated_at,
    rubric: r.rubric_id === null || r.rubric_slug === null
      ? null
      : { id: r.rubric_id, key: r.rubric_key ?? '', name: r.rubric_name ?? '', slug: r.rubric_slug, description: r.rubric_description ?? '' },
    image,
  };
}

async function findVariantWidths(db: Db, mediaIds: number[]): Promise<Map<number, number[]>> {
  const ids = [...new Set(mediaIds)];
  const widths = new Map<number, number[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return widths;
  const files = await db.selectFrom('media_files').select(['media_id', 'width']).where('media_id', 'in', ids).orderBy('width').execute();
  for (const f of files) widths.get(f.media_id)?.push(f.width);
  return widths;
}

/**
 * The visible articles of each story, for the translations of a page of articles: one query per page. Found by story
 * alone and judged here, as findArticleById does: with the status in the query a planner may prefer a status index.
 */
export async function findVisibleByStories(db: Db, storyIds: number[], now: number): Promise<Map<number, ArticleTranslation[]>> {
  const ids = [...new Set(storyIds)];
  const byStory = new Map<number, ArticleTranslation[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byStory;
  const rows = await db
    .selectFrom('articles as a')
    .leftJoin('rubric_texts as r', (j) => j.onRef('r.owner_id', '=', 'a.rubric_id').onRef('r.edition', '=', 'a.edition'))
    .select(['a.id', 'a.story_id', 'a.edition', 'a.headline', 'a.slug', 'a.status', 'a.published_at', 'a.embargo_until', 'r.slug as rubric_slug'])
    .where('a.story_id', 'in', ids)
    .orderBy('a.edition')
    .execute();
  for (const r of rows) {
    if (!isVisibleNow(r, now)) continue;
    byStory.get(r.story_id)?.push({ id: r.id, edition: r.edition, headline: r.headline, slug: r.slug, rubricSlug: r.rubric_slug ?? null });
  }
  return byStory;
}

/** A term's id from its id, its key, or its slug in the edition (in that order of preference). */
export async function resolveTermId(db: Db, kind: TermKind, ref: string, edition: string | undefined): Promise<number | undefined> {
  const [owners, texts] = TERM_TABLES[kind];
  const table = owners as 'rubrics';
  if (/^\d{1,15}$/.test(ref)) {
    const row = await db.selectFrom(table).select('id').where('id', '=', Number(ref)).executeTakeFirst();
    if (row) return row.id;
  }
  const byKey = await db.selectFrom(table).select('id').where('key', '=', ref).executeTakeFirst();
  if (byKey) return byKey.id;
  if (edition === undefined) return undefined;
  const bySlug = await db.selectFrom(texts as 'rubric_texts').select('owner_id').where('edition', '=', edition).where('slug', '=', ref).executeTakeFirst();
  return bySlug?.owner_id;
}

/** Each project's cover image id. */
export async function findProjectCovers(db: Db): Promise<Map<number, number | null>> {
  const rows = await db.selectFrom('projects').select(['id', 'cover_media_id']).execute();
  return new Map(rows.map((r) => [r.id, r.cover_media_id]));
}
