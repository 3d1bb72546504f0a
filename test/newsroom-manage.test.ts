// Managing rubrics, tags, projects, the directory, pages, users and editions through the newsroom's forms,
// checked where readers and the audit log see the result.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, textOf, type TestSite } from './support/site.ts';
import { addUser, logIn, PASSWORD, type Browser } from './support/newsroom.ts';
import { insertArticle } from './support/builders.ts';
import { insertTerm } from '../src/db/repos/term-repo.ts';
import { listEditions } from '../src/db/repos/edition-repo.ts';
import type { Edition } from '../src/domain/model.ts';

const XSS = '<img src=x onerror=alert(1)>';

function idFrom(location: unknown, path: string): number {
  const m = new RegExp(`^${path}/(\\d+)`).exec(String(location));
  assert.ok(m, `redirect to ${path}/<id>: ${location}`);
  return Number(m[1]);
}

/** The edition form as stored, so a test changes only what it means to. */
function editionForm(e: Edition): Record<string, string> {
  const form: Record<string, string> = {
    name: e.name, flag: e.flag, locale: e.locale, timeZone: e.timeZone, host: e.host ?? '', agencyName: e.agencyName, agencyShort: e.agencyShort,
    labels: JSON.stringify(e.labels), 'pattern.date': e.datePatterns.date, 'pattern.time': e.datePatterns.time,
    'pattern.header': e.datePatterns.header, 'pattern.dateline': e.datePatterns.dateline,
  };
  for (const [i, link] of e.socialLinks.entries()) Object.assign(form, { [`social.${i}.network`]: link.network, [`social.${i}.url`]: link.url });
  return form;
}

