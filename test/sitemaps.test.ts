// Search engines get robots.txt, a sitemap index, monthly and page sitemaps with hreflang, and Google News sitemaps, all schema-valid.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, type TestSite } from './support/site.ts';
import { insertArticle, type TestArticle } from './support/builders.ts';
import { insertTerm } from '../src/db/repos/term-repo.ts';
import { bumpContentVersion } from '../src/db/repos/site-state-repo.ts';
import type { Db } from '../src/db/database.ts';
import { buildMonthSitemap, buildSitemapIndex } from '../src/feeds/sitemap-content.ts';

const ORIGIN = 'https://news.example.org';
const STANDARDS = fileURLToPath(new URL('../../shared/standards/sitemaps/', import.meta.url));
const XSD = {
  index: `${STANDARDS}siteindex.xsd`,
  sitemap: `${STANDARDS}sitemap.xsd`,
  news: `${STANDARDS}derived/sitemap-with-news.derived.xsd`,
  /** sitemap.xsd plus our minimal xhtml:link schema; see the comments in the file. */
  withAlternates: fileURLToPath(new URL('./fixtures/xsd/sitemap-with-xhtml.xsd', import.meta.url)),
};
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const HOUR = 3600_000;

function xmllint(xsd: string, body: string): { ok: boolean; errors: string } {
  const run = spawnSync('xmllint', ['--noout', '--schema', xsd, '-'], { input: body, encoding: 'utf8' });
  assert.ok(!run.error, 'xmllint is missing: install Debian package libxml2-utils');
  return { ok: run.status === 0, errors: run.stderr };
}

function assertValid(xsd: string, body: string, what: string): void {
  const { ok, errors } = xmllint(xsd, body);
  assert.ok(ok, `${what} is not valid against ${xsd}:\n${errors}`);
}

const locsOf = (body: string): string[] => [...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

/** Each <url> of a URL set: its loc, lastmod and hreflang alternates. */
function urlsOf(body: string): { loc: string; lastmod?: string; alternates: Map<string, string> }[] {
  return [...body.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, inner]) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(inner)![1],
    lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(inner)?.[1],
    alternates: new Map([...inner.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], m[2]])),
  }));
}

function schemaFor(path: string): string {
  return path === '/sitemap.xml' ? XSD.index : path.startsWith('/sitemaps/news-') ? XSD.news : XSD.withAlternates;
}

/** Many stories at once, straight into the tables, for the Google News limit. */
async function insertMany(db: Db, edition: string, count: number, publishedAt: (i: number) => number): Promise<void> {
  const now = Date.now();
  for (let start = 0; start < count; start += 200) {
    const n = Math.min(200, count - start);
    const stories = await db.insertInto('stories').values(Array.from({ length: n }, () => ({ uri: null, created_at: now }))).returning('id').execute();
    await db.insertInto('articles').values(stories.map(({ id }, k) => {
      const at = publishedAt(start + k);
      return {
        story_id: id, edition, status: 'published', headline: `Massenmeldung ${start + k}`, slug: `massenmeldung-${start + k}`, lead: '', place: '', body: '<p>x</p>',
        rubric_id: null, lead_media_id: null, urgency: 5, created_at: at, updated_at: at, published_at: at, scheduled_at: null, embargo_until: null,
        withdrawn_at: null, correction_note: '', version: 1, created_by: null,
      };
    })).execute();
  }
  await bumpContentVersion(db);
}

function hiddenStories(now: number): TestArticle[] {
  return [
    { headline: 'Kartengeheim Entwurf Alpha', status: 'draft', publishedAt: null },
    { headline: 'Kartengeheim Prüfung Beta', status: 'review', publishedAt: null },
    { headline: 'Kartengeheim Geplant Gamma', status: 'scheduled', publishedAt: now + HOUR },
    { headline: 'Kartengeheim Zukunft Delta', publishedAt: now + HOUR },
    { headline: 'Kartengeheim Sperrfrist Epsilon', publishedAt: now - 60_000, embargoUntil: now + HOUR },
    { headline: 'Kartengeheim Zurückgezogen Zeta', status: 'withdrawn', publishedAt: now - 60_000 },
  ];
}

