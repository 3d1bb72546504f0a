// Administrators manage wire subscribers from the CLI and the newsroom: a key is shown once, only its hash is kept,
// rotating or disabling takes effect at once, and mistakes are named clearly.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import type { Db } from '../src/db/database.ts';
import { run } from '../src/cli/main.ts';
import type { CommandIo } from '../src/cli/command-io.ts';
import { authenticateWireClient } from '../src/wire/wire-client-service.ts';
import { wireDb } from '../src/wire/wire-clients.ts';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, type TestSite } from './support/site.ts';
import { addUser, logIn, type Browser } from './support/newsroom.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function cli(args: string[], url: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { out: (l) => void out.push(l), err: (l) => void err.push(l), stdin: new PassThrough(), stdout: new PassThrough(), errIsTTY: false };
  const code = await run(['client', ...args], { DATABASE_URL: url, LOG_LEVEL: 'silent' }, io.out, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every text column of every client row, to show that no plain key is kept. */
async function storedText(db: Db): Promise<string> {
  return JSON.stringify(await wireDb(db).selectFrom('wire_clients').selectAll().execute());
}

const keyIn = (text: string): string => /dpk_[A-Za-z0-9_-]{43}/.exec(text)?.[0] ?? '';
const secretIn = (text: string): string => /whsec_[A-Za-z0-9_-]{43}/.exec(text)?.[0] ?? '';

for (const dialect of DIALECTS) {
  describe(dialect, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    let db: Db;
    let admin: Browser;
    let chief: Browser;
    let politicsId: number;

    before(async () => {
      site = await startSite(dialect, { pageCache: false });
      db = site.database.handle.db;
      admin = await logIn(site.app, (await addUser(db, 'admin')).email);
      chief = await logIn(site.app, (await addUser(db, 'chief')).email);
      politicsId = (await db.selectFrom('rubrics').select('id').where('key', '=', 'politics').executeTakeFirstOrThrow()).id;
    });
    after(() => site?.close());

    test('depesche client add prints the key and webhook secret once, and only their hash and secret are stored', async () => {
      const added = await cli(['add', '--name', 'Daily Courier', '--edition', 'de', '--edition', 'en', '--rubric', 'politics', '--embargo', '--webhook', 'https://courier.example/hooks/wire'], site.database.url);
      assert.equal(added.code, 0, added.err);
      const key = keyIn(added.out);
      assert.ok(key, added.out);
      assert.ok(secretIn(added.out));
      assert.match(added.err, /shown only this once/);
      const stored = await storedText(db);
      assert.ok(!stored.includes(key), 'the plain key is not stored');
      assert.ok(stored.includes(sha256(key)), 'its SHA-256 is');

      const auth = await authenticateWireClient(db, key);
      assert.ok('client' in auth);
      assert.deepEqual(auth.client.editions, ['de', 'en']);
      assert.deepEqual(auth.client.rubricIds, [politicsId]);
      assert.equal(auth.client.embargoAccess, true);
      assert.equal(auth.client.webhookUrl, 'https://courier.example/hooks/wire');
      assert.equal(auth.client.webhookSecret, secretIn(added.out));

      const list = await cli(['list'], site.database.url);
      assert.equal(list.code, 0);
      assert.match(list.out, /Daily Courier/);
      assert.match(list.out, new RegExp(`${key.slice(0, 12)}…`));
      assert.ok(!list.out.includes(key), 'lists show only the key prefix');
      const id = auth.client.id;
      const show = await cli(['show', String(id)], site.database.url);
      assert.match(show.out, /rubrics: +politics/);
      assert.match(show.out, /embargo: +receives embargoed items/);

      const rotated = await cli(['rotate-key', String(id)], site.database.url);
      assert.equal(rotated.code, 0);
      const newKey = keyIn(rotated.out);
      assert.ok(newKey && newKey !== key);
      assert.deepEqual(await authenticateWireClient(db, key), { refused: 'unknown' }, 'the old key stops working');
      assert.ok('client' in (await authenticateWireClient(db, newKey)));

      assert.equal((await cli(['disable', String(id)], site.database.url)).code, 0);
      assert.equal(((await authenticateWireClient(db, newKey)) as { refused: string }).refused, 'disabled');
      assert.equal((await cli(['enable', String(id)], site.database.url)).code, 0);
      assert.ok('client' in (await authenticateWireClient(db, newKey)));

      const removed = await cli(['remove', String(id)], site.database.url);
      assert.equal(removed.code, 0);
      assert.deepEqual(await authenticateWireClient(db, newKey), { refused: 'unknown' });
      assert.equal((await cli(['show', String(id)], site.database.url)).code, 1);
    });

    test('depesche client refuses unknown editions and rubrics, bad webhook addresses and missing names with exit code 1', async () => {
      const cases: [string[], RegExp][] = [
        [['add', '--name', 'X', '--edition', 'xx'], /--edition names an edition that does not exist \(editions: de, en, ru, be\)/],
        [['add', '--name', 'X'], /--edition is required/],
        [['add', '--edition', 'de'], /--name is required/],
        [['add', '--name', 'X', '--edition', 'de', '--rubric', 'gardening'], /Unknown rubric: gardening\. Rubrics: .*politics/],
        [['add', '--name', 'X', '--edition', 'de', '--webhook', 'ftp://files.example/x'], /--webhook must be an http:\/\/ or https:\/\/ address/],
        [['add', '--name', 'X', '--edition', 'de', '--webhook', 'https://user:pw@hooks.example/x'], /--webhook must not contain a user name or password/],
        [['add', '--name', 'X', '--edition', 'de', '--colour', 'red'], /Unknown option '--colour'/],
        [['show', 'abc'], /Usage: depesche client show ID/],
        [['show', '99999'], /No wire client #99999/],
        [['frobnicate'], /Unknown subcommand "frobnicate"/],
      ];
      const before = await storedText(db);
      for (const [args, message] of cases) {
        const result = await cli(args, site.database.url);
        assert.equal(result.code, 1, args.join(' '));
        assert.match(result.err, message, args.join(' '));
      }
      assert.equal(await storedText(db), before, 'nothing was created');
      const out: string[] = [];
      assert.equal(await run(['client', '--help'], {}, (l) => void out.push(l)), 0);
      assert.match(out.join('\n'), /^Usage: depesche client/m);
    });

    test('only administrators reach the wire client pages, and every change needs the CSRF token', async () => {
      assert.equal((await admin.get('/newsroom/clients')).status, 200);
      assert.equal((await chief.get('/newsroom/clients')).status, 403);
      assert.equal((await chief.post('/newsroom/clients', { name: 'Sneaky', editions: 'de' })).status, 403);
      const noToken = await admin.post('/newsroom/clients', { name: 'No token', editions: 'de' }, { csrf: null });
      assert.equal(noToken.status, 403);
      const wrongToken = await admin.post('/newsroom/clients', { name: 'Wrong token', editions: 'de' }, { csrf: 'x'.repeat(43) });
      assert.equal(wrongToken.status, 403);
      assert.ok(!(await storedText(db)).includes('token'), 'no client was created');
    });

    test('an administrator creates a client in the newsroom, sees its key once, and the key reads the feed', async () => {
      const form = await admin.get('/newsroom/clients/new');
      assert.match(form.body, /type="checkbox"[^>]*name="editions" value="de"/);
      assert.match(form.body, new RegExp(`name="rubrics" value="${politicsId}"`));

      const refused = await admin.post('/newsroom/clients', { name: 'Evening Post', webhookUrl: 'https://me:secret@hooks.example/in', rubrics: String(politicsId) });
      assert.equal(refused.status, 422);
      assert.match(refused.body, /value="Evening Post"/, 'what was typed is kept');
      assert.match(refused.body, new RegExp(`value="${politicsId}" checked`));
      assert.match(refused.body, /id="f-editions-error"/);
      assert.match(refused.body, /id="f-webhookUrl-error"/);

      const created = await admin.post('/newsroom/clients', { name: 'Evening Post', editions: ['de', 'en'], rubrics: String(politicsId), webhookUrl: 'https://post.example/wire' });
      assert.equal(created.status, 200);
      assert.match(String(created.headers['cache-control']), /no-store/);
      const key = keyIn(created.body);
      const secret = secretIn(created.body);
      assert.ok(key && secret, 'the key and the webhook secret are shown');
      assert.ok(!(await storedText(db)).includes(key));

      const feed = await site.app.inject({ url: '/wire/v1/items?limit=5', headers: { authorization: `Bearer ${key}` } });
      assert.equal(feed.statusCode, 200);

      const row = await wireDb(db).selectFrom('wire_clients').select('id').where('name', '=', 'Evening Post').executeTakeFirstOrThrow();
      const page = await admin.get(`/newsroom/clients/${row.id}`);
      assert.equal(page.status, 200);
      assert.ok(!page.body.includes(key) && !page.body.includes(secret), 'the client page never shows the key or secret again');
      assert.match(page.body, new RegExp(`${key.slice(0, 12)}…`));
      const list = await admin.get('/newsroom/clients');
      assert.match(list.body, /Evening Post/);
      assert.ok(!list.body.includes(key));

      const audit = await db.selectFrom('audit_log').select('action').where('object_type', '=', 'wire_client').where('object_id', '=', String(row.id)).execute();
      assert.deepEqual(audit.map((a) => a.action), ['wire-client.create']);
      assert.ok(!JSON.stringify(await db.selectFrom('audit_log').selectAll().execute()).includes(secret), 'secrets stay out of the audit log');
    });

    test('editing, rotating, disabling and deleting a client take effect at once', async () => {
      const created = await admin.post('/newsroom/clients', { name: 'Radio One', editions: 'de' });
      const key = keyIn(created.body);
      const { id } = await wireDb(db).selectFrom('wire_clients').select('id').where('name', '=', 'Radio One').executeTakeFirstOrThrow();
      const feed = (k: string) => site.app.inject({ url: '/wire/v1/items?limit=1', headers: { authorization: `Bearer ${k}` } }).then((r) => r.statusCode);

      const badEdit = await admin.post(`/newsroom/clients/${id}`, { name: '', editions: 'de' });
      assert.equal(badEdit.status, 422);
      const edited = await admin.post(`/newsroom/clients/${id}`, { name: 'Radio One News', editions: ['de', 'ru'], embargoAccess: '1' });
      assert.equal(edited.status, 303);
      const after = await authenticateWireClient(db, key);
      assert.ok('client' in after);
      assert.equal(after.client.name, 'Radio One News');
      assert.deepEqual(after.client.editions, ['de', 'ru']);
      assert.equal(after.client.embargoAccess, true);

      const withHook = await admin.post(`/newsroom/clients/${id}`, { name: 'Radio One News', editions: 'de', webhookUrl: 'https://radio.example/hook' });
      assert.equal(withHook.status, 200, 'a webhook added now shows its new secret');
      const secret = secretIn(withHook.body);
      assert.ok(secret);
      const rotatedSecret = await admin.post(`/newsroom/clients/${id}/rotate-secret`, {});
      assert.equal(rotatedSecret.status, 200);
      assert.ok(secretIn(rotatedSecret.body) && secretIn(rotatedSecret.body) !== secret);

      const rotated = await admin.post(`/newsroom/clients/${id}/rotate-key`, {});
      const newKey = keyIn(rotated.body);
      assert.ok(newKey && newKey !== key);
      assert.equal(await feed(key), 401);
      assert.equal(await feed(newKey), 200);

      assert.equal((await admin.post(`/newsroom/clients/${id}/disable`, {})).status, 303);
      assert.equal(await feed(newKey), 403);
      assert.match((await admin.get('/newsroom/clients')).body, /Disabled/);
      assert.equal((await admin.post(`/newsroom/clients/${id}/enable`, {})).status, 303);
      assert.equal(await feed(newKey), 200);

      const confirm = await admin.get(`/newsroom/clients/${id}/delete`);
      assert.equal(confirm.status, 200);
      assert.match(confirm.body, /Delete this client\?/);
      assert.equal((await admin.post(`/newsroom/clients/${id}/delete`, {})).status, 303);
      assert.equal(await feed(newKey), 401);
      assert.equal((await admin.get(`/newsroom/clients/${id}`)).status, 404);
      assert.equal((await admin.post(`/newsroom/clients/${id}/rotate-key`, {})).status, 404);
    });
  });
}
