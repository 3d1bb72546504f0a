// The newsroom's story list paged by a cursor: older and newer links visit every story once, in order, on every dialect.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CompiledQuery } from 'kysely';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, type TestSite } from './support/site.ts';
import { addUser, logIn, type Browser } from './support/newsroom.ts';
import { insertArticle } from './support/builders.ts';
import { seekStories } from '../src/newsroom/story-list.ts';
import type { Db } from '../src/db/database.ts';

const PAGE = 50;

/** The stories a list page shows, top to bottom. */
function idsOn(html: string): number[] {
  return [...html.matchAll(/href="\/newsroom\/articles\/(\d+)"/g)].map((m) => Number(m[1]));
}

function linkIn(html: string, rel: 'prev' | 'next'): string | null {
  const m = new RegExp(`<a rel="${rel}" href="([^"]+)"`).exec(html);
  return m ? m[1].replaceAll('&amp;', '&') : null;
}

/** The pages met following one kind of link from `start` to the end, each as its stories' ids. */
async function walk(browser: Browser, start: string, rel: 'prev' | 'next'): Promise<{ pages: number[][]; urls: string[] }> {
  const pages: number[][] = [];
  const urls: string[] = [];
  for (let url: string | null = start; url; ) {
    assert.ok(pages.length < 100, 'the walk ends');
    const res = await browser.get(url);
    assert.equal(res.status, 200, `${url}: ${res.body.slice(0, 200)}`);
    urls.push(url);
    pages.push(idsOn(res.body));
    url = linkIn(res.body, rel);
  }
  return { pages, urls };
}