test('the sitemaps.org, news and xhtml-link schemas are at hand for xmllint', () => {
  for (const file of Object.values(XSD)) assert.ok(existsSync(file), `${file} is missing (shared/standards beside the repository?)`);
});

describe('the schemas the sitemaps are checked against', () => {
  const urlset = (link: string) => `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<url><loc>https://news.example.org/de</loc>${link}</url>
</urlset>`;

  test('sitemap.xsd alone refuses xhtml:link, which is why the wrapper schema exists', () => {
    const good = urlset('<xhtml:link rel="alternate" hreflang="de-DE" href="https://news.example.org/de"/>');
    assert.equal(xmllint(XSD.sitemap, good).ok, false);
    assertValid(XSD.withAlternates, good, 'a URL with an alternate');
  });

  test('the wrapper still refuses alternates without hreflang, with a relative href or another rel', () => {
    for (const bad of [
      '<xhtml:link rel="alternate" href="https://news.example.org/de"/>',
      '<xhtml:link rel="alternate" hreflang="de-DE" href="/de"/>',
      '<xhtml:link rel="canonical" hreflang="de-DE" href="https://news.example.org/de"/>',
      '<xhtml:link rel="alternate" hreflang="de DE" href="https://news.example.org/de"/>',
    ]) assert.equal(xmllint(XSD.withAlternates, urlset(bad)).ok, false, bad);
  });
});

