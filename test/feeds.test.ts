// Feed readers get RSS 2.0, Atom 1.0 and JSON Feed 1.1 per edition, rubric and tag: parseable, dated, complete, never leaking.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, type TestSite } from './support/site.ts';
import { insertArticle, type TestArticle } from './support/builders.ts';
import { feedEntry, DEFAULT_FEED_OPTIONS, type FeedChannel } from '../src/feeds/feed-content.ts';
import type { FeedArticle } from '../src/feeds/feed-repo.ts';
import { renderRss } from '../src/feeds/rss.ts';
import { renderAtom } from '../src/feeds/atom.ts';
import { renderJsonFeed } from '../src/feeds/json-feed.ts';
import { escapeXml } from '../src/feeds/xml.ts';
import { feedLinksFor } from '../src/feeds/feed-urls.ts';
import { httpDate, rfc3339, rfc822 } from '../src/feeds/feed-dates.ts';

const ORIGIN = 'https://news.example.org';
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Markup, an ampersand, a CDATA end and a control character: each must come out as text in a well-formed document. */
const XSS_HEADLINE = 'Alarm <script>alert("x")</script> & <img src=x onerror=alert(1)> ]]> Ende\u0007';
const XSS_SEEN = XSS_HEADLINE.replace('\u0007', '');

const FEEDS = ['/de/feed', '/de/politik/feed', '/de/tag/parlament/feed'];
const FORMATS = [
  { ext: 'rss', type: 'application/rss+xml; charset=utf-8' },
  { ext: 'atom', type: 'application/atom+xml; charset=utf-8' },
  { ext: 'json', type: 'application/feed+json; charset=utf-8' },
] as const;
const EVERY_FEED = FEEDS.flatMap((f) => FORMATS.map((x) => `${f}.${x.ext}`));

/** Stories readers must never see, each in the rubric and tag whose feeds are read here. */
function hiddenStories(now: number): TestArticle[] {
  return [
    { headline: 'Feedgeheim Entwurf Alpha', status: 'draft', publishedAt: null },
    { headline: 'Feedgeheim Prüfung Beta', status: 'review', publishedAt: null },
    { headline: 'Feedgeheim Geplant Gamma', status: 'scheduled', publishedAt: now + 3600_000 },
    { headline: 'Feedgeheim Zukunft Delta', publishedAt: now + 3600_000 },
    { headline: 'Feedgeheim Sperrfrist Epsilon', publishedAt: now - 60_000, embargoUntil: now + 3600_000 },
    { headline: 'Feedgeheim Zurückgezogen Zeta', status: 'withdrawn', publishedAt: now - 60_000 },
  ];
}

/** Strict XML 1.0: feedsmith forgives broken markup, so well-formedness is checked by libxml2 first. */
function assertWellFormed(body: string, what: string): void {
  const run = spawnSync('xmllint', ['--noout', '-'], { input: body, encoding: 'utf8' });
  assert.ok(!run.error, 'xmllint is missing: install Debian package libxml2-utils');
  assert.equal(run.status, 0, `${what} is not well-formed XML:\n${run.stderr}`);
}

