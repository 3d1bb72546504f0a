// When the database fails, readers get a localized error page that reveals nothing of the server.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite } from './support/site.ts';

for (const dialect of DIALECTS) {
  describe(`server errors on ${dialect}`, { skip: skipReason(dialect) }, () => {
    test('a lost database answers 500 with the edition’s error page and no stack trace', async () => {
      const site = await startSite(dialect, { pageCache: false });
      try {
        await site.database.handle.db.destroy();
        const res = await site.app.inject('/ru/politika');
        assert.equal(res.statusCode, 500);
        assert.match(res.body, /Произошла ошибка/);
        assert.match(String(res.headers['cache-control']), /no-store/);
        assert.ok(!/Error:|\bat \/|node_modules|sqlite|postgres/i.test(res.body.replace(/<link[^>]*>/g, '')), 'no internals in the page');
      } finally {
        await site.app.close();
      }
    });
  });
}
