// Developers read the content API: every answer holds to the OpenAPI description, pages walk each article once,
// mistakes are answered as problem details, and nothing unpublished ever leaves.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
// OpenAPI 3.1 schemas are JSON Schema 2020-12: ajv's 2020 build validates them, ajv-formats adds date-time and uri.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, type TestSite } from './support/site.ts';
import { insertArticle } from './support/builders.ts';
import type { Db } from '../src/db/database.ts';
import { loadSiteCatalog } from '../src/site/site-catalog.ts';
import type { SiteState } from '../src/site/routes/render.ts';
import { registerSystemRoutes } from '../src/site/routes/system-routes.ts';
import { registerApiRoutes, type ApiOptions } from '../src/api/api-routes.ts';
import { registerSearchApiRoutes, SEARCH_RESOURCE } from '../src/search/search-api-routes.ts';
import { API_RESOURCES } from '../src/api/api-handlers.ts';
import { PROBLEM_TYPES } from '../src/api/problem.ts';
import { encodeCursor } from '../src/api/cursor.ts';
import { searchInProcess } from '../src/search/search-threads.ts';

const PUBLIC_URL = 'https://news.example.org';
const API = '/api/v1';
const DOC_ID = `${PUBLIC_URL}${API}/openapi.json`;

type Json = any;

/** The OpenAPI document's schemas, compiled strictly by ajv: an unknown keyword or a dangling $ref fails here. */
function compileDocument(doc: Json): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajvFormats.default(ajv);
  // Only the schemas are JSON Schema; the rest of the document is the frame $refs point into.
  ajv.addKeyword('components');
  ajv.addSchema({ $id: DOC_ID, components: { schemas: doc.components.schemas } });
  return ajv;
}

