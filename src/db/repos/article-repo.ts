// Articles as readers see them: every query goes through one "published and visible now" rule.
import { sql, type ExpressionBuilder, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Db } from '../database.ts';
import type { Database } from '../tables.ts';
import type { Article, ArticleStatus, ArticleSummary, ArticleTranslation, Term } from '../../domain/model.ts';
import { runShape } from './query-shapes.ts';

/** Published, past its publication time and past any embargo; for queries that alias articles as "a". */
export function visibleNow(now: number): RawBuilder<boolean> {
  return sql<boolean>`(a.status = 'published' and a.published_at <= ${now} and (a.embargo_until is null or a.embargo_until <= ${now}))`;
}

/**
 * visibleNow without "published by now", for a query whose own upper bound on the publication time is not later
 * than now, so that the rule follows from it. SQLite reads the timeline index's range up to one upper bound: given
 * "by now" too, it may start from now and pass over every article since the query's bound (an old day or month).
 */
export function visibleBefore(now: number): RawBuilder<boolean> {
  return sql<boolean>`(a.status = 'published' and (a.embargo_until is null or a.embargo_until <= ${now}))`;
}

/** Whether a query bounded above by `to` (exclusive) can use visibleBefore. */
export const endsByNow = (to: number | undefined, now: number): to is number => to !== undefined && to <= now;

/**
 * visibleNow for the rows from a position on that was visible at `now`: nothing there is published later than the
 * position, so "published by now" holds already, and without it both databases read the timeline index from the
 * position (a row value) rather than from now, passing over every row before it (SQLite uses one upper bound).
 */
function visibleFrom(now: number, start: ListPosition): RawBuilder<boolean> {
  return sql<boolean>`(a.status = 'published' and (a.published_at, a.id) <= (${start.publishedAt}, ${start.id}) and (a.embargo_until is null or a.embargo_until <= ${now}))`;
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
  /**
   * The tag or author is on many articles: test each article of the timeline for the link, rather than list every
   * linked article first (which for a tag on 44,000 articles took 13 ms, against 0.3 ms for the walk).
   */
  denseLinks?: boolean;
  /** Rows from this position of the timeline on (it included): a later page read from where it starts. */
  startAt?: ListPosition;
  limit: number;
  offset?: number;
}

/** A place in a list's order (newest first, by publication time, then id). */
export interface ListPosition {
  publishedAt: number;
  id: number;
}

const SUMMARY_COLUMNS = [
  'a.id', 'a.story_id', 'a.edition', 'a.headline', 'a.slug', 'a.lead', 'a.urgency', 'a.published_at', 'a.updated_at',
  'a.rubric_id', 'a.lead_media_id',
] as const;

/** The rubric's and the lead image's texts in the article's own edition, joined rather than fetched per list. */
const JOINED_COLUMNS = [
  'r.key as rubric_key', 'rt.name as rubric_name', 'rt.slug as rubric_slug', 'rt.description as rubric_description',
  'm.width as media_width', 'm.height as media_height', 'm.credit as media_credit', 'mt.caption as media_caption', 'mt.alt as media_alt',
] as const;

type SummaryRow = {
  id: number; story_id: number; edition: string; headline: string; slug: string; lead: string; urgency: number;
  published_at: number | null; updated_at: number; rubric_id: number | null; lead_media_id: number | null;
  rubric_key: string | null; rubric_name: string | null; rubric_slug: string | null; rubric_description: string | null;
  media_width: number | null; media_height: number | null; media_credit: string | null; media_caption: string | null; media_alt: string | null;
};

function articlesWithTexts(db: Db) {
  return db
    .selectFrom('articles as a')
    .leftJoin('rubrics as r', 'r.id', 'a.rubric_id')
    .leftJoin('rubric_texts as rt', (j) => j.onRef('rt.owner_id', '=', 'a.rubric_id').onRef('rt.edition', '=', 'a.edition'))
    .leftJoin('media as m', 'm.id', 'a.lead_media_id')
    .leftJoin('media_texts as mt', (j) => j.onRef('mt.media_id', '=', 'a.lead_media_id').onRef('mt.edition', '=', 'a.edition'));
}

