// Writing and publishing through the newsroom, as editors do it, checked on the reader site.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, type TestSite } from './support/site.ts';
import { addUser, logIn, type Browser } from './support/newsroom.ts';
import { publishDueArticles } from '../src/services/article-service.ts';
import { bumpContentVersion } from '../src/db/repos/site-state-repo.ts';
import { insertArticle } from './support/builders.ts';
import { findStoriesByText } from '../src/newsroom/story-list.ts';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

async function schedulerProcess(url: string, now: number): Promise<number[]> {
  const script = new URL('./support/run-scheduler.ts', import.meta.url).pathname;
  const { stdout } = await execFileAsync(process.execPath, [script, url, String(now)], { timeout: 30_000 });
  return JSON.parse(stdout);
}

function idFrom(location: unknown): number {
  const m = /^\/newsroom\/articles\/(\d+)/.exec(String(location));
  assert.ok(m, `redirect to an article: ${location}`);
  return Number(m[1]);
}

for (const dialect of DIALECTS) {
  describe(`writing and publishing on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    let contributor: Browser;
    let editor: Browser;
    let otherContributor: Browser;
    let politics: number;
    before(async () => {
      site = await startSite(dialect);
      const db = site.database.handle.db;
      contributor = await logIn(site.app, (await addUser(db, 'contributor', 'Carla Contributor')).email);
      otherContributor = await logIn(site.app, (await addUser(db, 'contributor', 'Otto Other')).email);
      editor = await logIn(site.app, (await addUser(db, 'editor', 'Erik Editor')).email);
      politics = (await db.selectFrom('rubrics').select('id').where('key', '=', 'politics').executeTakeFirstOrThrow()).id;
    });
    after(() => site?.close());

    async function newArticle(browser: Browser, edition = 'de'): Promise<number> {
      const res = await browser.post('/newsroom/articles', { edition });
      assert.equal(res.status, 303);
      return idFrom(res.headers.location);
    }

    function versionIn(html: string): string {
      return /name="version" value="(\d+)"/.exec(html)![1];
    }

    async function save(browser: Browser, id: number, fields: Record<string, string>) {
      const page = await browser.get(`/newsroom/articles/${id}`);
      return browser.post(`/newsroom/articles/${id}`, { version: versionIn(page.body), headline: 'Ohne Titel', lead: '', place: 'Welinsk', body: '<p>Text.</p>', rubric: String(politics), tags: '', urgency: '5', ...fields });
    }

    async function readerCheck() {
      await site.app.depesche.checkContent();
    }

    test('a contributor writes a draft that readers cannot see, and submits it for review', async () => {
      const id = await newArticle(contributor);
      const saved = await save(contributor, id, { headline: 'Parlament berät Wasserhaushalt', lead: 'Ein Gesetz zum Schutz der Welna.', body: '<p>Der Ausschuss tagte.</p><script>alert(1)</script>', tags: 'Parlament, Neues Schlagwort' });
      assert.equal(saved.status, 303);
      const page = await contributor.get(`/newsroom/articles/${id}`);
      assert.match(page.body, /value="Parlament berät Wasserhaushalt"/);
      assert.ok(!page.body.includes('<script>alert(1)'), 'the body was sanitized');
      assert.match(page.body, /value="Parlament, Neues Schlagwort"/);
      await readerCheck();
      assert.equal((await site.app.inject(`/de/politik/${id}-parlament-beraet-wasserhaushalt`)).statusCode, 404);
      assert.equal((await contributor.post(`/newsroom/articles/${id}/action`, { action: 'publish', version: versionIn(page.body) })).status, 403, 'contributors do not publish');
      assert.equal((await contributor.post(`/newsroom/articles/${id}/action`, { action: 'submit', version: versionIn(page.body) })).status, 303);
      assert.match((await editor.get('/newsroom')).body, /Waiting for review[\s\S]*Parlament berät Wasserhaushalt/);
      // Submitted, the draft is no longer the contributor's to edit.
      assert.equal((await save(contributor, id, { headline: 'Nachträglich geändert' })).status, 403);
    });

    test('the dashboard counts each edition’s drafts, reviews and scheduled stories, and what it published in the last day', async () => {
      const db = site.database.handle.db;
      const cell = async (edition: string, status: string) => {
        const m = new RegExp(`href="/newsroom/articles\\?edition=${edition}&amp;status=${status}">(\\d+)</a>`).exec((await editor.get('/newsroom')).body);
        assert.ok(m, `a ${status} count for ${edition}`);
        return Number(m[1]);
      };
      const stored = async (edition: string, status: string) => Number((await db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n'))
        .where('edition', '=', edition).where('status', '=', status).executeTakeFirstOrThrow()).n);
      for (const status of ['draft', 'review', 'scheduled']) assert.equal(await cell('en', status), await stored('en', status), status);
      const drafts = await cell('en', 'draft');
      await newArticle(editor, 'en');
      assert.equal(await cell('en', 'draft'), drafts + 1);

      const published = await cell('en', 'published');
      await insertArticle(db, { edition: 'en', headline: 'Counted Within The Day', publishedAt: Date.now() - 23 * 3600_000 });
      await insertArticle(db, { edition: 'en', headline: 'Not Counted Any More', publishedAt: Date.now() - 25 * 3600_000 });
      assert.equal(await cell('en', 'published'), published + 1);
      assert.match((await editor.get('/newsroom')).body, /Published in 24 h/);
    });

    test('the story list finds words in headlines and leads, reading the archive in slices, page by page', async () => {
      const db = site.database.handle.db;
      const now = Date.now();
      for (let i = 0; i < 12; i++) {
        const { id } = await insertArticle(db, { edition: i % 2 ? 'en' : 'de', headline: i % 3 ? `Routine ${i}` : `Scheibchenweise ${i}`, lead: i % 4 === 1 ? 'Mit SCHEIBCHENWEISE im Vorspann' : '', status: i % 5 ? 'published' : 'draft' });
        await db.updateTable('articles').set({ updated_at: now - i * 60_000 }).where('id', '=', id).execute();
      }
      const expected = (await db.selectFrom('articles').select('id')
        .where((eb) => eb.or([eb(eb.fn('lower', ['headline']), 'like', '%scheibchenweise%'), eb(eb.fn('lower', ['lead']), 'like', '%scheibchenweise%')]))
        .orderBy('updated_at', 'desc').orderBy('id', 'desc').execute()).map((r) => r.id);
      assert.ok(expected.length >= 6, 'stories to find');
      for (const slice of [1, 3, 2000]) {
        assert.deepEqual(await findStoriesByText(db, {}, 'ScheibchenWeise', { take: 50 }, slice), expected, `slice ${slice}`);
        assert.deepEqual(await findStoriesByText(db, {}, 'scheibchenweise', { skip: 2, take: 3 }, slice), expected.slice(2, 5), `slice ${slice}, a later page`);
      }
      const english = await findStoriesByText(db, { edition: 'en' }, 'scheibchenweise', { take: 50 }, 2);
      assert.ok(english.length > 0 && english.length < expected.length);
      assert.deepEqual(await findStoriesByText(db, {}, '100%_sicher', { take: 50 }, 2), [], 'LIKE wildcards in the words are plain characters');
      const listed = (await editor.get('/newsroom/articles?q=scheibchenweise')).body;
      assert.equal([...listed.matchAll(/href="\/newsroom\/articles\/(\d+)"/g)].map((m) => Number(m[1])).join(','), expected.join(','));
    });

    test('contributors cannot open or change another contributor’s draft by its id', async () => {
      const id = await newArticle(contributor);
      assert.equal((await otherContributor.get(`/newsroom/articles/${id}`)).status, 403);
      assert.equal((await otherContributor.post(`/newsroom/articles/${id}`, { version: '1', headline: 'Übernommen', body: '', lead: '', place: '', urgency: '5' })).status, 403);
      assert.equal((await otherContributor.get(`/newsroom/articles/${id}/preview`)).status, 403);
      assert.equal((await otherContributor.post(`/newsroom/articles/${id}/translate`, { edition: 'en' })).status, 403);
      assert.equal((await otherContributor.postJson(`/newsroom/articles/${id}/presence`, {})).status, 403);
    });

    test('an editor publishes; the story is on the reader site at once with its dateline', async () => {
      const id = await newArticle(editor);
      await save(editor, id, { headline: 'Welinsk eröffnet neue Brücke', place: 'Welinsk', body: '<p>Die Brücke ist 300 Meter lang.</p><blockquote><p>Ein großer Tag.</p></blockquote>' });
      const page = await editor.get(`/newsroom/articles/${id}`);
      assert.equal((await editor.post(`/newsroom/articles/${id}/action`, { action: 'publish', version: versionIn(page.body) })).status, 303);
      await readerCheck();
      const reader = await site.app.inject(`/de/politik/${id}-welinsk-eroeffnet-neue-bruecke`);
      assert.equal(reader.statusCode, 200);
      assert.match(reader.body, /<span class="dateline">WELINSK, \d+\. [A-Za-zä]+ \(Velta\) –<\/span> Die Brücke ist 300 Meter lang\./);
      assert.match((await site.app.inject('/de/news')).body, /Welinsk eröffnet neue Brücke/);
    });

    test('a story whose lead image has no alt text in its edition cannot be published', async () => {
      const db = site.database.handle.db;
      const media = await db.selectFrom('media').select('id').executeTakeFirstOrThrow();
      await db.updateTable('media_texts').set({ alt: '' }).where('media_id', '=', media.id).where('edition', '=', 'de').execute();
      const id = await newArticle(editor);
      await save(editor, id, { headline: 'Bild ohne Beschreibung', lead_media_id: String(media.id) });
      let page = await editor.get(`/newsroom/articles/${id}`);
      const refused = await editor.post(`/newsroom/articles/${id}/action`, { action: 'publish', version: versionIn(page.body) });
      assert.equal(refused.status, 422);
      assert.match(refused.body, /id="err-lead_media_alt"/);
      await save(editor, id, { headline: 'Bild ohne Beschreibung', lead_media_id: String(media.id), lead_media_alt: 'Ein Fluss im Abendlicht' });
      page = await editor.get(`/newsroom/articles/${id}`);
      assert.equal((await editor.post(`/newsroom/articles/${id}/action`, { action: 'publish', version: versionIn(page.body) })).status, 303);
      await readerCheck();
      assert.match((await site.app.inject(`/de/politik/${id}-bild-ohne-beschreibung`)).body, /alt="Ein Fluss im Abendlicht"/);
    });

    test('a correction is shown to readers; a withdrawn story answers 410 and leaves every list', async () => {
      const id = await newArticle(editor);
      await save(editor, id, { headline: 'Zahl der Besucher gestiegen', body: '<p>Es kamen 5000 Besucher.</p>' });
      let page = await editor.get(`/newsroom/articles/${id}`);
      await editor.post(`/newsroom/articles/${id}/action`, { action: 'publish', version: versionIn(page.body) });
      await save(editor, id, { headline: 'Zahl der Besucher gestiegen', body: '<p>Es kamen 3000 Besucher.</p>', correction_note: 'In einer früheren Fassung hieß es 5000 Besucher.' });
      await readerCheck();
      const url = `/de/politik/${id}-zahl-der-besucher-gestiegen`;
      const corrected = await site.app.inject(url);
      assert.match(corrected.body, /Korrektur:<\/strong> In einer früheren Fassung hieß es 5000 Besucher\./);
      assert.match(corrected.body, /Es kamen 3000 Besucher/);
      page = await editor.get(`/newsroom/articles/${id}`);
      assert.equal((await editor.post(`/newsroom/articles/${id}/action`, { action: 'withdraw', version: versionIn(page.body) })).status, 303);
      await readerCheck();
      assert.equal((await site.app.inject(url)).statusCode, 410);
      assert.ok(!(await site.app.inject('/de/news')).body.includes('Zahl der Besucher gestiegen'));
    });

    test('a scheduled story fires once at its time, also when two processes run the scheduler together', async () => {
      const id = await newArticle(editor);
      await save(editor, id, { headline: 'Geplante Meldung erscheint pünktlich' });
      const page = await editor.get(`/newsroom/articles/${id}`);
      const at = new Date(Date.now() + 60_000).toISOString().slice(0, 16);
      const past = await editor.post(`/newsroom/articles/${id}/action`, { action: 'schedule', version: versionIn(page.body), scheduled_at: '2001-01-01T10:00' });
      assert.equal(past.status, 422, 'a time in the past is refused');
      assert.equal((await editor.post(`/newsroom/articles/${id}/action`, { action: 'schedule', version: versionIn(page.body), scheduled_at: at })).status, 303);
      const scheduledAt = Date.parse(`${at}Z`);
      assert.deepEqual(await publishDueArticles(site.database.handle.db, scheduledAt - 1000), [], 'not before its time');
      await readerCheck();
      assert.equal((await site.app.inject(`/de/politik/${id}-x`)).statusCode, 404);
      // Two server processes run the same loop at the same moment.
      const [a, b] = await Promise.all([schedulerProcess(site.database.url, scheduledAt + 500), schedulerProcess(site.database.url, scheduledAt + 500)]);
      assert.deepEqual([...a, ...b], [id], 'fired exactly once');
      const fired = await site.database.handle.db.selectFrom('revisions').select('kind').where('article_id', '=', id).where('kind', '=', 'scheduled-publish').execute();
      assert.equal(fired.length, 1);
      const row = await site.database.handle.db.selectFrom('articles').select(['status', 'published_at']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'published');
      assert.equal(row.published_at, scheduledAt);
    });

    test('an embargoed story stays invisible to readers until the embargo ends', async () => {
      const id = await newArticle(editor);
      await save(editor, id, { headline: 'Sperrfrist bis morgen früh' });
      const page = await editor.get(`/newsroom/articles/${id}`);
      const until = new Date(Date.now() + 3600_000).toISOString().slice(0, 16);
      assert.equal((await editor.post(`/newsroom/articles/${id}/action`, { action: 'publish', version: versionIn(page.body), embargo_until: until })).status, 303);
      await readerCheck();
      assert.equal((await site.app.inject(`/de/politik/${id}-sperrfrist-bis-morgen-frueh`)).statusCode, 404);
      assert.ok(!(await site.app.inject('/de')).body.includes('Sperrfrist bis morgen früh'));
      // The hour passes (moved here by hand): the story is there without anyone touching it in the newsroom.
      await site.database.handle.db.updateTable('articles').set({ embargo_until: Date.now() - 1000 }).where('id', '=', id).execute();
      await bumpContentVersion(site.database.handle.db);
      await readerCheck();
      assert.equal((await site.app.inject(`/de/politik/${id}-sperrfrist-bis-morgen-frueh`)).statusCode, 200);
    });

    test('two editors on one article: the stale save is refused with both versions shown, nothing is lost', async () => {
      const id = await newArticle(editor);
      await save(editor, id, { headline: 'Erste Fassung', body: '<p>Alpha Beta Gamma</p>' });
      const second = await logIn(site.app, (await addUser(site.database.handle.db, 'editor', 'Zweite Redakteurin')).email);
      const opened = versionIn((await second.get(`/newsroom/articles/${id}`)).body);
      const mine = versionIn((await editor.get(`/newsroom/articles/${id}`)).body);
      assert.equal(opened, mine);
      assert.equal((await editor.post(`/newsroom/articles/${id}`, { version: mine, headline: 'Fassung des Ersten', lead: '', place: '', body: '<p>Alpha Delta Gamma</p>', urgency: '5' })).status, 303);
      const stale = await second.post(`/newsroom/articles/${id}`, { version: opened, headline: 'Fassung der Zweiten', lead: '', place: '', body: '<p>Alpha Beta Epsilon</p>', urgency: '5' });
      assert.equal(stale.status, 409);
      assert.match(stale.body, /Someone else saved this article \(Erik Editor\)/);
      assert.match(stale.body, /<del>Fassung des Ersten<\/del>|<del>des Ersten<\/del>/);
      assert.match(stale.body, /value="Fassung der Zweiten"/, 'the second editor’s text is kept in the form');
      const newVersion = versionIn(stale.body);
      assert.notEqual(newVersion, opened, 'the form now carries the current version to resolve');
      const stored = await site.database.handle.db.selectFrom('articles').select('headline').where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(stored.headline, 'Fassung des Ersten', 'nothing was overwritten');
      assert.equal((await second.post(`/newsroom/articles/${id}`, { version: newVersion, headline: 'Zusammengeführt', lead: '', place: '', body: '<p>Alpha Delta Epsilon</p>', urgency: '5' })).status, 303);
      // Autosave refuses stale versions too, as JSON for the editor's script.
      const auto = await editor.postJson(`/newsroom/articles/${id}/autosave`, { version: Number(mine) + 1, headline: 'Spät', body: '' });
      assert.equal(auto.status, 409);
      assert.equal(auto.json.error, 'conflict');
      assert.equal(auto.json.current.headline, 'Zusammengeführt');
    });

    test('the editor shows who else has the article open', async () => {
      const id = await newArticle(editor);
      const second = await logIn(site.app, (await addUser(site.database.handle.db, 'chief', 'Chefin vom Dienst')).email);
      assert.deepEqual((await editor.postJson(`/newsroom/articles/${id}/presence`, {})).json, { others: [] });
      await second.postJson(`/newsroom/articles/${id}/presence`, {});
      assert.deepEqual((await editor.postJson(`/newsroom/articles/${id}/presence`, {})).json, { others: [{ name: 'Chefin vom Dienst' }] });
    });

    test('autosave keeps drafts current and never changes a live article for readers', async () => {
      const id = await newArticle(editor);
      const auto = await editor.postJson(`/newsroom/articles/${id}/autosave`, { version: 1, headline: 'Automatisch gesichert', lead: '', place: '', body: '<p>Eins</p>', urgency: '5' });
      assert.equal(auto.status, 200);
      assert.equal(auto.json.version, 2);
      const page = await editor.get(`/newsroom/articles/${id}`);
      assert.match(page.body, /value="Automatisch gesichert"/);
      await editor.post(`/newsroom/articles/${id}/action`, { action: 'publish', version: versionIn(page.body) });
      const live = await editor.postJson(`/newsroom/articles/${id}/autosave`, { version: Number(versionIn(page.body)) + 1, headline: 'Halb fertig', lead: '', place: '', body: '<p>Zwei</p>', urgency: '5' });
      assert.equal(live.status, 200);
      await readerCheck();
      const reader = await site.app.inject(`/de/news/${id}-automatisch-gesichert`);
      assert.equal(reader.statusCode, 200);
      assert.ok(!reader.body.includes('Halb fertig'));
      const bad = await editor.postJson(`/newsroom/articles/${id}/autosave`, { version: 1, headline: '', body: '' });
      assert.ok([409, 422].includes(bad.status));
    });

    test('every save is a revision; any two can be compared word by word and an old one restored', async () => {
      const id = await newArticle(editor);
      await save(editor, id, { headline: 'Version eins', body: '<p>Der Hafen wird ausgebaut.</p>' });
      await save(editor, id, { headline: 'Version zwei', body: '<p>Der Flughafen wird ausgebaut.</p>' });
      const list = await editor.get(`/newsroom/articles/${id}/revisions`);
      const ids = [...list.body.matchAll(/name="a" value="(\d+)"/g)].map((m) => m[1]);
      assert.ok(ids.length >= 2);
      const [newest, older] = ids;
      const diff = await editor.get(`/newsroom/articles/${id}/revisions?a=${older}&b=${newest}`);
      assert.match(diff.body, /<del>Hafen<\/del><ins>Flughafen<\/ins>|<del>eins<\/del><ins>zwei<\/ins>/);
      assert.match(diff.body, /<del>eins<\/del><ins>zwei<\/ins>/);
      const version = versionIn((await editor.get(`/newsroom/articles/${id}`)).body);
      assert.equal((await editor.post(`/newsroom/articles/${id}/revisions/${older}/restore`, { version })).status, 303);
      assert.match((await editor.get(`/newsroom/articles/${id}`)).body, /value="Version eins"/);
    });

    test('translate creates the linked article in another edition, prefilled, and both show the link once published', async () => {
      const id = await newArticle(editor);
      await save(editor, id, { headline: 'Welinsk begrüßt Gäste', body: '<p>Begrüßung.</p>', tags: 'Parlament' });
      const res = await editor.post(`/newsroom/articles/${id}/translate`, { edition: 'en' });
      const translation = idFrom(res.headers.location);
      assert.notEqual(translation, id);
      const page = await editor.get(`/newsroom/articles/${translation}`);
      assert.match(page.body, /value="Welinsk begrüßt Gäste"/, 'prefilled from the source');
      assert.match(page.body, /value="Parliament"/, 'tags carried over under their English names');
      assert.match((await editor.get(`/newsroom/articles/${id}`)).body, /English: <a href="\/newsroom\/articles\/\d+">Draft<\/a>/);
      assert.equal(idFrom((await editor.post(`/newsroom/articles/${id}/translate`, { edition: 'en' })).headers.location), translation, 'no duplicate');
      await save(editor, translation, { headline: 'Velinsk welcomes guests', body: '<p>Welcome.</p>', tags: 'Parliament' });
      for (const articleId of [id, translation]) {
        const version = versionIn((await editor.get(`/newsroom/articles/${articleId}`)).body);
        assert.equal((await editor.post(`/newsroom/articles/${articleId}/action`, { action: 'publish', version })).status, 303);
      }
      await readerCheck();
      const reader = await site.app.inject(`/de/politik/${id}-welinsk-begruesst-gaeste`);
      assert.match(reader.body, new RegExp(`href="/en/politics/${translation}-velinsk-welcomes-guests" hreflang="en-GB"`));
    });

    test('the preview renders the reader page of an unpublished story behind the login only', async () => {
      const id = await newArticle(contributor);
      await save(contributor, id, { headline: 'Vorschau einer Meldung', place: 'Selno', body: '<p>Nur für die Redaktion.</p>' });
      const preview = await contributor.get(`/newsroom/articles/${id}/preview`);
      assert.equal(preview.status, 200);
      assert.match(preview.body, /<h1>Vorschau einer Meldung<\/h1>/);
      assert.match(preview.body, /<span class="dateline">SELNO, /);
      assert.match(preview.body, /noindex/);
      assert.equal((await site.app.inject(`/newsroom/articles/${id}/preview`)).statusCode, 303);
      assert.equal((await site.app.inject(`/de/politik/${id}-vorschau-einer-meldung`)).statusCode, 404);
    });

    test('hostile text in every field is escaped in the newsroom and on the reader site', async () => {
      const payload = '<img src=x onerror=alert(1)>"\'><script>alert(2)</script>';
      const id = await newArticle(editor);
      await save(editor, id, { headline: `Angriff ${payload}`, lead: payload, place: payload, body: `<p>${payload}</p><a href="javascript:alert(3)">x</a>`, tags: `Tag ${payload}` });
      const page = await editor.get(`/newsroom/articles/${id}`);
      assert.ok(!page.body.includes('<img src=x onerror') && !page.body.includes('<script>alert'));
      const version = versionIn(page.body);
      await editor.post(`/newsroom/articles/${id}/action`, { action: 'publish', version });
      await readerCheck();
      const list = await site.app.inject('/de/news');
      const reader = await site.app.inject(`/de/politik/${id}-x`, );
      const article = await site.app.inject(String(reader.headers.location));
      for (const body of [list.body, article.body, (await editor.get('/newsroom')).body, (await editor.get('/newsroom/articles')).body]) {
        assert.ok(!body.includes('<img src=x onerror'), 'no live img handler');
        assert.ok(!body.includes('<script>alert'), 'no live script');
        assert.ok(!body.includes('javascript:alert'), 'no javascript: link');
      }
      assert.match(article.body, /&lt;img src=x onerror=alert\(1\)&gt;/);
    });

    test('bad input to the editor is answered with a clear error and the user’s text kept', async () => {
      const id = await newArticle(editor);
      const version = versionIn((await editor.get(`/newsroom/articles/${id}`)).body);
      const res = await editor.post(`/newsroom/articles/${id}`, { version, headline: '', lead: 'Mein Vorspann bleibt', place: '', body: '', urgency: '12' });
      assert.equal(res.status, 422);
      assert.match(res.body, /Please correct the marked fields/);
      assert.match(res.body, /Mein Vorspann bleibt/);
      assert.equal((await editor.get('/newsroom/articles/abc')).status, 404);
      assert.equal((await editor.get('/newsroom/articles/99999999')).status, 404);
      assert.equal((await editor.post('/newsroom/articles', { edition: 'xx' })).status, 422);
      assert.equal((await editor.post(`/newsroom/articles/${id}/action`, { action: 'explode', version })).status, 400);
    });
  });
}
