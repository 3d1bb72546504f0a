// What a reader sees in every edition: home, rubrics, all news, articles with datelines, translations, metadata.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, linksIn, textOf, jsonLdOf, type TestSite } from './support/site.ts';
import { insertArticle } from './support/builders.ts';
import { bumpContentVersion } from '../src/db/repos/site-state-repo.ts';
import { formatHeaderDate, formatDateline, defaultDatePatterns } from '../src/domain/dates.ts';
import { listEditions } from '../src/db/repos/edition-repo.ts';
import type { Edition } from '../src/domain/model.ts';

const ARTICLE_LINK = /^\/(de|en|ru|be)\/[a-z0-9-]+\/\d+-(?!\d\d-\d\d$)[a-z0-9-]+$/;

for (const dialect of DIALECTS) {
  describe(`the reader site on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    let editions: Edition[];
    before(async () => {
      site = await startSite(dialect);
      editions = await listEditions(site.database.handle.db);
    });
    after(() => site?.close());

    test('the demo agency has four editions with the German one as default', () => {
      assert.deepEqual(editions.map((e) => e.code), ['de', 'en', 'ru', 'be']);
      assert.equal(editions.find((e) => e.isDefault)?.code, 'de');
    });

    test('every edition’s home shows today’s date in its language, a language switcher and the rubrics', async () => {
      for (const edition of editions) {
        const res = await site.app.inject(`/${edition.code}`);
        assert.equal(res.statusCode, 200, edition.code);
        assert.match(res.headers['content-type'] as string, /text\/html; charset=utf-8/);
        assert.match(res.body, new RegExp(`<html lang="${edition.locale}"`));
        assert.ok(res.body.includes(formatHeaderDate(Date.now(), edition)), `${edition.code} header date`);
        for (const other of editions) assert.ok(res.body.includes(`href="/${other.code}" lang="${other.locale}"`), `switcher to ${other.code}`);
        const rubricLinks = linksIn(res.body, new RegExp(`^/${edition.code}/[a-z-]+$`));
        assert.ok(rubricLinks.length >= 6 + 3, `${edition.code} navigation has rubrics, all news, projects, directory`);
        assert.ok(linksIn(res.body, ARTICLE_LINK).length >= 10, 'home lists articles');
      }
    });

    test('the German home has a breaking ticker, top stories, rubric blocks and projects', async () => {
      // The test database may have been seeded hours ago: an urgent story of its own keeps the ticker filled
      // (removed afterwards, as the tests below take the newest stories for the demo's).
      const db = site.database.handle.db;
      const { id } = await insertArticle(db, { headline: 'Eilmeldung zur Startseite', urgency: 1, publishedAt: Date.now() - 5 * 60_000 });
      await site.app.depesche.checkContent();
      const body = (await site.app.inject('/de')).body;
      await db.deleteFrom('articles').where('id', '=', id).execute();
      await bumpContentVersion(db);
      await site.app.depesche.checkContent();
      assert.match(body, /<section class="ticker"[\s\S]*Eilmeldung zur Startseite[\s\S]*<\/section>/);
      assert.match(body, /<h2 id="ticker-heading">Eilmeldungen<\/h2>/);
      assert.match(body, /Top-Meldungen/);
      assert.match(body, /<h2 id="rubric-politics" class="section-title"><a href="\/de\/politik">Politik<\/a>/);
      assert.match(body, /href="\/de\/projects\/[a-z0-9-]+"/);
    });

    test('/ sends readers to the edition of their language, else to the default one', async () => {
      const cases: [string | undefined, string][] = [['ru-RU,ru;q=0.9,en;q=0.5', '/ru'], ['fr-FR, be;q=0.8', '/be'], ['fr', '/de'], [undefined, '/de'], ['en;q=0.2, de;q=0.9', '/de']];
      for (const [accept, location] of cases) {
        const res = await site.app.inject({ url: '/', headers: accept ? { 'accept-language': accept } : {} });
        assert.equal(res.statusCode, 302, String(accept));
        assert.equal(res.headers.location, location, String(accept));
        assert.match(String(res.headers.vary), /Accept-Language/);
      }
    });

    test('an article page shows rubric, date, headline, lead, the localized dateline, byline, tags and translations', async () => {
      const db = site.database.handle.db;
      const story = await db
        .selectFrom('articles')
        .select(['story_id'])
        .where('edition', '=', 'ru')
        .where('lead_media_id', 'is not', null)
        .orderBy('published_at', 'desc')
        .executeTakeFirstOrThrow();
      const versions = await db.selectFrom('articles').selectAll().where('story_id', '=', story.story_id).execute();
      assert.ok(versions.length >= 3, 'the story is translated');
      for (const v of versions) {
        const edition = editions.find((e) => e.code === v.edition)!;
        const home = (await site.app.inject(`/${edition.code}/news`)).body;
        const path = linksIn(home, new RegExp(`^/${edition.code}/[a-z0-9-]+/${v.id}-`))[0];
        assert.ok(path, `article ${v.id} is listed in all news of ${edition.code}`);
        const res = await site.app.inject(path);
        assert.equal(res.statusCode, 200);
        const text = textOf(res.body);
        assert.ok(res.body.includes(`<h1>${v.headline.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')}</h1>`), 'headline');
        const dateline = formatDateline(v.place, v.published_at!, edition);
        assert.ok(text.includes(dateline), `dateline ${dateline}`);
        assert.match(res.body, /<span class="dateline">[^<]+ –<\/span>/);
        assert.match(res.body, /<a class="rubric" href="\/[a-z]{2}\/[a-z-]+">/);
        assert.match(res.body, /<figure class="figure"><img [^>]*srcset="\/media\/\d+\/480\.jpg 480w, \/media\/\d+\/800\.jpg 800w, \/media\/\d+\/1200\.jpg 1200w"[^>]*width="800" height="533"/);
        assert.match(res.body, /<figcaption>[^<]+<span class="credit">/);
        assert.match(res.body, /rel="author"/);
        // Every other version of the story is linked, with hreflang alternates in the head.
        for (const other of versions.filter((o) => o.id !== v.id)) {
          const locale = editions.find((e) => e.code === other.edition)!.locale;
          assert.match(res.body, new RegExp(`<link rel="alternate" hreflang="${locale}" href="https://news.example.org/${other.edition}/[a-z0-9-]+/${other.id}-`));
          assert.match(res.body, new RegExp(`<li><a href="/${other.edition}/[a-z0-9-]+/${other.id}-[^"]+" hreflang="${locale}"`));
        }
        assert.match(res.body, /<link rel="alternate" hreflang="x-default" href="https:\/\/news\.example\.org\/de\//);
        assert.ok(res.body.includes(`<link rel="canonical" href="https://news.example.org${path}">`));
        assert.match(res.body, /<meta property="og:type" content="article">/);
        assert.match(res.body, /<meta name="twitter:card" content="summary_large_image">/);
      }
    });

    test('article pages carry NewsArticle and BreadcrumbList JSON-LD with offsets, author, publisher logo and language', async () => {
      const path = linksIn((await site.app.inject('/en/news')).body, ARTICLE_LINK)[0];
      const body = (await site.app.inject(path)).body;
      const [article, breadcrumbs] = jsonLdOf(body);
      assert.equal(article['@type'], 'NewsArticle');
      assert.match(article.datePublished, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      assert.match(article.dateModified, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      assert.equal(article.inLanguage, 'en-GB');
      assert.equal(article.mainEntityOfPage['@id'], `https://news.example.org${path}`);
      assert.ok(article.headline && article.articleSection);
      assert.ok(Array.isArray(article.author) && article.author[0].name);
      assert.equal(article.publisher['@type'], 'NewsMediaOrganization');
      assert.match(article.publisher.logo.url, /^https:\/\/news\.example\.org\/assets\/logo\.[0-9a-f]+\.png$/);
      assert.ok(Array.isArray(article.image) && article.image.length > 0);
      assert.equal(breadcrumbs['@type'], 'BreadcrumbList');
      assert.equal(breadcrumbs.itemListElement.at(-1).item, `https://news.example.org${path}`);
    });

    test('a changed headline or rubric in the URL answers 301 to the canonical address', async () => {
      const path = linksIn((await site.app.inject('/de/news')).body, ARTICLE_LINK)[0];
      const [, ed, rubric, idslug] = path.split('/');
      const id = idslug.split('-')[0];
      for (const old of [`/${ed}/${rubric}/${id}-an-old-headline`, `/${ed}/${rubric}/${id}`, `/${ed}/news/${idslug}`, `/${ed}/sport/${idslug}`]) {
        if (old === path) continue;
        const res = await site.app.inject(old);
        assert.equal(res.statusCode, 301, old);
        assert.equal(res.headers.location, path, old);
      }
    });

    test('all news lists articles newest first with pagination and a calendar archive by day', async () => {
      const first = await site.app.inject('/en/news');
      assert.equal(first.statusCode, 200);
      const items = linksIn(first.body, ARTICLE_LINK);
      assert.ok(items.length >= 20);
      const times = [...first.body.matchAll(/<h2 class="card-title">[\s\S]*?<time datetime="([^"]+)"/g)].map((m) => Date.parse(m[1]));
      assert.ok(times.length >= 20);
      assert.deepEqual(times, [...times].sort((a, b) => b - a), 'newest first');
      assert.match(first.body, /<a rel="next" href="\/en\/news\?page=2">/);
      const second = await site.app.inject('/en/news?page=2');
      assert.equal(second.statusCode, 200);
      assert.match(second.body, /<a rel="prev" href="\/en\/news">/);
      const secondItems = linksIn(second.body, ARTICLE_LINK).filter((l) => !linksIn(second.body, /x/).includes(l));
      assert.ok(!items.slice(0, 20).some((l) => secondItems.includes(l) && first.body.indexOf(`<h2 class="card-title"><a href="${l}"`) >= 0 && second.body.indexOf(`<h2 class="card-title"><a href="${l}"`) >= 0), 'pages do not repeat items');
      // The day of the newest item lists exactly the items of that day.
      const day = new Date(times[0]).toISOString().slice(0, 10);
      const dayLink = linksIn(first.body, /^\/en\/news\/\d{4}-\d{2}-\d{2}$/);
      assert.ok(dayLink.length >= 28, 'the calendar links the month’s days');
      const archive = await site.app.inject(`/en/news/${day}`);
      assert.equal(archive.statusCode, 200);
      assert.match(archive.body, /<table class="calendar"><caption>[A-Z][a-z]+ \d{4}<\/caption>/);
      assert.match(archive.body, new RegExp(`aria-current="date"`));
      assert.match(archive.body, /rel="prev" href="\/en\/news\/\d{4}-\d{2}-\d{2}"/);
    });

    test('rubric, tag, author, project, directory and static pages list what belongs to them', async () => {
      const rubric = await site.app.inject('/de/wirtschaft');
      assert.equal(rubric.statusCode, 200);
      assert.match(rubric.body, /<h1>Wirtschaft/);
      const rubricItems = [...rubric.body.matchAll(/<p class="meta"><a class="rubric" href="([^"]+)"/g)].map((m) => m[1]);
      assert.ok(rubricItems.length > 3 && rubricItems.every((href) => href === '/de/wirtschaft'), 'only economy stories');

      const tagPath = linksIn((await site.app.inject(linksIn((await site.app.inject('/ru/news')).body, ARTICLE_LINK)[0])).body, /^\/ru\/tag\//)[0];
      const tag = await site.app.inject(tagPath);
      assert.equal(tag.statusCode, 200);
      assert.ok(linksIn(tag.body, ARTICLE_LINK).length > 0);

      const projects = await site.app.inject('/be/projects');
      assert.equal(projects.statusCode, 200);
      const projectLinks = linksIn(projects.body, /^\/be\/projects\/[a-z0-9-]+$/);
      assert.equal(projectLinks.length, 3);
      const project = await site.app.inject(projectLinks[0]);
      assert.equal(project.statusCode, 200);
      assert.ok(linksIn(project.body, ARTICLE_LINK).length > 0, 'a project lists its stories');

      const directory = await site.app.inject('/de/directory');
      assert.equal(directory.statusCode, 200);
      assert.match(directory.body, /<ul class="directory-tree"><li>[\s\S]*<ul class="directory-tree">/, 'a hierarchy');
      const entries = linksIn(directory.body, /^\/de\/directory\/[a-z0-9-]+$/);
      assert.ok(entries.length >= 10);
      let withNews = 0;
      for (const entry of entries) {
        const page = await site.app.inject(entry);
        assert.equal(page.statusCode, 200, entry);
        if (linksIn(page.body, ARTICLE_LINK).length) withNews++;
      }
      assert.ok(withNews >= 3, 'institution pages show related news');

      const pages = linksIn((await site.app.inject('/en')).body, /^\/en\/page\//);
      assert.equal(pages.length, 3);
      for (const p of pages) assert.equal((await site.app.inject(p)).statusCode, 200);

      const authorPath = linksIn((await site.app.inject(linksIn((await site.app.inject('/de/news')).body, ARTICLE_LINK)[0])).body, /^\/de\/author\//)[0];
      assert.equal((await site.app.inject(authorPath)).statusCode, 200);
    });

    test('the language switcher leads to the same story, rubric or page in the other editions', async () => {
      const rubric = (await site.app.inject('/de/politik')).body;
      assert.match(rubric, /<a href="\/ru\/politika" lang="ru-RU"/);
      assert.match(rubric, /<a href="\/en\/politics" lang="en-GB"/);
    });

    test('an edition’s house style for dates is used on its pages', async () => {
      const db = site.database.handle.db;
      await db.updateTable('editions').set({ date_patterns: JSON.stringify({ ...defaultDatePatterns('de'), header: "'Heute ist' EEEE, dd.MM.yyyy" }) }).where('code', '=', 'de').execute();
      await db.updateTable('site_state').set({ value: 1000 }).where('name', '=', 'content_version').execute();
      await site.app.depesche.checkContent();
      const body = (await site.app.inject('/de/wirtschaft')).body;
      assert.match(body, /Heute ist [A-Z][a-z]+tag, \d{2}\.\d{2}\.\d{4}/);
    });

    test('images are served from the database with long-lived caching', async () => {
      const body = (await site.app.inject('/de')).body;
      const src = /<img [^>]*src="(\/media\/\d+\/\d+\.jpg)"/.exec(body)![1];
      const res = await site.app.inject(src);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'image/jpeg');
      assert.equal(res.rawPayload.subarray(0, 3).toString('hex'), 'ffd8ff');
      assert.match(String(res.headers['cache-control']), /immutable/);
      assert.equal((await site.app.inject('/media/999999/800.jpg')).statusCode, 404);
    });

    test('an edition can be served at its own host name', async () => {
      await site.database.handle.db.updateTable('editions').set({ host: 'english.example.org' }).where('code', '=', 'en').execute();
      await site.database.handle.db.updateTable('site_state').set({ value: 2000 }).where('name', '=', 'content_version').execute();
      await site.app.depesche.checkContent();
      const res = await site.app.inject({ url: '/', headers: { host: 'english.example.org' } });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="en-GB"/);
      const rubric = await site.app.inject({ url: '/politics', headers: { host: 'english.example.org' } });
      assert.equal(rubric.statusCode, 200);
      assert.match(rubric.body, /<h1>Politics/);
    });
  });
}
