// Every article becomes an IPTC ninjs item that is valid against IPTC's 2.2 and 3.1 schemas and carries what a
// subscriber or an importer needs: text, dateline place, rubric and tags, authors, image renditions, translations, status.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Db } from '../src/db/database.ts';
import { articleUri, ninjsItems, termKeyOf, termUri, type NinjsVersion } from '../src/wire/ninjs.ts';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, type TestSite } from './support/site.ts';
import { insertArticle } from './support/builders.ts';
import { assertValidNinjs } from './support/ninjs-schemas.ts';
import { forgetWireNamespace } from '../src/wire/wire-namespace.ts';

const PUBLIC_URL = 'https://news.example.org';
/** The URNs' namespace: PUBLIC_URL's host when the first item was built (see wire-namespace.ts). */
const NAMESPACE = 'news.example.org';
type Json = any;

for (const dialect of DIALECTS) {
  describe(dialect, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    let db: Db;
    const items = (ids: number[], version: NinjsVersion = '2.2', extra: { allTranslations?: boolean } = {}) =>
      ninjsItems(db, ids, { version, publicUrl: PUBLIC_URL, now: Date.now(), ...extra });
    const one = async (id: number, version: NinjsVersion = '2.2'): Promise<Json> => (await items([id], version))[0].item;

    before(async () => {
      site = await startSite(dialect, { pageCache: false });
      db = site.database.handle.db;
    });
    after(() => site?.close());

    test('every demo article is a valid ninjs 2.2 and 3.1 item, in the order asked for', async () => {
      const ids = (await db.selectFrom('articles').select('id').orderBy('id', 'desc').execute()).map((r) => r.id);
      assert.ok(ids.length > 100);
      for (const version of ['2.2', '3.1'] as const) {
        const built = await items([...ids, 987654], version);
        assert.deepEqual(built.map((b) => b.articleId), ids, 'unknown ids are skipped, the order is kept');
        for (const { articleId, item } of built) assertValidNinjs(version, item, `article ${articleId}`);
      }
    });

    test('item URIs stay the same when the site moves to another address', async () => {
      const row = await db.selectFrom('articles').select('id').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
      const before = (await one(row.id)).uri;
      assert.equal(before, `urn:depesche:${NAMESPACE}:article:${row.id}`);
      // Another address, in this process and in a new one (which reads the namespace from the database).
      const moved = async () => (await ninjsItems(db, [row.id], { version: '2.2', publicUrl: 'https://agency.example.com:8443', now: Date.now() }))[0].item as Json;
      assert.equal((await moved()).uri, before);
      forgetWireNamespace(db);
      const item = await moved();
      assert.equal(item.uri, before);
      assert.ok(JSON.stringify(item).includes('https://agency.example.com:8443/'), 'links follow the new address');
    });

    test('an item carries the text, dateline place, rubric, tags, authors, urgency, times and version of its article', async () => {
      const row = await db.selectFrom('articles').selectAll().where('edition', '=', 'de').where('lead_media_id', 'is not', null).orderBy('id').executeTakeFirstOrThrow();
      await db.updateTable('articles').set({ version: 4, correction_note: 'Korrigiert: Datum.' }).where('id', '=', row.id).execute();
      const item = await one(row.id);
      assert.equal(item.uri, articleUri(NAMESPACE, { id: row.id, uri: null }));
      assert.equal(item.version, '4');
      assert.equal(item.pubstatus, 'usable');
      assert.equal(item.language, 'de');
      assert.equal(item.urgency, row.urgency);
      assert.equal(item.located, row.place);
      assert.equal(item.headlines[0].value, row.headline);
      assert.deepEqual(item.descriptions.find((d: Json) => d.role === 'summary'), { role: 'summary', contenttype: 'text/plain', value: row.lead });
      assert.equal(item.descriptions.find((d: Json) => d.role === 'correction').value, 'Korrigiert: Datum.');
      assert.equal(item.bodies[0].contenttype, 'text/html');
      assert.equal(item.bodies[0].value, row.body);
      assert.equal(item.firstcreated, new Date(row.published_at!).toISOString());
      const rubric = await db.selectFrom('rubrics as r').innerJoin('rubric_texts as t', 't.owner_id', 'r.id').select(['r.key', 't.name']).where('r.id', '=', row.rubric_id).where('t.edition', '=', 'de').executeTakeFirstOrThrow();
      assert.deepEqual(item.subjects[0], { name: rubric.name, rel: 'rubric', uri: termUri('rubric', rubric.key), literal: rubric.key });
      assert.equal(termKeyOf('rubric', item.subjects[0].uri), rubric.key);
      const tags = await db.selectFrom('article_tags as l').innerJoin('tags as t', 't.id', 'l.target_id').select('t.key').where('l.article_id', '=', row.id).orderBy('l.position').execute();
      assert.deepEqual(item.subjects.filter((s: Json) => s.rel === 'tag').map((s: Json) => termKeyOf('tag', s.uri)), tags.map((t) => t.key));
      const authors = await db.selectFrom('article_authors as l').innerJoin('author_texts as t', 't.owner_id', 'l.target_id').select('t.name').where('l.article_id', '=', row.id).where('t.edition', '=', 'de').orderBy('l.position').execute();
      assert.equal(item.by, authors.map((a) => a.name).join(', '));
      assert.deepEqual(item.people.map((p: Json) => p.name), authors.map((a) => a.name));
      assert.ok(item.altids.some((a: Json) => a.role === 'edition' && a.value === 'de'));
    });

    test('the lead image comes as a picture association whose renditions are served under PUBLIC_URL', async () => {
      const row = await db.selectFrom('articles').select(['id', 'lead_media_id']).where('lead_media_id', 'is not', null).orderBy('id').executeTakeFirstOrThrow();
      for (const version of ['2.2', '3.1'] as const) {
        const item = await one(row.id, version);
        const picture = item.associations.find((a: Json) => a.type === 'picture');
        assert.ok(picture, 'a picture association');
        if (version === '3.1') assert.equal(picture.rel, 'featureimage');
        assert.ok(picture.renditions.length >= 2);
        for (const r of picture.renditions) {
          assert.ok(r.href.startsWith(`${PUBLIC_URL}/media/${row.lead_media_id}/`), r.href);
          assert.ok(r.width > 0 && r.height > 0);
          const res = await site.app.inject(r.href.slice(PUBLIC_URL.length));
          assert.equal(res.statusCode, 200, r.href);
          assert.equal(res.headers['content-type'], version === '2.2' ? r.contenttype : r.contentType);
        }
      }
    });

    test('the story\'s other language versions are associations with their URIs; unpublished ones only when asked for', async () => {
      const row = await db.selectFrom('articles').select(['id', 'story_id']).where('edition', '=', 'de').orderBy('id').executeTakeFirstOrThrow();
      const siblings = await db.selectFrom('articles').select(['id', 'edition', 'uri']).where('story_id', '=', row.story_id).where('id', '!=', row.id).execute();
      assert.ok(siblings.length >= 1);
      const item = await one(row.id, '3.1');
      const translations = item.associations.filter((a: Json) => a.rel === 'translation');
      assert.deepEqual(translations.map((t: Json) => t.uri).sort(), siblings.map((s) => articleUri(NAMESPACE, s)).sort());
      for (const t of translations) assert.equal(t.name, `translation-${t.language}`);

      const draft = await insertArticle(db, { edition: 'en', headline: 'Draft translation', status: 'draft', publishedAt: null });
      const story = await insertArticle(db, { edition: 'de', headline: 'Meldung mit Entwurf' });
      await db.updateTable('articles').set({ story_id: story.storyId }).where('id', '=', draft.id).execute();
      const shown = await one(story.id);
      assert.equal(shown.associations, undefined, 'an unpublished translation is not named');
      const exported = (await items([story.id], '2.2', { allTranslations: true }))[0].item as Json;
      assert.deepEqual(exported.associations.map((a: Json) => a.uri), [articleUri(NAMESPACE, { id: draft.id, uri: null })]);
    });

    test('withdrawn items are canceled, embargoed ones say until when, imported ones keep their URI', async () => {
      const withdrawn = await insertArticle(db, { headline: 'Zurückgezogen', status: 'withdrawn' });
      const embargoUntil = Date.UTC(2030, 0, 1, 6, 0);
      const embargoed = await insertArticle(db, { headline: 'Unter Sperrfrist', embargoUntil });
      const draft = await insertArticle(db, { headline: 'Entwurf', status: 'draft', publishedAt: null });
      const imported = await insertArticle(db, { headline: 'Importiert' });
      await db.updateTable('articles').set({ uri: 'urn:newsml:partner.example:20260101:abc' }).where('id', '=', imported.id).execute();
      for (const version of ['2.2', '3.1'] as const) {
        const built = await items([withdrawn.id, embargoed.id, draft.id, imported.id], version);
        for (const { item } of built) assertValidNinjs(version, item);
        const [w, e, d, i] = built.map((b) => b.item as Json);
        const status = version === '2.2' ? 'pubstatus' : 'pubStatus';
        assert.equal(w[status], 'canceled');
        assert.equal(d[status], 'withheld');
        assert.equal(e[version === '2.2' ? 'embargoed' : 'embargoedUntil'], '2030-01-01T06:00:00.000Z');
        assert.equal(i.uri, 'urn:newsml:partner.example:20260101:abc');
      }
    });
  });
}