/** Widths of the stored variants of each image, ascending: the one thing about images a join cannot give. */
async function findVariants(db: Db, rows: SummaryRow[]): Promise<Map<number, number[]>> {
  const ids = [...new Set(rows.flatMap((r) => (r.media_width === null || r.lead_media_id === null ? [] : [r.lead_media_id])))];
  const variants = new Map<number, number[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return variants;
  const files = await runShape(db, `variants:${ids.length}`, ids, () =>
    db.selectFrom('media_files').select(['media_id', 'width']).where('media_id', 'in', ids).orderBy('width'));
  for (const f of files) variants.get(f.media_id)?.push(f.width);
  return variants;
}

function rowToSummary(r: SummaryRow, variants: Map<number, number[]>): ArticleSummary {
  return {
    id: r.id,
    storyId: r.story_id,
    edition: r.edition,
    headline: r.headline,
    slug: r.slug,
    lead: r.lead,
    urgency: r.urgency,
    publishedAt: r.published_at ?? r.updated_at,
    updatedAt: r.updated_at,
    rubric: r.rubric_id === null || r.rubric_slug === null
      ? null
      : { id: r.rubric_id, key: r.rubric_key ?? '', name: r.rubric_name ?? '', slug: r.rubric_slug, description: r.rubric_description ?? '' },
    image: r.lead_media_id === null || r.media_width === null
      ? null
      : {
        id: r.lead_media_id, width: r.media_width, height: r.media_height ?? 0, credit: r.media_credit ?? '',
        caption: r.media_caption ?? '', alt: r.media_alt ?? '', variants: variants.get(r.lead_media_id) ?? [],
      },
  };
}

/** The article ("a") is linked to the tag or author: see ListFilter.denseLinks for the two ways to ask. */
export function linkedTo(table: 'article_tags' | 'article_authors', targetId: number, dense: boolean) {
  return (eb: ExpressionBuilder<any, any>) => dense
    ? eb.exists(eb.selectFrom(`${table} as l`).select('l.target_id').whereRef('l.article_id', '=', 'a.id').where('l.target_id', '=', targetId))
    : eb('a.id', 'in', eb.selectFrom(table).select('article_id').where('target_id', '=', targetId));
}

/** On how many articles (of any edition and status) a tag or an author is. */
export async function countLinkedArticles(db: Db, kind: 'tag' | 'author', id: number): Promise<number> {
  const table = kind === 'tag' ? 'article_tags' : 'article_authors';
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('target_id', '=', id).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * The filter's conditions on any query that reads articles as "a". Generic so that the joined list and the page
 * of ids below share them; Kysely cannot type one condition set for both table lists, hence the casts.
 */
function whereListed<QB extends SelectQueryBuilder<any, any, any>>(query: QB, f: ListFilter): QB {
  type Eb = ExpressionBuilder<Database, never>;
  const visible = f.startAt ? visibleFrom(f.now, f.startAt) : endsByNow(f.to, f.now) ? visibleBefore(f.now) : visibleNow(f.now);
  let qb = query.where('a.edition', '=', f.edition).where(visible);
  if (f.rubricId !== undefined) qb = qb.where('a.rubric_id', '=', f.rubricId);
  if (f.tagId !== undefined) qb = qb.where(linkedTo('article_tags', f.tagId, f.denseLinks ?? false));
  if (f.authorId !== undefined) qb = qb.where(linkedTo('article_authors', f.authorId, f.denseLinks ?? false));
  if (f.projectId !== undefined) {
    const projectId = f.projectId;
    qb = qb.where('a.story_id', 'in', (eb: Eb) => eb.selectFrom('project_stories').select('story_id').where('target_id', '=', projectId));
  }
  if (f.institutionId !== undefined) {
    const institutionId = f.institutionId;
    qb = qb.where('a.story_id', 'in', (eb: Eb) => eb.selectFrom('story_institutions').select('story_id').where('target_id', '=', institutionId));
  }
  if (f.from !== undefined) qb = qb.where('a.published_at', '>=', f.from);
  if (f.to !== undefined) qb = qb.where('a.published_at', '<', f.to);
  if (f.maxUrgency !== undefined) qb = qb.where('a.urgency', '<=', f.maxUrgency);
  if (f.withImage) qb = qb.where('a.lead_media_id', 'is not', null);
  if (f.excludeIds?.length) qb = qb.where('a.id', 'not in', f.excludeIds);
  return qb.orderBy('a.published_at', 'desc').orderBy('a.id', 'desc') as QB;
}

/** whereListed's parameters, in the order its conditions bind them. */
function listedParameters(f: Omit<ListFilter, 'limit'>): unknown[] {
  const p: unknown[] = f.startAt ? [f.edition, f.startAt.publishedAt, f.startAt.id, f.now] : endsByNow(f.to, f.now) ? [f.edition, f.now] : [f.edition, f.now, f.now];
  for (const v of [f.rubricId, f.tagId, f.authorId, f.projectId, f.institutionId, f.from, f.to, f.maxUrgency]) if (v !== undefined) p.push(v);
  if (f.excludeIds?.length) p.push(...f.excludeIds);
  return p;
}

/** Which conditions whereListed adds, and how many ids it excludes: one compiled query per distinct shape. */
function listedShape(f: Omit<ListFilter, 'limit'>): string {
  const has = (v: unknown, c: string) => (v === undefined ? '' : c);
  return `${has(f.rubricId, 'r')}${has(f.tagId, 't')}${has(f.authorId, 'a')}${has(f.projectId, 'p')}${has(f.institutionId, 'i')}`
    + `${f.denseLinks ? 'd' : ''}${has(f.from, 'f')}${has(f.to, 'u')}${endsByNow(f.to, f.now) ? 'b' : ''}${has(f.maxUrgency, 'g')}${f.withImage ? 'm' : ''}${has(f.startAt, 's')}x${f.excludeIds?.length ?? 0}`;
}

/**
 * A list's LIMIT, written into the SQL rather than bound: SQLite then reads the joined rubric and image texts of the
 * page's rows only as it returns them, where a bound LIMIT took twice the time (0.31 against 0.16 ms for a page of 21
 * with its joins). Lists use a handful of sizes, so the compiled shapes stay few.
 */
function limitOf(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new Error(`not a list size: ${limit}`);
  return limit;
}

/**
 * Where many articles may be passed over (a later page, or a filter through a link table), the page of ids is
 * taken from the timeline index alone first (it holds every column the visibility rule and the order read, so
 * passed-over rows are never read from the table), and only that page is joined to the rubric and image texts.
 * Otherwise the texts are joined straight away, which saves materializing and re-sorting the page.
 */
export async function listVisible(db: Db, f: ListFilter): Promise<ArticleSummary[]> {
  const columns = [...SUMMARY_COLUMNS, ...JOINED_COLUMNS] as const;
  const passesOver = Boolean(f.offset) || [f.tagId, f.authorId, f.projectId, f.institutionId].some((id) => id !== undefined);
  let rows: SummaryRow[];
  if (!passesOver) {
    rows = await runShape(db, `list:${listedShape(f)}:${limitOf(f.limit)}`, listedParameters(f), () =>
      whereListed(articlesWithTexts(db).select(columns), f).limit(sql.lit(limitOf(f.limit))));
  } else {
    rows = await runShape(db, `list-page:${listedShape(f)}:${limitOf(f.limit)}`, [...listedParameters(f), f.offset ?? 0], () => {
      const ids = whereListed(db.selectFrom('articles as a').select('a.id'), f).limit(sql.lit(limitOf(f.limit))).offset(f.offset ?? 0);
      return articlesWithTexts(db)
        .innerJoin(ids.as('p'), 'p.id', 'a.id')
        .select(columns)
        .orderBy('a.published_at', 'desc')
        .orderBy('a.id', 'desc');
    });
  }
  const variants = await findVariants(db, rows);
  return rows.map((r) => rowToSummary(r, variants));
}

/**
 * Where the list's row at `offset` stands (counted from `startAt` where given): found by passing over the rows before it in the timeline index (whose
 * columns answer the filter without reading the table), so that a later page can then be read from there.
 */
export async function findListPosition(db: Db, f: Omit<ListFilter, 'limit' | 'offset'>, offset: number): Promise<ListPosition | undefined> {
  const [row] = await runShape(db, `position:${listedShape(f)}`, [...listedParameters(f), 1, offset], () =>
    whereListed(db.selectFrom('articles as a').select(['a.published_at', 'a.id']), { ...f, limit: 1 }).limit(1).offset(offset));
  return row?.published_at == null ? undefined : { publishedAt: Number(row.published_at), id: Number(row.id) };
}

/**
 * A project's stories in the edition, in the order the newsroom curated (project_stories.position, then the
 * story's number, as the newsroom lists them), visible ones only.
 */
export async function listCuratedVisible(db: Db, f: { edition: string; now: number; projectId: number; limit: number }): Promise<ArticleSummary[]> {
  // The project's links drive the query: CROSS JOIN keeps SQLite from walking the edition's whole timeline for
  // a project's few stories (PostgreSQL plans it as an inner join by its statistics).
  const rows: SummaryRow[] = await runShape(db, 'curated', [f.projectId, f.edition, f.now, f.now, f.limit], () => db
    .selectFrom('project_stories as ps')
    .crossJoin('articles as a')
    .leftJoin('rubrics as r', 'r.id', 'a.rubric_id')
    .leftJoin('rubric_texts as rt', (j) => j.onRef('rt.owner_id', '=', 'a.rubric_id').onRef('rt.edition', '=', 'a.edition'))
    .leftJoin('media as m', 'm.id', 'a.lead_media_id')
    .leftJoin('media_texts as mt', (j) => j.onRef('mt.media_id', '=', 'a.lead_media_id').onRef('mt.edition', '=', 'a.edition'))
    .select([...SUMMARY_COLUMNS, ...JOINED_COLUMNS])
    .where('ps.target_id', '=', f.projectId)
    .whereRef('a.story_id', '=', 'ps.story_id')
    .where('a.edition', '=', f.edition)
    .where(visibleNow(f.now))
    .orderBy('ps.position')
    .orderBy('ps.story_id')
    .limit(f.limit));
  const variants = await findVariants(db, rows);
  return rows.map((r) => rowToSummary(r, variants));
}

/** The nearest day before `before` (or after `after`) that has visible news, as a timestamp. */
export async function findAdjacentPublication(db: Db, edition: string, now: number, around: { before?: number; after?: number }): Promise<number | undefined> {
  const before = around.before !== undefined;
  const bounded = endsByNow(around.before, now);
  const parameters = [edition, ...(bounded ? [now] : [now, now]), before ? around.before : around.after, 1];
  const [row] = await runShape(db, `adjacent:${before ? 'before' : 'after'}${bounded ? ':bounded' : ''}`, parameters, () => {
    const qb = db.selectFrom('articles as a').select('a.published_at').where('a.edition', '=', edition).where(bounded ? visibleBefore(now) : visibleNow(now));
    return (before
      ? qb.where('a.published_at', '<', around.before!).orderBy('a.published_at', 'desc')
      : qb.where('a.published_at', '>=', around.after!).orderBy('a.published_at', 'asc')).limit(1);
  });
  return row?.published_at ?? undefined;
}

export interface ArticleRecord extends Article {
  embargoUntil: number | null;
  isVisible: boolean;
}

/** An article's tags and authors, each in their order, named as in its edition: one query for both. */
async function findTagsAndAuthors(db: Db, articleId: number, edition: string): Promise<{ tags: Term[]; authors: Term[] }> {
  const rows = await runShape(db, 'linked-terms', [edition, articleId, edition, articleId], () => db
    .selectFrom('article_tags as l')
    .innerJoin('tags as o', 'o.id', 'l.target_id')
    .innerJoin('tag_texts as t', (j) => j.onRef('t.owner_id', '=', 'l.target_id').on('t.edition', '=', edition))
    .select([sql<number>`0`.as('is_author'), 'l.position as position', 'o.id as id', 'o.key as key', 't.name as name', 't.slug as slug', 't.description as description'])
    .where('l.article_id', '=', articleId)
    .unionAll(db
      .selectFrom('article_authors as l')
      .innerJoin('authors as o', 'o.id', 'l.target_id')
      .innerJoin('author_texts as t', (j) => j.onRef('t.owner_id', '=', 'l.target_id').on('t.edition', '=', edition))
      .select([sql<number>`1`.as('is_author'), 'l.position as position', 'o.id as id', 'o.key as key', 't.name as name', 't.slug as slug', 't.description as description'])
      .where('l.article_id', '=', articleId))
    .orderBy('is_author')
    .orderBy('position'));
  const term = (r: (typeof rows)[number]): Term => ({ id: r.id, key: r.key, name: r.name, slug: r.slug, description: r.description });
  return { tags: rows.filter((r) => !Number(r.is_author)).map(term), authors: rows.filter((r) => Number(r.is_author)).map(term) };
}

/** One article in any status; the caller decides what a reader may see. */
export async function findArticleById(db: Db, id: number, now: number): Promise<ArticleRecord | undefined> {
  const [row] = await runShape(db, 'article', [id], () => articlesWithTexts(db).selectAll('a').select(JOINED_COLUMNS).where('a.id', '=', id));
  if (!row) return undefined;
  const [variants, { tags, authors }, siblings] = await Promise.all([
    findVariants(db, [row]),
    findTagsAndAuthors(db, id, row.edition),
    // The story's few articles are found by story alone and judged here: with the status in the query, the planner
    // may take an index on status and read every published article.
    runShape(db, 'story-articles', [row.story_id], () => db
      .selectFrom('articles as a')
      .leftJoin('rubric_texts as r', (j) => j.onRef('r.owner_id', '=', 'a.rubric_id').onRef('r.edition', '=', 'a.edition'))
      .select(['a.id', 'a.edition', 'a.headline', 'a.slug', 'a.status', 'a.published_at', 'a.embargo_until', 'r.slug as rubric_slug'])
      .where('a.story_id', '=', row.story_id)),
  ]);
  const translations: ArticleTranslation[] = siblings.filter((s) => s.id !== id && isVisibleNow(s, now)).map((s) => ({
    id: s.id, edition: s.edition, headline: s.headline, slug: s.slug, rubricSlug: s.rubric_slug ?? null,
  }));
  return {
    ...rowToSummary(row, variants),
    status: row.status as ArticleStatus,
    place: row.place,
    body: row.body,
    correctionNote: row.correction_note,
    withdrawnAt: row.withdrawn_at,
    embargoUntil: row.embargo_until,
    tags,
    authors,
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
