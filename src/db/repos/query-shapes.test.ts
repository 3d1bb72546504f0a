import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openDatabase } from '../database.ts';
import { migrateToLatest } from '../migrate.ts';
import { runShape } from './query-shapes.ts';

// Reads of a known shape run at once on SQLite's idle connection; they must never run inside another caller's
// transaction, where they would see its uncommitted rows and break its isolation.
test('a read of a known shape waits for an open transaction instead of reading inside it', async () => {
  const handle = openDatabase(':memory:');
  const { db } = handle;
  try {
    await migrateToLatest(handle);
    await db.insertInto('site_state').values({ name: 'note-1', value: 1 }).execute();
    const read = () => runShape(db, 'notes', ['note-%'], () => db.selectFrom('site_state').select('value').where('name', 'like', 'note-%').orderBy('name'))
      .then((rows) => rows.map((r) => r.value));
    // The first call compiles the shape; the second takes the immediate way.
    assert.deepEqual(await read(), [1]);
    assert.deepEqual(await read(), [1]);

    let committed = false;
    let during: Promise<number[]> | undefined;
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('site_state').values({ name: 'note-2', value: 2 }).execute();
      during = read().then((texts) => {
        assert.equal(committed, true, 'the read finished before the transaction committed');
        return texts;
      });
      // Let anything that could answer at once do so before the transaction ends.
      await new Promise((resolve) => setImmediate(resolve));
      committed = true;
    });
    assert.deepEqual(await during, [1, 2]);
    assert.deepEqual(await read(), [1, 2]);
  } finally {
    await handle.close();
  }
});
