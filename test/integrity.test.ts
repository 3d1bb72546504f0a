// The database keeps its references on both engines alike: what depends on a deleted row goes with it, and a row
// that points at nothing is refused (SQLite checks foreign keys only on connections that turn them on; node:sqlite
// does by default, and the dialect says so explicitly).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { DIALECTS, freshDatabase, skipReason, type TestDatabase } from './support/databases.ts';
import { createWireClient, deleteWireClient } from '../src/wire/wire-client-service.ts';
import { wireDb } from '../src/wire/wire-clients.ts';

for (const dialect of DIALECTS) {
  describe(dialect, { skip: skipReason(dialect) }, () => {
    let database: TestDatabase;
    before(async () => {
      database = await freshDatabase(dialect);
    });
    after(async () => {
      await database?.handle.close();
      await database?.drop();
    });

    test('deleting a wire client takes its entitlements with it', async () => {
      const db = database.handle.db;
      const { id } = await createWireClient(db, { name: 'Courier', editions: ['de', 'en'], rubricIds: [], embargoAccess: false, webhookUrl: '' }, { userId: null });
      const count = async () => Number((await wireDb(db).selectFrom('wire_client_editions').select((eb) => eb.fn.countAll().as('n')).where('client_id', '=', id).executeTakeFirstOrThrow()).n);
      assert.equal(await count(), 2);
      await deleteWireClient(db, id, { userId: null });
      assert.equal(await count(), 0);
    });

    test('a tag link to an article that does not exist is refused', async () => {
      const db = database.handle.db;
      const { id: tagId } = await db.selectFrom('tags').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
      await assert.rejects(sql`insert into article_tags (article_id, target_id, position) values (${999_999_999}, ${tagId}, 0)`.execute(db));
    });
  });
}
