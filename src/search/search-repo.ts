// Asks the index: FTS5 MATCH on SQLite, tsquery on PostgreSQL, visibility by the one rule; ranking is in search-ranking.ts.
import { sql, type RawBuilder } from 'kysely';
import type { Db, DialectName } from '../db/database.ts';
import { visibleNow } from '../db/repos/article-repo.ts';
import { findTermsByIds } from '../db/repos/term-repo.ts';
import { findImages } from '../db/repos/media-repo.ts';
import { runShape } from '../db/repos/query-shapes.ts';
import type { ArticleSummary } from '../domain/model.ts';
import { dialectOf } from './search-index.ts';
import { quoteLexeme } from './search-document.ts';
import type { AnalyzedQuery, IndexClause } from './search-query.ts';

export interface SearchFilter {
  edition: string;
  now: number;
  rubricId?: number;
  tagId?: number;
  /** Published at or after (ms). */
  from?: number;
  /** Published before (ms). */
  to?: number;
}

export type SearchSort = 'relevance' | 'date';

// Column weights: headline, lead, tags, body, dateline place (FTS5); PostgreSQL's D, C, B, A mirror them.
export const BM25_WEIGHTS = sql.raw('10.0, 4.0, 4.0, 1.0, 0.5');
export const TS_WEIGHTS = sql.raw(`'{0.05, 0.1, 0.4, 1.0}'::float4[]`);

function ftsQuote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function ftsClause(c: IndexClause): string {
  if (c.kind === 'term') return ftsQuote(c.stem);
  if (c.kind === 'phrase') return ftsQuote(c.stems.join(' '));
  const alternatives = c.prefixes.map((p) => `${ftsQuote(p)}*`);
  return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`;
}

/** The required clauses alone, as an FTS5 expression. */
export function ftsRequiredExpression(q: AnalyzedQuery): string {
  return q.must.map(ftsClause).join(' AND ');
}

/** The FTS5 MATCH expression, built only from quoted terms: the reader's text never reaches FTS5's syntax. */
export function ftsMatchExpression(q: AnalyzedQuery): string {
  const positive = ftsRequiredExpression(q);
  return q.mustNot.length ? `(${positive}) NOT (${q.mustNot.map(ftsClause).join(' OR ')})` : positive;
}

function tsClause(c: IndexClause): string {
  if (c.kind === 'term') return quoteLexeme(c.stem);
  if (c.kind === 'phrase') return `(${c.stems.map(quoteLexeme).join(' <-> ')})`;
  return `(${c.prefixes.map((p) => `${quoteLexeme(p)}:*`).join(' | ')})`;
}

/** The tsquery, in its text form with quoted lexemes; cast, not parsed by to_tsquery, so nothing is re-normalized. */
export function tsQueryText(q: AnalyzedQuery): string {
  return [...q.must.map(tsClause), ...q.mustNot.map((c) => `!${tsClause(c)}`)].join(' & ');
}

/**
 * The index's matches with their articles, on SQLite. CROSS JOIN keeps the index outermost: driven from the articles,
 * SQLite would probe the index once per article. Each match is checked in the compact lookup index, which holds all
 * that filterSql tests, rather than in its table row: rows are large (HTML bodies), so every match read a page of its
 * own (2.5–7 µs each, half the time of a window of matches at a million articles).
 */
export const FTS_WITH_ARTICLES = sql`search_fts cross join articles a indexed by articles_search_lookup on a.id = search_fts.rowid`;

/**
 * What makes a match shown: edition, visibility now, the reader's filters. On SQLite only the article's id and the
 * columns the lookup index holds: another column would be read from the table row again, for every match.
 */
export function filterSql(f: SearchFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`a.edition = ${f.edition}`, visibleNow(f.now)];
  if (f.rubricId !== undefined) parts.push(sql`a.rubric_id = ${f.rubricId}`);
  if (f.tagId !== undefined) parts.push(sql`exists (select 1 from article_tags t where t.article_id = a.id and t.target_id = ${f.tagId})`);
  if (f.from !== undefined) parts.push(sql`a.published_at >= ${f.from}`);
  if (f.to !== undefined) parts.push(sql`a.published_at < ${f.to}`);
  return sql.join(parts, sql` and `);
}

/** Whether any visible article matches: spelling suggestions are checked with it before they are offered. */
export async function hasMatch(db: Db, q: AnalyzedQuery, f: SearchFilter): Promise<boolean> {
  if (q.must.length === 0) return false;
  const found = dialectOf(db) === 'postgres'
    ? sql`select 1 from search_documents d join articles a on a.id = d.article_id
        where d.document @@ cast(${tsQueryText(q)} as tsquery) and d.edition = ${f.edition} and ${filterSql(f)} limit 1`
    : sql`select 1 from ${FTS_WITH_ARTICLES} where search_fts match ${ftsMatchExpression(q)} and ${filterSql(f)} limit 1`;
  return (await found.execute(db)).rows.length > 0;
}

export interface SearchHitRow extends ArticleSummary {
  body: string;
  place: string;
}

/** The articles of a page of results, with what snippets are made from, in the order of `ids`. */
export async function loadHits(db: Db, edition: string, ids: number[]): Promise<SearchHitRow[]> {
  if (ids.length === 0) return [];
  const rows = await runShape(db, `search-hits:${ids.length}`, ids, () => db
    .selectFrom('articles as a')
    .select(['a.id', 'a.story_id', 'a.edition', 'a.headline', 'a.slug', 'a.lead', 'a.urgency', 'a.published_at', 'a.updated_at', 'a.rubric_id', 'a.lead_media_id', 'a.body', 'a.place'])
    .where('a.id', 'in', ids));
  const [rubrics, images] = await Promise.all([
    findTermsByIds(db, 'rubric', edition, rows.flatMap((r) => (r.rubric_id === null ? [] : [r.rubric_id]))),
    findImages(db, edition, rows.map((r) => r.lead_media_id)),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [{
      id: r.id, storyId: r.story_id, edition: r.edition, headline: r.headline, slug: r.slug, lead: r.lead, urgency: r.urgency,
      publishedAt: r.published_at ?? r.updated_at, updatedAt: r.updated_at,
      rubric: r.rubric_id === null ? null : rubrics.get(r.rubric_id) ?? null,
      image: r.lead_media_id === null ? null : images.get(r.lead_media_id) ?? null,
      body: r.body, place: r.place,
    }];
  });
}