for (const dialect of DIALECTS) {
  describe(`newsroom management on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    let admin: Browser;
    let chief: Browser;
    let editor: Browser;
    let codes: string[];

    before(async () => {
      site = await startSite(dialect);
      const db = site.database.handle.db;
      admin = await logIn(site.app, (await addUser(db, 'admin', 'Ada Admin')).email);
      chief = await logIn(site.app, (await addUser(db, 'chief', 'Chiara Chief')).email);
      editor = await logIn(site.app, (await addUser(db, 'editor', 'Erik Editor')).email);
      codes = (await listEditions(db)).map((e) => e.code);
    });
    after(() => site?.close());

    /** Per-edition fields: the same value in every edition unless `own` gives one. */
    function texts(values: Record<string, string>, own: Record<string, Record<string, string>> = {}): Record<string, string> {
      const form: Record<string, string> = {};
      for (const code of codes) for (const [key, value] of Object.entries({ ...values, ...own[code] })) form[`${key}.${code}`] = value;
      return form;
    }

    async function reader(url: string): Promise<{ status: number; body: string }> {
      await site.app.depesche.checkContent();
      const res = await site.app.inject(url);
      return { status: res.statusCode, body: res.body };
    }

    test('an editor who is not chief editor may not open the rubrics, and no one posts without the form token', async () => {
      assert.equal((await editor.get('/newsroom/rubrics')).status, 403);
      assert.equal((await editor.post('/newsroom/rubrics', texts({ name: 'Heimlich', slug: 'heimlich' }))).status, 403);
      assert.equal((await chief.post('/newsroom/rubrics', texts({ name: 'Ohne Token', slug: 'ohne-token' }), { csrf: null })).status, 403);
      assert.equal((await chief.get('/newsroom/users')).status, 403);
    });

    test('a chief editor creates and renames a rubric, and the reader site shows the new name', async () => {
      const created = await chief.post('/newsroom/rubrics', texts({ name: 'Wissenschaft und Raumfahrt', slug: 'raumfahrt' }));
      assert.equal(created.status, 303);
      const id = idFrom(created.headers.location, '/newsroom/rubrics');
      assert.match((await chief.get(String(created.headers.location))).body, /role="status"/);
      let page = await reader('/de');
      assert.match(page.body, /href="\/de\/raumfahrt">Wissenschaft und Raumfahrt</);

      const renamed = await chief.post(`/newsroom/rubrics/${id}`, texts({ name: 'Raumfahrt', slug: 'raumfahrt' }, { de: { name: 'Weltraum', slug: 'weltraum' } }));
      assert.equal(renamed.status, 303);
      assert.equal(renamed.headers.location, `/newsroom/rubrics/${id}?saved=1`);
      page = await reader('/de');
      assert.match(page.body, /href="\/de\/weltraum">Weltraum</);
      assert.ok(!page.body.includes('Wissenschaft und Raumfahrt'));
      assert.equal((await reader('/de/weltraum')).status, 200);
      assert.match((await reader('/en')).body, /href="\/en\/raumfahrt">Raumfahrt</);
    });

    test('a refused rubric form answers 422, names each problem and keeps what was typed', async () => {
      const res = await chief.post('/newsroom/rubrics', texts({ name: 'Doppelt', slug: 'doppelt' }, { de: { name: 'Noch einmal Politik', slug: 'politik' }, en: { name: '', slug: 'Bad Slug' }, ru: { name: 'Новости', slug: 'news' } }));
      assert.equal(res.status, 422);
      assert.match(res.body, /role="alert"/);
      assert.match(res.body, /value="Noch einmal Politik"/);
      assert.match(res.body, /value="Bad Slug"/);
      assert.match(res.body, /id="f-slug-de"[^>]*aria-invalid="true"/);
      assert.match(res.body, /Another item uses this slug in this edition\./);
      assert.match(res.body, /id="f-name-en"[^>]*aria-invalid="true"/);
      assert.match(res.body, /Use lowercase letters, digits and single hyphens only\./);
      assert.match(res.body, /This address is used by the site itself\./);
      assert.match(res.body, /name="_csrf"/);
    });

    test('the management pages speak the newsroom language the user chose', async () => {
      const db = site.database.handle.db;
      await db.updateTable('users').set({ locale: 'ru' }).where('name', '=', 'Chiara Chief').execute();
      try {
        const res = await chief.post('/newsroom/rubrics', texts({ name: '', slug: '' }));
        assert.equal(res.status, 422);
        assert.match(res.body, /Новая рубрика/);
        assert.match(res.body, /Обязательное поле\./);
        assert.match((await chief.get('/newsroom/directory')).body, /Новое учреждение/);
      } finally {
        await db.updateTable('users').set({ locale: 'en' }).where('name', '=', 'Chiara Chief').execute();
      }
    });

    test('rubrics are put in order, and the reader navigation follows', async () => {
      const order = async () => [...(await reader('/de')).body.matchAll(/<nav class="main-nav"[\s\S]*?<\/nav>/g)][0][0];
      const before = await order();
      const economy = (await site.database.handle.db.selectFrom('rubrics').select('id').where('key', '=', 'economy').executeTakeFirstOrThrow()).id;
      assert.ok(before.indexOf('Politik') < before.indexOf('Wirtschaft'));
      const res = await chief.post(`/newsroom/rubrics/${economy}/move`, { direction: 'up' });
      assert.equal(res.status, 303);
      const after = await order();
      assert.ok(after.indexOf('Wirtschaft') < after.indexOf('Politik'), 'economy moved above politics');
    });

    test('tags are searched and paged fifty at a time, and one is deleted', async () => {
      const db = site.database.handle.db;
      for (let i = 0; i < 60; i++) {
        const n = String(i).padStart(2, '0');
        await insertTerm(db, 'tag', `bulk-${n}`, 0, codes.map((edition) => ({ edition, name: `Massenschlagwort ${n}`, slug: `massen-${n}` })));
      }
      const first = await chief.get('/newsroom/tags');
      assert.equal(first.status, 200);
      assert.match(first.body, /<label for="tag-q">/);
      assert.match(first.body, /href="\/newsroom\/tags\?page=2"/);
      assert.ok((first.body.match(/<tr>/g) ?? []).length <= 51);
      const found = await chief.get('/newsroom/tags?q=massenschlagwort+07');
      assert.match(found.body, /Massenschlagwort 07/);
      assert.ok(!found.body.includes('Massenschlagwort 08'));
      assert.match((await chief.get('/newsroom/tags?q=massen&page=2')).body, /Massenschlagwort 5\d/);

      const tag = await db.selectFrom('tags').select('id').where('key', '=', 'bulk-07').executeTakeFirstOrThrow();
      await insertArticle(db, { headline: 'Meldung mit Massenschlagwort', tagKeys: ['bulk-07'] });
      assert.equal((await reader('/de/tag/massen-07')).status, 200);
      const deleted = await chief.post(`/newsroom/tags/${tag.id}/delete`, {});
      assert.equal(deleted.status, 303);
      assert.equal(deleted.headers.location, '/newsroom/tags?deleted=1');
      assert.equal((await reader('/de/tag/massen-07')).status, 404);
      assert.equal((await chief.get(`/newsroom/tags/${tag.id}`)).status, 404);
    });

    test('a project curated with two stories lists them on its reader page, in the order chosen', async () => {
      const db = site.database.handle.db;
      const created = await chief.post('/newsroom/projects', { ...texts({ name: 'Brücken des Landes', slug: 'bruecken', description: 'Ein Dossier über Brücken.' }), cover: '' });
      assert.equal(created.status, 303);
      const id = idFrom(created.headers.location, '/newsroom/projects');
      const one = await insertArticle(db, { headline: 'Die alte Brücke wird saniert' });
      const two = await insertArticle(db, { headline: 'Neue Brücke über den Fluss eröffnet' });
      for (const article of [one, two]) assert.equal((await chief.post(`/newsroom/projects/${id}/stories`, { article: String(article.id) })).status, 303);

      const page = await reader('/de/projects/bruecken');
      assert.equal(page.status, 200);
      assert.match(page.body, /Ein Dossier über Brücken\./);
      assert.match(page.body, /Die alte Brücke wird saniert/);
      assert.match(page.body, /Neue Brücke über den Fluss eröffnet/);

      const again = await chief.post(`/newsroom/projects/${id}/stories`, { article: String(one.id) });
      assert.equal(again.status, 422);
      assert.match(again.body, /This story is in the list already\./);
      assert.equal((await chief.post(`/newsroom/projects/${id}/stories`, { article: '99999999' })).status, 422);
      assert.equal((await chief.post(`/newsroom/projects/${id}/stories`, { article: 'abc' })).status, 422);

      assert.equal((await chief.post(`/newsroom/projects/${id}/stories/${two.storyId}/move`, { direction: 'up' })).status, 303);
      const edit = await chief.get(`/newsroom/projects/${id}`);
      assert.ok(edit.body.indexOf('Neue Brücke') < edit.body.indexOf('Die alte Brücke'), 'the second story moved first');

      assert.equal((await chief.post(`/newsroom/projects/${id}/stories/${one.storyId}/remove`, {})).status, 303);
      const after = await reader('/de/projects/bruecken');
      assert.ok(!after.body.includes('Die alte Brücke wird saniert'));
      assert.match(after.body, /Neue Brücke über den Fluss eröffnet/);

      const badCover = await chief.post(`/newsroom/projects/${id}`, { ...texts({ name: 'Brücken des Landes', slug: 'bruecken' }), cover: '99999999' });
      assert.equal(badCover.status, 422);
      assert.match(badCover.body, /id="f-cover"[^>]*aria-invalid="true"/);
    });

    test('the directory refuses a cycle and keeps its hierarchy', async () => {
      const top = await chief.post('/newsroom/directory', { ...texts({ name: 'Ministerium für Brücken', slug: 'bruecken-ministerium' }), parent: '', website: 'https://bruecken.example' });
      assert.equal(top.status, 303);
      const topId = idFrom(top.headers.location, '/newsroom/directory');
      const child = await chief.post('/newsroom/directory', { ...texts({ name: 'Amt für Pfeiler', slug: 'pfeiler-amt', head: 'Dr. Stein' }), parent: String(topId), website: '' });
      const childId = idFrom(child.headers.location, '/newsroom/directory');

      const cycle = await chief.post(`/newsroom/directory/${topId}`, { ...texts({ name: 'Ministerium für Brücken', slug: 'bruecken-ministerium' }), parent: String(childId), website: 'https://bruecken.example' });
      assert.equal(cycle.status, 422);
      assert.match(cycle.body, /cannot be placed under itself or under one of its own sub-institutions/);
      const self = await chief.post(`/newsroom/directory/${topId}`, { ...texts({ name: 'Ministerium für Brücken', slug: 'bruecken-ministerium' }), parent: String(topId), website: '' });
      assert.equal(self.status, 422);
      const badSite = await chief.post(`/newsroom/directory/${childId}`, { ...texts({ name: 'Amt für Pfeiler', slug: 'pfeiler-amt' }), parent: String(topId), website: 'javascript:alert(1)' });
      assert.equal(badSite.status, 422);
      assert.match(badSite.body, /value="javascript:alert\(1\)"/);

      const stored = await site.database.handle.db.selectFrom('directory_entries').select('parent_id').where('id', '=', topId).executeTakeFirstOrThrow();
      assert.equal(stored.parent_id, null);
      const list = await chief.get('/newsroom/directory');
      assert.match(list.body, new RegExp(`<a href="/newsroom/directory/${topId}">Ministerium für Brücken</a><ul><li><a href="/newsroom/directory/${childId}">Amt für Pfeiler</a>`));
      const page = await reader('/de/directory/pfeiler-amt');
      assert.equal(page.status, 200);
      assert.match(page.body, /Ministerium für Brücken/);
    });

    test('a static page body is sanitized: no script reaches readers', async () => {
      const body = '<h2>Kontakt</h2><p>Schreiben Sie uns.</p><script>alert(1)</script><p onclick="alert(2)">Klick</p><a href="javascript:alert(3)">Link</a>';
      const res = await chief.post('/newsroom/pages', texts({ title: 'Kontakt & Presse', slug: 'presse', body }));
      assert.equal(res.status, 303);
      const page = await reader('/de/page/presse');
      assert.equal(page.status, 200);
      assert.match(page.body, /<h2>Kontakt<\/h2><p>Schreiben Sie uns\.<\/p>/);
      assert.ok(!page.body.includes('alert('), 'no script, handler or javascript: link');
      assert.match(page.body, /Kontakt &amp; Presse/);
      const missing = await chief.post('/newsroom/pages', texts({ title: '', slug: '', body: '<p>x</p>' }));
      assert.equal(missing.status, 422);
    });

    test('an admin creates a user who can log in, then disables them and their session stops working', async () => {
      const email = `reporterin-${dialect}@agency.example`;
      const created = await admin.post('/newsroom/users', { email, name: 'Rita Reporterin', role: 'contributor', locale: 'de', password: PASSWORD });
      assert.equal(created.status, 303);
      const id = idFrom(created.headers.location, '/newsroom/users');
      const rita = await logIn(site.app, email);
      assert.equal((await rita.get('/newsroom')).status, 200);
      assert.match((await admin.get('/newsroom/users')).body, /Rita Reporterin/);

      const taken = await admin.post('/newsroom/users', { email, name: 'Rita Zwei', role: 'contributor', locale: 'de', password: PASSWORD });
      assert.equal(taken.status, 422);
      assert.match(taken.body, /A user with this e-mail exists already\./);
      assert.ok(!taken.body.includes(PASSWORD), 'the password is not sent back');

      assert.equal((await admin.post(`/newsroom/users/${id}/role`, { role: 'editor' })).status, 303);
      assert.equal((await site.database.handle.db.selectFrom('users').select('role').where('id', '=', id).executeTakeFirstOrThrow()).role, 'editor');

      assert.equal((await admin.post(`/newsroom/users/${id}/disable`, {})).status, 303);
      const after = await rita.get('/newsroom');
      assert.equal(after.status, 303);
      assert.match(String(after.headers.location), /^\/newsroom\/login/);
      const page = await site.app.inject('/newsroom/login');
      assert.equal(page.statusCode, 200);
      await assert.rejects(logIn(site.app, email), /login of/);

      assert.equal((await admin.post(`/newsroom/users/${id}/enable`, {})).status, 303);
      assert.equal((await admin.post(`/newsroom/users/${id}/password`, { password: 'short' })).status, 422);
      assert.equal((await admin.post(`/newsroom/users/${id}/password`, { password: 'a brand new long password' })).status, 303);
      const again = await logIn(site.app, email, 'a brand new long password');
      assert.equal((await again.get('/newsroom')).status, 200);
    });

    test('an admin can neither disable nor demote themselves', async () => {
      const me = (await site.database.handle.db.selectFrom('users').select('id').where('name', '=', 'Ada Admin').executeTakeFirstOrThrow()).id;
      const demote = await admin.post(`/newsroom/users/${me}/role`, { role: 'editor' });
      assert.equal(demote.status, 422);
      assert.match(demote.body, /you would lock yourself out/);
      assert.equal((await admin.post(`/newsroom/users/${me}/disable`, {})).status, 422);
      assert.equal((await admin.get('/newsroom/users')).status, 200);
    });

    test('an edition refuses the time zone Mars/Olympus, and a new date pattern shows on the reader site', async () => {
      const db = site.database.handle.db;
      const de = (await listEditions(db)).find((e) => e.code === 'de')!;
      const mars = await admin.post('/newsroom/editions/de', { ...editionForm(de), timeZone: 'Mars/Olympus' });
      assert.equal(mars.status, 422);
      assert.match(mars.body, /value="Mars\/Olympus"/);
      assert.match(mars.body, /Not a known time zone\./);
      assert.equal((await listEditions(db)).find((e) => e.code === 'de')!.timeZone, 'Europe/Berlin');

      const bad = await admin.post('/newsroom/editions/de', {
        ...editionForm(de), locale: 'xx-!!', 'pattern.header': "'nur Text'", labels: '["a"]', 'social.0.url': 'http://insecure.example', host: 'not a host',
      });
      assert.equal(bad.status, 422);
      for (const name of ['locale', 'pattern-header', 'labels', 'social-0-url', 'host']) assert.match(bad.body, new RegExp(`id="f-${name}"[^>]*aria-invalid="true"`), name);

      const form = await admin.get('/newsroom/editions/de');
      assert.match(form.body, /Now: (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. \S+ \d{4}/, 'a sample of the header pattern for now');

      const ok = await admin.post('/newsroom/editions/de', { ...editionForm(de), 'pattern.header': "'Heute ist' EEEE, d. MMMM yyyy", labels: '{"followUs": "Folgen Sie Velta auf"}' });
      assert.equal(ok.status, 303);
      const home = await reader('/de');
      assert.match(textOf(home.body), /Heute ist (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. /);
      assert.match(home.body, /Folgen Sie Velta auf/);
    });

    test('XSS payloads in names are escaped on the reader site and in the newsroom', async () => {
      const rubric = await chief.post('/newsroom/rubrics', texts({ name: XSS, slug: 'xss-rubrik' }));
      assert.equal(rubric.status, 303);
      const tag = await chief.post('/newsroom/tags', texts({ name: XSS, slug: 'xss-tag' }));
      assert.equal(tag.status, 303);
      const project = await chief.post('/newsroom/projects', { ...texts({ name: XSS, slug: 'xss-projekt', description: XSS }), cover: '' });
      assert.equal(project.status, 303);
      const entry = await chief.post('/newsroom/directory', { ...texts({ name: XSS, slug: 'xss-amt', head: XSS, address: XSS }), parent: '', website: '' });
      assert.equal(entry.status, 303);
      const escaped = '&lt;img src=x onerror=alert(1)&gt;';
      for (const url of ['/de', '/de/xss-rubrik', '/de/tag/xss-tag', '/de/projects', '/de/projects/xss-projekt', '/de/directory', '/de/directory/xss-amt']) {
        const page = await reader(url);
        assert.equal(page.status, 200, url);
        assert.ok(!page.body.includes(XSS), `${url} carries no live markup`);
        assert.ok(page.body.includes(escaped), `${url} shows the name as text`);
      }
      for (const url of ['/newsroom/rubrics', '/newsroom/tags?q=onerror', '/newsroom/projects', '/newsroom/directory', String(rubric.headers.location)]) {
        const page = await chief.get(url);
        assert.equal(page.status, 200, url);
        assert.ok(!page.body.includes(XSS), `${url} carries no live markup`);
        assert.ok(page.body.includes(escaped), `${url} shows the name as text`);
      }
      const user = await admin.post('/newsroom/users', { email: `xss-${dialect}@agency.example`, name: XSS, role: 'contributor', locale: 'en', password: PASSWORD });
      assert.equal(user.status, 303);
      const users = await admin.get('/newsroom/users');
      assert.ok(!users.body.includes(XSS) && users.body.includes(escaped));
      const audit = await admin.get('/newsroom/audit');
      assert.ok(!audit.body.includes(XSS) && audit.body.includes(escaped));
    });

    test('the audit page lists the changes newest first with who made them, filtered by user and action', async () => {
      const all = await admin.get('/newsroom/audit');
      assert.equal(all.status, 200);
      assert.match(all.body, /<th scope="col">When \(UTC\)<\/th>/);
      assert.match(textOf((await admin.get('/newsroom/audit?action=rubric.create')).body), /Chiara Chief \S+ rubric\.create rubric #\d+ de: Wissenschaft und Raumfahrt/);
      assert.match(textOf((await admin.get('/newsroom/audit?action=rubric.update')).body), /Chiara Chief \S+ rubric\.update rubric #\d+ de name: Wissenschaft und Raumfahrt → Weltraum/);
      assert.match(textOf((await admin.get('/newsroom/audit?action=user.create')).body), /Ada Admin \S+ user\.create user #\d+ reporterin-\w+@agency\.example \(contributor\)/);
      assert.match(textOf((await admin.get('/newsroom/audit?action=edition')).body), /Ada Admin \S+ edition\.update edition #de datePatterns; labels/);

      const chiefId = (await site.database.handle.db.selectFrom('users').select('id').where('name', '=', 'Chiara Chief').executeTakeFirstOrThrow()).id;
      const byChief = (await admin.get(`/newsroom/audit?user=${chiefId}`)).body;
      assert.match(byChief, /<code>rubric\.create<\/code>/);
      assert.ok(!byChief.includes('<code>user.create</code>'));
      const userActions = (await admin.get('/newsroom/audit?action=user')).body;
      assert.match(userActions, /<code>user\.disable<\/code>/);
      assert.ok(!userActions.includes('<code>rubric.create</code>'));

      const rows = [...all.body.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual(rows, [...rows].sort().reverse(), 'newest first');
      assert.ok(rows.length <= 50);
      assert.equal((await chief.get('/newsroom/audit')).status, 403);
    });
  });
}
