// The relevance set: in every edition's language, each query puts the stories it is about first, on both databases.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, type TestSite } from './support/site.ts';
import { rebuildSearchIndex } from '../src/search/search-index.ts';
import { RELEVANCE } from './fixtures/search-relevance.ts';

for (const dialect of DIALECTS) {
  describe(`search relevance on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    /** Story key of each article id. */
    const storyOf = new Map<number, string>();
    before(async () => {
      site = await startSite(dialect);
      // The seed does not index yet: the lead wires reindexing into it.
      await rebuildSearchIndex(site.database.handle.db);
      const rows = await site.database.handle.db.selectFrom('articles as a').innerJoin('stories as s', 's.id', 'a.story_id').select(['a.id', 's.uri']).execute();
      for (const r of rows) storyOf.set(r.id, (r.uri ?? '').replace('urn:velta:demo:', ''));
    });
    after(() => site?.close());

    for (const [edition, cases] of Object.entries(RELEVANCE)) {
      test(`the ${edition} set has at least 25 queries`, () => assert.ok(cases.length >= 25));
      for (const c of cases) {
        test(`${edition}: ${c.q} puts ${c.first.join(' and ')} first${c.why ? ` (${c.why})` : ''}`, async () => {
          const res = await site.app.inject(`/api/v1/search?edition=${edition}&limit=10&q=${encodeURIComponent(c.q)}`);
          assert.equal(res.statusCode, 200);
          const found: string[] = res.json().data.map((a: { id: number }) => storyOf.get(a.id));
          assert.deepEqual(new Set(found.slice(0, c.first.length)), new Set(c.first), `got ${found.join(', ') || 'nothing'}`);
        });
      }
    }
  });
}