function deref(doc: Json, node: Json): Json {
  if (!node?.$ref) return node;
  const path = (node.$ref as string).replace(/^#\//, '').split('/');
  return deref(doc, path.reduce((n: Json, key) => n[key], doc));
}

/** Fastify's path as the OpenAPI document writes it. */
function templateOf(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

/** The described path a request URL falls under: "/api/v1/articles/7?x=1" → "/articles/{id}". */
function templateFor(doc: Json, url: string): string {
  const path = url.replace(API, '').split('?')[0] || '/';
  const found = Object.keys(doc.paths).find((t) => new RegExp(`^${t.replace(/\{\w+\}/g, '[^/]+').replace(/\./g, '\\.')}$`).test(path));
  assert.ok(found, `${url} falls under a described path`);
  return found;
}

interface Checker {
  /** Asserts the answer is documented for this operation: status, media type, headers and a body valid against its schema. */
  (res: LightMyRequestResponse, template: string, method?: string): Json;
}

function checkerFor(doc: Json, ajv: Ajv2020): Checker {
  return (res, template, method = 'get') => {
    const op = doc.paths[template]?.[method];
    assert.ok(op, `${method} ${template} is described`);
    const documented = op.responses[String(res.statusCode)];
    // Statuses an operation does not list (405, say) are answered as its documented default: a problem.
    const response = deref(doc, documented ?? op.responses.default);
    if (res.statusCode === 304) {
      assert.equal(res.body, '', '304 has no body');
      assert.ok(res.headers.etag, '304 repeats the ETag');
      return undefined;
    }
    const [mediaType] = Object.keys(response.content);
    assert.equal(String(res.headers['content-type']).split(';')[0], mediaType, `content type of ${res.statusCode} ${template}`);
    const body: Json = res.json();
    const validate = ajv.getSchema(`${DOC_ID}${response.content[mediaType].schema.$ref}`) as ValidateFunction<Json>;
    assert.ok(validate(body), `${res.statusCode} ${template} matches its schema: ${ajv.errorsText(validate.errors)}`);
    for (const name of Object.keys(response.headers ?? {})) {
      if (name === 'Link' && !body?.pagination?.next) continue;
      assert.ok(res.headers[name.toLowerCase()] !== undefined, `${res.statusCode} ${template} has the ${name} header`);
    }
    return body;
  };
}

/** The visible articles of an edition as the database has them, newest first: what a full walk must return. */
async function visibleIds(db: Db, edition: string, now: number, extra: (q: any) => any = (q) => q): Promise<number[]> {
  const rows = await extra(
    db.selectFrom('articles as a').select('a.id')
      .where('a.edition', '=', edition).where('a.status', '=', 'published').where('a.published_at', '<=', now)
      .where((eb) => eb.or([eb('a.embargo_until', 'is', null), eb('a.embargo_until', '<=', now)])),
  ).orderBy('a.published_at', 'desc').orderBy('a.id', 'desc').execute();
  return rows.map((r: { id: number }) => r.id);
}

/** The API (content and search, as app.ts registers them) in a bare app beside the reader site's system routes, with options of the test's choosing. */
async function apiApp(db: Db, options: ApiOptions): Promise<FastifyInstance> {
  const state: SiteState = { db, catalog: await loadSiteCatalog(db), cache: null, publicUrl: PUBLIC_URL, now: Date.now, assets: { css: '', logo: '' }, search: searchInProcess(db) };
  const app = Fastify({ logger: false });
  registerSystemRoutes(app, state, []);
  registerApiRoutes(app, state, options);
  registerSearchApiRoutes(app, state, options);
  await app.ready();
  return app;
}

for (const dialect of DIALECTS) {
  describe(`the content API on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    let doc: Json;
    let ajv: Ajv2020;
    let check: Checker;
    const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });

    /** Follows `next` from a first page to the end, checking every page against the description. */
    async function walk(url: string): Promise<Json[]> {
      const items: Json[] = [];
      let next: string | null = url;
      for (let pages = 0; next; pages++) {
        assert.ok(pages < 200, 'the walk ends');
        const res = await get(next.replace(PUBLIC_URL, ''));
        assert.equal(res.statusCode, 200, next);
        const body = check(res, '/articles');
        items.push(...body.data);
        if (body.pagination.next) assert.equal(res.headers.link, `<${body.pagination.next}>; rel="next"`);
        next = body.pagination.next;
      }
      return items;
    }

    before(async () => {
      site = await startSite(dialect);
      doc = (await get(`${API}/openapi.json`)).json();
      ajv = compileDocument(doc);
      check = checkerFor(doc, ajv);
    });
    after(() => site?.close());

    test('the description is OpenAPI 3.1 whose schemas all compile as JSON Schema 2020-12 and whose paths are exactly the routes', () => {
      assert.match(doc.openapi, /^3\.1\.\d+$/);
      assert.equal(doc.servers[0].url, `${PUBLIC_URL}${API}`);
      for (const name of Object.keys(doc.components.schemas)) assert.ok(ajv.getSchema(`${DOC_ID}#/components/schemas/${name}`), name);
      for (const [name, p] of Object.entries<Json>(doc.components.parameters)) assert.doesNotThrow(() => compileDocument(doc).compile(p.schema), name);
      assert.deepEqual(Object.keys(doc.paths).sort(), [...API_RESOURCES, SEARCH_RESOURCE].map(templateOf).sort());
      const operationIds = Object.values<Json>(doc.paths).map((p) => p.get.operationId);
      assert.equal(new Set(operationIds).size, operationIds.length, 'operation ids are unique');
      const refs = JSON.stringify(doc).match(/"#\/components\/[^"]+"/g) ?? [];
      for (const ref of refs) assert.ok(deref(doc, { $ref: JSON.parse(ref) }), `${ref} resolves`);
    });

    test('every endpoint answers 200 with a body valid against its documented schema', async () => {
      const urls = [
        '', '/openapi.json', '/problems/not-found', '/editions', '/rubrics', '/rubrics?edition=en', '/tags?edition=ru', '/authors',
        '/projects?edition=be', '/directory', '/directory?edition=de', '/articles', '/articles?edition=de&rubric=politics&limit=5',
      ];
      for (const url of urls) {
        const res = await get(`${API}${url}`);
        assert.equal(res.statusCode, 200, url);
        const body = check(res, templateFor(doc, url));
        if (body.data) assert.ok(body.data.length > 0, `${url} lists something`);
      }
      const [first] = (await get(`${API}/articles?edition=de`)).json().data;
      const article = check(await get(`${API}/articles/${first.id}`), '/articles/{id}');
      assert.equal(article.id, first.id);
      assert.ok(article.body.startsWith('<'), 'the body is HTML');
      assert.equal(article.url, `${PUBLIC_URL}/de/${article.rubric?.slug ?? 'news'}/${article.id}-${first.url.split(`/${article.id}-`)[1]}`);
      assert.ok(article.translations.length > 0, 'the demo story is told in several editions');
      for (const t of article.translations) {
        assert.notEqual(t.edition, 'de');
        assert.equal((await site.app.inject(t.url.replace(PUBLIC_URL, ''))).statusCode, 200, 'a translation links to its reader page');
      }
      assert.equal((await site.app.inject(article.url.replace(PUBLIC_URL, ''))).statusCode, 200, 'the article links to its reader page');
      assert.match(article.publishedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    });

    test('search answers hold to the description: results, filters, pages, suggestions and an empty query', async () => {
      const found = check(await get(`${API}/search?edition=en&q=${encodeURIComponent('heat pumps')}`), '/search');
      assert.equal(found.data[0].headline, 'Heat pump plant in Dubrava starts production');
      assert.match(found.data[0].highlight.headline, /<mark>Heat<\/mark>/);
      const index = check(await get(API), '/');
      assert.equal(index.links.search, `${PUBLIC_URL}${API}/search`);

      // Follow the pages of a common word by `next`, each one checked, the Link header with it.
      const seen = new Set<number>();
      let next: string | null = `${API}/search?edition=de&q=Welinsk&limit=3`;
      for (let pages = 0; next; pages++) {
        assert.ok(pages < 100, 'the pages end');
        const res = await get(next.replace(PUBLIC_URL, ''));
        const body = check(res, '/search');
        for (const hit of body.data) {
          assert.ok(!seen.has(hit.id), 'each result once');
          seen.add(hit.id);
        }
        if (body.pagination.next) assert.equal(res.headers.link, `<${body.pagination.next}>; rel="next"`);
        if (pages > 0) assert.ok(body.pagination.prev);
        next = body.pagination.next;
      }
      assert.ok(seen.size > 3, 'several pages were walked');

      const filtered = check(await get(`${API}/search?edition=de&q=Welinsk&rubric=sport&sort=date&from=2000-01-01&to=2100-12-31&limit=50`), '/search');
      assert.ok(filtered.data.length > 0 && filtered.data.every((a: Json) => a.rubric?.slug === 'sport'));
      const suggested = check(await get(`${API}/search?edition=de&q=Hochwaser`), '/search');
      assert.deepEqual(suggested.data, []);
      assert.equal(suggested.suggestion.query, 'Hochwasser');
      const empty = check(await get(`${API}/search`), '/search');
      assert.deepEqual([empty.query, empty.data, empty.suggestion, empty.pagination.next], ['', [], null, null]);
      const etag = String((await get(`${API}/search?q=Welinsk`)).headers.etag);
      check(await get(`${API}/search?q=Welinsk`, { 'if-none-match': etag }), '/search');
    });

    test('every problem type is documented at its URI and named in the description', async () => {
      const documented = doc.components.parameters.type.schema.enum;
      assert.deepEqual([...documented].sort(), Object.keys(PROBLEM_TYPES).sort());
      for (const type of Object.keys(PROBLEM_TYPES)) {
        const body = check(await get(`${API}/problems/${type}`), '/problems/{type}');
        assert.equal(body.type, `${PUBLIC_URL}${API}/problems/${type}`);
      }
    });

    test('a cursor walk over an edition returns each article exactly once, newest first, while articles are published', async () => {
      const now = Date.now();
      const expected = await visibleIds(site.database.handle.db, 'de', now);
      assert.ok(expected.length > 20, 'the demo edition has several pages');
      const items: Json[] = [];
      let next: string | null = `${API}/articles?edition=de&limit=7`;
      let inserted = false;
      while (next) {
        const body: Json = check(await get(next.replace(PUBLIC_URL, '')), '/articles');
        items.push(...body.data);
        assert.ok(body.data.length <= 7);
        if (!inserted) {
          // Published between two pages: newer than the cursor, so it shifts nothing that follows.
          await insertArticle(site.database.handle.db, { headline: 'Zwischendurch veröffentlicht', rubricKey: 'politics', publishedAt: Date.now() - 1000 });
          inserted = true;
        }
        next = body.pagination.next;
      }
      const ids = items.map((a) => a.id);
      assert.deepEqual(ids, expected, 'every visible article once, in order');
      for (let i = 1; i < items.length; i++) {
        const [a, b] = [Date.parse(items[i - 1].publishedAt), Date.parse(items[i].publishedAt)];
        assert.ok(a > b || (a === b && items[i - 1].id > items[i].id), 'newest first, then by id');
      }
      assert.equal((await walk(`${API}/articles?edition=de&limit=100`)).length, expected.length + 1, 'the new article is on a new walk');
    });

    test('filters narrow the list: edition, rubric by key, id or slug, tag, and since', async () => {
      const db = site.database.handle.db;
      const now = Date.now();
      const en = await walk(`${API}/articles?edition=en&limit=100`);
      assert.deepEqual(en.map((a) => a.id), await visibleIds(db, 'en', now));
      assert.ok(en.every((a) => a.edition === 'en' && a.language === 'en-GB'));

      const rubric = (await get(`${API}/rubrics?edition=de`)).json().data.find((r: Json) => r.key === 'politics');
      const politics = await visibleIds(db, 'de', now, (q) => q.where('a.rubric_id', '=', rubric.id));
      for (const ref of [rubric.key, String(rubric.id), rubric.slug]) {
        const items = await walk(`${API}/articles?edition=de&rubric=${encodeURIComponent(ref)}&limit=100`);
        assert.deepEqual(items.map((a) => a.id), politics, `rubric=${ref}`);
        assert.ok(items.every((a) => a.rubric.key === 'politics'));
      }

      const tagged = await visibleIds(db, 'de', now, (q) => q.where('a.id', 'in', db.selectFrom('article_tags as t').innerJoin('tags', 'tags.id', 't.target_id').select('t.article_id').where('tags.key', '=', 'parliament')));
      assert.ok(tagged.length > 0);
      assert.deepEqual((await walk(`${API}/articles?edition=de&tag=parliament&limit=100`)).map((a) => a.id), tagged);

      const all = await walk(`${API}/articles?edition=de&limit=100`);
      const middle = all[Math.floor(all.length / 2)];
      const since = middle.publishedAt.replace('+', '%2B');
      const recent = await walk(`${API}/articles?edition=de&since=${since}&limit=100`);
      assert.deepEqual(recent.map((a) => a.id), all.filter((a) => Date.parse(a.publishedAt) >= Date.parse(middle.publishedAt)).map((a) => a.id));
      const inUtc = new Date(Date.parse(middle.publishedAt)).toISOString();
      assert.equal((await walk(`${API}/articles?edition=de&since=${inUtc}&limit=100`)).length, recent.length, 'any offset names the same moment');

      const everyEdition = await walk(`${API}/articles?limit=100`);
      assert.deepEqual(new Set(everyEdition.map((a) => a.edition)), new Set(['de', 'en', 'ru', 'be']));
      assert.equal((await walk(`${API}/articles?rubric=politics&limit=100`)).every((a) => a.rubric.key === 'politics'), true);
    });

    test('an unchanged answer is 304 for If-None-Match, and a publication changes the ETag', async () => {
      for (const url of [`${API}/articles?edition=de`, `${API}/editions`, `${API}/openapi.json`]) {
        const first = await get(url);
        const etag = String(first.headers.etag);
        assert.match(etag, /^W\/"[\w-]+"$/);
        const again = await get(url, { 'if-none-match': etag });
        assert.equal(again.statusCode, 304, url);
        check(again, templateFor(doc, url));
        assert.equal((await get(url, { 'if-none-match': '"something-else"' })).statusCode, 200);
      }
      const before = String((await get(`${API}/articles?edition=de`)).headers.etag);
      await insertArticle(site.database.handle.db, { headline: 'Neue Meldung ändert die Liste' });
      const after = await get(`${API}/articles?edition=de`, { 'if-none-match': before });
      assert.equal(after.statusCode, 200);
      assert.notEqual(after.headers.etag, before);
    });

    test('large answers are gzipped for clients that ask, under the same ETag', async () => {
      const plain = await get(`${API}/articles?limit=100`);
      const zipped = await get(`${API}/articles?limit=100`, { 'accept-encoding': 'gzip' });
      assert.equal(zipped.headers['content-encoding'], 'gzip');
      assert.equal(zipped.headers.etag, plain.headers.etag);
      assert.match(String(zipped.headers.vary), /Accept-Encoding/);
      const { gunzipSync } = await import('node:zlib');
      assert.equal(gunzipSync(zipped.rawPayload).toString(), plain.body);
    });

    /** URL under the API, status, the parameter named, and the operation that documents it (none for unknown paths). */
    /** URL under the API, status, the parameter named, and the operation documenting it (none for unknown paths). */
    const BAD: [string, number, string | null, string | null][] = [
      ['/articles/abc', 400, 'id', '/articles/{id}'],
      ['/articles/0', 400, 'id', '/articles/{id}'],
      ['/articles/99999999999999999999', 400, 'id', '/articles/{id}'],
      ['/articles/987654321', 404, null, '/articles/{id}'],
      ['/articles?cursor=garbage!', 400, 'cursor', '/articles'],
      [`/articles?cursor=${Buffer.from('a1.123.x').toString('base64url')}`, 400, 'cursor', '/articles'],
      [`/articles?cursor=${encodeCursor({ publishedAt: 1, id: 2 })}=`, 400, 'cursor', '/articles'],
      ['/articles?limit=0', 400, 'limit', '/articles'],
      ['/articles?limit=1000', 400, 'limit', '/articles'],
      ['/articles?limit=ten', 400, 'limit', '/articles'],
      ['/articles?since=garbage', 400, 'since', '/articles'],
      ['/articles?since=2026-02-30T00:00:00Z', 400, 'since', '/articles'],
      ['/articles?since=2026-01-01T00:00:00+02:00', 400, 'since', '/articles'],
      ['/articles?edition=xx', 400, 'edition', '/articles'],
      ['/articles?rubric=no-such-rubric', 400, 'rubric', '/articles'],
      ['/articles?tag=no-such-tag&edition=de', 400, 'tag', '/articles'],
      ['/articles?rubric=<script>', 400, 'rubric', '/articles'],
      ['/articles?edition=de&edition=en', 400, 'edition', '/articles'],
      ['/articles?page=2', 400, 'page', '/articles'],
      ['/rubrics?edition=xx', 400, 'edition', '/rubrics'],
      ['/editions?edition=de', 400, 'edition', '/editions'],
      ['/problems/no-such-problem', 404, null, '/problems/{type}'],
      ['/search?limit=0', 400, 'limit', '/search'],
      ['/search?limit=51', 400, 'limit', '/search'],
      ['/search?sort=best', 400, 'sort', '/search'],
      ['/search?page=0', 400, 'page', '/search'],
      ['/search?page=501', 400, 'page', '/search'],
      ['/search?from=2024-02-30', 400, 'from', '/search'],
      ['/search?to=yesterday', 400, 'to', '/search'],
      ['/search?edition=de&rubric=no-such-rubric', 400, 'rubric', '/search'],
      ['/search?edition=de&tag=<script>', 400, 'tag', '/search'],
      ['/search?q=a&q=b', 400, 'q', '/search'],
      [`/search?q=${'x'.repeat(501)}`, 400, 'q', '/search'],
      ['/search?edition=xx', 400, 'edition', '/search'],
      ['/search?color=red', 400, 'color', '/search'],
      ['/no-such-thing', 404, null, null],
      ['/articles/1/comments', 404, null, null],
    ];

    for (const [url, status, param, template] of BAD) {
      test(`GET ${url} answers ${status} as problem+json`, async () => {
        const res = await get(`${API}${url}`);
        assert.equal(res.statusCode, status);
        const validate = ajv.getSchema(`${DOC_ID}#/components/schemas/Problem`) as ValidateFunction<Json>;
        assert.equal(res.headers['content-type'], 'application/problem+json');
        const body: Json = res.json();
        assert.ok(validate(body), ajv.errorsText(validate.errors));
        if (template) check(res, template);
        assert.equal(body.status, status);
        assert.equal(res.headers['cache-control'], 'no-store');
        if (param) assert.ok(body['invalid-params'].some((p: Json) => p.name === param), `names ${param}: ${body.detail}`);
        assert.equal((await get(body.type.replace(PUBLIC_URL, ''))).statusCode, 200, 'the problem type is documented at its URI');
        assert.ok(!res.body.includes('<script>'), 'input is never echoed as markup');
      });
    }

    test('a "+" turned into a space by the query string is pointed out', async () => {
      const body = (await get(`${API}/articles?since=2026-01-01T00:00:00+02:00`)).json();
      assert.match(body.detail, /%2B/);
    });

    test('every mistake in one request is named in one problem', async () => {
      const body = (await get(`${API}/articles?limit=0&since=garbage&edition=xx&foo=1`)).json();
      assert.deepEqual(body['invalid-params'].map((p: Json) => p.name).sort(), ['edition', 'foo', 'limit', 'since']);
    });

    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'] as const) {
      test(`${method} answers 405 problem+json with Allow, before reading any body`, async () => {
        for (const url of [`${API}/articles`, `${API}/articles/1`, `${API}/editions`, `${API}/search`]) {
          const res = await site.app.inject({ method, url, headers: { 'content-type': 'application/json' }, payload: '{not json' });
          assert.equal(res.statusCode, 405, url);
          assert.equal(res.headers.allow, 'GET, HEAD, OPTIONS');
          assert.equal(res.headers['content-type'], 'application/problem+json');
          check(res, templateFor(doc, url));
        }
      });
    }

    test('the reader site keeps its own HTML answers outside the API', async () => {
      const post = await site.app.inject({ method: 'POST', url: '/de/news' });
      assert.equal(post.statusCode, 405);
      assert.match(String(post.headers['content-type']), /^text\/html/);
      const missing = await get('/de/keine-solche-rubrik');
      assert.equal(missing.statusCode, 404);
      assert.match(String(missing.headers['content-type']), /^text\/html/);
    });

    test('API answers are never kept in the page cache, so every request is counted and judged afresh', async () => {
      const cache = site.app.depesche.cache!;
      await get('/de');
      const size = cache.size;
      await get(`${API}/articles?edition=de`);
      await get(`${API}/articles?edition=de`);
      assert.equal(cache.size, size);
      assert.equal((await get(`${API}/articles?edition=de`)).headers['ratelimit-remaining'] !== undefined, true);
    });

    test('HEAD answers the headers of GET without a body', async () => {
      const res = await site.app.inject({ method: 'HEAD', url: `${API}/editions` });
      assert.equal(res.statusCode, 200);
      assert.equal(res.body, '');
      assert.ok(res.headers.etag);
    });

    const HIDDEN: [string, (now: number) => Parameters<typeof insertArticle>[1], number][] = [
      ['a draft', () => ({ headline: 'API Entwurf Geheim Alpha', status: 'draft', publishedAt: null }), 404],
      ['a story in review', () => ({ headline: 'API Prüfung Geheim Beta', status: 'review', publishedAt: null }), 404],
      ['a scheduled story', (now) => ({ headline: 'API Geplant Geheim Gamma', status: 'scheduled', publishedAt: now + 3600_000 }), 404],
      ['a published story whose time has not come', (now) => ({ headline: 'API Zukunft Geheim Delta', publishedAt: now + 3600_000 }), 404],
      ['an embargoed story', (now) => ({ headline: 'API Sperrfrist Geheim Epsilon', publishedAt: now - 60_000, embargoUntil: now + 3600_000 }), 404],
      ['a withdrawn story', (now) => ({ headline: 'API Zurückgezogen Geheim Zeta', status: 'withdrawn', publishedAt: now - 60_000 }), 410],
    ];

    for (const [what, make, status] of HIDDEN) {
      test(`${what} answers ${status} by id and appears in no list, filter or translation`, async () => {
        const db = site.database.handle.db;
        const input = make(Date.now());
        const { id, storyId } = await insertArticle(db, { ...input, rubricKey: 'politics', tagKeys: ['parliament'] });
        const { id: visibleId } = await insertArticle(db, { edition: 'en', headline: 'API visible translation', storyId, rubricKey: 'politics' });
        const res = await get(`${API}/articles/${id}`);
        assert.equal(res.statusCode, status);
        assert.equal(res.headers['content-type'], 'application/problem+json');
        check(res, '/articles/{id}');
        assert.ok(!res.body.includes(input.headline), 'the problem does not leak the headline');
        for (const url of ['/articles?edition=de&limit=100', '/articles?limit=100', '/articles?edition=de&rubric=politics&limit=100', '/articles?edition=de&tag=parliament&limit=100']) {
          const items = await walk(`${API}${url}`);
          assert.ok(!items.some((a) => a.id === id || a.headline === input.headline), `${url} does not list it`);
          const translation = items.find((a) => a.id === visibleId);
          if (translation) assert.deepEqual(translation.translations, [], 'nor offer it as a translation');
        }
        const visible = (await get(`${API}/articles/${visibleId}`)).json();
        assert.deepEqual(visible.translations, []);
      });
    }

    test('markup in a headline is returned as data: JSON-escaped, served as application/json with nosniff', async () => {
      const headline = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
      const { id } = await insertArticle(site.database.handle.db, { headline, lead: '</script><b>lead</b>' });
      for (const url of [`${API}/articles/${id}`, `${API}/articles?edition=de&limit=5`]) {
        const res = await get(url);
        assert.equal(res.headers['content-type'], 'application/json');
        assert.equal(res.headers['x-content-type-options'], 'nosniff');
        assert.ok(!/[<>]/.test(res.body), 'no raw angle brackets in the body');
        const body: Json = res.json();
        const article = body.data ? body.data.find((a: Json) => a.id === id) : body;
        assert.equal(article.headline, headline);
        assert.equal(article.lead, '</script><b>lead</b>');
      }
    });

    test('a translation is offered once it is published, with its reader URL', async () => {
      const db = site.database.handle.db;
      const { id, storyId } = await insertArticle(db, { headline: 'Übersetzt Meldung Kappa', rubricKey: 'economy' });
      const { id: enId } = await insertArticle(db, { edition: 'en', headline: 'Translated story Kappa', storyId, rubricKey: 'economy' });
      const article = check(await get(`${API}/articles/${id}`), '/articles/{id}');
      assert.deepEqual(article.translations, [{ id: enId, edition: 'en', headline: 'Translated story Kappa', url: `${PUBLIC_URL}/en/economy/${enId}-translated-story-kappa` }]);
      const listed = (await get(`${API}/articles?edition=de&limit=5`)).json().data.find((a: Json) => a.id === id);
      assert.deepEqual(listed.translations, article.translations);
    });

    describe('with options', () => {
      const apps: FastifyInstance[] = [];
      const make = async (options: ApiOptions) => {
        const app = await apiApp(site.database.handle.db, options);
        apps.push(app);
        return app;
      };
      after(async () => {
        for (const app of apps) await app.close();
      });

      test('listed origins get CORS headers that vary by Origin; others and no origin get none', async () => {
        const app = await make({ corsOrigins: ['https://app.example.com', 'https://other.example.com'] });
        const allowed = await app.inject({ url: `${API}/editions`, headers: { origin: 'https://app.example.com' } });
        assert.equal(allowed.headers['access-control-allow-origin'], 'https://app.example.com');
        assert.match(String(allowed.headers['access-control-expose-headers']), /ETag/);
        assert.match(String(allowed.headers.vary), /Origin/);
        const stranger = await app.inject({ url: `${API}/editions`, headers: { origin: 'https://evil.example.net' } });
        assert.equal(stranger.headers['access-control-allow-origin'], undefined);
        assert.match(String(stranger.headers.vary), /Origin/);
        const problem = await app.inject({ url: `${API}/articles?limit=0`, headers: { origin: 'https://app.example.com' } });
        assert.equal(problem.headers['access-control-allow-origin'], 'https://app.example.com', 'browsers may read problems too');

        const preflight = await app.inject({
          method: 'OPTIONS', url: `${API}/articles`,
          headers: { origin: 'https://other.example.com', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
        });
        assert.equal(preflight.statusCode, 204);
        assert.equal(preflight.headers['access-control-allow-origin'], 'https://other.example.com');
        assert.equal(preflight.headers['access-control-allow-methods'], 'GET, HEAD');
        assert.match(String(preflight.headers['access-control-allow-headers']), /If-None-Match/i);
        const refused = await app.inject({ method: 'OPTIONS', url: `${API}/articles`, headers: { origin: 'https://evil.example.net', 'access-control-request-method': 'GET' } });
        assert.equal(refused.headers['access-control-allow-origin'], undefined);
        const searchPreflight = await app.inject({
          method: 'OPTIONS', url: `${API}/search`, headers: { origin: 'https://app.example.com', 'access-control-request-method': 'GET' },
        });
        assert.equal(searchPreflight.statusCode, 204);
        assert.equal(searchPreflight.headers['access-control-allow-origin'], 'https://app.example.com');
        const search = await app.inject({ url: `${API}/search?q=Welinsk`, headers: { origin: 'https://app.example.com' } });
        assert.equal(search.headers['access-control-allow-origin'], 'https://app.example.com');
      });

      test('"*" lets any origin read, without varying by Origin', async () => {
        const app = await make({ corsOrigins: '*' });
        const res = await app.inject({ url: `${API}/articles/1`, headers: { origin: 'https://anyone.example' } });
        assert.equal(res.headers['access-control-allow-origin'], '*');
        assert.doesNotMatch(String(res.headers.vary), /Origin/);
      });

      test('no origins, as the site runs by default, sends no CORS headers', async () => {
        const res = await get(`${API}/editions`, { origin: 'https://app.example.com' });
        assert.equal(res.headers['access-control-allow-origin'], undefined);
      });

      test('a client over its limit gets 429 problem+json with Retry-After, and other clients are unaffected', async () => {
        const app = await make({ corsOrigins: '*', rateLimit: { max: 3, windowMs: 60_000 } });
        const from = (remoteAddress: string) => app.inject({ url: `${API}/editions`, remoteAddress });
        for (let i = 0; i < 3; i++) {
          const ok = await from('203.0.113.7');
          assert.equal(ok.statusCode, 200);
          assert.equal(ok.headers['ratelimit-remaining'], String(2 - i));
        }
        const limited = await from('203.0.113.7');
        assert.equal(limited.statusCode, 429);
        assert.equal(limited.headers['content-type'], 'application/problem+json');
        assert.ok(Number(limited.headers['retry-after']) >= 1 && Number(limited.headers['retry-after']) <= 60);
        assert.equal(limited.headers['access-control-allow-origin'], '*');
        check(limited, '/editions');
        assert.equal((await app.inject({ method: 'POST', url: `${API}/editions`, remoteAddress: '203.0.113.7' })).statusCode, 429, 'every method counts');
        assert.equal((await from('203.0.113.8')).statusCode, 200);
        // One IPv6 host holds a whole /64: its addresses share one count.
        for (let i = 0; i < 3; i++) assert.equal((await from(`2001:db8:1:2::${i + 1}`)).statusCode, 200);
        assert.equal((await from('2001:db8:1:2:ffff::9')).statusCode, 429);
        assert.equal((await from('2001:db8:1:3::1')).statusCode, 200);
      });

      test('the content API and search share one budget per client', async () => {
        const app = await make({ corsOrigins: [], rateLimit: { max: 4, windowMs: 60_000 } });
        const from = (url: string, remoteAddress = '198.51.100.20') => app.inject({ url: `${API}${url}`, remoteAddress });
        const remaining = async (url: string) => {
          const res = await from(url);
          assert.equal(res.statusCode, 200, url);
          return res.headers['ratelimit-remaining'];
        };
        assert.equal(await remaining('/editions'), '3');
        assert.equal(await remaining('/search?q=Welinsk'), '2');
        assert.equal(await remaining('/articles?limit=1'), '1');
        assert.equal(await remaining('/search?q=Welna'), '0');
        for (const url of ['/search?q=Welinsk', '/editions']) {
          const limited = await from(url);
          assert.equal(limited.statusCode, 429, url);
          check(limited, templateFor(doc, url));
        }
        assert.equal((await from('/search?q=Welinsk', '198.51.100.21')).statusCode, 200, 'another client has its own budget');
      });
    });
  });
}
