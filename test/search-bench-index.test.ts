// The benchmark measures search over its synthetic archive: that archive's index must be the one Depesche itself
// would build, or the figures would describe another search. SQLite only, as the benchmark is.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ensureArchive } from '../bench/archive.ts';
import { openDatabase } from '../src/db/database.ts';
import { rebuildSearchIndex } from '../src/search/search-index.ts';

const dir = mkdtempSync(join(tmpdir(), 'depesche-bench-index-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Every indexed term with its article, column and position, and the vocabulary: all that search reads. */
function snapshotIndex(file: string): { instances: string[]; vocabulary: string[]; ids: Set<number> } {
  const db = new DatabaseSync(file);
  try {
    db.exec('create virtual table temp.terms using fts5vocab(main, search_fts, instance)');
    const instances = (db.prepare('select term, doc, col, offset from temp.terms order by doc, col, offset').all() as { term: string; doc: number; col: string; offset: number }[])
      .map((r) => `${r.doc} ${r.col} ${r.offset} ${r.term}`);
    const vocabulary = (db.prepare('select edition, word, folded, head, length from search_vocabulary order by edition, word').all() as Record<string, unknown>[])
      .map((r) => Object.values(r).join(' '));
    const ids = new Set((db.prepare('select distinct doc from temp.terms').all() as { doc: number }[]).map((r) => r.doc));
    return { instances, vocabulary, ids };
  } finally {
    db.close();
  }
}

test('the bench archive indexes its synthetic articles term for term as the search indexer does', async () => {
  const archive = await ensureArchive(dir, 400, () => {});
  const bulk = snapshotIndex(archive.file);

  const check = new DatabaseSync(archive.file, { readOnly: true });
  const { synthetic, published } = check.prepare(`select count(*) as synthetic, sum(status = 'published') as published from articles
    where story_id in (select id from stories where uri like 'urn:velta:bench:%')`).get() as { synthetic: number; published: number };
  const { min } = check.prepare(`select min(id) as min from articles where story_id in (select id from stories where uri like 'urn:velta:bench:%')`).get() as { min: number };
  check.close();
  assert.equal(synthetic, 400);
  assert.equal([...bulk.ids].filter((id) => id >= min).length, published, 'every published synthetic article is indexed, and nothing else');

  const handle = openDatabase(archive.file);
  try {
    await rebuildSearchIndex(handle.db);
  } finally {
    await handle.close();
  }
  const real = snapshotIndex(archive.file);
  assert.ok(real.instances.length > 100_000, 'the comparison covers a real amount of text');
  assert.deepEqual(bulk.instances, real.instances);
  assert.deepEqual(bulk.vocabulary, real.vocabulary);
});
