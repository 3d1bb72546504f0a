// Upgrading an installation whose SQLite search index was made with prefix indexes and the unicode61 tokenizer: the
// migration makes the index again, and readers find what they found before (short prefixes aside).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { freshDatabase, skipReason } from './support/databases.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { rebuildSearchIndex } from '../src/search/search-index.ts';
import { searchInProcess } from '../src/search/search-threads.ts';
import { loadSiteCatalog } from '../src/site/site-catalog.ts';
import type { SearchParams } from '../src/search/search-service.ts';

test('the search-terms migration rebuilds an old SQLite index: same results, no prefix indexes, one segment', { skip: skipReason('sqlite') }, async () => {
  const database = await freshDatabase('sqlite', { seeded: true });
  try {
    const db = database.handle.db;
    // The index as the first search migration made it, filled, and the new migration not yet run.
    await sql`drop table search_fts`.execute(db);
    await sql`create virtual table search_fts using fts5(headline, lead, tags, body, place,
      content = '', contentless_delete = 1, prefix = '2 3', tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
    await sql`delete from depesche_migration where name = '2026-12-03-search-terms'`.execute(db);
    await rebuildSearchIndex(db);

    const editions = (await loadSiteCatalog(db)).byCode;
    const search = searchInProcess(db);
    const now = Date.now();
    const queries: [string, string][] = [
      ['de', 'Außenministeriums'], ['de', 'Aussenministerium'], ['en', '"Lake Velin"'], ['en', 'archaeo*'], ['ru', 'выборы'],
      ['be', 'паводка'], ['de', 'Welinsk -Hochwasser'], ['ru', 'Велинск'],
    ];
    const ask = async () => Promise.all(queries.map(async ([ed, q]) => {
      const params: SearchParams = { q, sort: 'relevance', page: 1 };
      const outcome = await search.search(editions.get(ed)!, params, 20, now);
      return outcome.hits.map((h) => h.article.id);
    }));
    const before = await ask();
    assert.ok(before.every((ids) => ids.length > 0), 'every query finds something before the upgrade');

    const result = await migrateToLatest(database.handle);
    assert.deepEqual(result.results?.map((r) => [r.migrationName, r.status]), [['2026-12-03-search-terms', 'Success']]);
    const { rows: [table] } = await sql<{ sql: string }>`select sql from sqlite_master where name = 'search_fts'`.execute(db);
    assert.match(table.sql, /tokenize = 'ascii'/);
    assert.doesNotMatch(table.sql, /prefix/);
    const { rows: [segments] } = await sql<{ n: number }>`select count(distinct segid) as n from search_fts_idx`.execute(db);
    assert.equal(Number(segments.n), 1);
    assert.deepEqual(await ask(), before);
  } finally {
    await database.drop();
  }
});
