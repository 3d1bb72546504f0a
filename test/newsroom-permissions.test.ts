// The whole matrix: every newsroom route × every role (and anonymous) gets the answer its permission implies.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, type TestSite } from './support/site.ts';
import { addUser, formBody, logIn, type Browser } from './support/newsroom.ts';
import { ROLES, can, type Permission } from '../src/domain/roles.ts';
import { enforceDeclaredPermissions } from '../src/newsroom/guard.ts';

/** What the brief says each role may do; the walk below checks the routes against it. */
const EXPECTED: Record<string, Record<(typeof ROLES)[number], boolean>> = {
  'newsroom:enter': { contributor: true, editor: true, chief: true, admin: true },
  'article:write': { contributor: true, editor: true, chief: true, admin: true },
  'media:upload': { contributor: true, editor: true, chief: true, admin: true },
  'article:edit-any': { contributor: false, editor: true, chief: true, admin: true },
  'article:publish': { contributor: false, editor: true, chief: true, admin: true },
  'taxonomy:manage': { contributor: false, editor: false, chief: true, admin: true },
  'pages:manage': { contributor: false, editor: false, chief: true, admin: true },
  'users:manage': { contributor: false, editor: false, chief: false, admin: true },
  'editions:manage': { contributor: false, editor: false, chief: false, admin: true },
  'clients:manage': { contributor: false, editor: false, chief: false, admin: true },
  'audit:view': { contributor: false, editor: false, chief: false, admin: true },
};

test('the role table in the code is the one the brief describes', () => {
  for (const [permission, roles] of Object.entries(EXPECTED)) {
    for (const role of ROLES) assert.equal(can(role, permission as Permission), roles[role], `${role} ${permission}`);
  }
});

test('a newsroom route that declares no permission stops the app from starting', async () => {
  const app = Fastify();
  enforceDeclaredPermissions(app, []);
  assert.throws(() => app.get('/newsroom/secret', async () => 'x'), /declares no permission/);
  await app.close();
});

for (const dialect of DIALECTS) {
  describe(`routes × roles on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    const browsers = new Map<string, Browser>();
    let articleId: number;
    let revisionId: number;
    let mediaId: number;
    let spareUserId: number;
    before(async () => {
      site = await startSite(dialect);
      const db = site.database.handle.db;
      for (const role of ROLES) browsers.set(role, await logIn(site.app, (await addUser(db, role)).email));
      // Disabling or resetting an account ends its sessions: user routes act on a spare account, not on a browser of the walk.
      spareUserId = (await addUser(db, 'contributor', 'Spare Account')).id;
      // Objects the routes act on belong to the contributor, so object rules let every role through.
      const contributor = browsers.get('contributor')!;
      const created = await contributor.post('/newsroom/articles', { edition: 'de' });
      articleId = Number(/(\d+)$/.exec(String(created.headers.location))![1]);
      await contributor.postJson(`/newsroom/articles/${articleId}/autosave`, { version: 1, headline: 'Matrix', lead: '', place: '', body: '<p>x</p>', urgency: '5' });
      revisionId = (await db.selectFrom('revisions').select('id').where('article_id', '=', articleId).executeTakeFirstOrThrow()).id;
      mediaId = (await db.selectFrom('media').select('id').executeTakeFirstOrThrow()).id;
      const contributorId = (await db.selectFrom('users').select('id').where('role', '=', 'contributor').executeTakeFirstOrThrow()).id;
      await db.updateTable('media').set({ created_by: contributorId }).where('id', '=', mediaId).execute();
    });
    after(() => site?.close());

    async function contributorDraft(): Promise<number> {
      const created = await browsers.get('contributor')!.post('/newsroom/articles', { edition: 'de' });
      return Number(/(\d+)$/.exec(String(created.headers.location))![1]);
    }

    function concrete(url: string): string {
      return url
        .replace('/articles/:id', `/articles/${articleId}`)
        .replace(':rev', String(revisionId))
        .replace('/media/:id', `/media/${mediaId}`)
        .replace('/users/:id', `/users/${spareUserId}`)
        .replace(/:[a-z]+/gi, '1');
    }

    test('every route answers each role as its permission says, and anonymous users are sent to log in', async () => {
      const routes = site.app.depesche.newsroomRoutes.filter((r) => !r.url.startsWith('/newsroom/assets/'));
      assert.ok(routes.length >= 15, `found ${routes.length} routes`);
      const rows: string[] = [];
      for (const route of routes) {
        const url = concrete(route.url);
        const isLogout = /logout/.test(route.url);
        // Anonymous.
        const anon = route.method === 'GET'
          ? await site.app.inject(url)
          : await site.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: formBody({ version: '1' }) });
        if (route.permission === 'public') {
          assert.ok(anon.statusCode < 500, `${route.method} ${route.url} anonymous: ${anon.statusCode}`);
        } else if (route.method === 'GET') {
          assert.equal(anon.statusCode, 303, `${route.method} ${route.url} anonymous`);
          assert.match(String(anon.headers.location), /^\/newsroom\/login\?next=/);
        } else {
          assert.equal(anon.statusCode, 401, `${route.method} ${route.url} anonymous`);
        }
        if (route.permission === 'public') continue;
        for (const role of ROLES) {
          // Logging out would end the session the rest of the walk needs: use a fresh one.
          const browser = isLogout ? await logIn(site.app, (await addUser(site.database.handle.db, role)).email) : browsers.get(role)!;
          // A workflow action changes the article's status: each role acts on a fresh draft of the contributor.
          const target = route.url.endsWith('/action') ? url.replace(String(articleId), String(await contributorDraft())) : url;
          const res = route.method === 'GET'
            ? await browser.get(target)
            : await browser.post(target, { version: '999', action: 'submit', edition: 'en', headline: 'Matrix', body: '', lead: '', place: '', urgency: '5' });
          const allowed = EXPECTED[route.permission][role];
          rows.push(`${route.method} ${route.url} ${role} → ${res.status}`);
          if (allowed) assert.ok(res.status !== 401 && res.status !== 403 && res.status < 500, `${route.method} ${route.url} as ${role} should be allowed, got ${res.status}`);
          else assert.equal(res.status, 403, `${route.method} ${route.url} as ${role} should be forbidden`);
        }
      }
      assert.ok(rows.length >= routes.length * 3);
    });
  });
}
