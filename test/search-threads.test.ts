// Searches on worker threads (SQLite files): the same answers as on the main thread, writes seen at once, and a
// thread that fails never costs a reader an answer. PostgreSQL searches in the process (the database does the work).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIALECTS, freshDatabase, skipReason, type TestDatabase } from './support/databases.ts';
import { insertArticle } from './support/builders.ts';
import { startSite } from './support/site.ts';
import { rebuildSearchIndex, reindexArticle } from '../src/search/search-index.ts';
import { searchInProcess, startSearchThreads, type SearchRunner } from '../src/search/search-threads.ts';
import { loadSiteCatalog } from '../src/site/site-catalog.ts';
import type { Edition } from '../src/domain/model.ts';
import type { SearchParams } from '../src/search/search-service.ts';
import { defaultSearchThreads, loadConfig } from '../src/config.ts';

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const params = (q: string, more: Partial<SearchParams> = {}): SearchParams => ({ q, sort: 'relevance', page: 1, ...more });

describe('search threads on sqlite', { skip: skipReason('sqlite') }, () => {
  let database: TestDatabase;
  let editions: Map<string, Edition>;
  const runners: SearchRunner[] = [];
  before(async () => {
    database = await freshDatabase('sqlite', { seeded: true });
    await rebuildSearchIndex(database.handle.db);
    editions = (await loadSiteCatalog(database.handle.db)).byCode;
  });
  after(async () => {
    for (const r of runners) await r.close();
    await database?.drop();
  });

  function threads(file = database.url, onFailure?: (err: Error) => void) {
    const runner = startSearchThreads({ file, threads: 2, fallback: searchInProcess(database.handle.db), onFailure });
    runners.push(runner);
    return runner;
  }

  test('threads answer exactly as the main thread does, for every kind of query, at the same moment', async () => {
    const inProcess = searchInProcess(database.handle.db);
    const runner = threads();
    const now = Date.now();
    const cases: [string, SearchParams][] = [
      ['de', params('Außenministeriums')], ['de', params('Hochwaser')], ['en', params('"Lake Velin"')], ['en', params('Velin -hotels')],
      ['en', params('lak*', { sort: 'date' })], ['ru', params('выборы')], ['be', params('паводка')], ['de', params('Welinsk', { page: 2 })],
    ];
    // All at once: several are in flight on each thread, and more wait their turn.
    const viaThreads = await Promise.all(cases.map(([ed, p]) => runner.search(editions.get(ed)!, p, 5, now)));
    for (const [i, [ed, p]] of cases.entries()) {
      // As plain data: rows read on the main thread have no prototype, copies from a thread have Object's.
      assert.deepEqual(plain(viaThreads[i]), plain(await inProcess.search(editions.get(ed)!, p, 5, now)), `${ed}: ${p.q}`);
    }
    assert.ok(viaThreads.some((o) => o.hits.length > 0) && viaThreads.some((o) => o.suggestion !== null));
    assert.deepEqual(runner.stats(), { threads: 2, failures: 0 });
  });

  test('a story written on the main connection is found by the threads at once, and gone at once when withdrawn', async () => {
    const runner = threads();
    const de = editions.get('de')!;
    const find = async () => (await runner.search(de, params('Zwergflusspferd'), 10, Date.now())).hits.map((h) => h.article.headline);
    assert.deepEqual(await find(), []);
    const { id } = await insertArticle(database.handle.db, { headline: 'Zwergflusspferd im Tierpark Welinsk geboren' });
    await reindexArticle(database.handle.db, id);
    assert.deepEqual(await find(), ['Zwergflusspferd im Tierpark Welinsk geboren']);
    await database.handle.db.updateTable('articles').set({ status: 'withdrawn', withdrawn_at: Date.now() }).where('id', '=', id).execute();
    assert.deepEqual(await find(), []);
  });

  test('when threads fail, their searches are answered on the main thread, and after repeated failures searches stay there', async () => {
    // A directory is no SQLite file: every thread fails as it opens it.
    const dir = mkdtempSync(join(tmpdir(), 'depesche-not-a-file-'));
    try {
      const failures: Error[] = [];
      const runner = threads(dir, (err) => failures.push(err));
      const de = editions.get('de')!;
      const now = Date.now();
      const expected = plain(await searchInProcess(database.handle.db).search(de, params('Außenministeriums'), 5, now));
      assert.ok((expected as { hits: unknown[] }).hits.length > 0);
      for (let i = 0; i < 8; i++) assert.deepEqual(plain(await runner.search(de, params('Außenministeriums'), 5, now)), expected);
      // Five failures, then the threads are given up.
      assert.deepEqual(runner.stats(), { threads: 0, failures: 5 });
      assert.equal(failures.length, 5);
      assert.match(failures[0].message, /unable to open database file|search thread stopped/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('where searches run', () => {
  test('one thread per core up to four, none on a single core; SEARCH_THREADS overrides, and is checked', () => {
    assert.deepEqual([1, 2, 3, 8].map(defaultSearchThreads), [0, 2, 3, 4]);
    assert.equal(loadConfig({ SEARCH_THREADS: '0' }).searchThreads, 0);
    assert.equal(loadConfig({ SEARCH_THREADS: '3' }).searchThreads, 3);
    assert.throws(() => loadConfig({ SEARCH_THREADS: 'many' }), /SEARCH_THREADS must be a whole number from 0 to 64, got "many"/);
  });

  for (const dialect of DIALECTS) {
    test(`the site on ${dialect} searches ${dialect === 'sqlite' ? 'on threads' : 'in the process'}`, { skip: skipReason(dialect) }, async () => {
      const site = await startSite(dialect, { searchThreads: 2 });
      try {
        await rebuildSearchIndex(site.database.handle.db);
        const res = await site.app.inject('/de/search?q=Au%C3%9Fenministeriums');
        assert.equal(res.statusCode, 200);
        assert.match(res.body, /<mark>Außenministerium<\/mark>/);
        assert.deepEqual(site.app.depesche.state.search.stats(), { threads: dialect === 'sqlite' ? 2 : 0, failures: 0 });
      } finally {
        await site.close();
      }
    });
  }
});