for (const dialect of DIALECTS) {
  describe(`the newsroom's story list, page by page, on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    let db: Db;
    let editor: Browser;
    before(async () => {
      site = await startSite(dialect);
      db = site.database.handle.db;
      editor = await logIn(site.app, (await addUser(db, 'editor', 'Erik Editor')).email);
      // 130 stories above the demo's, changed at only four moments: every page boundary among them cuts through a tie.
      const top = Date.now() + 3600_000;
      for (let i = 0; i < 130; i++) {
        const { id } = await insertArticle(db, {
          edition: i % 3 ? 'de' : 'en', status: i % 4 ? 'published' : 'draft',
          headline: i % 5 ? `Meldung ${i}` : `Zeitlupe ${i}`, lead: i % 7 === 3 ? 'Die ZEITLUPE im Vorspann' : '',
        });
        await db.updateTable('articles').set({ updated_at: top - (i % 4) * 1000 }).where('id', '=', id).execute();
      }
    });
    after(() => site?.close());

    async function expectedIds(where: { edition?: string; status?: string; text?: string; from?: number; to?: number } = {}): Promise<number[]> {
      let query = db.selectFrom('articles').select('id');
      if (where.from !== undefined) query = query.where('updated_at', '>=', where.from);
      if (where.to !== undefined) query = query.where('updated_at', '<', where.to);
      if (where.edition) query = query.where('edition', '=', where.edition);
      if (where.status) query = query.where('status', '=', where.status);
      const text = where.text;
      if (text) query = query.where((eb) => eb.or([eb(eb.fn('lower', ['headline']), 'like', `%${text}%`), eb(eb.fn('lower', ['lead']), 'like', `%${text}%`)]));
      return (await query.orderBy('updated_at', 'desc').orderBy('id', 'desc').execute()).map((r) => r.id);
    }

    async function assertPagesVisitEveryStoryOnce(start: string, expected: number[]): Promise<void> {
      assert.ok(expected.length > 2 * PAGE, `more than two pages of stories for ${start}: ${expected.length}`);
      const older = await walk(editor, start, 'next');
      assert.deepEqual(older.pages.flat(), expected, 'older links visit every story once, newest change first');
      assert.ok(older.pages.every((p) => p.length === PAGE || p === older.pages.at(-1)), 'every page but the last is full');
      assert.equal(older.pages.length, Math.ceil(expected.length / PAGE));
      assert.equal(linkIn((await editor.get(start)).body, 'prev'), null, 'the first page has nothing newer');

      const newer = await walk(editor, older.urls.at(-1)!, 'prev');
      assert.deepEqual(newer.pages, [...older.pages].reverse(), 'newer links go back through the same pages');
      assert.equal(newer.urls.length, older.urls.length);
    }

    test('older links visit every story exactly once in order, and newer links go back, ties included', async () => {
      await assertPagesVisitEveryStoryOnce('/newsroom/articles', await expectedIds());
      const first = (await editor.get('/newsroom/articles')).body;
      assert.match(linkIn(first, 'next')!, /^\/newsroom\/articles\?before=\d+\.\d+$/);
    });

    test('the cursor keeps the filters: edition and status', async () => {
      await assertPagesVisitEveryStoryOnce('/newsroom/articles?edition=de&status=published', await expectedIds({ edition: 'de', status: 'published' }));
      const second = linkIn((await editor.get('/newsroom/articles?edition=de&status=published')).body, 'next')!;
      assert.match(second, /^\/newsroom\/articles\?edition=de&status=published&before=\d+\.\d+$/);
    });

    test('the cursor keeps the days the stories changed on', async () => {
      const top = Date.now() + 3600_000;
      const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
      const [from, to] = [day(top - 3 * 86_400_000), day(top)];
      const expected = await expectedIds({ from: Date.parse(from), to: Date.parse(to) + 86_400_000 });
      await assertPagesVisitEveryStoryOnce(`/newsroom/articles?from=${from}&to=${to}`, expected);
      const oldest = await editor.get(`/newsroom/articles?from=${from}&to=${to}&after=1.1`);
      assert.deepEqual(idsOn(oldest.body), expected.slice(-PAGE), 'newer than a position before the first day: the first day\'s stories');
    });

    test('the cursor keeps a search for words in headlines and leads', async () => {
      // A text search needs more matches than two pages: give some more stories the word.
      const now = Date.now() + 3600_000;
      for (let i = 0; i < 80; i++) {
        const { id } = await insertArticle(db, { edition: 'en', headline: `Zeitlupe extra ${i}` });
        await db.updateTable('articles').set({ updated_at: now - (i % 3) * 1000 }).where('id', '=', id).execute();
      }
      await assertPagesVisitEveryStoryOnce('/newsroom/articles?q=zeitlupe', await expectedIds({ text: 'zeitlupe' }));
    });

    test('a malformed position is a bad request, not an error', async () => {
      for (const query of ['before=abc', 'before=', 'after=1.2.3', 'before=-5.1', 'before=12.0', 'before=1e3.4', 'after=12.99999999999',
        'before=12.3&after=12.4', 'before=12.3&before=12.4', 'before=12.3&page=2', 'before=1234567890123456.3']) {
        const res = await editor.get(`/newsroom/articles?${query}`);
        assert.equal(res.status, 400, query);
        assert.doesNotMatch(res.body, /Internal error/, query);
      }
    });

    test('bookmarked page numbers are still served near the top, and start over deeper down', async () => {
      const expected = await expectedIds();
      const second = await editor.get('/newsroom/articles?page=2');
      assert.equal(second.status, 200);
      assert.deepEqual(idsOn(second.body), expected.slice(PAGE, 2 * PAGE));
      assert.match(linkIn(second.body, 'next')!, /before=/);
      assert.deepEqual(idsOn((await editor.get(linkIn(second.body, 'prev')!)).body), expected.slice(0, PAGE));
      const deep = await editor.get('/newsroom/articles?status=draft&page=500');
      assert.equal(deep.status, 303);
      assert.equal(deep.headers.location, '/newsroom/articles?status=draft');
    });

    test('a position past the last story shows an empty page that leads back to the top', async () => {
      const res = await editor.get('/newsroom/articles?before=1.1');
      assert.equal(res.status, 200);
      assert.deepEqual(idsOn(res.body), []);
      assert.equal(linkIn(res.body, 'next'), null);
      assert.equal(linkIn(res.body, 'prev'), '/newsroom/articles');
    });

    if (dialect === 'sqlite') {
      test('a deep page seeks into a timeline index instead of counting the rows above it', async () => {
        const cursor = { toward: 'older' as const, at: { updatedAt: Date.now(), id: 1000 } };
        for (const [filter, index] of [[{}, 'articles_updated'], [{ status: 'published' }, 'articles_status_updated'], [{ authorId: 1, status: 'draft' }, 'articles_author_status_updated']] as const) {
          const compiled = seekStories(db.selectFrom('articles as a').select('a.id'), filter, cursor).limit(PAGE + 1).compile();
          const plan = (await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]))).rows.map((r) => r.detail).join('; ');
          assert.match(plan, new RegExp(`USING (COVERING )?INDEX ${index} \\(.*updated_at<\\?\\)`), JSON.stringify(filter));
          assert.doesNotMatch(plan, /TEMP B-TREE/, JSON.stringify(filter));
        }
      });
    }
  });
}
