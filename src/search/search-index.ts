// Keeps the search index in step with the articles: called in the same transaction as every write that changes one.
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { languageOf } from './normalize.ts';
import { analyzeArticle, INDEXED_STATUSES, isIndexedStatus, type SearchableText } from './search-document.ts';
import { dialectOf, writeIndexEntries, type IndexEntry, type KnownWords } from './search-entries.ts';
import type { SearchTables } from './search-tables.ts';

export { dialectOf, writeIndexEntries, type IndexEntry, type KnownWords } from './search-entries.ts';

/** Articles analysed and written per statement batch (and per transaction in a rebuild). */
const BATCH = 500;

export { INDEXED_STATUSES } from './search-document.ts';

interface IndexRow extends SearchableText {
  id: number;
  edition: string;
  language: string;
}

async function loadIndexRows(db: Db, filter: { ids?: number[]; afterId?: number; limit?: number; edition?: string }): Promise<(IndexRow & { status: string })[]> {
  let qb = db
    .selectFrom('articles as a')
    .innerJoin('editions as e', 'e.code', 'a.edition')
    .select(['a.id', 'a.edition', 'a.status', 'a.headline', 'a.lead', 'a.body', 'a.place', 'e.locale']);
  // A rebuild walks the articles in id order, a batch at a time: on SQLite the primary key must lead. Offered an index
  // on status or edition, SQLite read every such article and sorted them for each batch (2.3 s a batch at a million
  // articles); `+` makes a column unusable for an index there. PostgreSQL plans this well as it is.
  const sqlite = dialectOf(db) === 'sqlite';
  const status = sqlite ? sql<string>`+a.status` : sql<string>`a.status`;
  const edition = sqlite ? sql<string>`+a.edition` : sql<string>`a.edition`;
  if (filter.ids !== undefined) qb = qb.where('a.id', 'in', filter.ids);
  if (filter.edition !== undefined) qb = qb.where(edition, '=', filter.edition);
  if (filter.afterId !== undefined) qb = qb.where('a.id', '>', filter.afterId).where(status, 'in', [...INDEXED_STATUSES]).orderBy('a.id').limit(filter.limit ?? BATCH);
  const rows = await qb.execute();
  if (rows.length === 0) return [];
  const tags = await db
    .selectFrom('article_tags as l')
    .innerJoin('articles as a', 'a.id', 'l.article_id')
    .innerJoin('tag_texts as t', (j) => j.onRef('t.owner_id', '=', 'l.target_id').onRef('t.edition', '=', 'a.edition'))
    .select(['l.article_id', 't.name'])
    .where('l.article_id', 'in', rows.map((r) => r.id))
    .orderBy('l.article_id')
    .orderBy('l.position')
    .execute();
  const tagsOf = new Map<number, string[]>();
  for (const t of tags) {
    const list = tagsOf.get(t.article_id);
    if (list) list.push(t.name);
    else tagsOf.set(t.article_id, [t.name]);
  }
  return rows.map((r) => ({
    id: r.id, edition: r.edition, status: r.status, language: languageOf(r.locale),
    headline: r.headline, lead: r.lead, body: r.body, place: r.place, tags: tagsOf.get(r.id) ?? [],
  }));
}

function indexEntryOf(row: IndexRow): IndexEntry {
  return { id: row.id, edition: row.edition, ...analyzeArticle(row, row.language) };
}

/**
 * Brings one article's index entry up to date: written if the article is published or scheduled, removed otherwise
 * (draft, in review, withdrawn, deleted). Pass the transaction that changed the article.
 */
export async function reindexArticle(db: Db, articleId: number): Promise<void> {
  await reindexArticles(db, [articleId]);
}

/** Brings several articles' index entries up to date, as reindexArticle does, in batches in the caller's transaction. */
export async function reindexArticles(db: Db, articleIds: number[]): Promise<void> {
  const ids = [...new Set(articleIds)];
  for (let i = 0; i < ids.length; i += BATCH) {
    const chunk = ids.slice(i, i + BATCH);
    const rows = await loadIndexRows(db, { ids: chunk });
    const entries = rows.filter((r) => isIndexedStatus(r.status)).map(indexEntryOf);
    await writeIndexEntries(db, entries, { replace: chunk });
  }
}

