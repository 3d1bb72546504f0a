// What readers see through the site's fast paths: the lists kept per content version show every change and every
// embargo's end at once, even with the page cache off, and project pages keep the newsroom's order.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, linksIn, type TestSite } from './support/site.ts';
import { insertArticle } from './support/builders.ts';
import { bumpContentVersion } from '../src/db/repos/site-state-repo.ts';
import { countLinkedArticles, listVisible } from '../src/db/repos/article-repo.ts';
import { listArticlePage } from '../src/api/api-repo.ts';

const ARTICLE_ID = /^\/de\/[a-z0-9-]+\/(\d+)-[a-z0-9-]+$/;

for (const dialect of DIALECTS) {
  describe(`the reader site's fast paths on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    before(async () => {
      site = await startSite(dialect, { pageCache: false });
    });
    after(() => site?.close());

    const get = async (url: string): Promise<string> => {
      const res = await site.app.inject(url);
      assert.equal(res.statusCode, 200, url);
      return res.body;
    };

    test('a page asked twice is the same page', async () => {
      for (const url of ['/de', '/de/politik', '/de/news', '/en']) assert.equal(await get(url), await get(url), url);
    });

    test('a new story is on the home, all news, its rubric and every sidebar once the content changed', async () => {
      const before = await get('/de');
      const { id } = await insertArticle(site.database.handle.db, { headline: 'Neu im Speicher Kappa', rubricKey: 'politics' });
      await site.app.depesche.checkContent();
      assert.notEqual(await get('/de'), before);
      for (const url of ['/de', '/de/news', '/de/politik', '/de/page/impressum', '/de/tag/parlament']) assert.match(await get(url), /Neu im Speicher Kappa/, url);
      const own = await get(`/de/politik/${id}-neu-im-speicher-kappa`);
      assert.doesNotMatch(own.split('class="sidebar"')[1] ?? '', /Neu im Speicher Kappa<\/a>/, 'an article is not in its own sidebar');
    });

    test('a story appears in the lists the moment its embargo ends, with no write and no poll in between', async () => {
      const until = Date.now() + 1500;
      const { id } = await insertArticle(site.database.handle.db, { headline: 'Sperrfrist Speicher Lambda', rubricKey: 'politics', publishedAt: Date.now() - 60_000, embargoUntil: until });
      await site.app.depesche.checkContent();
      for (const url of ['/de', '/de/news', '/de/politik']) assert.doesNotMatch(await get(url), /Sperrfrist Speicher Lambda/, url);
      await sleep(until - Date.now() + 50);
      for (const url of ['/de', '/de/news', '/de/politik', `/de/politik/${id}-sperrfrist-speicher-lambda`]) {
        assert.match(await get(url), /Sperrfrist Speicher Lambda/, url);
      }
    });

    test('the breaking ticker shows urgent stories of the last twelve hours only', async () => {
      // The demo's own urgent stories are made routine first: the ticker shows five, and they would fill it.
      await site.database.handle.db.updateTable('articles').set({ urgency: 5 }).where('edition', '=', 'de').where('urgency', '<=', 3).execute();
      const now = Date.now();
      await insertArticle(site.database.handle.db, { headline: 'Eilmeldung Frisch My', urgency: 1, publishedAt: now - 11 * 3600_000 - 50 * 60_000 });
      await insertArticle(site.database.handle.db, { headline: 'Eilmeldung Alt Ny', urgency: 1, publishedAt: now - 12 * 3600_000 - 10 * 60_000 });
      await site.app.depesche.checkContent();
      const ticker = /<section class="ticker"[\s\S]*?<\/section>/.exec(await get('/de'))?.[0] ?? '';
      assert.match(ticker, /Eilmeldung Frisch My/);
      assert.doesNotMatch(ticker, /Eilmeldung Alt Ny/);
    });

    test('a project page lists its stories in the newsroom’s order, not by publication time', async () => {
      const db = site.database.handle.db;
      const project = await db.selectFrom('project_texts').select(['owner_id', 'slug']).where('edition', '=', 'de').orderBy('owner_id').executeTakeFirstOrThrow();
      const stories = await db
        .selectFrom('project_stories as ps')
        .innerJoin('articles as a', 'a.story_id', 'ps.story_id')
        .select(['ps.story_id', 'a.id'])
        .where('ps.target_id', '=', project.owner_id)
        .where('a.edition', '=', 'de')
        .where('a.status', '=', 'published')
        .orderBy('a.published_at', 'asc')
        .execute();
      assert.ok(stories.length >= 2, 'the demo project has stories to order');
      // Oldest first: the opposite of publication order, so that the order shown can only come from the newsroom.
      for (const [position, s] of stories.entries()) {
        await db.updateTable('project_stories').set({ position }).where('target_id', '=', project.owner_id).where('story_id', '=', s.story_id).execute();
      }
      await bumpContentVersion(db);
      await site.app.depesche.checkContent();
      const shown = linksIn(await get(`/de/projects/${project.slug}`), ARTICLE_ID).map((href) => Number(ARTICLE_ID.exec(href)![1]));
      assert.deepEqual([...new Set(shown)], stories.map((s) => s.id));
    });

    test('a tag or author list is the same whether the timeline is walked or the linked articles are listed first', async () => {
      const db = site.database.handle.db;
      const now = Date.now();
      for (const kind of ['tag', 'author'] as const) {
        const table = kind === 'tag' ? 'article_tags' : 'article_authors';
        const busiest = await db.selectFrom(table).select(['target_id', (eb) => eb.fn.countAll().as('n')]).groupBy('target_id').orderBy('n', 'desc').executeTakeFirstOrThrow();
        const filter = kind === 'tag' ? { tagId: busiest.target_id } : { authorId: busiest.target_id };
        for (const [limit, offset] of [[20, 0], [3, 2]]) {
          const listed = await listVisible(db, { edition: 'de', now, ...filter, limit, offset });
          const walked = await listVisible(db, { edition: 'de', now, ...filter, denseLinks: true, limit, offset });
          assert.ok(listed.length > 0, `${kind} has German articles`);
          assert.deepEqual(walked.map((a) => a.id), listed.map((a) => a.id), kind);
        }
        assert.equal(await countLinkedArticles(db, kind, busiest.target_id), Number(busiest.n));
        if (kind === 'tag') {
          // The content API's pages of a tag, both ways, all editions and one.
          for (const edition of [undefined, 'de']) {
            const listedPage = await listArticlePage(db, { now, edition, tagId: busiest.target_id, limit: 15 });
            const walkedPage = await listArticlePage(db, { now, edition, tagId: busiest.target_id, denseLinks: true, limit: 15 });
            assert.ok(listedPage.length > 0);
            assert.deepEqual(walkedPage.map((a) => a.id), listedPage.map((a) => a.id), `API, edition ${edition ?? 'any'}`);
          }
        }
      }
    });

    // Last: it fills the first pages with its own stories.
    test('a later page starts where the page before it ends, and moves along with every change and embargo end', async () => {
      const db = site.database.handle.db;
      const now = Date.now();
      for (let i = 0; i < 45; i++) {
        await insertArticle(db, { headline: `Seitenweise ${i} Folge`, rubricKey: 'economy', tagKeys: ['parliament'], publishedAt: now - 1000 - i * 1000 });
      }
      await site.app.depesche.checkContent();
      // The list's own stories only, in the order shown (a sidebar's links come after the list).
      const numbers = async (url: string) => [...(await get(url)).split('class="sidebar"')[0].matchAll(/>Seitenweise (\d+) Folge</g)].map((m) => Number(m[1]));
      const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
      // Page 3 is found from where page 2 starts when that is known (a reader paging on), from the top when not.
      for (const list of ['/de/news', '/de/wirtschaft', '/de/tag/parlament']) {
        assert.deepEqual(await numbers(`${list}?page=2`), range(20, 40), list);
        assert.deepEqual(await numbers(`${list}?page=3`), range(40, 45), list);
      }
      for (const list of ['/de/news', '/de/wirtschaft', '/de/tag/parlament']) {
        // A new content version: no page starts are known.
        await bumpContentVersion(db);
        await site.app.depesche.checkContent();
        assert.deepEqual(await numbers(`${list}?page=3`), range(40, 45), `${list}, page 3 first`);
        assert.deepEqual(await numbers(`${list}?page=2`), range(20, 40), `${list}, then page 2`);
      }

      await insertArticle(db, { headline: 'Seitenweise 99 Folge', rubricKey: 'economy', tagKeys: ['parliament'], publishedAt: now });
      await site.app.depesche.checkContent();
      for (const list of ['/de/news', '/de/wirtschaft', '/de/tag/parlament']) assert.deepEqual(await numbers(`${list}?page=2`), range(19, 39), list);

      const until = Date.now() + 1500;
      await insertArticle(db, { headline: 'Seitenweise 98 Folge', rubricKey: 'economy', tagKeys: ['parliament'], publishedAt: now, embargoUntil: until });
      await site.app.depesche.checkContent();
      assert.deepEqual(await numbers('/de/news?page=2'), range(19, 39), 'embargoed');
      await sleep(until - Date.now() + 50);
      for (const list of ['/de/news', '/de/wirtschaft', '/de/tag/parlament']) assert.deepEqual(await numbers(`${list}?page=2`), range(18, 38), list);
    });
  });
}
