// Orders the matches of a query: in windows of the newest matches, by text relevance and recency, at a cost that does
// not grow with the archive.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/database.ts';
import { readContentVersion } from '../db/repos/site-state-repo.ts';
import { dialectOf } from './search-index.ts';
import { BM25_WEIGHTS, FTS_WITH_ARTICLES, TS_WEIGHTS, filterSql, ftsClause, ftsMatchExpression, ftsRequiredExpression, tsQueryText, type SearchFilter, type SearchSort } from './search-repo.ts';
import type { AnalyzedQuery, IndexClause } from './search-query.ts';

/**
 * How many matches are ranked together. Ranking every match of a common word costs time in proportion to the archive
 * (a word in a quarter of a million articles took over a second), so matches are taken newest first (by id, which
 * grows as articles are written), after the filters, in windows of this many; each window is ranked on its own and
 * the windows follow each other. A query with fewer matches, as most are, is ranked whole. 100 rather than 200: five
 * pages of the reader's twenty, and a tenth of a search's cost less at a million articles (the window's matches are
 * read and checked one by one); a word with more matches than this is in the news every few days, and its newest
 * hundred stories are what a reader of news looks for first.
 */
export const RANKING_WINDOW = 100;

/**
 * SQLite's bm25 first counts, for every term of the query, all the articles that hold it, however few are ranked: for a
 * word in a quarter of the archive that alone took 20 ms. So bm25 ranks a window only when every term is in fewer
 * articles than this; otherwise matches in the headline, lead or tags (weighted as bm25 weighs them) come first.
 */
export const MAX_BM25_TERM_ARTICLES = 2_000;
const PROMINENT_WEIGHT = 9;

/** The two limits above; tests make them small to see windows and the cheaper ranking on a small archive. */
export interface RankingTuning {
  window: number;
  maxBm25TermArticles: number;
}

const DEFAULT_TUNING: RankingTuning = { window: RANKING_WINDOW, maxBm25TermArticles: MAX_BM25_TERM_ARTICLES };

export interface RankedArticle {
  id: number;
  score: number;
}

interface WindowRow {
  id: number;
  published_at: number;
  /** Text relevance alone (bm25 or ts_rank_cd), when the window is ranked by it. */
  text_score: number | null;
}

/**
 * Recent stories are favoured: a story of today counts half as much again as its text alone, one a month old a
 * quarter, one a year old almost nothing more.
 */
export function recencyBoost(publishedAt: number, now: number): number {
  const days = publishedAt < now ? (now - publishedAt) / 86_400_000 : 0;
  return 1 + (0.5 * 30) / (30 + days);
}

// How many articles hold a term, counted up to the limit: kept a while, as it changes slowly and costs a scan.
const TERM_COUNT_TTL_MS = 10 * 60_000;
const termCountsByDb = new WeakMap<Db, Map<string, { count: number; at: number }>>();

async function countArticlesWith(db: Db, expression: string, now: number, max: number): Promise<number> {
  let termCounts = termCountsByDb.get(db);
  if (!termCounts) termCountsByDb.set(db, (termCounts = new Map()));
  const key = `${max}:${expression}`;
  const known = termCounts.get(key);
  if (known && now - known.at < TERM_COUNT_TTL_MS) return known.count;
  const { rows } = await sql<{ n: number }>`select count(*) as n from (select 1 from search_fts where search_fts match ${expression} limit ${max + 1})`.execute(db);
  const count = Number(rows[0]?.n ?? 0);
  if (termCounts.size >= 50_000) termCounts.clear();
  termCounts.set(key, { count, at: now });
  return count;
}

/** The single terms bm25 would count: each term, each word of a phrase, each prefix. */
function termsOf(c: IndexClause): string[] {
  if (c.kind === 'phrase') return c.stems.map((stem) => ftsClause({ kind: 'term', stem, word: stem }));
  return [ftsClause(c)];
}

async function bm25IsCheap(db: Db, q: AnalyzedQuery, now: number, max: number): Promise<boolean> {
  for (const term of new Set(q.must.flatMap(termsOf))) {
    if ((await countArticlesWith(db, term, now, max)) > max) return false;
  }
  return true;
}

type Mode = 'text' | 'prominence' | 'date';

/**
 * Bounds on the index's rowids that FTS5 uses. node:sqlite binds a JavaScript number as a float, and FTS5 ignores a
 * rowid bound that is not an integer: it read every match beyond it instead (12 ms rather than 0.1 for a window of a
 * common word at a million articles).
 */
function rowidBetween(lo: number, hi: number): RawBuilder<unknown> {
  return sql`search_fts.rowid between cast(${lo} as integer) and cast(${hi} as integer)`;
}

