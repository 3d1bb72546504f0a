// Webhooks to wire subscribers, as a receiver sees them: signed, in order, retried until delivered, never lost by a
// restart, sent once by several workers, never early for embargoed copy, and only to the clients entitled to the item.
import { describe, test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Db, DatabaseHandle } from '../src/db/database.ts';
import { DIALECTS, freshDatabase, skipReason, type TestDatabase } from './support/databases.ts';
import { insertArticle } from './support/builders.ts';
import { addUser, logIn, type Browser } from './support/newsroom.ts';
import { applyAction, loadArticle, publishDueArticles, saveArticle } from '../src/services/article-service.ts';
import type { SessionUser } from '../src/services/session-service.ts';
import { deliverDueWebhooks, pruneWebhookHistory, verifyWebhookSignature, WEBHOOK_HISTORY_MS, type DeliveryOutcome } from '../src/webhooks/webhooks.ts';
import type { WebhookTables } from '../src/webhooks/webhook-tables.ts';
import type { WireTables } from '../src/wire/wire-tables.ts';

const PUBLIC_URL = 'https://news.example.org';
const execFileAsync = promisify(execFile);

async function schedulerProcess(url: string, now: number): Promise<number[]> {
  const script = new URL('./support/run-scheduler.ts', import.meta.url).pathname;
  const { stdout } = await execFileAsync(process.execPath, [script, url, String(now)], { timeout: 30_000 });
  return JSON.parse(stdout);
}
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  json: any;
  verified: boolean;
}

interface Receiver {
  url: string;
  port: number;
  received: Received[];
  /** The status it answers with; 0: it never answers (the sender times out). */
  answer: number;
  close(): Promise<void>;
}