for (const dialect of DIALECTS) {
  describe(`sitemaps and robots.txt on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    let db: Db;
    const now = Date.now();
    const ids: Record<string, number> = {};
    before(async () => {
      site = await startSite(dialect);
      db = site.database.handle.db;
      ids.old = (await insertArticle(db, { headline: 'Archivmeldung aus dem März', rubricKey: 'politics', publishedAt: Date.UTC(2024, 2, 15, 10) })).id;
      ids.recent = (await insertArticle(db, { headline: 'Meldung von vorgestern Abend', rubricKey: 'politics', publishedAt: now - 47 * HOUR })).id;
      ids.stale = (await insertArticle(db, { headline: 'Meldung von vor drei Tagen', rubricKey: 'politics', publishedAt: now - 49 * HOUR })).id;
      ids.xss = (await insertArticle(db, { headline: 'Karte <script>alert(1)</script> & "Zitat" ]]>', rubricKey: 'politics', publishedAt: now - HOUR })).id;
      const lonely = await insertArticle(db, { headline: 'Ohne veröffentlichte Übersetzung', rubricKey: 'politics', publishedAt: now - 2 * HOUR });
      ids.lonely = lonely.id;
      await insertArticle(db, { edition: 'en', headline: 'Translation still a draft', status: 'draft', publishedAt: null, storyId: lonely.storyId, rubricKey: 'politics' });
      await insertTerm(db, 'tag', 'sitemap-secret', 99, [{ edition: 'de', name: 'Geheimes Schlagwort', slug: 'geheimes-schlagwort' }]);
      for (const story of hiddenStories(now)) {
        ids[story.headline] = (await insertArticle(db, { ...story, rubricKey: 'politics', tagKeys: ['sitemap-secret'] })).id;
      }
      await site.app.depesche.checkContent();
    });
    after(() => site?.close());

    async function get(path: string): Promise<string> {
      const res = await site.app.inject(path);
      assert.equal(res.statusCode, 200, path);
      return res.body;
    }

    /** The index and every sitemap it lists, by path. */
    async function allSitemaps(): Promise<Map<string, string>> {
      const index = await get('/sitemap.xml');
      const all = new Map([['/sitemap.xml', index]]);
      for (const loc of locsOf(index)) all.set(loc.replace(ORIGIN, ''), await get(loc.replace(ORIGIN, '')));
      return all;
    }

    /** The URLs of every month sitemap of an edition that the index lists. */
    async function monthUrls(ed: string): Promise<ReturnType<typeof urlsOf>> {
      const months = locsOf(await get('/sitemap.xml')).filter((l) => new RegExp(`/sitemaps/${ed}-\\d{4}-\\d{2}(-p\\d+)?\\.xml$`).test(l));
      const all = [];
      for (const loc of months) all.push(...urlsOf(await get(loc.replace(ORIGIN, ''))));
      return all;
    }

    test('robots.txt keeps crawlers out of the newsroom and names the sitemap index at the public address', async () => {
      const res = await site.app.inject('/robots.txt');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'text/plain; charset=utf-8');
      assert.match(res.body, /^User-agent: \*$/m);
      assert.match(res.body, /^Disallow: \/newsroom$/m);
      assert.match(res.body, /^Sitemap: https:\/\/news\.example\.org\/sitemap\.xml$/m);
    });

    test('the index lists, per edition, a page sitemap, a news sitemap and one sitemap per month', async () => {
      const res = await site.app.inject('/sitemap.xml');
      assert.equal(res.headers['content-type'], 'application/xml; charset=utf-8');
      assertValid(XSD.index, res.body, '/sitemap.xml');
      const locs = locsOf(res.body);
      for (const ed of ['de', 'en', 'ru', 'be']) {
        assert.ok(locs.includes(`${ORIGIN}/sitemaps/${ed}-pages.xml`), ed);
        assert.ok(locs.includes(`${ORIGIN}/sitemaps/news-${ed}.xml`), ed);
        assert.ok(locs.some((l) => new RegExp(`/sitemaps/${ed}-\\d{4}-\\d{2}\\.xml$`).test(l)), ed);
      }
      assert.ok(locs.includes(`${ORIGIN}/sitemaps/de-2024-03.xml`), 'the month of the archived story');
      for (const lastmod of res.body.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)) assert.match(lastmod[1], W3C_DATETIME);
    });

    test('every sitemap the index lists answers and is valid against its XSD', async () => {
      const all = await allSitemaps();
      assert.ok(all.size >= 13);
      for (const [path, body] of all) assertValid(schemaFor(path), body, path);
    });

    test('a month sitemap lists the articles first published in it, with lastmod and hreflang alternates to visible translations', async () => {
      const march = urlsOf(await get('/sitemaps/de-2024-03.xml'));
      assert.deepEqual(march.map((u) => u.loc), [`${ORIGIN}/de/politik/${ids.old}-archivmeldung-aus-dem-maerz`]);
      assert.equal(march[0].lastmod, '2024-03-15T11:00:00+01:00');

      const current = await monthUrls('de');
      const translated = current.find((u) => u.alternates.has('en-GB'));
      assert.ok(translated, 'a demo story with an English version');
      assert.equal(translated.alternates.get('de-DE'), translated.loc, 'a page lists itself among its alternates');
      assert.equal(translated.alternates.get('x-default'), translated.loc, 'the default edition is x-default');
      const english = (await monthUrls('en')).find((u) => u.loc === translated.alternates.get('en-GB'));
      assert.equal(english?.alternates.get('de-DE'), translated.loc, 'alternates point both ways');

      const lonely = current.find((u) => u.loc.includes(`/${ids.lonely}-`));
      assert.ok(lonely, 'the story without a published translation is listed');
      assert.equal(lonely.alternates.size, 0, 'its draft translation is not offered');
      for (const u of current) assert.match(u.lastmod ?? '', W3C_DATETIME);
    });

    test('months without articles and pages past the end are not found', async () => {
      assert.equal((await site.app.inject('/sitemaps/de-2024-04.xml')).statusCode, 404);
      assert.equal((await site.app.inject('/sitemaps/de-2024-03-p2.xml')).statusCode, 404);
      for (const bad of ['/sitemaps/de-2024-13.xml', '/sitemaps/de-2024-03-p1.xml', '/sitemaps/xx-pages.xml', '/sitemaps/news-xx.xml', '/sitemaps/anything.xml', '/sitemaps/de-2024-03.xml.gz']) {
        assert.equal((await site.app.inject(bad)).statusCode, 404, bad);
      }
    });

    test('a month with more articles than one file takes goes on in -p2; each page is valid and none overlaps', async () => {
      for (const day of [3, 4, 5]) await insertArticle(db, { headline: `Mai-Meldung ${day}`, rubricKey: 'politics', publishedAt: Date.UTC(2023, 4, day, 12) });
      await site.app.depesche.checkContent();
      const state = site.app.depesche.state;
      const de = state.catalog.byCode.get('de')!;
      // Two articles a file instead of 10,000, so that three articles make two pages.
      const index = String((await buildSitemapIndex(state, 2))!.body);
      assertValid(XSD.index, index, 'the index');
      const may = locsOf(index).filter((l) => l.includes('/de-2023-05'));
      assert.deepEqual(may, [`${ORIGIN}/sitemaps/de-2023-05.xml`, `${ORIGIN}/sitemaps/de-2023-05-p2.xml`]);
      // Month files come as bytes (encoded slice by slice); the text is what the XSD and the assertions read.
      const month = async (page: number, perFile: number, slice?: number) => String((await buildMonthSitemap(state, de, '2023-05', page, perFile, slice))!.body);
      const pages = [await month(1, 2), await month(2, 2)];
      for (const body of pages) assertValid(XSD.withAlternates, body, 'a page of May 2023');
      assert.deepEqual(pages.map((body) => urlsOf(body).map((u) => /mai-meldung-\d/.exec(u.loc)?.[0])), [['mai-meldung-3', 'mai-meldung-4'], ['mai-meldung-5']]);
      assert.equal(await buildMonthSitemap(state, de, '2023-05', 3, 2), undefined);
      // Built in slices of one article (10,000 articles are built 1,000 at a time), the pages are the same.
      assert.deepEqual([await month(1, 2, 1), await month(2, 2, 1)], pages);
      assert.equal(await month(1, 3, 1), await month(1, 3));
      // At the real size all three fit on the first page.
      assert.equal(urlsOf(await get('/sitemaps/de-2023-05.xml')).length, 3);
      assert.equal((await site.app.inject('/sitemaps/de-2023-05-p2.xml')).statusCode, 404);
    });

    test('the page sitemap lists home, all news, rubrics, tags, authors, projects, the directory and static pages, with alternates', async () => {
      const urls = urlsOf(await get('/sitemaps/de-pages.xml'));
      const locs = urls.map((u) => u.loc);
      for (const path of ['/de', '/de/news', '/de/politik', '/de/tag/parlament', '/de/projects', '/de/directory']) assert.ok(locs.includes(ORIGIN + path), path);
      assert.ok(locs.some((l) => l.startsWith(`${ORIGIN}/de/author/`)));
      assert.ok(locs.some((l) => l.startsWith(`${ORIGIN}/de/projects/`)));
      assert.ok(locs.some((l) => l.startsWith(`${ORIGIN}/de/directory/`)));
      assert.ok(locs.some((l) => l.startsWith(`${ORIGIN}/de/page/`)));
      const politics = urls.find((u) => u.loc === `${ORIGIN}/de/politik`);
      assert.equal(politics?.alternates.get('en-GB'), `${ORIGIN}/en/politics`);
      assert.equal(politics?.alternates.get('x-default'), `${ORIGIN}/de/politik`);
      for (const loc of locs.slice(0, 12)) assert.equal((await site.app.inject(loc.replace(ORIGIN, ''))).statusCode, 200, loc);
    });

    test('a tag whose only story is hidden is not announced in the page sitemap', async () => {
      const body = await get('/sitemaps/de-pages.xml');
      assert.ok(!body.includes('geheimes-schlagwort'));
    });

    test('the Google News sitemap holds the articles of the last 48 hours only, with Google\'s required tags', async () => {
      const body = await get('/sitemaps/news-de.xml');
      assert.ok(body.includes(`/${ids.recent}-meldung-von-vorgestern-abend</loc>`), '47 hours old: in');
      assert.ok(!body.includes(`/${ids.stale}-`), '49 hours old: out');
      assert.ok((await monthUrls('de')).some((u) => u.loc.includes(`/${ids.stale}-`)), 'but still in its month');
      const dates = [...body.matchAll(/<news:publication_date>([^<]+)<\/news:publication_date>/g)].map((m) => Date.parse(m[1]));
      assert.equal(dates.length, locsOf(body).length);
      for (const d of dates) assert.ok(d >= Date.now() - 48 * HOUR - 60_000 && d <= Date.now());
      assert.match(body, /<news:publication><news:name>Nachrichtenagentur Velta<\/news:name><news:language>de<\/news:language><\/news:publication>/);
      assert.equal((body.match(/<news:title>/g) ?? []).length, dates.length);
    });

    test('a headline with markup is escaped in the news sitemap, which stays valid', async () => {
      const body = await get('/sitemaps/news-de.xml');
      assert.ok(body.includes('<news:title>Karte &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zitat&quot; ]]&gt;</news:title>'));
      assert.ok(!body.includes('<script'));
      assertValid(XSD.news, body, 'news-de');
    });

    test('drafts, stories in review, scheduled, future, embargoed and withdrawn stories appear in no sitemap', async () => {
      const hidden = Object.entries(ids).filter(([k]) => k.startsWith('Kartengeheim')).map(([, id]) => id);
      assert.equal(hidden.length, 6);
      for (const [path, body] of await allSitemaps()) {
        assert.ok(!body.includes('Kartengeheim') && !body.includes('kartengeheim'), `${path} leaks a hidden story`);
        for (const id of hidden) assert.ok(!body.includes(`/politik/${id}-`), `${path} lists hidden article ${id}`);
      }
    });

    test('sitemaps carry ETag and Last-Modified, and a matching If-None-Match gets 304', async () => {
      for (const path of ['/sitemap.xml', '/sitemaps/news-de.xml', '/sitemaps/de-2024-03.xml']) {
        const first = await site.app.inject(path);
        assert.ok(first.headers.etag && first.headers['last-modified'], path);
        const again = await site.app.inject({ url: path, headers: { 'if-none-match': String(first.headers.etag) } });
        assert.equal(again.statusCode, 304, path);
        const since = await site.app.inject({ url: `${path}?crawler=1`, headers: { 'if-modified-since': String(first.headers['last-modified']) } });
        assert.equal(since.statusCode, 304, path);
      }
      assert.equal((await site.app.inject('/sitemaps/de-2024-03.xml')).headers['last-modified'], new Date(Date.UTC(2024, 2, 15, 10)).toUTCString());
    });

    // Last: it fills the Belarusian edition's news with over a thousand stories.
    test('a Google News sitemap lists at most 1,000 articles, the newest, and stays valid', async () => {
      await insertMany(db, 'be', 1005, (i) => now - 10 * 60_000 - i * 60_000);
      await site.app.depesche.checkContent();
      const body = await get('/sitemaps/news-be.xml');
      const locs = locsOf(body);
      assert.equal(locs.length, 1000);
      assert.ok(body.includes('massenmeldung-0<') && !body.includes('massenmeldung-1004<'), 'the newest are kept');
      assertValid(XSD.news, body, 'news-be');
      assertValid(XSD.index, await get('/sitemap.xml'), 'the index');
    });
  });
}
