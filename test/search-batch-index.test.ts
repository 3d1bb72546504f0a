// The batch indexer writes exactly what the per-article indexer wrote: the same FTS5 rows or tsvector documents, and
// the same vocabulary, for every demo article, on both databases.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { immediateReads, type Db, type DialectName } from '../src/db/database.ts';
import { DIALECTS, freshDatabase, skipReason, type TestDatabase } from './support/databases.ts';
import { clearSearchIndex as clearIndex, snapshotSearchIndex as snapshot, type IndexSnapshot } from './support/search-index.ts';
import { bodyText } from '../src/domain/body-html.ts';
import { languageOf } from '../src/search/normalize.ts';
import { ftsColumns, tsvectorLiteral, vocabularyOf, type SearchDocument } from '../src/search/search-document.ts';
import { INDEXED_STATUSES, rebuildSearchIndex, reindexArticles } from '../src/search/search-index.ts';
import { stemsOf } from '../src/search/stemmers.ts';
import { importNinjs } from '../src/wire/ninjs-import.ts';
import { editionResolver, prepareLines, searchAnalysis } from '../src/wire/import-prepare.ts';

/** The indexer as it was before batches: each article analysed whole, then one row and its words at a time. */
async function indexOneByOne(db: Db, dialect: DialectName): Promise<void> {
  const articles = await db
    .selectFrom('articles as a')
    .innerJoin('editions as e', 'e.code', 'a.edition')
    .select(['a.id', 'a.edition', 'a.headline', 'a.lead', 'a.body', 'a.place', 'e.locale'])
    .where('a.status', 'in', [...INDEXED_STATUSES])
    .orderBy('a.id')
    .execute();
  for (const a of articles) {
    const language = languageOf(a.locale);
    const tagRows = await db
      .selectFrom('article_tags as l')
      .innerJoin('tag_texts as t', (j) => j.onRef('t.owner_id', '=', 'l.target_id'))
      .select('t.name')
      .where('l.article_id', '=', a.id)
      .where('t.edition', '=', a.edition)
      .orderBy('l.position')
      .execute();
    const tags = tagRows.map((t) => t.name);
    const body = bodyText(a.body);
    const document: SearchDocument = {
      headline: stemsOf(a.headline, language),
      lead: stemsOf(a.lead, language),
      tags: tags.flatMap((t) => stemsOf(t, language)),
      body: stemsOf(body, language),
      place: stemsOf(a.place, language),
    };
    if (dialect === 'postgres') {
      await sql`insert into search_documents (article_id, edition, document) values (${a.id}, ${a.edition}, cast(${tsvectorLiteral(document)} as tsvector))`.execute(db);
    } else {
      const c = ftsColumns(document);
      await sql`insert into search_fts (rowid, headline, lead, tags, body, place) values (${a.id}, ${c.headline}, ${c.lead}, ${c.tags}, ${c.body}, ${c.place})`.execute(db);
    }
    for (const w of vocabularyOf([a.headline, a.lead, ...tags, body, a.place].join(' '), language)) {
      await sql`insert into search_vocabulary (edition, word, folded, head, length) values (${a.edition}, ${w.word}, ${w.folded}, ${w.head}, ${w.length}) on conflict do nothing`.execute(db);
    }
  }
}

