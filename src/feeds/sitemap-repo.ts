// What sitemaps list: visible articles by UTC month with their visible translations, and terms that have visible news.
import { setImmediate } from 'node:timers/promises';
import type { Db } from '../db/database.ts';
import { endsByNow, isVisibleNow, visibleBefore, visibleNow } from '../db/repos/article-repo.ts';

export interface MonthCount {
  edition: string;
  /** yyyy-mm, in UTC. */
  month: string;
  count: number;
  /** Newest publication in it. */
  lastmod: number;
}

/**
 * Visible articles per UTC month of one edition, newest month first. Each month is counted on its own range of the
 * edition's timeline index (whose columns answer the rule, so no article row is read), and the next month with
 * news is found by a seek: grouping a million articles by day instead read and sorted the whole index (150 ms per
 * edition, blocking every other request meanwhile); this takes a quarter of that, and years without news cost nothing.
 */
export async function countVisibleByMonth(db: Db, edition: string, now: number): Promise<MonthCount[]> {
  const months: MonthCount[] = [];
  let cursor: number | undefined;
  for (;;) {
    let first = db.selectFrom('articles as a').select((eb) => eb.fn.min('a.published_at').as('t')).where('a.edition', '=', edition).where(visibleNow(now));
    if (cursor !== undefined) first = first.where('a.published_at', '>=', cursor);
    const next = await first.executeTakeFirst();
    if (next?.t == null) break;
    const month = new Date(Number(next.t)).toISOString().slice(0, 7);
    const { from, to } = monthRange(month);
    const row = await db.selectFrom('articles as a')
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('a.published_at').as('newest')])
      .where('a.edition', '=', edition).where(endsByNow(to, now) ? visibleBefore(now) : visibleNow(now))
      .where('a.published_at', '>=', from).where('a.published_at', '<', to)
      .executeTakeFirst();
    if (row && Number(row.n) > 0) months.push({ edition, month, count: Number(row.n), lastmod: Number(row.newest) });
    cursor = to;
    // A few milliseconds per month at a million articles: other requests are served in between.
    await setImmediate();
  }
  return months.reverse();
}

/** The UTC instants a yyyy-mm month starts and ends. */
export function monthRange(month: string): { from: number; to: number } {
  const [y, m] = month.split('-').map(Number);
  return { from: Date.UTC(y, m - 1, 1), to: Date.UTC(y, m, 1) };
}

export interface SitemapArticle {
  id: number;
  storyId: number;
  edition: string;
  slug: string;
  rubricSlug: string | null;
  publishedAt: number;
  updatedAt: number;
}

function articlesWithRubric(db: Db) {
  return db
    .selectFrom('articles as a')
    .leftJoin('rubric_texts as rt', (j) => j.onRef('rt.owner_id', '=', 'a.rubric_id').onRef('rt.edition', '=', 'a.edition'))
    .select(['a.id', 'a.story_id', 'a.edition', 'a.slug', 'rt.slug as rubric_slug', 'a.published_at', 'a.updated_at']);
}

type Row = { id: number; story_id: number; edition: string; slug: string; rubric_slug: string | null; published_at: number | null; updated_at: number };

function rowToSitemapArticle(r: Row): SitemapArticle {
  return {
    id: r.id, storyId: r.story_id, edition: r.edition, slug: r.slug, rubricSlug: r.rubric_slug,
    publishedAt: Number(r.published_at ?? r.updated_at), updatedAt: Number(r.updated_at),
  };
}

/** Where a month's listing stopped: its last article's publication time and id. */
export interface MonthPosition {
  publishedAt: number;
  id: number;
}

/**
 * Up to `limit` of an edition's visible articles first published in [from, to), oldest first: from the start of
 * the month past `offset` of them, or else right after `after`.
 */
export async function listMonthArticles(db: Db, edition: string, range: { from: number; to: number }, now: number, limit: number, start: { offset: number } | { after: MonthPosition }): Promise<SitemapArticle[]> {
  let query = articlesWithRubric(db)
    .where('a.edition', '=', edition)
    .where(endsByNow(range.to, now) ? visibleBefore(now) : visibleNow(now))
    .where('a.published_at', '<', range.to);
  if ('after' in start) {
    // The one lower bound (it lies in the month): given the month's start too, SQLite may read from there again.
    const { publishedAt, id } = start.after;
    query = query.where((eb) => eb(eb.refTuple('a.published_at', 'a.id'), '>', eb.tuple(publishedAt, id)));
  } else {
    query = query.where('a.published_at', '>=', range.from).offset(start.offset);
  }
  const rows = await query.orderBy('a.published_at').orderBy('a.id').limit(limit).execute();
  return rows.map(rowToSitemapArticle);
}

/** Bound parameters per statement stay far below SQLite's and PostgreSQL's limits. */
const CHUNK = 500;

/**
 * The visible articles in other editions of the given stories, by story: the hreflang alternates. Found by story
 * alone and judged here with isVisibleNow, as findArticleById does: with the status in the query, the planner may
 * take an index on status and read every published article (a minute per month sitemap on a million articles).
 */
export async function findVisibleTranslations(db: Db, storyIds: number[], exceptEdition: string, now: number): Promise<Map<number, SitemapArticle[]>> {
  const byStory = new Map<number, SitemapArticle[]>();
  const unique = [...new Set(storyIds)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await articlesWithRubric(db)
      .select(['a.status', 'a.embargo_until'])
      .where('a.story_id', 'in', unique.slice(i, i + CHUNK))
      .where('a.edition', '<>', exceptEdition)
      .execute();
    for (const r of rows) {
      if (!isVisibleNow(r, now)) continue;
      byStory.set(r.story_id, [...(byStory.get(r.story_id) ?? []), rowToSitemapArticle(r)]);
    }
  }
  return byStory;
}

/** Tags or authors with a visible article in the edition, id → slug: a tag made for an embargoed story must not announce it. */
export async function findTermsWithVisibleNews(db: Db, kind: 'tag' | 'author', edition: string, now: number): Promise<Map<number, string>> {
  const [owners, texts, links] = kind === 'tag' ? ['tags', 'tag_texts', 'article_tags'] as const : ['authors', 'author_texts', 'article_authors'] as const;
  const rows = await db
    .selectFrom(`${owners} as o` as 'tags as o')
    .innerJoin(`${texts} as t` as 'tag_texts as t', 't.owner_id', 'o.id')
    .select(['o.id', 't.slug'])
    .where('t.edition', '=', edition)
    .where((eb) => eb.exists(
      eb.selectFrom(`${links} as l` as 'article_tags as l')
        .innerJoin('articles as a', 'a.id', 'l.article_id')
        .select('l.article_id')
        .whereRef('l.target_id', '=', 'o.id')
        .where('a.edition', '=', edition)
        .where(visibleNow(now)),
    ))
    .orderBy('o.position')
    .orderBy('t.slug')
    .execute();
  return new Map(rows.map((r) => [r.id, r.slug]));
}