/** Rows `offset` … `offset + limit` of the stream of visible matches, newest (by id) first. */
async function windowRows(db: Db, q: AnalyzedQuery, f: SearchFilter, mode: Mode, limit: number, offset: number): Promise<WindowRow[]> {
  if (dialectOf(db) === 'postgres') {
    const query = sql`cast(${tsQueryText(q)} as tsquery)`;
    const score = mode === 'text' ? sql`ts_rank_cd(${TS_WEIGHTS}, m.document, ${query}, 1)` : sql`null`;
    const { rows } = await sql<WindowRow>`select m.id, m.published_at, ${score} as text_score
      from (select a.id, a.published_at, d.document from search_documents d join articles a on a.id = d.article_id
        where d.document @@ ${query} and d.edition = ${f.edition} and ${filterSql(f)}
        order by a.id desc limit ${limit} offset ${offset}) m`.execute(db);
    return rows;
  }
  const ids = await idRangeOf(db, f);
  if (ids === null) return [];
  const score = mode === 'text' ? sql`-bm25(search_fts, ${BM25_WEIGHTS})` : sql`null`;
  // LIMIT and OFFSET written into the SQL (whole numbers of ours): bound as parameters, SQLite took about 15 % longer
  // per search, as it does for the site's lists (see limitOf in article-repo.ts).
  const { rows } = await sql<WindowRow>`select a.id as id, a.published_at as published_at, ${score} as text_score
    from ${FTS_WITH_ARTICLES}
    where search_fts match ${ftsMatchExpression(q)} ${ids ? sql`and ${rowidBetween(ids.lo, ids.hi)}` : sql``} and ${filterSql(f)}
    order by search_fts.rowid desc limit ${sql.lit(limit)} offset ${sql.lit(offset)}`.execute(db);
  return rows;
}

interface IdRange {
  lo: number;
  hi: number;
}

// Id ranges of date filters, per database and content version: a range changes only when articles are written, and
// finding it passes over every article of the edition published in the dates (2 ms for a month at a million).
const idRangesByDb = new WeakMap<Db, { version: number; ranges: Map<string, IdRange | null> }>();
const MAX_REMEMBERED_RANGES = 1000;

/**
 * With dates, the ids of the edition's articles published in them, from the timeline index: FTS5 then passes over
 * matches outside them itself, about ten times faster than reading each one's article to test its date.
 * Undefined without dates; null when nothing was published then.
 */
async function idRangeOf(db: Db, f: SearchFilter): Promise<IdRange | null | undefined> {
  if (f.from === undefined && f.to === undefined) return undefined;
  // Read before the range: a write in between leaves a newer range under an older version, found again next time.
  const version = await readContentVersion(db);
  let memo = idRangesByDb.get(db);
  if (!memo || memo.version !== version) idRangesByDb.set(db, (memo = { version, ranges: new Map() }));
  const key = `${f.edition}|${f.from ?? ''}|${f.to ?? ''}`;
  const known = memo.ranges.get(key);
  if (known !== undefined) return known;
  let qb = db.selectFrom('articles').select((eb) => [eb.fn.min<number>('id').as('lo'), eb.fn.max<number>('id').as('hi')])
    .where('edition', '=', f.edition).where('status', '=', 'published');
  if (f.from !== undefined) qb = qb.where('published_at', '>=', f.from);
  if (f.to !== undefined) qb = qb.where('published_at', '<', f.to);
  const row = await qb.executeTakeFirst();
  const range = row?.lo == null || row.hi == null ? null : { lo: Number(row.lo), hi: Number(row.hi) };
  if (memo.ranges.size >= MAX_REMEMBERED_RANGES) memo.ranges.clear();
  memo.ranges.set(key, range);
  return range;
}

/** Of the window's articles, those whose headline, lead or tags hold what the query requires. */
async function prominentIds(db: Db, q: AnalyzedQuery, rows: WindowRow[]): Promise<Set<number>> {
  const newest = rows[0].id;
  const oldest = rows.at(-1)!.id;
  // Only the window's stretch of the index is read. All of it: it holds the other editions' matches too, so a limit of
  // the window's size would miss the prominent matches at the window's old end when a word is in several languages.
  const { rows: found } = await sql<{ id: number }>`select rowid as id from search_fts
    where search_fts match ${`{headline lead tags} : (${ftsRequiredExpression(q)})`} and ${rowidBetween(oldest, newest)}`.execute(db);
  return new Set(found.map((r) => Number(r.id)));
}

/**
 * A page of matching visible articles, best first (or newest first), ranked within windows of RANKING_WINDOW matches.
 * The query must have at least one required clause.
 */
export async function findMatches(
  db: Db, q: AnalyzedQuery, f: SearchFilter, sort: SearchSort, limit: number, offset: number, tuning: RankingTuning = DEFAULT_TUNING,
): Promise<RankedArticle[]> {
  if (q.must.length === 0 || limit <= 0) return [];
  const size = tuning.window;
  const firstWindow = Math.floor(offset / size);
  const lastWindow = Math.floor((offset + limit - 1) / size);
  const mode: Mode = sort === 'date' ? 'date' : dialectOf(db) === 'postgres' || (await bm25IsCheap(db, q, f.now, tuning.maxBm25TermArticles)) ? 'text' : 'prominence';
  const start = firstWindow * size;
  const rows = await windowRows(db, q, f, mode, (lastWindow - firstWindow + 1) * size, start);
  if (rows.length === 0) return [];
  const prominent = mode === 'prominence' ? await prominentIds(db, q, rows) : null;
  const ranked = rows.map((r, i) => {
    const text = mode === 'text' ? Number(r.text_score) : prominent ? (prominent.has(Number(r.id)) ? 1 + PROMINENT_WEIGHT : 1) : 0;
    return { id: Number(r.id), publishedAt: Number(r.published_at), window: Math.floor(i / size), score: text * recencyBoost(Number(r.published_at), f.now) };
  });
  ranked.sort((a, b) => a.window - b.window || (mode === 'date' ? 0 : b.score - a.score) || b.publishedAt - a.publishedAt || b.id - a.id);
  return ranked.slice(offset - start, offset - start + limit).map((r) => ({ id: r.id, score: r.score }));
}