for (const dialect of DIALECTS) {
  describe(`batch search indexing on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let database: TestDatabase;
    let expected: IndexSnapshot;
    before(async () => {
      database = await freshDatabase(dialect);
      const db = database.handle.db;
      await clearIndex(db, dialect);
      await indexOneByOne(db, dialect);
      expected = await snapshot(db, dialect);
    });
    after(() => database?.drop());

    test('the demo articles give a non-trivial index to compare', () => {
      assert.ok(expected.entries.length > 50, `${expected.entries.length} entries`);
      assert.ok(expected.vocabulary.length > 1000, `${expected.vocabulary.length} words`);
    });

    test('a rebuild writes the same entries and vocabulary as indexing one article at a time', async () => {
      const db = database.handle.db;
      await clearIndex(db, dialect);
      await rebuildSearchIndex(db, { batchSize: 37 });
      assert.deepEqual(await snapshot(db, dialect), expected);
    });

    test('reindexing the articles in the caller\'s transaction writes the same, over entries already there', async () => {
      const db = database.handle.db;
      const ids = (await db.selectFrom('articles').select('id').orderBy('id').execute()).map((r) => r.id);
      await db.transaction().execute((trx) => reindexArticles(trx, [...ids, ids[0]]));
      assert.deepEqual(await snapshot(db, dialect), expected);
      await clearIndex(db, dialect);
      await db.transaction().execute((trx) => reindexArticles(trx, ids));
      assert.deepEqual(await snapshot(db, dialect), expected);
    });
  });
}

const story = (uri: string, headline: string, over: Record<string, unknown> = {}): string =>
  JSON.stringify({
    uri, type: 'text', language: 'de', versioncreated: '2026-03-02T10:00:00Z', headlines: [{ value: headline }],
    bodies: [{ contenttype: 'text/html', value: '<p>Die Fähre über die Welna fährt wieder.</p>' }],
    subjects: [{ name: 'Verkehr' }, { name: 'Schifffahrt auf der Welna' }], ...over,
  }) + '\n';

for (const dialect of DIALECTS) {
  describe(`imported stories in the search index on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let database: TestDatabase;
    before(async () => {
      database = await freshDatabase(dialect);
    });
    after(() => database?.drop());

    /** Ids of articles this test imported. */
    const imported = new Set<number>();
    const headlinesFound = async (q: string): Promise<number[]> => {
      const db = database.handle.db;
      const rows =
        dialect === 'postgres'
          ? await sql<{ id: number }>`select article_id as id from search_documents where document @@ to_tsquery('simple', ${q})`.execute(db)
          : await sql<{ id: number }>`select rowid as id from search_fts where search_fts match ${q}`.execute(db);
      return rows.rows.map((r) => Number(r.id)).filter((id) => imported.has(id));
    };

    test('an import indexes its stories, replaces an updated one\'s entry and removes a withdrawn one\'s, as a rebuild would', async () => {
      const db = database.handle.db;
      const input = [story('urn:test:index:1', 'Brückenbau beginnt'), story('urn:test:index:2', 'Zweite Meldung'), story('urn:test:index:3', 'Dritte Meldung')];
      const first = await importNinjs(db, Readable.from(input), { workers: 0 });
      assert.equal(first.created, 3);
      const ids = (await db.selectFrom('articles').select(['id', 'uri']).where('uri', 'like', 'urn:test:index:%').orderBy('uri').execute()).map((r) => r.id);
      for (const id of ids) imported.add(id);
      assert.deepEqual(await headlinesFound('bruckenbau'), [ids[0]]);
      // The same uri twice in a batch: the second, a withdrawal, wins.
      const second = await importNinjs(db, Readable.from([
        story('urn:test:index:1', 'Fährverkehr eingestellt', { versioncreated: '2026-03-02T11:00:00Z' }),
        story('urn:test:index:4', 'Vierte Meldung'),
        story('urn:test:index:4', 'Vierte Meldung', { pubstatus: 'canceled', versioncreated: '2026-03-02T11:00:00Z' }),
        story('urn:test:index:2', 'Zweite Meldung', { pubstatus: 'canceled', versioncreated: '2026-03-02T11:00:00Z' }),
      ]), { workers: 0 });
      assert.equal(second.bad, 0);
      assert.deepEqual(await headlinesFound('bruckenbau'), [], 'the old headline is no longer found');
      assert.deepEqual(await headlinesFound('fahrverkehr'), [ids[0]], 'the new one is');
      const written = await snapshot(db, dialect);
      const entryIds = written.entries.map((e) => Number((e as { id?: number; article_id?: number }).id ?? (e as { article_id: number }).article_id));
      assert.ok(!entryIds.includes(ids[1]), 'the withdrawn story has no entry');
      await rebuildSearchIndex(db);
      const rebuilt = await snapshot(db, dialect);
      assert.deepEqual(rebuilt.entries, written.entries);
      // A rebuild forgets words of articles no longer indexed; an import only ever adds words.
      const words = (v: unknown[]) => new Set(v.map((w) => JSON.stringify(w)));
      const before = words(written.vocabulary);
      for (const w of words(rebuilt.vocabulary)) assert.ok(before.has(w), w);
    });

    test('each word of a found story is suggested, though the workers list a word once per edition, whatever became of the item that listed it first', async () => {
      const db = database.handle.db;
      const words = async () => new Set((await sql<{ word: string }>`select word from search_vocabulary where edition = 'de'`.execute(db)).rows.map((r) => r.word));
      const withBody = (uri: string, text: string, over: Record<string, unknown> = {}) =>
        story(uri, 'Kurzmeldung', { bodies: [{ contenttype: 'text/html', value: `<p>${text}</p>` }], ...over });
      // A story in another edition, which a German item of the same uri cannot take over.
      await importNinjs(db, Readable.from([withBody('urn:test:vocab:taken', 'Vorgeschichte', { language: 'en' })]), { workers: 0 });
      const lines = [
        withBody('urn:test:vocab:1', 'Quittenernte Uferpromenade'),
        // Not to be found: its words are not suggested, and do not count as listed.
        withBody('urn:test:vocab:2', 'Geheimprojekt Uferpromenade Zwetschgenmus', { pubstatus: 'withheld' }),
        // Refused when written: the words it listed first are stored all the same.
        withBody('urn:test:vocab:taken', 'Zugspitzbahn Quittenernte'),
        withBody('urn:test:vocab:3', 'Zwetschgenmus Zugspitzbahn Quittenernte'),
      ];
      const summary = await importNinjs(db, Readable.from(lines), { workers: 0, batchSize: 1 });
      assert.equal(summary.bad, 1);
      const stored = await words();
      for (const w of ['quittenernte', 'uferpromenade', 'zwetschgenmus', 'zugspitzbahn']) assert.ok(stored.has(w), w);
      assert.ok(!stored.has('geheimprojekt'), 'a withheld story\'s own words are not suggested');

      // What the workers hand over: a word listed by the first found item of the edition that has it, and only then.
      const editions = [{ code: 'de', locale: 'de-DE', isDefault: true, position: 0 }, { code: 'en', locale: 'en-GB', isDefault: false, position: 1 }];
      const search = searchAnalysis(editions);
      const prepared = prepareLines(lines.map((text, i) => ({ number: i + 1, text, bytes: 0 })), editionResolver(editions, 'de'), search);
      const listedWords = prepared.map((p) => ('pending' in p ? (p.pending.search?.fields.vocabulary ?? '').split('\t').filter((_, i) => i % 2 === 0).filter(Boolean) : []));
      // The withheld item lists its words for itself, and so takes back the mark of those it shares ("kurzmeldung").
      assert.deepEqual(listedWords, [['kurzmeldung', 'quittenernte', 'uferpromenade'], ['kurzmeldung', 'geheimprojekt', 'uferpromenade', 'zwetschgenmus'], ['kurzmeldung', 'zugspitzbahn'], ['zwetschgenmus']]);
    });

    // SQLite's own: PostgreSQL has no write-ahead log to space.
    if (dialect === 'sqlite') test('an import spaces SQLite\'s checkpoints while it writes and leaves the setting as it found it, also when it fails', async () => {
      const db = database.handle.db;
      const setting = async () => (await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db)).rows[0].wal_autocheckpoint;
      // Between batches, on the connection the import writes with (no transaction is open then).
      const settingNow = () => immediateReads(db)?.readNow<{ wal_autocheckpoint: number }>('pragma wal_autocheckpoint', [])?.[0]?.wal_autocheckpoint;
      const before = await setting();
      const during: (number | undefined)[] = [];
      const lines = Array.from({ length: 5 }, (_, i) => story(`urn:test:checkpoint:${i}`, `Meldung ${i}`));
      await importNinjs(db, Readable.from(lines), { workers: 0, batchSize: 2, onProgress: () => during.push(settingNow()) });
      assert.deepEqual(during, [16384, 16384, 16384]);
      assert.equal(await setting(), before);
      const failing = (async function* () {
        yield `${lines[0]}\n`;
        throw new Error('the input broke off');
      })();
      await assert.rejects(importNinjs(db, failing, { workers: 0 }), /the input broke off/);
      assert.equal(await setting(), before);
    });
  });
}