/**
 * The articles that carry a tag: tag names are indexed with each article, so renaming a tag means reindexing these,
 * and deleting one means collecting them first and reindexing them after the delete.
 */
export async function articleIdsWithTag(db: Db, tagId: number): Promise<number[]> {
  const rows = await db.selectFrom('article_tags').select('article_id').where('target_id', '=', tagId).execute();
  return rows.map((r) => r.article_id);
}

export interface RebuildReport {
  indexed: number;
  /** Entries removed at the end because their articles are no longer published or scheduled (or gone). */
  removed: number;
}

export interface RebuildOptions {
  batchSize?: number;
  /** Only this edition's articles and vocabulary. */
  edition?: string;
  /** After each batch: articles indexed so far, and how many there are to index in all. */
  onProgress?: (indexed: number, total: number) => void;
}

/** How many articles a rebuild indexes: the published and scheduled ones (of one edition). */
export async function countIndexable(db: Db, edition?: string): Promise<number> {
  let qb = db.selectFrom('articles').select((eb) => eb.fn.countAll<number | string>().as('n')).where('status', 'in', [...INDEXED_STATUSES]);
  if (edition !== undefined) qb = qb.where('edition', '=', edition);
  return Number((await qb.executeTakeFirstOrThrow()).n);
}

/**
 * On SQLite, merges FTS5's segments into one: a rebuild leaves several (FTS5 merges as it writes, a few at a time),
 * and every term of every search is looked up in each of them. PostgreSQL's GIN index needs nothing of the kind.
 */
export async function optimizeSearchIndex(db: Db): Promise<void> {
  if (dialectOf(db) === 'sqlite') await sql`insert into search_fts (search_fts) values ('optimize')`.execute(db);
}

/**
 * Indexes every article again, in batches of `batchSize`, each in its own transaction (unless `db` is one already):
 * searches keep working meanwhile. Entries of articles that are no longer indexed are removed at the end, in every
 * edition (an article deleted belongs to none).
 */
export async function rebuildSearchIndex(db: Db, opts: RebuildOptions = {}): Promise<RebuildReport> {
  const dialect = dialectOf(db);
  const inTransaction = <T>(fn: (trx: Db) => Promise<T>): Promise<T> => (db.isTransaction ? fn(db) : db.transaction().execute(fn));
  const total = opts.onProgress ? await countIndexable(db, opts.edition) : 0;
  let clearVocabulary = db.withTables<SearchTables>().deleteFrom('search_vocabulary');
  if (opts.edition !== undefined) clearVocabulary = clearVocabulary.where('edition', '=', opts.edition);
  await clearVocabulary.execute();
  // Words written by earlier batches: the vocabulary was cleared above, so each is inserted once.
  const knownWords: KnownWords = new Map();
  let afterId = 0;
  let indexed = 0;
  for (;;) {
    const count = await inTransaction(async (trx) => {
      const rows = await loadIndexRows(trx, { afterId, limit: opts.batchSize ?? BATCH, edition: opts.edition });
      await writeIndexEntries(trx, rows.map(indexEntryOf), { replace: rows.map((r) => r.id), knownWords });
      afterId = rows.at(-1)?.id ?? afterId;
      return rows.length;
    });
    if (count === 0) break;
    indexed += count;
    opts.onProgress?.(indexed, Math.max(total, indexed));
  }
  const removed = await inTransaction(async (trx) => {
    const statuses = sql.join(INDEXED_STATUSES.map((s) => sql.lit(s)));
    if (dialect === 'postgres') {
      const result = await sql`delete from search_documents d where not exists (select 1 from articles a where a.id = d.article_id and a.status in (${statuses}))`.execute(trx);
      return Number(result.numAffectedRows ?? 0);
    }
    const result = await sql`delete from search_fts where rowid not in (select id from articles where status in (${statuses}))`.execute(trx);
    return Number(result.numAffectedRows ?? 0);
  });
  return { indexed, removed };
}
