// Subscribers poll the ninjs wire feed with their key: they get exactly what they are entitled to, embargoed copy only
// with embargo access, every change once by following `next`, and clear problems for every mistake.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Db } from '../src/db/database.ts';
import { createWireClient, setWireClientDisabled } from '../src/wire/wire-client-service.ts';
import { SETTLE_MS } from '../src/wire/wire-feed.ts';
import { DIALECTS, freshDatabase, skipReason, type TestDatabase } from './support/databases.ts';
import { insertArticle } from './support/builders.ts';
import { assertValidNinjs } from './support/ninjs-schemas.ts';

const PUBLIC_URL = 'https://news.example.org';
const HOUR = 3600_000;
type Json = any;

async function rubricId(db: Db, key: string): Promise<number> {
  return (await db.selectFrom('rubrics').select('id').where('key', '=', key).executeTakeFirstOrThrow()).id;
}

for (const dialect of DIALECTS) {
  describe(dialect, { skip: skipReason(dialect) }, () => {
    let database: TestDatabase;
    let db: Db;
    let app: FastifyInstance;
    let clock = Date.now();
    const keys: Record<string, string> = {};

    const get = (url: string, key?: string) => app.inject({ url, headers: key ? { authorization: `Bearer ${key}` } : {} });
    const getJson = async (url: string, key: string): Promise<Json> => {
      const res = await get(url, key);
      assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 300)}`);
      return res.json();
    };
    /** Follows `next` until a page comes back empty; every item in order. */
    async function drain(url: string, key: string): Promise<{ items: Json[]; next: string }> {
      const items: Json[] = [];
      let next = url;
      for (let i = 0; i < 100; i++) {
        const page = await getJson(next, key);
        next = new URL(page.next).pathname + new URL(page.next).search;
        if (page.items.length === 0) return { items, next };
        items.push(...page.items);
      }
      throw new Error('the feed never ended');
    }
    const idOf = (item: Json): number => Number((item.altids ?? item.altIds).find((a: Json) => a.role === 'internal-id').value);

    before(async () => {
      database = await freshDatabase(dialect);
      db = database.handle.db;
      const config = loadConfig({ DATABASE_URL: database.url, PUBLIC_URL, LOG_LEVEL: 'silent' });
      app = await buildApp({ config, db, now: () => clock, pollMs: 0, logger: false, schedulerMs: 0, webhookMs: 0 });
      await app.ready();
      const meta = { userId: null };
      keys.all = (await createWireClient(db, { name: 'All editions', editions: ['de', 'en', 'ru', 'be'], rubricIds: [], embargoAccess: true, webhookUrl: '' }, meta)).key;
      keys.dePolitics = (await createWireClient(db, { name: 'German politics', editions: ['de'], rubricIds: [await rubricId(db, 'politics')], embargoAccess: false, webhookUrl: '' }, meta)).key;
      keys.en = (await createWireClient(db, { name: 'English desk', editions: ['en'], rubricIds: [], embargoAccess: false, webhookUrl: '' }, meta)).key;
      const disabled = await createWireClient(db, { name: 'Lapsed', editions: ['de'], rubricIds: [], embargoAccess: false, webhookUrl: '' }, meta);
      await setWireClientDisabled(db, disabled.id, true, meta);
      keys.disabled = disabled.key;
      clock = Date.now() + SETTLE_MS + 1000;
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('without a key, with a wrong one or with a disabled client the feed answers problems, never items', async () => {
      for (const [key, status] of [[undefined, 401], ['dpk_notarealkeyatallnotarealkeyatall', 401], ['garbage', 401], [keys.disabled, 403]] as const) {
        const res = await get('/wire/v1/items', key);
        assert.equal(res.statusCode, status, `key ${key}`);
        assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
        assert.equal(res.json().status, status);
        if (status === 401) assert.match(String(res.headers['www-authenticate']), /^Bearer /);
        assert.doesNotMatch(res.body, /"items"/);
      }
      const basic = await app.inject({ url: '/wire/v1/items', headers: { authorization: 'Basic dXNlcjpwYXNz' } });
      assert.equal(basic.statusCode, 401);
      const doc = await app.inject('/wire/v1/problems/unauthorized');
      assert.equal(doc.json().status, 401);
    });

    test('items are valid ninjs 2.2 by default and 3.1 on request, and never cached by others', async () => {
      const page = await get('/wire/v1/items?limit=100', keys.all);
      assert.equal(page.statusCode, 200);
      assert.match(String(page.headers['cache-control']), /no-store/);
      assert.match(String(page.headers['cache-control']), /private/);
      const body = page.json();
      assert.equal(body.version, '2.2');
      assert.equal(body.items.length, 100);
      for (const item of body.items) assertValidNinjs('2.2', item, `item ${item.uri}`);
      const v31 = await getJson('/wire/v1/items?limit=100&version=3.1', keys.all);
      assert.equal(v31.version, '3.1');
      for (const item of v31.items) assertValidNinjs('3.1', item, `item ${item.uri}`);
      assert.deepEqual(v31.items.map((i: Json) => i.uri), body.items.map((i: Json) => i.uri));
      const one = await getJson(`/wire/v1/items/${idOf(body.items[0])}?version=3.1`, keys.all);
      assertValidNinjs('3.1', one);
      assert.equal(one.uri, body.items[0].uri);
    });

    test('a client sees only its editions and rubrics, in the feed and item by item', async () => {
      const { items } = await drain('/wire/v1/items', keys.dePolitics);
      assert.ok(items.length > 0);
      for (const item of items) {
        assert.equal(item.language, 'de');
        assert.ok(item.subjects.some((s: Json) => s.rel === 'rubric' && s.literal === 'politics'), `${item.uri} is politics`);
      }
      const politicsIds = await db.selectFrom('articles').select('id')
        .where('edition', '=', 'de').where('rubric_id', '=', await rubricId(db, 'politics')).where('status', '=', 'published').execute();
      assert.deepEqual(new Set(items.map(idOf)), new Set(politicsIds.map((r) => r.id)));

      const english = await db.selectFrom('articles').select('id').where('edition', '=', 'en').where('status', '=', 'published').executeTakeFirstOrThrow();
      const refused = await get(`/wire/v1/items/${english.id}`, keys.dePolitics);
      assert.equal(refused.statusCode, 403);
      assert.equal((await get(`/wire/v1/items/${english.id}`, keys.en)).statusCode, 200);
      assert.equal((await get('/wire/v1/items?edition=en', keys.dePolitics)).statusCode, 403);
      assert.equal((await get('/wire/v1/items?rubric=sport', keys.dePolitics)).statusCode, 403);
      assert.equal((await get('/wire/v1/items/999999', keys.all)).statusCode, 404);

      const draft = await insertArticle(db, { headline: 'Entwurf, der niemanden erreicht', status: 'draft', publishedAt: null });
      const res = await get(`/wire/v1/items/${draft.id}`, keys.all);
      assert.equal(res.statusCode, 404);
      assert.doesNotMatch(res.body, /Entwurf/);
    });

    test('filters narrow the feed to an edition, a rubric and a minimum urgency', async () => {
      const urgent = await getJson('/wire/v1/items?urgency=3&limit=100', keys.all);
      assert.ok(urgent.items.length > 0);
      for (const item of urgent.items) assert.ok(item.urgency <= 3, `${item.uri} has urgency ${item.urgency}`);
      const economy = await getJson('/wire/v1/items?rubric=economy&edition=de,en&limit=100', keys.all);
      assert.ok(economy.items.length > 0);
      for (const item of economy.items) {
        assert.ok(['de', 'en'].includes(item.language));
        assert.equal(item.subjects.find((s: Json) => s.rel === 'rubric').literal, 'economy');
      }
      assert.match(economy.next, /rubric=economy/);
      assert.match(economy.next, /edition=de%2Cen/);
      const since = new Date(clock - 2 * 24 * HOUR).toISOString();
      const recent = await getJson(`/wire/v1/items?since=${since}&limit=100`, keys.all);
      for (const item of recent.items) assert.ok(Date.parse(item.versioncreated) >= Date.parse(since));
      const everything = await drain('/wire/v1/items', keys.all);
      assert.ok(recent.items.length < everything.items.length, 'since leaves older items out');
    });

    test('embargoed copy reaches only clients with embargo access before the moment, and everyone entitled after it', async () => {
      const start = await drain('/wire/v1/items', keys.en);
      const startAll = await drain('/wire/v1/items', keys.all);
      const embargoUntil = clock + HOUR;
      const { id } = await insertArticle(db, { edition: 'en', headline: 'Budget figures under embargo', embargoUntil, publishedAt: clock });
      clock += SETTLE_MS;

      const early = await drain(startAll.next, keys.all);
      assert.deepEqual(early.items.map(idOf), [id]);
      assert.equal(early.items[0].embargoed, new Date(embargoUntil).toISOString());
      assert.equal(early.items[0].pubstatus, 'usable');

      const hidden = await drain(start.next, keys.en);
      assert.deepEqual(hidden.items, []);
      const single = await get(`/wire/v1/items/${id}`, keys.en);
      assert.equal(single.statusCode, 404);
      assert.doesNotMatch(single.body, /Budget figures/);

      clock = embargoUntil + SETTLE_MS;
      const lifted = await drain(hidden.next, keys.en);
      assert.deepEqual(lifted.items.map(idOf), [id], 'the item arrives once the embargo ends, even for a cursor taken before');
      assert.equal((await get(`/wire/v1/items/${id}`, keys.en)).statusCode, 200);
      assert.deepEqual((await drain(lifted.next, keys.en)).items, []);
      assert.deepEqual((await drain(early.next, keys.all)).items, [], 'the embargo client does not get it twice');
    });

    test('following next delivers every publication, update and withdrawal exactly once, in order', async () => {
      const walk = await drain('/wire/v1/items?limit=7', keys.en);
      const ids = walk.items.map(idOf);
      assert.equal(new Set(ids).size, ids.length, 'no item twice');
      const visible = await db.selectFrom('articles').select('id').where('edition', '=', 'en').where('status', '=', 'published').where('published_at', '<=', clock).execute();
      assert.deepEqual(new Set(ids), new Set(visible.map((r) => r.id)));
      const times = walk.items.map((i: Json) => Date.parse(i.versioncreated));
      assert.deepEqual(times, [...times].sort((a, b) => a - b), 'ascending by change');

      const [updated, withdrawn] = ids.slice(0, 2);
      clock += 1000;
      await db.updateTable('articles').set((eb) => ({ headline: 'Corrected headline', correction_note: 'An earlier version gave the wrong date.', updated_at: clock, version: eb('version', '+', 1) })).where('id', '=', updated).execute();
      clock += 1000;
      await db.updateTable('articles').set((eb) => ({ status: 'withdrawn', withdrawn_at: clock, updated_at: clock, version: eb('version', '+', 1) })).where('id', '=', withdrawn).execute();
      const draft = await insertArticle(db, { edition: 'en', headline: 'Never published', status: 'draft', publishedAt: null });
      const tooSoon = await drain(walk.next, keys.en);
      assert.deepEqual(tooSoon.items, [], 'changes settle before they are served');
      clock += SETTLE_MS;

      const changes = await drain(tooSoon.next, keys.en);
      assert.deepEqual(changes.items.map(idOf), [updated, withdrawn]);
      const [u, w] = changes.items;
      assert.equal(u.headlines[0].value, 'Corrected headline');
      assert.equal(u.version, '2');
      assert.ok(u.descriptions.some((d: Json) => d.role === 'correction'));
      assert.equal(w.pubstatus, 'canceled');
      assert.equal(w.bodies, undefined, 'a withdrawn story is not sent again');
      for (const item of changes.items) assertValidNinjs('2.2', item);
      assert.ok(!changes.items.some((i: Json) => idOf(i) === draft.id));
      assert.deepEqual((await drain(changes.next, keys.en)).items, []);
      const withdrawnAlone = await getJson(`/wire/v1/items/${withdrawn}`, keys.en);
      assert.equal(withdrawnAlone.pubstatus, 'canceled');
    });

    test('a story withdrawn while under embargo never reaches a client without embargo access', async () => {
      const before = await drain('/wire/v1/items', keys.en);
      const { id } = await insertArticle(db, { edition: 'en', headline: 'Pulled before release', embargoUntil: clock + HOUR, publishedAt: clock - 1000 });
      await db.updateTable('articles').set({ status: 'withdrawn', withdrawn_at: clock, updated_at: clock }).where('id', '=', id).execute();
      clock += 2 * HOUR;
      const after = await drain(before.next, keys.en);
      assert.ok(!after.items.some((i: Json) => idOf(i) === id));
      assert.equal((await get(`/wire/v1/items/${id}`, keys.en)).statusCode, 404);
    });

    test('every malformed request is answered with a 4xx problem naming the parameter', async () => {
      const bad: [string, number, string?][] = [
        ['/wire/v1/items?limit=0', 400, 'limit'], ['/wire/v1/items?limit=101', 400, 'limit'], ['/wire/v1/items?limit=ten', 400, 'limit'],
        ['/wire/v1/items?urgency=0', 400, 'urgency'], ['/wire/v1/items?urgency=10', 400, 'urgency'], ['/wire/v1/items?since=yesterday', 400, 'since'],
        ['/wire/v1/items?cursor=abc', 400, 'cursor'], ['/wire/v1/items?cursor=%00%01', 400, 'cursor'], ['/wire/v1/items?edition=xx', 400, 'edition'],
        ['/wire/v1/items?rubric=no-such-rubric', 400, 'rubric'], ['/wire/v1/items?version=4.0', 400, 'version'], ['/wire/v1/items?colour=red', 400, 'colour'],
        ['/wire/v1/items?limit=1&limit=2', 400, 'limit'], ['/wire/v1/items?since=2026-01-01T00:00:00Z&cursor=x', 400, 'since'],
        ['/wire/v1/items/abc', 400, 'id'], ['/wire/v1/items/0', 400, 'id'], ['/wire/v1/items/99999999999', 404], ['/wire/v1/items/1?version=9', 400, 'version'],
        ['/wire/v1/nothing', 404], ['/wire/v1', 404],
      ];
      for (const [url, status, param] of bad) {
        const res = await get(url, keys.all);
        assert.equal(res.statusCode, status, `${url}: ${res.body.slice(0, 200)}`);
        assert.match(String(res.headers['content-type']), /^application\/problem\+json/, url);
        const problem = res.json();
        assert.equal(problem.status, status);
        if (param) assert.ok(problem['invalid-params']?.some((p: Json) => p.name === param), `${url} names ${param}: ${res.body}`);
      }
      const post = await app.inject({ method: 'POST', url: '/wire/v1/items', headers: { authorization: `Bearer ${keys.all}` }, payload: {} });
      assert.equal(post.statusCode, 405);
      assert.match(String(post.headers['content-type']), /^application\/problem\+json/);
    });
  });
}