for (const dialect of DIALECTS) {
  describe(`feeds on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    let xss: { id: number; publishedAt: number };
    before(async () => {
      site = await startSite(dialect);
      const db = site.database.handle.db;
      const now = Date.now();
      // Whole seconds: feed dates carry no milliseconds.
      const publishedAt = Math.floor(now / 1000) * 1000 - 30_000;
      const { id } = await insertArticle(db, {
        headline: XSS_HEADLINE, lead: 'Vorspann mit <b>Markup</b> & Co.', rubricKey: 'politics', tagKeys: ['parliament'], publishedAt,
        body: '<p>Siehe <a href="/de/politik">Politik</a>.</p>', place: 'Welinsk',
      });
      xss = { id, publishedAt };
      for (const story of hiddenStories(now)) await insertArticle(db, { ...story, rubricKey: 'politics', tagKeys: ['parliament'] });
      await site.app.depesche.checkContent();
    });
    after(() => site?.close());

    test('every feed of an edition, a rubric and a tag parses with a real feed parser, in all three formats', async () => {
      for (const feed of FEEDS) {
        for (const { ext, type } of FORMATS) {
          const url = `${feed}.${ext}`;
          const res = await site.app.inject(url);
          assert.equal(res.statusCode, 200, url);
          assert.equal(res.headers['content-type'], type, url);
          if (ext === 'rss') {
            assertWellFormed(res.body, url);
            const rss = parseRssFeed(res.body);
            assert.ok(rss.title && rss.description && rss.link?.startsWith(`${ORIGIN}/de`), url);
            assert.ok(rss.atom?.links?.some((l) => l.rel === 'self' && l.href === ORIGIN + url), `${url} names itself`);
            assert.ok((rss.items ?? []).length > 0, url);
            for (const item of rss.items ?? []) {
              assert.ok(item.title && item.link?.startsWith(`${ORIGIN}/de/`) && item.guid?.value, url);
              assert.match(item.pubDate ?? '', RFC_822);
            }
          } else if (ext === 'atom') {
            assertWellFormed(res.body, url);
            const atom = parseAtomFeed(res.body);
            assert.ok(atom.id && atom.title && atom.updated, url);
            assert.match(atom.updated ?? '', RFC_3339);
            assert.ok(atom.links?.some((l) => l.rel === 'self' && l.href === ORIGIN + url), `${url} names itself`);
            assert.ok((atom.entries ?? []).length > 0, url);
            for (const entry of atom.entries ?? []) {
              assert.ok(entry.id && entry.title && entry.links?.some((l) => l.rel === 'alternate' && l.href?.startsWith(`${ORIGIN}/de/`)), url);
              assert.match(entry.updated ?? '', RFC_3339);
              assert.match(entry.published ?? '', RFC_3339);
            }
          } else {
            const json = parseJsonFeed(res.body);
            assert.equal(JSON.parse(res.body).version, 'https://jsonfeed.org/version/1.1');
            assert.equal(json.feed_url, ORIGIN + url);
            assert.ok((json.items ?? []).length > 0, url);
            for (const item of json.items ?? []) {
              assert.ok(item.id && item.url?.startsWith(`${ORIGIN}/de/`) && (item.content_html || item.content_text), url);
              assert.match(item.date_published ?? '', RFC_3339);
            }
          }
        }
      }
    });

    test('every edition has its feeds, in its own language', async () => {
      for (const [ed, locale] of [['en', 'en-GB'], ['ru', 'ru-RU'], ['be', 'be-BY']]) {
        const rss = await site.app.inject(`/${ed}/feed.rss`);
        assertWellFormed(rss.body, ed);
        assert.equal(parseRssFeed(rss.body).language, locale.toLowerCase());
        const atom = parseAtomFeed((await site.app.inject(`/${ed}/feed.atom`)).body);
        assert.equal(atom.xml?.lang, locale);
        assert.equal(parseJsonFeed((await site.app.inject(`/${ed}/feed.json`)).body).language, locale);
      }
    });

    test('dates are RFC 822 in RSS and RFC 3339 in Atom and JSON Feed, all naming the moment of publication', async () => {
      const rssItem = parseRssFeed((await site.app.inject('/de/feed.rss')).body).items?.find((i) => i.title === XSS_SEEN);
      assert.ok(rssItem, 'the article is in the RSS feed');
      assert.match(rssItem.pubDate ?? '', RFC_822);
      assert.equal(Date.parse(rssItem.pubDate!), xss.publishedAt);
      // The German edition's time zone (Europe/Berlin) gives the offset, not UTC.
      assert.match(rssItem.pubDate!, /[+-]0[12]00$/);

      const entry = parseAtomFeed((await site.app.inject('/de/feed.atom')).body).entries?.find((e) => e.title?.value === XSS_SEEN);
      assert.ok(entry, 'the article is in the Atom feed');
      assert.equal(Date.parse(entry.published!), xss.publishedAt);
      assert.equal(Date.parse(entry.updated!), xss.publishedAt);

      const item = parseJsonFeed((await site.app.inject('/de/feed.json')).body).items?.find((i) => i.title === XSS_HEADLINE);
      assert.ok(item, 'the article is in the JSON feed');
      assert.equal(Date.parse(item.date_published!), xss.publishedAt);
      assert.match(item.date_modified ?? '', RFC_3339);
    });

    test('items carry the full text with dateline and a summary, bylines, categories and the lead image as enclosure and media', async () => {
      const rss = parseRssFeed((await site.app.inject('/de/feed.rss')).body);
      const withImage = rss.items?.find((i) => i.enclosures?.length && i.dc?.creators?.length);
      assert.ok(withImage, 'a demo article with a picture and a byline');
      assert.match(withImage.content?.encoded ?? '', /<span class="dateline">[^<]+ \(Velta\) –<\/span>/);
      assert.ok(withImage.description && withImage.description.length <= 310);
      assert.ok((withImage.categories ?? []).length >= 1);
      const enclosure = withImage.enclosures![0];
      assert.equal(enclosure.type, 'image/jpeg');
      const image = await site.app.inject((enclosure.url ?? '').replace(ORIGIN, ''));
      assert.equal(image.statusCode, 200, 'the enclosure can be fetched');
      assert.equal(enclosure.length, image.rawPayload.length, 'its length is the file size');
      assert.equal(withImage.media?.contents?.[0]?.url, enclosure.url);

      const atom = parseAtomFeed((await site.app.inject('/de/feed.atom')).body);
      const entry = atom.entries?.find((e) => e.links?.some((l) => l.rel === 'enclosure'));
      assert.ok(entry?.content && entry.summary && entry.authors?.length);
      const json = parseJsonFeed((await site.app.inject('/de/feed.json')).body);
      assert.ok(json.items?.some((i) => i.image?.startsWith(`${ORIGIN}/media/`) && i.content_html && i.summary && i.authors?.length && i.tags?.length));
    });

    test('links inside the full text are absolute, since a feed reader has no base address', async () => {
      const item = parseJsonFeed((await site.app.inject('/de/feed.json')).body).items?.find((i) => i.title === XSS_HEADLINE);
      assert.match(item?.content_html ?? '', new RegExp(`href="${ORIGIN}/de/politik"`));
    });

    test('a headline full of markup is escaped: the XML stays well-formed and readers get the text back', async () => {
      for (const url of EVERY_FEED) {
        const res = await site.app.inject(url);
        assert.ok(!res.body.includes('<script') && !res.body.includes('<img src=x'), `${url} carries no live markup`);
        if (!url.endsWith('.json')) assert.ok(!res.body.includes('\u0007'), `${url} drops characters XML forbids`);
      }
      const rss = parseRssFeed((await site.app.inject('/de/feed.rss')).body);
      const item = rss.items?.find((i) => i.title === XSS_SEEN);
      assert.ok(item, 'the headline comes back as it was written');
      // RSS descriptions are HTML: the lead's own markup arrives escaped, as text.
      assert.equal(item.description, 'Vorspann mit &lt;b&gt;Markup&lt;/b&gt; &amp; Co.');
      const atom = parseAtomFeed((await site.app.inject('/de/feed.atom')).body);
      assert.ok(atom.entries?.some((e) => e.title?.value === XSS_SEEN));
      const json = parseJsonFeed((await site.app.inject('/de/feed.json')).body);
      // JSON may carry any character, so the JSON Feed gives the headline exactly as stored.
      assert.ok(json.items?.some((i) => i.title === XSS_HEADLINE && i.summary === 'Vorspann mit <b>Markup</b> & Co.'));
    });

    test('drafts, stories in review, scheduled, future, embargoed and withdrawn stories appear in no feed', async () => {
      for (const url of EVERY_FEED) {
        const res = await site.app.inject(url);
        assert.equal(res.statusCode, 200);
        assert.ok(!res.body.includes('Feedgeheim'), `${url} leaks a hidden story`);
      }
    });

    test('a rubric feed holds only its rubric, a tag feed only its tag', async () => {
      const rubric = parseRssFeed((await site.app.inject('/de/politik/feed.rss')).body);
      assert.ok(rubric.items?.length && rubric.items.every((i) => i.link?.startsWith(`${ORIGIN}/de/politik/`)));
      const tag = parseAtomFeed((await site.app.inject('/de/tag/parlament/feed.atom')).body);
      assert.ok(tag.entries?.length && tag.entries.every((e) => e.categories?.some((c) => c.term === 'parlament')));
    });

    test('feed addresses win over article addresses, and article pages still answer', async () => {
      assert.equal((await site.app.inject('/de/politik/feed.rss')).headers['content-type'], 'application/rss+xml; charset=utf-8');
      assert.equal((await site.app.inject(`/de/politik/${xss.id}`)).statusCode, 301);
      assert.equal((await site.app.inject('/de/politik')).statusCode, 200);
      assert.equal((await site.app.inject('/de/keine-rubrik/feed.rss')).statusCode, 404);
      assert.equal((await site.app.inject('/de/tag/kein-schlagwort/feed.json')).statusCode, 404);
      assert.equal((await site.app.inject('/xx/feed.atom')).statusCode, 404);
    });

    test('a guid is the article\'s short permalink, which redirects to its page', async () => {
      const item = parseRssFeed((await site.app.inject('/de/feed.rss')).body).items?.find((i) => i.title === XSS_SEEN);
      assert.equal(item?.guid?.value, `${ORIGIN}/de/news/${xss.id}`);
      const res = await site.app.inject(`/de/news/${xss.id}`);
      assert.equal(res.statusCode, 301);
      assert.equal(ORIGIN + res.headers.location, item?.link);
    });

    test('the autodiscovery links offered to the reader pages name feeds that answer in their declared type', async () => {
      const de = site.app.depesche.state.catalog.byCode.get('de')!;
      const links = [...feedLinksFor(ORIGIN, de, { kind: 'rubric', slug: 'politik', name: 'Politik' }), ...feedLinksFor(ORIGIN, de, { kind: 'tag', slug: 'parlament', name: 'Parlament' })];
      assert.equal(links.length, 12);
      assert.deepEqual(links.slice(0, 3).map((l) => l.href), [`${ORIGIN}/de/politik/feed.rss`, `${ORIGIN}/de/politik/feed.atom`, `${ORIGIN}/de/politik/feed.json`]);
      for (const link of links) {
        const res = await site.app.inject(link.href.replace(ORIGIN, ''));
        assert.equal(res.statusCode, 200, link.href);
        assert.equal(res.headers['content-type'], `${link.type}; charset=utf-8`, link.href);
      }
    });

    test('a feed carries ETag and Last-Modified; If-None-Match and If-Modified-Since get 304', async () => {
      const first = await site.app.inject('/de/feed.rss');
      const etag = first.headers.etag as string;
      const lastModified = first.headers['last-modified'] as string;
      assert.match(etag, /^"[\w-]+"$/);
      assert.equal(Date.parse(lastModified) <= Date.now(), true);
      assert.match(String(first.headers['cache-control']), /public, max-age=\d+/);
      const cached = await site.app.inject({ url: '/de/feed.rss', headers: { 'if-none-match': etag } });
      assert.equal(cached.statusCode, 304);
      assert.equal(cached.body, '');
      // A query string makes a fresh build (the cache keys by URL), where If-Modified-Since is answered.
      const since = await site.app.inject({ url: '/de/feed.rss?reader=1', headers: { 'if-modified-since': lastModified } });
      assert.equal(since.statusCode, 304);
      assert.equal(since.headers.etag, etag);
      const older = await site.app.inject({ url: '/de/feed.rss?reader=2', headers: { 'if-modified-since': new Date(Date.parse(lastModified) - 1000).toUTCString() } });
      assert.equal(older.statusCode, 200);
    });
  });
}

describe('the full-content setting', () => {
  const edition = {
    code: 'de', locale: 'de-DE', timeZone: 'Europe/Berlin', name: 'Deutsch', flag: '', host: null, isDefault: true, position: 1,
    agencyName: 'Velta', agencyShort: 'Velta', datePatterns: { date: 'd. MMMM yyyy', time: 'HH:mm', header: 'EEEE', dateline: 'd. MMMM' },
    socialLinks: [], labels: {},
  };
  const article: FeedArticle = {
    id: 7, storyId: 7, edition: 'de', headline: 'Kurz & knapp', slug: 'kurz-knapp', lead: 'Der Vorspann.', urgency: 5,
    publishedAt: Date.UTC(2026, 5, 22, 12, 36), updatedAt: Date.UTC(2026, 5, 22, 12, 40), rubric: null, image: null,
    place: 'Moskau', body: '<p>Der ganze Text.</p>', correctionNote: '', authors: [], tags: [], imageFile: null,
  };
  const channel: FeedChannel = {
    edition, title: 'Velta', description: 'Nachrichten', homeUrl: `${ORIGIN}/de`,
    selfUrl: { rss: `${ORIGIN}/de/feed.rss`, atom: `${ORIGIN}/de/feed.atom`, json: `${ORIGIN}/de/feed.json` },
    iconUrl: `${ORIGIN}/logo.png`, updated: article.updatedAt, builtAt: article.updatedAt, generator: 'Depesche',
  };

  test('by default a feed carries the full text, opened by the dateline, besides the summary', () => {
    const entry = feedEntry(article, edition, ORIGIN, DEFAULT_FEED_OPTIONS);
    assert.equal(entry.summary, 'Der Vorspann.');
    assert.equal(entry.contentHtml, '<p><span class="dateline">MOSKAU, 22. Juni (Velta) –</span> Der ganze Text.</p>');
    assert.equal(parseRssFeed(renderRss(channel, [entry])).items?.[0].content?.encoded, entry.contentHtml);
    assert.equal(Date.parse(parseRssFeed(renderRss(channel, [entry])).items?.[0].pubDate ?? ''), article.publishedAt);
    assert.equal(parseRssFeed(renderRss(channel, [entry])).items?.[0].pubDate, 'Mon, 22 Jun 2026 14:36:00 +0200');
  });

  test('set to summaries, a feed carries no full text in any format', () => {
    const entry = feedEntry(article, edition, ORIGIN, { ...DEFAULT_FEED_OPTIONS, fullContent: false });
    assert.equal(entry.contentHtml, null);
    const rss = renderRss(channel, [entry]);
    assert.ok(!rss.includes('content:encoded>') && parseRssFeed(rss).items?.[0].description === 'Der Vorspann.');
    const atom = parseAtomFeed(renderAtom(channel, [entry])).entries?.[0];
    assert.equal(atom?.content, undefined);
    assert.equal(atom?.summary?.value, 'Der Vorspann.');
    const json = parseJsonFeed(renderJsonFeed(channel, [entry])).items?.[0];
    assert.equal(json?.content_html, undefined);
    assert.equal(json?.content_text, 'Der Vorspann.');
  });

  test('XML escaping drops characters XML 1.0 forbids and mends lone surrogates', () => {
    assert.equal(escapeXml('a\u0000b\u001Fc\uFFFE<&>"\''), 'abc&lt;&amp;&gt;&quot;&apos;');
    assert.equal(escapeXml('x\uD800y'), 'x\uFFFDy');
    assert.equal(escapeXml('tab\tline\nret\r'), 'tab\tline\nret\r');
  });
});

describe('feed dates', () => {
  test('RFC 822 and RFC 3339 give the zone\'s wall time and offset, on either side of a change to summer time', () => {
    const change = Date.UTC(2026, 2, 29, 1); // Europe/Berlin goes from +01:00 to +02:00
    assert.equal(rfc822(change - 1000, 'Europe/Berlin'), 'Sun, 29 Mar 2026 01:59:59 +0100');
    assert.equal(rfc822(change, 'Europe/Berlin'), 'Sun, 29 Mar 2026 03:00:00 +0200');
    assert.equal(rfc3339(change - 1000, 'Europe/Berlin'), '2026-03-29T01:59:59+01:00');
    assert.equal(rfc3339(change, 'Europe/Berlin'), '2026-03-29T03:00:00+02:00');
    assert.equal(rfc3339(Date.UTC(2026, 0, 5, 18, 30), 'America/New_York'), '2026-01-05T13:30:00-05:00');
    assert.equal(rfc3339(Date.UTC(2026, 0, 5, 18, 30), 'Asia/Kathmandu'), '2026-01-06T00:15:00+05:45');
    assert.equal(httpDate(change), 'Sun, 29 Mar 2026 01:00:00 GMT');
  });

  test('the dates name the same moment as the input, to the second', () => {
    for (let ms = Date.UTC(2026, 9, 24, 22); ms < Date.UTC(2026, 9, 25, 3); ms += 7 * 60_000 + 13_000) {
      assert.equal(Date.parse(rfc822(ms, 'Europe/Berlin')), Math.floor(ms / 1000) * 1000);
      assert.equal(Date.parse(rfc3339(ms, 'Europe/Minsk')), Math.floor(ms / 1000) * 1000);
    }
  });
});