/** A subscriber's endpoint on 127.0.0.1 that checks every request's signature as the README tells receivers to. */
async function startReceiver(secret: string, port = 0): Promise<Receiver> {
  const receiver: Receiver = { url: '', port: 0, received: [], answer: 200, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const verified = verifyWebhookSignature(secret, String(req.headers['x-depesche-timestamp']), body, String(req.headers['x-depesche-signature']));
      receiver.received.push({ headers: req.headers, body, json: JSON.parse(body), verified });
      if (receiver.answer) res.writeHead(receiver.answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  receiver.port = (server.address() as AddressInfo).port;
  receiver.url = `http://127.0.0.1:${receiver.port}/hooks/depesche`;
  receiver.close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return receiver;
}

/** A port nothing listens on: connecting is refused. */
async function deadPort(): Promise<number> {
  const r = await startReceiver('x');
  await r.close();
  return r.port;
}

async function addClient(db: Db, o: { name: string; url: string; secret?: string; editions?: string[]; rubricKeys?: string[]; embargoAccess?: boolean; disabled?: boolean }): Promise<number> {
  const wdb = db.withTables<WireTables>();
  const { id } = await wdb
    .insertInto('wire_clients')
    .values({
      name: o.name, key_prefix: `dpk_${Math.random().toString(36).slice(2, 10)}`, key_hash: 'unused', embargo_access: o.embargoAccess ? 1 : 0,
      webhook_url: o.url, webhook_secret: o.secret ?? `secret of ${o.name}`, disabled: o.disabled ? 1 : 0, created_at: Date.now(), created_by: null, last_used_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const edition of o.editions ?? ['de']) await wdb.insertInto('wire_client_editions').values({ client_id: id, edition }).execute();
  for (const key of o.rubricKeys ?? []) {
    const rubric = await db.selectFrom('rubrics').select('id').where('key', '=', key).executeTakeFirstOrThrow();
    await wdb.insertInto('wire_client_rubrics').values({ client_id: id, rubric_id: rubric.id }).execute();
  }
  return id;
}

function deliveriesOf(db: Db) {
  return db.withTables<WebhookTables>().selectFrom('webhook_deliveries').selectAll();
}

function attemptsOf(db: Db, deliveryId: number) {
  return db.withTables<WebhookTables>().selectFrom('webhook_attempts').selectAll().where('delivery_id', '=', deliveryId).orderBy('id').execute();
}

async function buildSite(handle: DatabaseHandle, url: string, webhookMs = 0): Promise<FastifyInstance> {
  const config = loadConfig({ DATABASE_URL: url, PUBLIC_URL, PAGE_CACHE: 'false', LOG_LEVEL: 'silent' });
  const app = await buildApp({ config, db: handle.db, pollMs: 0, logger: false, schedulerMs: 0, webhookMs });
  await app.ready();
  return app;
}

for (const dialect of DIALECTS) {
  describe(`webhooks on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let database: TestDatabase;
    let db: Db;
    let app: FastifyInstance;
    let editor: SessionUser;
    const receivers: Receiver[] = [];

    before(async () => {
      database = await freshDatabase(dialect);
      db = database.handle.db;
      app = await buildSite(database.handle, database.url);
      const { id, email } = await addUser(db, 'editor', 'Erik Editor');
      editor = { id, email, name: 'Erik Editor', role: 'editor', locale: 'en' };
    });
    after(async () => {
      for (const r of receivers) await r.close();
      await app?.close();
      await database?.drop();
    });
    // Every test has its own clients; older queues would only add noise.
    beforeEach(async () => {
      const wdb = db.withTables<WireTables & WebhookTables>();
      await wdb.deleteFrom('webhook_deliveries').execute();
      await wdb.deleteFrom('wire_client_rubrics').execute();
      await wdb.deleteFrom('wire_client_editions').execute();
      await wdb.deleteFrom('wire_clients').execute();
    });

    async function receiver(secret: string, port = 0): Promise<Receiver> {
      const r = await startReceiver(secret, port);
      receivers.push(r);
      return r;
    }

    async function publishedArticle(now: number, o: { headline?: string; rubricKey?: string; edition?: string; embargoUntil?: number } = {}): Promise<number> {
      const { id } = await insertArticle(db, { headline: o.headline ?? 'Gipfel in Welinsk', status: 'review', publishedAt: null, rubricKey: o.rubricKey ?? 'politics', edition: o.edition });
      await applyAction(db, editor, id, 'publish', { embargoUntil: o.embargoUntil }, now);
      return id;
    }

    /** Runs delivery passes at `now` until nothing more is due, as the loop would over a few seconds. */
    async function deliverAll(now: number, handle: Db = db): Promise<DeliveryOutcome[]> {
      const all: DeliveryOutcome[] = [];
      for (let pass = 0; pass < 20; pass++) {
        const outcomes = await deliverDueWebhooks(handle, { publicUrl: PUBLIC_URL, now, random: () => 0.5 });
        if (!outcomes.length) return all;
        all.push(...outcomes);
      }
      throw new Error('delivery did not settle');
    }

    test('a publish reaches an entitled client once, signed, with the article as a ninjs item', async () => {
      const r = await receiver('s3cret-publish');
      await addClient(db, { name: 'Morgenpost', url: r.url, secret: 's3cret-publish' });
      const t = Date.now();
      const id = await publishedArticle(t, { headline: 'Gipfel vereinbart Waffenruhe' });

      const outcomes = await deliverAll(t);
      assert.deepEqual(outcomes.map((o) => o.result), ['delivered']);
      assert.equal(r.received.length, 1);
      const [got] = r.received;
      assert.ok(got.verified, 'the signature verifies with the client secret');
      assert.equal(got.headers['content-type'], 'application/json');
      assert.equal(got.headers['user-agent'], 'Depesche-Webhooks/1');
      assert.equal(got.headers['x-depesche-event'], 'publish');
      assert.equal(got.headers['x-depesche-delivery'], String(got.json.deliveryId));
      assert.match(String(got.headers['x-depesche-signature']), /^sha256=[0-9a-f]{64}$/);
      assert.equal(got.json.event, 'publish');
      assert.equal(got.json.occurredAt, new Date(t).toISOString());
      assert.equal(got.json.item.uri, `urn:depesche:news.example.org:article:${id}`);
      assert.equal(got.json.item.headlines[0].value, 'Gipfel vereinbart Waffenruhe');
      assert.equal(got.json.item.pubstatus, 'usable');
      assert.equal(got.json.item.embargoed, undefined);
      assert.equal(got.json.item.standard.version, '2.2');

      assert.deepEqual(await deliverAll(t + HOUR), [], 'a delivered webhook is not sent again');
      assert.equal(r.received.length, 1);

      // What a receiver must refuse.
      const ts = String(got.headers['x-depesche-timestamp']);
      const signature = String(got.headers['x-depesche-signature']);
      assert.equal(verifyWebhookSignature('another secret', ts, got.body, signature), false);
      assert.equal(verifyWebhookSignature('s3cret-publish', ts, got.body.replace('Waffenruhe', 'Waffenstillstand'), signature), false);
      assert.equal(verifyWebhookSignature('s3cret-publish', ts, got.body, signature, Date.now() + 10 * MINUTE), false, 'an old request is a replay');
    });

    test('an update never overtakes its publish, a withdrawal follows them, and an autosave sends nothing', async () => {
      const r = await receiver('s');
      await addClient(db, { name: 'Abendblatt', url: r.url, secret: 's' });
      const t = Date.now();
      const id = await publishedArticle(t);
      const a = (await loadArticle(db, id))!;
      const input = { headline: 'Gipfel vertagt', lead: '', place: 'Welinsk', body: '<p>Neu.</p>', rubricId: a.rubricId, tags: [], urgency: 3, leadMediaId: null };
      const saved = await saveArticle(db, editor, id, a.version, { ...input, correctionNote: 'Datum berichtigt' }, {}, t + 1000);
      await saveArticle(db, editor, id, saved.version, { ...input, headline: 'Halb getippt' }, { autosave: true }, t + 2000);

      // The publish fails first: the update waits behind it instead of arriving alone.
      r.answer = 500;
      assert.deepEqual((await deliverAll(t + 3000)).map((o) => [o.event, o.result]), [['publish', 'retry']]);
      r.answer = 200;
      assert.deepEqual((await deliverAll(t + 3000 + 30_000)).map((o) => [o.event, o.result]), [['publish', 'delivered'], ['update', 'delivered']]);
      await applyAction(db, editor, id, 'withdraw', {}, t + MINUTE);
      assert.deepEqual((await deliverAll(t + MINUTE)).map((o) => [o.event, o.result]), [['withdraw', 'delivered']]);

      const delivered = r.received.slice(1).map((x) => x.json);
      assert.deepEqual(delivered.map((x) => x.event), ['publish', 'update', 'withdraw']);
      assert.ok(r.received.every((x) => x.verified));
      const [, update, withdraw] = delivered;
      assert.equal(update.item.headlines[0].value, 'Gipfel vertagt');
      assert.equal(update.occurredAt, new Date(t + 1000).toISOString());
      assert.equal(withdraw.item.uri, update.item.uri);
      assert.equal(withdraw.item.pubstatus, 'canceled');
      assert.equal(withdraw.item.bodies, undefined, 'a withdrawal does not send the text again');
      assert.equal(withdraw.occurredAt, new Date(t + MINUTE).toISOString());
    });

    test('a story withdrawn before its publish went out is never sent', async () => {
      const r = await receiver('s');
      await addClient(db, { name: 'Langsam', url: r.url, secret: 's' });
      const t = Date.now();
      const id = await publishedArticle(t);
      await applyAction(db, editor, id, 'withdraw', {}, t + 1000);
      const outcomes = await deliverAll(t + 2000);
      assert.deepEqual(outcomes.map((o) => [o.event, o.result, o.reason]), [['publish', 'dropped', 'article is withdrawn'], ['withdraw', 'dropped', 'client never received the item']]);
      assert.equal(r.received.length, 0);
    });

    test('a receiver that is down is retried with growing backoff and gets the delivery once it is back', async () => {
      const port = await deadPort();
      const clientId = await addClient(db, { name: 'Flaky Wire', url: `http://127.0.0.1:${port}/in`, secret: 'flaky' });
      const t = Date.now();
      await publishedArticle(t);

      const [first] = await deliverAll(t);
      assert.equal(first.result, 'retry');
      assert.equal(first.reason, 'connection failed (ECONNREFUSED)');
      let row = await deliveriesOf(db).where('client_id', '=', clientId).executeTakeFirstOrThrow();
      assert.equal(row.attempts, 1);
      assert.equal(row.next_attempt_at - t, 30_000);
      assert.deepEqual(await deliverAll(t + 20_000), [], 'not tried again before its time');

      const r = await receiver('flaky', port);
      r.answer = 500;
      let now = row.next_attempt_at;
      assert.equal((await deliverAll(now))[0].status, 500);
      row = await deliveriesOf(db).where('client_id', '=', clientId).executeTakeFirstOrThrow();
      assert.equal(row.attempts, 2);
      assert.equal(row.next_attempt_at - now, 120_000, 'the second wait is longer than the first');
      assert.equal(row.last_error, 'answered HTTP 500');

      r.answer = 202;
      now = row.next_attempt_at;
      assert.deepEqual((await deliverAll(now)).map((o) => o.result), ['delivered']);
      row = await deliveriesOf(db).where('client_id', '=', clientId).executeTakeFirstOrThrow();
      assert.equal(row.status, 'delivered');
      assert.equal(row.attempts, 3);
      assert.equal(row.last_status, 202);
      assert.equal(r.received.length, 2);
      assert.equal(r.received[0].json.deliveryId, r.received[1].json.deliveryId, 'a retry is the same delivery: receivers deduplicate by its id');
      assert.ok(r.received.every((x) => x.verified));
    });

    test('every attempt is kept with its time, the answer or the failure, and how long it took', async () => {
      const r = await receiver('attempts');
      const clientId = await addClient(db, { name: 'Attempt Log', url: r.url, secret: 'attempts' });
      const t = Date.now();
      await publishedArticle(t);
      const pass = (now: number) => deliverDueWebhooks(db, { publicUrl: PUBLIC_URL, now, random: () => 0.5, timeoutMs: 1000 });

      r.answer = 500;
      assert.deepEqual((await pass(t)).map((o) => o.result), ['retry']);
      let row = await deliveriesOf(db).where('client_id', '=', clientId).executeTakeFirstOrThrow();
      const second = row.next_attempt_at;
      r.answer = 0;
      assert.deepEqual((await pass(second)).map((o) => [o.result, o.reason]), [['retry', 'no answer within 1 s']]);
      row = await deliveriesOf(db).where('client_id', '=', clientId).executeTakeFirstOrThrow();
      const third = row.next_attempt_at;
      r.answer = 200;
      assert.deepEqual((await pass(third)).map((o) => o.result), ['delivered']);

      row = await deliveriesOf(db).where('client_id', '=', clientId).executeTakeFirstOrThrow();
      const attempts = await attemptsOf(db, row.id);
      assert.equal(attempts.length, row.attempts, 'one row per attempt counted');
      assert.deepEqual(attempts.map((a) => [a.http_status, a.error]), [[500, 'answered HTTP 500'], [null, 'no answer within 1 s'], [200, null]]);
      for (const [i, passAt] of [t, second, third].entries()) {
        const at = attempts[i].attempted_at;
        assert.ok(at >= passAt && at < passAt + 5000, `attempt ${i + 1} is timed by the clock of its pass: ${at - passAt} ms in`);
        assert.ok(Number.isInteger(attempts[i].duration_ms) && attempts[i].duration_ms >= 0);
      }
      assert.ok(attempts[1].duration_ms >= 900, `the timed-out attempt lasted its timeout: ${attempts[1].duration_ms} ms`);
    });

    test('pruning a finished delivery removes its attempts with it', async () => {
      const r = await receiver('prune');
      const clientId = await addClient(db, { name: 'Pruned', url: r.url, secret: 'prune' });
      const t = Date.now();
      await publishedArticle(t);
      await deliverAll(t);
      const { id } = await deliveriesOf(db).where('client_id', '=', clientId).executeTakeFirstOrThrow();
      assert.equal((await attemptsOf(db, id)).length, 1);
      assert.equal((await pruneWebhookHistory(db, t + WEBHOOK_HISTORY_MS - 1)).deliveries, 0);
      assert.equal((await attemptsOf(db, id)).length, 1, 'kept as long as its delivery');
      assert.equal((await pruneWebhookHistory(db, t + WEBHOOK_HISTORY_MS + 1)).deliveries, 1);
      assert.deepEqual(await attemptsOf(db, id), []);
    });

    test('a delivery that keeps failing is given up after ten attempts', async () => {
      const r = await receiver('s');
      r.answer = 503;
      const clientId = await addClient(db, { name: 'Broken', url: r.url, secret: 's' });
      let now = Date.now();
      await publishedArticle(now);
      const waits: number[] = [];
      for (let attempt = 1; attempt <= 10; attempt++) {
        await deliverAll(now);
        const row = await deliveriesOf(db).where('client_id', '=', clientId).executeTakeFirstOrThrow();
        if (row.status === 'failed') break;
        waits.push(row.next_attempt_at - now);
        now = row.next_attempt_at;
      }
      const row = await deliveriesOf(db).where('client_id', '=', clientId).executeTakeFirstOrThrow();
      assert.equal(row.status, 'failed');
      assert.equal(row.attempts, 10);
      assert.equal(r.received.length, 10);
      assert.ok(waits.every((w, i) => i === 0 || w >= waits[i - 1]), `waits never shrink: ${waits}`);
      assert.deepEqual(await deliverAll(now + 100 * HOUR), []);
    });

    test('embargoed copy goes at once to clients with embargo access, with `embargoed`, and to others only when it ends', async () => {
      const early = await receiver('e');
      const late = await receiver('l');
      await addClient(db, { name: 'Embargo Partner', url: early.url, secret: 'e', embargoAccess: true });
      await addClient(db, { name: 'Regular', url: late.url, secret: 'l' });
      const t = Date.now();
      const until = t + HOUR;
      const id = await publishedArticle(t, { embargoUntil: until });

      await deliverAll(t);
      assert.equal(early.received.length, 1);
      assert.equal(early.received[0].json.item.embargoed, new Date(until).toISOString());
      assert.equal(late.received.length, 0);
      await deliverAll(until - 1);
      assert.equal(late.received.length, 0, 'nothing before the moment');
      await deliverAll(until);
      assert.equal(late.received.length, 1);
      assert.equal(late.received[0].json.item.uri, `urn:depesche:news.example.org:article:${id}`);

      // Withdrawn under embargo: the partner hears of it; the regular client never sees the item at all.
      const t2 = Date.now();
      const withdrawn = await publishedArticle(t2, { embargoUntil: t2 + HOUR, headline: 'Zurückgezogen' });
      await deliverAll(t2);
      await applyAction(db, editor, withdrawn, 'withdraw', {}, t2 + MINUTE);
      await deliverAll(t2 + MINUTE);
      assert.deepEqual(early.received.slice(1).map((x) => [x.json.event, x.json.item.pubstatus]), [['publish', 'usable'], ['withdraw', 'canceled']]);
      const dropped = await deliverAll(t2 + 2 * HOUR);
      assert.deepEqual(dropped.map((o) => [o.event, o.result, o.reason]), [['publish', 'dropped', 'article is withdrawn'], ['withdraw', 'dropped', 'client never received the item']]);
      assert.equal(late.received.length, 1);
    });

    test('a client outside the edition or rubric, a disabled one and one without a webhook get nothing', async () => {
      const r = await receiver('s');
      const others = await receiver('o');
      const entitled = await addClient(db, { name: 'Politik-Dienst', url: r.url, secret: 's', rubricKeys: ['politics'] });
      await addClient(db, { name: 'English only', url: others.url, editions: ['en'] });
      await addClient(db, { name: 'Wirtschaft only', url: others.url, rubricKeys: ['economy'] });
      await addClient(db, { name: 'Switched off', url: others.url, disabled: true });
      await addClient(db, { name: 'Feed reader', url: '' });
      const t = Date.now();
      const id = await publishedArticle(t, { rubricKey: 'politics' });
      await deliverAll(t);
      assert.equal(r.received.length, 1);
      assert.equal(others.received.length, 0);

      // Entitlements are checked again when a delivery is due.
      const a = (await loadArticle(db, id))!;
      await saveArticle(db, editor, id, a.version, { headline: a.headline, lead: '', place: a.place, body: a.body, rubricId: a.rubricId, tags: [], urgency: 5, leadMediaId: null }, {}, t + 1000);
      await db.withTables<WireTables>().updateTable('wire_clients').set({ disabled: 1 }).where('id', '=', entitled).execute();
      assert.deepEqual((await deliverAll(t + 2000)).map((o) => [o.event, o.result, o.reason]), [['update', 'dropped', 'client disabled']]);
      assert.equal(r.received.length, 1);
    });

    test('scheduled publishing fires exactly one publish event, however many processes run it', async () => {
      const r = await receiver('s');
      await addClient(db, { name: 'Scheduled', url: r.url, secret: 's' });
      const t = Date.now();
      const { id } = await insertArticle(db, { headline: 'Geplant', status: 'review', publishedAt: null, rubricKey: 'politics' });
      await applyAction(db, editor, id, 'schedule', { scheduledAt: t + MINUTE }, t);
      // Another server node runs the same pass at the same moment.
      const [here, there] = await Promise.all([publishDueArticles(db, t + 2 * MINUTE), schedulerProcess(database.url, t + 2 * MINUTE)]);
      assert.deepEqual([...here, ...there], [id]);
      assert.deepEqual(await publishDueArticles(db, t + 3 * MINUTE), []);
      const events = await db.withTables<WebhookTables>().selectFrom('wire_events').select('kind').where('article_id', '=', id).execute();
      assert.deepEqual(events.map((e) => e.kind), ['publish']);
      await deliverAll(t + 3 * MINUTE);
      assert.equal(r.received.length, 1);
      assert.equal(r.received[0].json.item.pubstatus, 'usable');
    });

    test('two workers on one database send each delivery once; a lease held by a dead worker runs out', async () => {
      const rs = [await receiver('a'), await receiver('b'), await receiver('c')];
      for (const [i, r] of rs.entries()) await addClient(db, { name: `Client ${i}`, url: r.url, secret: 'abc'[i] });
      const t = Date.now();
      for (let i = 0; i < 4; i++) await publishedArticle(t, { headline: `Meldung ${i}` });
      const other = database.openAnother();
      try {
        await Promise.all([deliverAll(t, db), deliverAll(t, other.db), deliverAll(t, db)]);
      } finally {
        await other.close();
      }
      const ids = rs.flatMap((r) => r.received.map((x) => x.json.deliveryId));
      assert.equal(ids.length, 12);
      assert.equal(new Set(ids).size, 12);

      const id = await publishedArticle(t);
      // A worker leased the delivery and died before sending it.
      await db.withTables<WebhookTables>().updateTable('webhook_deliveries').set({ lease_until: t + MINUTE, lease_token: 'dead' }).where('article_id', '=', id).execute();
      assert.deepEqual(await deliverAll(t + 1000), []);
      assert.equal((await deliverAll(t + MINUTE)).length, 3);
      assert.equal(rs.reduce((n, r) => n + r.received.length, 0), 15);
    });

    test('a restart loses nothing: the next process delivers what was queued, through its own delivery loop', async () => {
      const port = await deadPort();
      await addClient(db, { name: 'Restart', url: `http://127.0.0.1:${port}/in`, secret: 'r' });
      const t = Date.now() - 10 * MINUTE;
      await publishedArticle(t);
      assert.equal((await deliverAll(t))[0].result, 'retry');

      const handle = database.openAnother();
      const next = await buildSite(handle, database.url, 20);
      try {
        const r = await receiver('r', port);
        for (let i = 0; i < 250 && r.received.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
        assert.equal(r.received.length, 1);
        assert.ok(r.received[0].verified);
        for (let i = 0; i < 50; i++) {
          const row = await deliveriesOf(db).executeTakeFirstOrThrow();
          if (row.status === 'delivered') break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        assert.equal((await deliveriesOf(db).executeTakeFirstOrThrow()).status, 'delivered');
      } finally {
        await next.close();
        await handle.close();
      }
    });

    describe('the delivery log in the newsroom', () => {
      let admin: Browser;
      let chief: Browser;
      before(async () => {
        admin = await logIn(app, (await addUser(db, 'admin', 'Ada Admin')).email);
        chief = await logIn(app, (await addUser(db, 'chief', 'Chris Chief')).email);
      });

      test('lists deliveries with client, event, article and status, filters them, and retries a failed one', async () => {
        const ok = await receiver('ok');
        const port = await deadPort();
        await addClient(db, { name: 'Gute Zeitung', url: ok.url, secret: 'ok' });
        const failing = await addClient(db, { name: 'Tote Leitung', url: `http://127.0.0.1:${port}/hook?token=hidden-token`, secret: 'never-shown-secret' });
        const t = Date.now();
        const id = await publishedArticle(t, { headline: 'Protokollierte Meldung' });
        await deliverAll(t);
        await db.withTables<WebhookTables>().updateTable('webhook_deliveries').set({ status: 'failed', attempts: 10 }).where('client_id', '=', failing).execute();

        const page = await admin.get('/newsroom/webhooks');
        assert.equal(page.status, 200);
        assert.match(page.body, /Gute Zeitung/);
        assert.match(page.body, /Tote Leitung/);
        assert.match(page.body, new RegExp(`href="/newsroom/articles/${id}"`));
        assert.match(page.body, /Protokollierte Meldung/);
        assert.match(page.body, /connection failed \(ECONNREFUSED\)/);
        assert.doesNotMatch(page.body, /never-shown-secret|hidden-token|127\.0\.0\.1/, 'no secret or webhook address on the page');

        const failed = await admin.get('/newsroom/webhooks?status=failed');
        assert.match(failed.body, /Tote Leitung/);
        assert.doesNotMatch(failed.body, /Gute Zeitung<\/td>/);
        const byClient = await admin.get(`/newsroom/webhooks?client=${failing}`);
        assert.doesNotMatch(byClient.body, /Gute Zeitung<\/td>/);

        const delivery = await deliveriesOf(db).where('client_id', '=', failing).executeTakeFirstOrThrow();
        assert.equal((await admin.post(`/newsroom/webhooks/${delivery.id}/retry`, {}, { csrf: null })).status, 403, 'no CSRF token, no retry');
        assert.equal((await chief.post(`/newsroom/webhooks/${delivery.id}/retry`, {})).status, 403, 'only administrators manage clients');
        assert.equal((await chief.get('/newsroom/webhooks')).status, 403);
        const retried = await admin.post(`/newsroom/webhooks/${delivery.id}/retry`, {});
        assert.equal(retried.status, 303);
        const after = await deliveriesOf(db).where('id', '=', delivery.id).executeTakeFirstOrThrow();
        assert.equal(after.status, 'pending');
        assert.ok(after.next_attempt_at <= Date.now());
        const audit = await db.selectFrom('audit_log').select(['action', 'object_id']).where('action', '=', 'webhook.retry').execute();
        assert.deepEqual(audit.map((a) => [a.action, a.object_id]), [['webhook.retry', String(delivery.id)]]);
        const followed = await admin.get(String(retried.headers.location));
        assert.match(followed.body, /role="status"/);

        assert.equal((await admin.post('/newsroom/webhooks/999999/retry', {})).status, 404);
      });

      test('shows each delivery\'s attempts, newest first and at most twenty, to administrators only', async () => {
        const r = await receiver('log');
        const clientId = await addClient(db, { name: 'Versuchte Zeitung', url: r.url, secret: 'log' });
        const t = Date.now();
        await publishedArticle(t, { headline: 'Zweimal gesendet' });
        r.answer = 503;
        await deliverAll(t);
        const delivery = await deliveriesOf(db).where('client_id', '=', clientId).executeTakeFirstOrThrow();
        r.answer = 201;
        await deliverAll(delivery.next_attempt_at);

        /** The attempts table of the delivery, found by its caption. */
        const attemptsTable = (body: string): string => {
          const start = body.indexOf(`<caption>Latest attempts, newest first, of delivery ${delivery.id}</caption>`);
          assert.ok(start > 0, 'the attempts table has a caption naming its delivery');
          return body.slice(start, body.indexOf('</table>', start));
        };
        const page = await admin.get('/newsroom/webhooks');
        assert.equal(page.status, 200);
        const table = attemptsTable(page.body);
        assert.match(table, /<th scope="col">Attempted \(UTC\)<\/th><th scope="col">Answer<\/th><th scope="col">Duration<\/th>/);
        const cells = [...table.matchAll(/<tr><td><time datetime="([^"]+)">[^<]+<\/time><\/td><td>([^<]+)<\/td><td>(\d+) ms<\/td><\/tr>/g)];
        assert.deepEqual(cells.map((c) => c[2]), ['HTTP 201', 'answered HTTP 503'], 'newest first');
        assert.ok(Date.parse(cells[0][1]) >= delivery.next_attempt_at);
        assert.equal((await chief.get('/newsroom/webhooks')).status, 403, 'only administrators see the log');

        // A long history shows its last twenty, and whatever an attempt recorded is escaped.
        const w = db.withTables<WebhookTables>();
        for (let i = 1; i <= 25; i++) {
          await w.insertInto('webhook_attempts').values({ delivery_id: delivery.id, attempted_at: t + i * MINUTE, duration_ms: i, http_status: null, error: `failure-${String(i).padStart(2, '0')} <b>x</b>` }).execute();
        }
        const long = attemptsTable((await admin.get('/newsroom/webhooks')).body);
        const failures = [...long.matchAll(/failure-(\d\d)/g)].map((m) => Number(m[1]));
        assert.deepEqual(failures, Array.from({ length: 20 }, (_, i) => 25 - i));
        assert.doesNotMatch(long, /HTTP 201|HTTP 503|<b>x<\/b>/);
        assert.match(long, /failure-25 &lt;b&gt;x&lt;\/b&gt;/);
      });

      test('a test ping reaches the client signed, and the page says what it answered', async () => {
        const r = await receiver('ping-secret');
        const clientId = await addClient(db, { name: 'Ping Partner', url: r.url, secret: 'ping-secret' });
        r.answer = 204;
        const res = await admin.post(`/newsroom/webhooks/clients/${clientId}/ping`, {});
        assert.equal(res.status, 303);
        assert.equal(r.received.length, 1);
        assert.ok(r.received[0].verified);
        assert.equal(r.received[0].json.event, 'ping');
        assert.equal(r.received[0].headers['x-depesche-event'], 'ping');
        const page = await admin.get(String(res.headers.location));
        assert.match(page.body, /204/);
        assert.equal((await admin.post(`/newsroom/webhooks/clients/${clientId}/ping`, {}, { csrf: 'wrong' })).status, 403);
        assert.equal((await chief.post(`/newsroom/webhooks/clients/${clientId}/ping`, {})).status, 403);
        assert.equal(r.received.length, 1);
      });
    });
  });
}
